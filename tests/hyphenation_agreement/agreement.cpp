// hyphenate() against an independent Liang implementation on every form of Debian's
// hunspell-ru dictionary (expanded with unmunch by scripts/setup.sh): the same breaks on every
// word the rules hyphenate. The reference below shares no code with src/: it reads the
// hyph-utf8 files as TeX does (patterns with '-' kept, exceptions as written), keys each
// pattern's letters into a 64-bit number and looks every substring of the word up in a hash map.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "verstka/hyphenate.hpp"

namespace {

const std::string kRoot = VERSTKA_SOURCE_DIR;

// UTF-8 → code points (the test's inputs are valid UTF-8).
std::u32string decode(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out += b;
            i += 1;
        } else if ((b & 0xE0) == 0xC0) {
            out += static_cast<char32_t>(((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else {
            out += static_cast<char32_t>(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
            i += 3;
        }
    }
    return out;
}

char32_t to_lower(char32_t c) {
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c == 0x0401) return 0x0451;
    return c;
}

bool is_russian_lower(char32_t c) { return (c >= 0x0430 && c <= 0x044F) || c == 0x0451; }

// 6 bits a character: '.' 1, '-' 2, а … я 3 … 34, ё 35.
std::uint64_t code(char32_t c) {
    if (c == '.') return 1;
    if (c == '-') return 2;
    if (c == 0x0451) return 35;
    return 3 + (c - 0x0430);
}

struct Reference {
    std::unordered_map<std::uint64_t, std::vector<std::uint8_t>> patterns;  // key → values
    std::unordered_map<std::u32string, std::vector<bool>> exceptions;
    std::size_t longest = 0;

    Reference() {
        std::ifstream pat(kRoot + "/third_party/hyph-utf8/hyph-ru.pat.txt");
        REQUIRE_MESSAGE(pat, "third_party/hyph-utf8 is missing: run scripts/setup.sh");
        for (std::string line; std::getline(pat, line);) {
            if (line.empty() || line[0] == '%') continue;
            std::uint64_t key = 0;
            std::vector<std::uint8_t> values(1, 0);
            for (char32_t c : decode(line)) {
                if (c >= '0' && c <= '9') {
                    values.back() = static_cast<std::uint8_t>(c - '0');
                } else {
                    key = key << 6 | code(c);
                    values.push_back(0);
                }
            }
            longest = std::max(longest, values.size() - 1);
            patterns[key] = values;
        }
        std::ifstream hyp(kRoot + "/third_party/hyph-utf8/hyph-ru.hyp.txt");
        for (std::string line; std::getline(hyp, line);) {
            if (line.empty() || line[0] == '%') continue;
            std::u32string word;
            std::vector<bool> breaks(1, false);
            for (char32_t c : decode(line)) {
                if (c == '-') {
                    breaks.back() = true;
                } else {
                    word += c;
                    breaks.push_back(false);
                }
            }
            exceptions[word] = breaks;
        }
    }

    // breaks[k]: a break after letter k, with 2 letters at least on either side.
    std::vector<bool> breaks(const std::u32string& lower) const {
        const std::size_t n = lower.size();
        std::vector<bool> out(n + 1, false);
        auto found = exceptions.find(lower);
        if (found != exceptions.end()) {
            for (std::size_t k = 2; k + 2 <= n; ++k) out[k] = found->second[k];
            return out;
        }
        const std::u32string dotted = U"." + lower + U".";
        std::vector<std::uint8_t> points(dotted.size() + 1, 0);
        for (std::size_t start = 0; start < dotted.size(); ++start) {
            std::uint64_t key = 0;
            for (std::size_t len = 1; len <= longest && start + len <= dotted.size(); ++len) {
                key = key << 6 | code(dotted[start + len - 1]);
                auto match = patterns.find(key);
                if (match == patterns.end()) continue;
                for (std::size_t j = 0; j < match->second.size(); ++j) {
                    points[start + j] = std::max(points[start + j], match->second[j]);
                }
            }
        }
        for (std::size_t k = 2; k + 2 <= n; ++k) out[k] = points[k + 1] % 2 == 1;
        return out;
    }
};

std::string encode(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("hyphenate() breaks every hunspell-ru form it hyphenates as the reference Liang does") {
    const Reference reference;
    std::ifstream forms(kRoot + "/third_party/hunspell-ru/forms.txt");
    REQUIRE_MESSAGE(forms, "third_party/hunspell-ru/forms.txt is missing: run scripts/setup.sh");
    std::size_t compared = 0;
    std::size_t with_breaks = 0;
    std::size_t differing = 0;
    for (std::string line; std::getline(forms, line);) {
        const std::u32string word = decode(line);
        // The words the rules hyphenate: Russian letters only, 7 at least, not all capitals.
        std::u32string lower;
        bool russian = word.size() >= 7;
        bool has_lower = false;
        for (char32_t c : word) {
            const char32_t l = to_lower(c);
            if (!is_russian_lower(l)) russian = false;
            has_lower = has_lower || c == l;
            lower += l;
        }
        if (!russian || !has_lower) continue;
        const std::vector<bool> breaks = reference.breaks(lower);
        std::u32string expected;
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (breaks[k]) expected += char32_t{0x00AD};
            expected += word[k];
        }
        const std::string actual = verstka::hyphenate(line);
        ++compared;
        if (expected.size() > word.size()) ++with_breaks;
        if (actual != encode(expected)) {
            if (++differing <= 20) {
                CHECK_MESSAGE(actual == encode(expected), line);
            }
        }
    }
    std::cout << "hyphenation agreement: " << compared << " hunspell-ru forms compared (" << with_breaks
              << " with breaks), " << differing << " differ from the reference\n";
    CHECK(compared >= 1000000);
    CHECK(differing == 0);
}
