// Small UTF-8 helpers shared by every module: decoding, encoding and validation.
#ifndef VERSTKA_COMMON_UTF8_HPP
#define VERSTKA_COMMON_UTF8_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace verstka::detail::utf8 {

constexpr char32_t replacement = 0xFFFD;

/// Decodes the code point at `s[i]` and advances `i`. Invalid or truncated sequences
/// (overlong forms, surrogates, > U+10FFFF) yield U+FFFD and advance by one byte.
char32_t decode(std::string_view s, std::size_t& i) noexcept;

/// Appends the UTF-8 form of `cp` to `out`.
void append(std::string& out, char32_t cp);

/// Byte offset of the first invalid sequence, or `npos` when `s` is valid UTF-8.
std::size_t find_invalid(std::string_view s) noexcept;

/// `s` with every invalid sequence replaced by U+FFFD.
std::string sanitize(std::string_view s);

}  // namespace verstka::detail::utf8

#endif
