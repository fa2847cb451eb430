// The Russian alphabet of the hyphenation patterns: each letter's index, and what else a word
// can hold. One place, so the pattern table (scripts/generate-hyphenation-table.mjs writes its
// letters in this order) and the text scanner agree.
#ifndef VERSTKA_HYPHENATION_ALPHABET_HPP
#define VERSTKA_HYPHENATION_ALPHABET_HPP

#include <cstdint>

namespace verstka::detail::hyphenation {

/// а б в г д е ё ж … я: 33 letters, indices 0 … 32 (ё after е).
inline constexpr int kLetterCount = 33;

/// What a code point is to the hyphenator.
enum class CharClass : std::uint8_t {
    russian_lower,  ///< а … я, ё
    russian_upper,  ///< А … Я, Ё
    other_word,     ///< any other letter, a digit, a combining mark or U+00AD: part of a word
                    ///< that is never hyphenated
    joiner,         ///< - ‐ ‑ between two words: a compound, whose parts are hyphenated alone
    space,          ///< white space of any width: ends a chunk
    url_mark,       ///< @ / \ _ # : a chunk holding one is an address, a path or a handle
    inner_mark,     ///< . : ? = & % : between two word characters, the chunk is an address
    other,          ///< any other punctuation or symbol
};

/// The letter index (0 … 32) of a Russian letter of either case, or -1.
constexpr int russian_letter(char32_t c) noexcept {
    if (c >= 0x0430 && c <= 0x0435) return static_cast<int>(c - 0x0430);      // а … е
    if (c >= 0x0436 && c <= 0x044F) return static_cast<int>(c - 0x0436) + 7;  // ж … я
    if (c >= 0x0410 && c <= 0x0415) return static_cast<int>(c - 0x0410);      // А … Е
    if (c >= 0x0416 && c <= 0x042F) return static_cast<int>(c - 0x0416) + 7;  // Ж … Я
    if (c == 0x0451 || c == 0x0401) return 6;                                 // ё Ё
    return -1;
}

constexpr CharClass classify(char32_t c) noexcept {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return CharClass::other_word;
        }
        if (c == ' ' || c < 0x20 || c == 0x7F) return CharClass::space;
        if (c == '-') return CharClass::joiner;
        if (c == '@' || c == '/' || c == '\\' || c == '_' || c == '#') return CharClass::url_mark;
        if (c == '.' || c == ':' || c == '?' || c == '=' || c == '&' || c == '%')
            return CharClass::inner_mark;
        return CharClass::other;
    }
    if (russian_letter(c) >= 0) {
        return (c >= 0x0430 && c <= 0x044F) || c == 0x0451 ? CharClass::russian_lower
                                                           : CharClass::russian_upper;
    }
    if (c == 0x2010 || c == 0x2011) return CharClass::joiner;
    if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
        c == 0x202F || c == 0x205F || c == 0x3000 || (c >= 0x80 && c <= 0x9F)) {
        return CharClass::space;
    }
    // Letters of the scripts a Russian text quotes (Latin, Greek, the rest of Cyrillic), digits
    // of other forms, combining marks (a stress mark: the author shaped the word) and U+00AD.
    if (c == 0x00AD || c == 0x00B5 || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
        (c >= 0x0300 && c <= 0x052F) || (c >= 0x1E00 && c <= 0x1FFF)) {
        return CharClass::other_word;
    }
    return CharClass::other;
}

}  // namespace verstka::detail::hyphenation

#endif
