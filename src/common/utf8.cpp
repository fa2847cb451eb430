#include "common/utf8.hpp"

#include <algorithm>
#include <cstdint>

#include "common/swar.hpp"

namespace verstka::detail::utf8 {

namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// Length and validity of the sequence at s[i]; 0 when invalid.
std::size_t sequence_length(std::string_view s, std::size_t i, char32_t& cp) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (!is_continuation(b)) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

// Length of the valid UTF-8 made of ASCII and two-byte sequences (U+0080–U+07FF) at the start
// of `p`, checked eight bytes at a time up to the last eight of `size` (the caller checks the
// rest one character at a time); it ends at a character boundary. Bit 7 of byte k of the
// masks below stands for byte k of the text.
std::size_t ascii_or_two_byte_prefix(const unsigned char* p, std::size_t size) noexcept {
    constexpr std::uint64_t high = swar::kHigh;
    std::uint64_t carry = 0;  // byte 0's bit when the previous eight ended with a lead byte
    std::size_t k = 0;
    for (; size - k >= 8; k += 8) {
        const std::uint64_t x = swar::load8(p + k);
        const std::uint64_t top = x & high;
        const std::uint64_t bit6 = (x << 1) & high;
        const std::uint64_t bit5 = (x << 2) & high;
        const std::uint64_t continuation = top & ~bit6;  // 10xxxxxx
        const std::uint64_t lead = top & bit6;           // 11xxxxxx
        const std::uint64_t lead2 = lead & ~bit5;        // 110xxxxx
        // C0 and C1 lead overlong forms: bits 1–4 all clear. The sum stays within each byte.
        const std::uint64_t not_overlong = ((x & 0x1E1E1E1E1E1E1E1Eu) + 0x7F7F7F7F7F7F7F7Fu) & high;
        if (((lead & bit5) | (lead2 & ~not_overlong)) != 0) break;
        // Every continuation byte follows a two-byte lead, and every lead has its continuation.
        if (continuation != ((lead2 << 8) | carry)) break;
        carry = lead2 >> 56;
    }
    return carry != 0 ? k - 1 : k;
}

}  // namespace

char32_t decode(std::string_view s, std::size_t& i) noexcept {
    char32_t cp = 0;
    const std::size_t len = sequence_length(s, i, cp);
    if (len == 0) {
        ++i;
        return replacement;
    }
    i += len;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t find_invalid(std::string_view s) noexcept {
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // `i` is at a character boundary. Eight bytes of ASCII and two-byte sequences are checked
        // at once; the next eight, where that stopped, one character at a time.
        i += ascii_or_two_byte_prefix(bytes + i, n - i);
        const std::size_t stop = std::min(n, i + 8);
        while (i < stop) {
            const unsigned char lead = bytes[i];
            if (lead < 0x80) {
                ++i;
            } else if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n && is_continuation(bytes[i + 1])) {
                i += 2;  // C0 and C1 would be overlong: a two-byte lead is C2..DF
            } else if (lead >= 0xE1 && lead <= 0xEC && i + 2 < n && is_continuation(bytes[i + 1]) &&
                       is_continuation(bytes[i + 2])) {
                i += 3;  // dashes, quotes, … (E0 may be overlong, ED a surrogate)
            } else {
                char32_t cp = 0;
                const std::size_t len = sequence_length(s, i, cp);
                if (len == 0) return i;
                i += len;
            }
        }
    }
    return std::string_view::npos;
}

std::string sanitize(std::string_view s) {
    if (find_invalid(s) == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t i = 0;
    while (i < s.size()) append(out, decode(s, i));
    return out;
}

}  // namespace verstka::detail::utf8
