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

/// Byte offset of the first invalid sequence, or `npos` when `s` is valid UTF-8. Eight bytes at
/// a time where the text is ASCII and two-byte sequences (Russian text).
std::size_t find_invalid(std::string_view s) noexcept;

/// True when `s` is valid UTF-8.
inline bool is_valid(std::string_view s) noexcept { return find_invalid(s) == std::string_view::npos; }

/// `s` with every invalid sequence replaced by U+FFFD.
std::string sanitize(std::string_view s);

}  // namespace verstka::detail::utf8

#endif
