// Tokens of one paragraph and the character classes the tokenizer and the rules share.
#ifndef VERSTKA_TYPOGRAPHY_TOKEN_HPP
#define VERSTKA_TYPOGRAPHY_TOKEN_HPP

#include <cstdint>
#include <string_view>

#include "common/chars.hpp"

namespace verstka::detail::typo {

enum class Kind : std::uint8_t {
    none,    ///< deleted by a rule; skipped by navigation and output
    word,    ///< letters (any script), with script in `Token::script`
    number,  ///< ASCII digits
    space,   ///< a run of spaces, tabs, line breaks, NBSP or thin spaces
    punct,   ///< one punctuation mark or symbol (a run of dots is one token)
    quote,   ///< a quotation mark or apostrophe, also `<<` and `>>`
    dash,    ///< a hyphen run (`-`, `--`) or one of ‐ ‒ – — ―
    opaque,  ///< protected: URL, e-mail, domain, path, verbatim run, kept entity
    markup,  ///< an HTML tag or comment: invisible to the rules, kept verbatim
};

enum class Script : std::uint8_t { none, cyrillic, latin, mixed, other };

/// Set on tokens of a phone number: no range dash, grouping or minus inside.
constexpr std::uint8_t kPhone = 1;
/// Set by the quote analysis (quote_analysis.hpp) on a quote token that opens a quotation,
/// that closes one, and on either half of a pair.
constexpr std::uint8_t kQuoteOpen = 2;
constexpr std::uint8_t kQuoteClose = 4;
constexpr std::uint8_t kQuotePaired = 8;
/// Set by the quote analysis on a straight `"` or `'` that is an inch or prime mark (`55"`,
/// `6'`): it opens and closes nothing.
constexpr std::uint8_t kPrime = 16;

struct Token {
    std::string_view text;
    std::uint32_t offset = 0;  ///< byte offset of the source text in the joined paragraph
    std::uint32_t run = 0;     ///< index of the run the token belongs to
    std::uint32_t chars = 0;   ///< code points (words and numbers)
    char32_t cp = 0;           ///< first code point
    Kind kind = Kind::none;
    Script script = Script::none;
    std::uint8_t flags = 0;
    bool upper = false;     ///< word starting with an uppercase letter
    std::uint16_t lex = 0;  ///< word lists the word is in (lexicon.hpp `lex::`), set once
};

constexpr char32_t kNbspCp = chars::nbsp.cp;
inline constexpr std::string_view kNbsp = chars::nbsp.utf8;
inline constexpr std::string_view kSpace = " ";

constexpr bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
constexpr bool is_latin(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}
constexpr bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char32_t c) {
    if (c >= 0x0400) return c <= 0x042F;  // Cyrillic first: the usual case
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return c >= 0x00C0 && c <= 0x00DE && c != 0x00D7;
}
/// Marks that continue a word without being letters: stress accent, soft hyphen, joiners.
constexpr bool is_word_mark(char32_t c) {
    if (c < 0x00AD) return false;  // ASCII and Latin-1 first: the usual case
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || c == 0x00AD || c == 0x200C ||
           c == 0x200D;
}
/// Letters of scripts other than Latin and Cyrillic (Greek … CJK, Hangul).
constexpr bool is_other_letter(char32_t c) {
    if (c < 0x0370) return false;
    return (c >= 0x0370 && c <= 0x03FF && c != 0x037E && c != 0x0387) || (c >= 0x0531 && c <= 0x058F) ||
           (c >= 0x05D0 && c <= 0x05EA) || (c >= 0x0620 && c <= 0x064A) || (c >= 0x10A0 && c <= 0x10FF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}
constexpr bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return is_cyrillic(c) || is_latin(c) || is_other_letter(c);
}
/// A sign that reads as the letter it is made of: × is the `x` (or `х`) of `10x20`. It makes
/// or goes on with a word, as that letter does, in no script: its source may be either.
constexpr bool is_letter_sign(char32_t c) { return c == chars::times.cp; }
constexpr bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}
/// A quotation mark or apostrophe, and the primes ″ ′, made of the straight quotes `"` `'`:
/// a quote token, as they are.
constexpr bool is_quote_char(char32_t c) {
    return c == '"' || c == '\'' || c == 0x00AB || c == 0x00BB || c == 0x201E || c == 0x201C || c == 0x201D ||
           c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201F || c == 0x2033 || c == 0x2032;
}
/// - ‐ ‑ ‒ – — ― and the minus −: a minus is made of a hyphen, so it reads as one.
constexpr bool is_dash_char(char32_t c) { return chars::is_dash_like(c); }
/// A word that reads as a multiplication sign between two numbers (`3 x 4`, `3х4`).
constexpr bool is_times_letter(std::string_view w) {
    return w == "x" || w == "X" || w == "х" || w == "Х" || w == chars::times.utf8;
}
constexpr bool is_open_bracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
constexpr bool is_close_bracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }
/// Punctuation that closes or ends: `, . ; : ! ? ) ] } …`.
constexpr bool is_trailing_punct(char32_t cp) {
    return cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '!' || cp == '?' ||
           is_close_bracket(cp) || cp == 0x2026;
}

}  // namespace verstka::detail::typo

#endif
