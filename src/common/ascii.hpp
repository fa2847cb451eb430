// ASCII character helpers shared by the parsers (JSON escapes, percent-encoding, URL schemes).
#ifndef VERSTKA_COMMON_ASCII_HPP
#define VERSTKA_COMMON_ASCII_HPP

#include <string_view>

namespace verstka::detail::ascii {

/// The value of a hexadecimal digit, or -1 when `c` is not one.
constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// `text` starts with `lower_prefix` (written in lowercase), ASCII letters compared without
/// case: `HTTP://a` starts with "http://".
constexpr bool starts_with_folded(std::string_view text, std::string_view lower_prefix) noexcept {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

}  // namespace verstka::detail::ascii

#endif
