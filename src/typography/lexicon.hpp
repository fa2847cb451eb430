// Russian word lists the rules share (months, units, abbreviations …) and case folding.
#ifndef VERSTKA_TYPOGRAPHY_LEXICON_HPP
#define VERSTKA_TYPOGRAPHY_LEXICON_HPP

#include <cstdint>
#include <string_view>

namespace verstka::detail::typo {

/// Word lists a word belongs to, computed once per word token by `classify()`.
namespace lex {
constexpr std::uint16_t function_word = 1 << 0;     ///< без, для … (any case)
constexpr std::uint16_t particle = 1 << 1;          ///< ли, же … (lowercase)
constexpr std::uint16_t month_genitive = 1 << 2;    ///< января … (any case)
constexpr std::uint16_t month_nominative = 1 << 3;  ///< май, в мае … (any case, not genitive)
constexpr std::uint16_t unit = 1 << 4;
constexpr std::uint16_t prepositive = 1 << 5;
constexpr std::uint16_t postpositive = 1 << 6;
constexpr std::uint16_t company = 1 << 7;
constexpr std::uint16_t ordinal_suffix = 1 << 8;
constexpr std::uint16_t weekday = 1 << 9;  ///< понедельник … воскресенье, пн … вс (any case)
/// The second half of a hyphenated compound: то, либо, нибудь, ка, таки, де, за … (lowercase)
constexpr std::uint16_t compound_end = 1 << 10;
constexpr std::uint16_t compound_start = 1 << 11;  ///< кое, кой: a compound whatever follows (any case)
}  // namespace lex

/// The `lex::` bits of `word`: one hash lookup (two for capitalised words).
/// `capitalised`: the first letter is uppercase (only then are case-folded keys looked up).
std::uint16_t classify(std::string_view word, bool capitalised = true) noexcept;

/// `word` equals `lower` ignoring the case of Latin and Cyrillic letters.
bool equals_folded(std::string_view word, std::string_view lower) noexcept;

bool is_function_word(std::string_view word) noexcept;   ///< без, для, если … (any case)
bool is_particle(std::string_view word) noexcept;        ///< ли, ль, же, ж, бы, б (lowercase)
bool is_month_genitive(std::string_view word) noexcept;  ///< января … декабря (any case)
bool is_month_nominative(std::string_view word) noexcept;
bool is_unit(std::string_view word) noexcept;  ///< км, кг, руб, тыс, млн … (exact case)
/// Abbreviations that bind to the next word: г., ул., им., см. … (lowercase, without the dot).
bool is_prepositive_abbreviation(std::string_view word) noexcept;
/// Abbreviations that bind to the previous word: обл., гг., вв. (lowercase, without the dot).
bool is_postpositive_abbreviation(std::string_view word) noexcept;
/// Two one-letter halves of т. е., т. д., т. п., т. к., т. н., и. о., н. э.
bool is_abbreviation_pair(std::string_view first, std::string_view second) noexcept;
bool is_company_form(std::string_view word) noexcept;       ///< ООО, АО, ПАО …
bool is_top_level_domain(std::string_view label) noexcept;  ///< ru, com, рф … (any case)
/// Roman numeral made of I V X L C D M only (uppercase), as in centuries.
bool is_roman_numeral(std::string_view word) noexcept;
/// Full ordinal ending after a hyphen and its short form: ый → й, ого → го …; empty if none.
std::string_view short_ordinal_ending(std::string_view ending) noexcept;
/// Short ordinal endings that may follow a number and a hyphen: й, го, е, х …
bool is_ordinal_suffix(std::string_view ending) noexcept;

}  // namespace verstka::detail::typo

#endif
