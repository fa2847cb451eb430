#include "import/text_case.hpp"

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "import/text_lexicon.hpp"

namespace verstka::detail::text_case {

std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_space = false;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = utf8::decode(text, i);
        if (chars::is_space_like(c)) {
            if (!in_space) out.push_back(' ');
            in_space = true;
            continue;
        }
        in_space = false;
        c = to_lower(c);
        if (c == 0x0451) c = 0x0435;  // ё → е
        utf8::append(out, c);
    }
    return out;
}

bool starts_upper(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::decode(text, i);
        if (chars::is_quote_like(c) || c == '(' || c == '[') continue;
        return is_upper(c);
    }
    return false;
}

bool is_all_caps(std::string_view text) noexcept {
    int letters = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::decode(text, i);
        if (is_lower(c)) return false;
        if (is_upper(c)) ++letters;
    }
    return letters >= 2;
}

std::string place_name_case(std::string_view caps) {
    std::string out;
    out.reserve(caps.size());
    std::size_t i = 0;
    bool first_part = true;
    while (i < caps.size()) {
        // One part: the letters up to the next space or hyphen.
        std::size_t end = i;
        while (end < caps.size() && caps[end] != ' ' && caps[end] != '-') ++end;
        const std::string_view part = caps.substr(i, end - i);
        const bool particle = !first_part && text_lexicon::is_place_particle(fold(part));
        bool first_letter = true;
        for (std::size_t j = 0; j < part.size();) {
            const char32_t c = utf8::decode(part, j);
            utf8::append(out, first_letter && !particle ? to_upper(c) : to_lower(c));
            if (is_letter(c)) first_letter = false;
        }
        if (end < caps.size()) out.push_back(caps[end]);
        i = end + 1;
        first_part = false;
    }
    return out;
}

}  // namespace verstka::detail::text_case
