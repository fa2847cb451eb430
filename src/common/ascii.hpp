// ASCII character helpers shared by the parsers (JSON escapes, percent-encoding).
#ifndef VERSTKA_COMMON_ASCII_HPP
#define VERSTKA_COMMON_ASCII_HPP

namespace verstka::detail::ascii {

/// The value of a hexadecimal digit, or -1 when `c` is not one.
constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace verstka::detail::ascii

#endif
