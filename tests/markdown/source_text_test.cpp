// SourceText's lines: split as cmark splits them (LF, CR LF, CR), wherever the breaks fall
// among the eight-byte steps of the scan.
#include "markdown/source_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

// The lines of `text`, one byte at a time.
std::vector<std::string> reference_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') {
            current += text[i];
            continue;
        }
        lines.push_back(current);
        current.clear();
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    if (!current.empty() || lines.empty()) lines.push_back(current);
    return lines;
}

void check_lines(const std::string& text) {
    CAPTURE(text);
    const verstka::detail::SourceText source(text);
    const std::vector<std::string> expected = reference_lines(text);
    REQUIRE(source.line_count() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        CHECK(source.line(static_cast<int>(k) + 1) == expected[k]);
    }
}

}  // namespace

TEST_CASE("source text: lines split at LF, CR LF and CR") {
    const struct {
        const char* text;
        std::vector<std::string_view> lines;
    } cases[] = {
        {"", {""}},
        {"один", {"один"}},
        {"a\nb", {"a", "b"}},
        {"a\r\nb", {"a", "b"}},
        {"a\rb", {"a", "b"}},
        {"a\n\nb", {"a", "", "b"}},
        {"a\n", {"a"}},
        {"a\r\n", {"a"}},
        {"\n", {""}},
        {"\n\n", {"", ""}},
        {"a\n\rb", {"a", "", "b"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const verstka::detail::SourceText source(c.text);
        REQUIRE(source.line_count() == c.lines.size());
        for (std::size_t k = 0; k < c.lines.size(); ++k)
            CHECK(source.line(static_cast<int>(k) + 1) == c.lines[k]);
    }
}

TEST_CASE("source text: a line break at every offset of an eight-byte step is found") {
    for (std::string_view brk : {"\n", "\r", "\r\n"}) {
        for (std::size_t at = 0; at <= 24; ++at) {
            std::string text(24, 'x');
            text.insert(at, brk);
            check_lines(text);
            text.insert(text.size() - at / 2, brk);  // a second break further on
            check_lines(text);
        }
    }
    check_lines("Строка первая, в ней кириллица\r\nи вторая\rи третья\n");
}
