#include "import/inline_markdown.hpp"

namespace verstka::detail {

namespace {

constexpr std::size_t kLongestEntity = 32;  // «&CounterClockwiseContourIntegral;» is 33 bytes

bool is_ascii_alnum(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// `&` followed by `#` or letters/digits and a `;`: what CommonMark might read as an entity.
bool starts_entity(std::string_view text, std::size_t amp) noexcept {
    std::size_t i = amp + 1;
    if (i < text.size() && text[i] == '#') ++i;
    const std::size_t start = i;
    while (i < text.size() && i - amp <= kLongestEntity && is_ascii_alnum(text[i])) ++i;
    return i > start && i < text.size() && text[i] == ';';
}

}  // namespace

std::string plain_to_inline_markdown(std::string_view plain) {
    std::string out;
    out.reserve(plain.size() + 8);
    for (std::size_t i = 0; i < plain.size(); ++i) {
        const char c = plain[i];
        switch (c) {
            case '\\':
            case '*':
            case '_':
            case '`':
            case '[':
            case ']':
            case '<':
            case '>':
                out.push_back('\\');
                break;
            case '&':
                if (starts_entity(plain, i)) out.push_back('\\');
                break;
            default:
                break;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace verstka::detail
