// The word lists the plain-text importer recognises, as data: verbs of speech, months,
// site boilerplate, credit words. Every entry is written folded (`text_case::fold`: lower case,
// ё as е) so that one comparison serves every spelling.
#ifndef VERSTKA_IMPORT_TEXT_LEXICON_HPP
#define VERSTKA_IMPORT_TEXT_LEXICON_HPP

#include <cstddef>
#include <string_view>

namespace verstka::detail::text_lexicon {

/// What a line of site boilerplate is.
enum class Boilerplate {
    link_full,  ///< «Смотрите полную версию на сайте»: the label of `links.full`
    link_next,  ///< «Следующая новость»: the label of `links.next`; a line after it is its title
    related,  ///< «Читайте также»: dropped; alone on its line, the headline after it goes too
    source,   ///< «Источник: ТАСС»: `source.name` when the article has none, else dropped
    tags,     ///< «Теги: Сочи, туризм»: `tags`
    dropped,  ///< subscription calls, share buttons, copyright, error reports: dropped
};

struct BoilerplatePhrase {
    std::string_view folded;  ///< the start of the line, folded
    Boilerplate kind;
};

/// Site boilerplate recognised at the start of a line (then a non-letter or the end).
const BoilerplatePhrase* find_boilerplate(std::string_view folded_line) noexcept;

/// Verbs that attribute direct speech: «— …, — отметила …».
bool is_speech_verb(std::string_view folded_word) noexcept;

/// Verbs that name the outlet a text comes from: «…, сообщает ИА SochiMedia».
bool is_source_verb(std::string_view folded_word) noexcept;

/// Words that open an attribution without naming the speaker («в», «журналистам» …): what
/// follows them is not a role.
bool is_attribution_filler(std::string_view folded_word) noexcept;

/// 1–12 for a month name in the genitive («сентября») or its abbreviation («сен», «сент»),
/// 0 otherwise.
int month_number(std::string_view folded_word) noexcept;

/// Words that start a photo credit line («Фото», «Иллюстрация» …), followed by a non-letter;
/// `prefix_code_points` is set to the length of the words in code points.
bool is_credit_start(std::string_view folded_line, std::size_t& prefix_code_points) noexcept;

/// Small words that stay lower case inside a place name: «Ростов-на-Дону».
bool is_place_particle(std::string_view folded_word) noexcept;

}  // namespace verstka::detail::text_lexicon

#endif
