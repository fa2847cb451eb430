// verstka — Russian hyphenation: soft hyphens where a word may break.
#ifndef VERSTKA_HYPHENATE_HPP
#define VERSTKA_HYPHENATE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "verstka/typograph.hpp"

namespace verstka {

struct HyphenateOptions {
    /// Plain text, or an HTML fragment whose tags, comments, entities and code-like elements
    /// (code, pre, kbd, samp, var, script, style, textarea) stay verbatim.
    TextMode mode = TextMode::text;
    /// Soft hyphens as U+00AD (default) or as `&shy;`; nothing else of the text changes.
    CharOutput chars = CharOutput::unicode;
    /// Words (each part of a hyphenated compound on its own) with fewer letters stay whole.
    /// Values under 4 act as 4: a break leaves at least 2 letters on either side.
    std::size_t min_word_length = 7;
};

/// Inserts soft hyphens into the Russian words of `text` where they may break, by Liang's
/// algorithm over TeX's Russian patterns (hyph-utf8, with its exception list).
///
/// Hyphenated: runs of Russian letters (ё, capitalised and mixed-case words included) of at
/// least `min_word_length` letters; a compound (`военно-патриотического`) part by part. Left
/// whole: URLs, e-mail addresses, paths and handles, numbers, all-capital abbreviations
/// (`ВНОТ`), words with Latin letters, digits or combining marks, and words that already hold
/// a soft hyphen (the author's choice wins, so hyphenating twice changes nothing). The only
/// change ever made is an inserted soft hyphen; bytes of invalid UTF-8 are kept as they are.
///
/// Example: `hyphenate("Всероссийской") == "Все\u00ADрос\u00ADсий\u00ADской"`.
std::string hyphenate(std::string_view text, const HyphenateOptions& options = {});

/// Whether hyphenate() has its patterns. Always true in the native library, which has them
/// compiled in. The WebAssembly build leaves them out (13 KB gzip that most pages never use):
/// its JS wrapper loads them on request (`initHyphenation()`); until then text stays as it is.
bool hyphenation_patterns_loaded();

/// For the WebAssembly wrapper: gives the pattern table (the text the build generates from
/// hyph-utf8, scripts/generate-hyphenation-table.mjs) to a build without it compiled in. False
/// when `patterns` holds no pattern; a build that already has a table keeps it and returns true.
bool load_hyphenation_patterns(std::string_view patterns, std::string_view exceptions);

}  // namespace verstka

#endif
