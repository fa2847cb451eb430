// Named characters: every typographic character verstka reads or writes, with its code point,
// its UTF-8 form and its HTML entity, the one entity table, and the predicates the parsers
// share (dash-like, quote-like, space-like).
#ifndef VERSTKA_COMMON_CHARS_HPP
#define VERSTKA_COMMON_CHARS_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace verstka::detail::chars {

/// A character with a name: code point, UTF-8 bytes, and the HTML entity that writes it
/// (the part between `&` and `;`: `nbsp`, or `#8239` where HTML has no name).
struct Named {
    char32_t cp;
    std::string_view utf8;
    std::string_view entity;
};

inline constexpr Named nbsp{0x00A0, "\xC2\xA0", "nbsp"};
inline constexpr Named narrow_nbsp{0x202F, "\xE2\x80\xAF", "#8239"};
inline constexpr Named thin_space{0x2009, "\xE2\x80\x89", "thinsp"};
inline constexpr Named en_space{0x2002, "\xE2\x80\x82", "ensp"};
inline constexpr Named em_space{0x2003, "\xE2\x80\x83", "emsp"};
inline constexpr Named soft_hyphen{0x00AD, "\xC2\xAD", "shy"};
inline constexpr Named hyphen{0x2010, "\xE2\x80\x90", "hyphen"};
inline constexpr Named figure_dash{0x2012, "\xE2\x80\x92", "#8210"};
inline constexpr Named en_dash{0x2013, "\xE2\x80\x93", "ndash"};
inline constexpr Named em_dash{0x2014, "\xE2\x80\x94", "mdash"};
inline constexpr Named horizontal_bar{0x2015, "\xE2\x80\x95", "horbar"};
inline constexpr Named minus{0x2212, "\xE2\x88\x92", "minus"};
inline constexpr Named laquo{0x00AB, "\xC2\xAB", "laquo"};
inline constexpr Named raquo{0x00BB, "\xC2\xBB", "raquo"};
inline constexpr Named bdquo{0x201E, "\xE2\x80\x9E", "bdquo"};
inline constexpr Named ldquo{0x201C, "\xE2\x80\x9C", "ldquo"};
inline constexpr Named rdquo{0x201D, "\xE2\x80\x9D", "rdquo"};
inline constexpr Named sbquo{0x201A, "\xE2\x80\x9A", "sbquo"};
inline constexpr Named lsquo{0x2018, "\xE2\x80\x98", "lsquo"};
inline constexpr Named rsquo{0x2019, "\xE2\x80\x99", "rsquo"};
inline constexpr Named prime{0x2032, "\xE2\x80\xB2", "prime"};
inline constexpr Named double_prime{0x2033, "\xE2\x80\xB3", "Prime"};
inline constexpr Named hellip{0x2026, "\xE2\x80\xA6", "hellip"};
inline constexpr Named times{0x00D7, "\xC3\x97", "times"};
inline constexpr Named plus_minus{0x00B1, "\xC2\xB1", "plusmn"};
inline constexpr Named greater_equal{0x2265, "\xE2\x89\xA5", "ge"};
inline constexpr Named less_equal{0x2264, "\xE2\x89\xA4", "le"};
inline constexpr Named not_equal{0x2260, "\xE2\x89\xA0", "ne"};
inline constexpr Named right_arrow{0x2192, "\xE2\x86\x92", "rarr"};
inline constexpr Named left_arrow{0x2190, "\xE2\x86\x90", "larr"};
inline constexpr Named left_right_arrow{0x2194, "\xE2\x86\x94", "harr"};
inline constexpr Named copyright{0x00A9, "\xC2\xA9", "copy"};
inline constexpr Named registered{0x00AE, "\xC2\xAE", "reg"};
inline constexpr Named trade_mark{0x2122, "\xE2\x84\xA2", "trade"};
inline constexpr Named one_half{0x00BD, "\xC2\xBD", "frac12"};
inline constexpr Named one_quarter{0x00BC, "\xC2\xBC", "frac14"};
inline constexpr Named three_quarters{0x00BE, "\xC2\xBE", "frac34"};
inline constexpr Named superscript_two{0x00B2, "\xC2\xB2", "sup2"};
inline constexpr Named superscript_three{0x00B3, "\xC2\xB3", "sup3"};
inline constexpr Named numero{0x2116, "\xE2\x84\x96", "numero"};
inline constexpr Named section{0x00A7, "\xC2\xA7", "sect"};
inline constexpr Named pilcrow{0x00B6, "\xC2\xB6", "para"};
inline constexpr Named degree{0x00B0, "\xC2\xB0", "deg"};
inline constexpr Named euro{0x20AC, "\xE2\x82\xAC", "euro"};
inline constexpr Named ruble{0x20BD, "\xE2\x82\xBD", "#8381"};
inline constexpr Named pound{0x00A3, "\xC2\xA3", "pound"};
inline constexpr Named yen{0x00A5, "\xC2\xA5", "yen"};
inline constexpr Named per_mille{0x2030, "\xE2\x80\xB0", "permil"};
inline constexpr Named middle_dot{0x00B7, "\xC2\xB7", "middot"};
inline constexpr Named bullet{0x2022, "\xE2\x80\xA2", "bull"};
inline constexpr Named replacement{0xFFFD, "\xEF\xBF\xBD", "#65533"};

/// The entity table, sorted by code point: every character above that verstka writes as an
/// entity when asked to (`CharOutput::entities`), and reads back in HTML mode.
const Named* entity_table(std::size_t& count) noexcept;

/// The named character for `cp`, or null when it has no entry.
const Named* by_code_point(char32_t cp) noexcept;

/// The named character whose entity is `name` (without `&` and `;`), or null.
const Named* by_entity(std::string_view name) noexcept;

/// Appends `utf8` with every character of the entity table written as its entity
/// (`&nbsp;` …); ASCII and other characters are copied unchanged.
void append_with_entities(std::string& out, std::string_view utf8);

/// - ‐ ‑ ‒ – — ― −: what reads as a dash or hyphen.
constexpr bool is_dash_like(char32_t c) noexcept {
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/// " ' « » „ “ ” ‚ ‘ ’ ‛ ‟: every quotation mark and the apostrophe.
constexpr bool is_quote_like(char32_t c) noexcept {
    return c == '"' || c == '\'' || c == 0x00AB || c == 0x00BB || (c >= 0x2018 && c <= 0x201F);
}

/// ' ‘ ’ ‚ ‛: the single quotation marks and the apostrophe.
constexpr bool is_single_quote_like(char32_t c) noexcept {
    return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

/// ¼ ½ ¾ ⅐ … ⅞: the vulgar fractions, each a number written as one character.
constexpr bool is_vulgar_fraction(char32_t c) noexcept {
    return (c >= 0x00BC && c <= 0x00BE) || (c >= 0x2150 && c <= 0x215E);
}

/// ² ³: the superscript digits of a unit's power (`м²`, `м³`).
constexpr bool is_superscript_digit(char32_t c) noexcept { return c == 0x00B2 || c == 0x00B3; }

/// White space of every width, NBSP and the line separators included.
constexpr bool is_space_like(char32_t c) noexcept {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Currency signs that follow an amount: $ € ₽ £ ¥.
constexpr bool is_currency(char32_t c) noexcept {
    return c == '$' || c == 0x20AC || c == 0x20BD || c == 0x00A3 || c == 0x00A5;
}

}  // namespace verstka::detail::chars

#endif
