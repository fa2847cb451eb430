#include "import/text_lines.hpp"

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "import/text_case.hpp"

namespace verstka::detail {

std::string_view trim(std::string_view text) noexcept {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t next = begin;
        if (!chars::is_space_like(utf8::decode(text, next))) break;
        begin = next;
    }
    std::size_t end = text.size();
    while (end > begin) {
        // Step back to the start of the last code point.
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t i = start;
        if (!chars::is_space_like(utf8::decode(text, i))) break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

std::size_t code_point_count(std::string_view text) noexcept {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::vector<TextLine> split_lines(std::string_view text, std::size_t max_lines) {
    std::vector<TextLine> lines;
    int number = 1;
    std::size_t start = 0;
    auto finish = [&](std::size_t end) {
        const std::string_view raw = text.substr(start, end - start);
        const std::string_view trimmed = trim(raw);
        if (!trimmed.empty()) {
            TextLine line;
            line.text = std::string(trimmed);
            line.folded = text_case::fold(trimmed);
            line.line = number;
            line.column = static_cast<int>(code_point_count(raw.substr(0, trimmed.data() - raw.data()))) + 1;
            lines.push_back(std::move(line));
        }
        ++number;
    };
    for (std::size_t i = 0; i < text.size() && lines.size() <= max_lines;) {
        const std::size_t at = i;
        const char32_t c = utf8::decode(text, i);
        if (c == '\r' && i < text.size() && text[i] == '\n') ++i;
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            finish(at);
            start = i;
        }
    }
    if (lines.size() <= max_lines) finish(text.size());
    return lines;
}

}  // namespace verstka::detail
