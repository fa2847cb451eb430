// Letter case for the plain-text importer: Latin and Cyrillic, the scripts of Russian news.
#ifndef VERSTKA_IMPORT_TEXT_CASE_HPP
#define VERSTKA_IMPORT_TEXT_CASE_HPP

#include <string>
#include <string_view>

namespace verstka::detail::text_case {

/// A Latin or Cyrillic letter (the whole Cyrillic block), or a Latin-1 letter.
constexpr bool is_letter(char32_t c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) || (c >= 0x0400 && c <= 0x052F);
}

constexpr bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

/// Upper-case Latin A–Z, Cyrillic А–Я and Ѐ–Џ (Ё among them).
constexpr bool is_upper(char32_t c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 0x0410 && c <= 0x042F) || (c >= 0x0400 && c <= 0x040F);
}

/// Lower-case Latin a–z, Cyrillic а–я and ѐ–џ.
constexpr bool is_lower(char32_t c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 0x0430 && c <= 0x044F) || (c >= 0x0450 && c <= 0x045F);
}

constexpr char32_t to_lower(char32_t c) noexcept {
    if ((c >= 'A' && c <= 'Z') || (c >= 0x0410 && c <= 0x042F)) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    return c;
}

constexpr char32_t to_upper(char32_t c) noexcept {
    if ((c >= 'a' && c <= 'z') || (c >= 0x0430 && c <= 0x044F)) return c - 0x20;
    if (c >= 0x0450 && c <= 0x045F) return c - 0x50;
    return c;
}

/// The form word tables are written in: lower case, ё as е, every run of white space (NBSP
/// included) one ASCII space. Compare folded text with folded table entries only.
std::string fold(std::string_view text);

/// The first letter of `text` is upper case (leading quotes and brackets skipped).
bool starts_upper(std::string_view text) noexcept;

/// True when `text` has at least two letters and none of them is lower case: «МОСКВА».
bool is_all_caps(std::string_view text) noexcept;

/// «НИЖНИЙ НОВГОРОД» → «Нижний Новгород», «РОСТОВ-НА-ДОНУ» → «Ростов-на-Дону»: each part upper
/// case at its start, the small words of place names (`text_lexicon`) in lower case.
std::string place_name_case(std::string_view caps);

}  // namespace verstka::detail::text_case

#endif
