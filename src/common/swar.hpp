// Eight bytes of text as one 64-bit word, for the scans that test eight bytes at once (SWAR:
// SIMD within a register) without vector instructions, which the WebAssembly build has none of.
#ifndef VERSTKA_COMMON_SWAR_HPP
#define VERSTKA_COMMON_SWAR_HPP

#include <cstdint>
#include <cstring>

namespace verstka::detail::swar {

/// The eight bytes at `p`, byte k of the text in byte k of the result (little-endian order, as
/// on x86, ARM and wasm), so that masks read the same on every target.
inline std::uint64_t load8(const unsigned char* p) noexcept {
    std::uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    for (int k = 7; k >= 0; --k) x = (x << 8) | p[k];
#else
    std::memcpy(&x, p, 8);
#endif
    return x;
}

/// Bit 7 of every byte.
constexpr std::uint64_t kHigh = 0x8080808080808080u;

/// Nonzero when one of the eight bytes of `x` is `b`. (The exact bits may also mark a byte
/// above a match; whether there is one at all is exact.)
constexpr std::uint64_t has_byte(std::uint64_t x, unsigned char b) noexcept {
    const std::uint64_t v = x ^ (0x0101010101010101u * b);
    return (v - 0x0101010101010101u) & ~v & kHigh;
}

}  // namespace verstka::detail::swar

#endif
