// Direct speech with an attribution, the way Russian news writes it:
//   — Текст, — отметила Елена Канюк, заместитель главы Сочи.
//   — Текст, — сказал он. — Ещё текст.           (no name: not a quote)
//   «Текст», — заявил глава города Андрей Петров.
#ifndef VERSTKA_IMPORT_DIRECT_SPEECH_HPP
#define VERSTKA_IMPORT_DIRECT_SPEECH_HPP

#include <optional>
#include <string>
#include <string_view>

namespace verstka::detail {

struct DirectSpeech {
    std::string text;    ///< the words spoken, ending with their own punctuation («…подходы.»)
    std::string author;  ///< «Елена Канюк»
    std::string role;    ///< «заместитель главы Сочи»; empty when none is written
};

/// Reads `paragraph` as one piece of direct speech attributed by a verb of speech
/// (`text_lexicon`) to a named speaker, or nothing. A paragraph with more after the
/// attribution than a continuation of the speech («… — сказал он. — …») is not one.
std::optional<DirectSpeech> read_direct_speech(std::string_view paragraph);

}  // namespace verstka::detail

#endif
