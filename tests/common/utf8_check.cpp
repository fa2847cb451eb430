// The UTF-8 validator (common/utf8.hpp `find_invalid`, eight bytes at a time where it can)
// finds exactly the first sequence that decoding one character at a time finds invalid,
// wherever a sequence falls against the eight-byte steps.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "common/utf8.hpp"

namespace {

namespace utf8 = verstka::detail::utf8;

// The reference: one character at a time. `decode` gives U+FFFD and steps one byte for an
// invalid sequence, and only for one (a valid U+FFFD is three bytes long).
std::size_t first_invalid_one_at_a_time(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (utf8::decode(s, i) == utf8::replacement && i == at + 1) return at;
    }
    return std::string_view::npos;
}

}  // namespace

TEST_CASE("find_invalid: valid and invalid sequences at every offset of a sixteen-byte step") {
    struct Case {
        std::string_view name;
        std::string_view bytes;
        bool valid;
    };
    const Case cases[] = {
        {"Cyrillic letters", "\xD0\x9F\xD1\x80\xD0\xB8", true},
        {"NBSP", "\xC2\xA0", true},
        {"em dash, three bytes", "\xE2\x80\x94", true},
        {"emoji, four bytes", "\xF0\x9F\x98\x80", true},
        {"lone continuation", "\x80", false},
        {"lead without continuation", "\xD0", false},
        {"lead before ASCII", "\xD0\x41", false},
        {"two leads", "\xD0\xD0\x9F", false},
        {"overlong C0", "\xC0\x80", false},
        {"overlong C1", "\xC1\xBF", false},
        {"overlong E0", "\xE0\x80\x80", false},
        {"surrogate", "\xED\xA0\x80", false},
        {"beyond U+10FFFF", "\xF4\x90\x80\x80", false},
        {"FF", "\xFF", false},
        {"three-byte lead cut short", "\xE2\x80", false},
    };
    for (const Case& c : cases) {
        for (std::size_t before = 0; before < 20; ++before) {
            for (const std::string_view filler : {std::string_view("a"), std::string_view("\xD1\x8F")}) {
                std::string text;
                while (text.size() < before) text += filler;
                text += c.bytes;
                for (const std::string_view after :
                     {std::string_view(""), std::string_view("abcdefghijklmnopq"),
                      std::string_view("\xD0\xB0\xD0\xB1\xD0\xB2\xD0\xB3\xD0\xB4")}) {
                    const std::string s = text + std::string(after);
                    INFO(c.name << " after " << text.size() - c.bytes.size() << " bytes, then "
                                << after.size());
                    CHECK(utf8::is_valid(s) == c.valid);
                    CHECK(utf8::find_invalid(s) == first_invalid_one_at_a_time(s));
                }
            }
        }
    }
}

TEST_CASE("find_invalid finds the invalid sequence one-at-a-time decoding finds first, on random bytes") {
    // Bytes at the edges of every class: ASCII, continuations, two-byte leads (C0 C1
    // overlong), three- and four-byte leads, bytes no UTF-8 has.
    constexpr unsigned char alphabet[] = {0x20, 0x61, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                          0xD0, 0xD1, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    std::uint32_t state = 12345;
    const auto next = [&state] {
        state = state * 1103515245u + 12345u;
        return state >> 16;
    };
    int valid = 0;
    for (int round = 0; round < 200000; ++round) {
        std::string s;
        const std::size_t length = next() % 41;
        // Mostly well-formed Russian text with one or two stray bytes, so both answers occur.
        while (s.size() < length) {
            const std::uint32_t pick = next() % 16;
            if (pick < 10) {
                s += static_cast<char>(0xD0 + (next() & 1));
                s += static_cast<char>(0x80 + next() % 0x40);
            } else if (pick < 13) {
                s += ' ';
            } else {
                s += static_cast<char>(alphabet[next() % sizeof alphabet]);
            }
        }
        const std::size_t expected = first_invalid_one_at_a_time(s);
        valid += expected == std::string_view::npos ? 1 : 0;
        INFO("round " << round);
        REQUIRE(utf8::find_invalid(s) == expected);
    }
    CHECK(valid > 20000);
    CHECK(valid < 180000);
}
