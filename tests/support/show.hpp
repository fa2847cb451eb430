// Test helpers: make invisible typography visible in failure messages.
#ifndef VERSTKA_TESTS_SHOW_HPP
#define VERSTKA_TESTS_SHOW_HPP

#include <string>
#include <string_view>

namespace verstka::test {

/// `s` with NBSP, thin/narrow spaces and soft hyphens spelled out: "в⟨nbsp⟩доме".
inline std::string show(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::string_view rest = s.substr(i);
        if (rest.rfind("\xC2\xA0", 0) == 0) {
            out += "⟨nbsp⟩";
            ++i;
            continue;
        }
        if (rest.rfind("\xC2\xAD", 0) == 0) {
            out += "⟨shy⟩";
            ++i;
            continue;
        }
        if (rest.rfind("\xE2\x80\xAF", 0) == 0) {
            out += "⟨nnbsp⟩";
            i += 2;
            continue;
        }
        if (rest.rfind("\xE2\x80\x89", 0) == 0) {
            out += "⟨thin⟩";
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

}  // namespace verstka::test

#endif
