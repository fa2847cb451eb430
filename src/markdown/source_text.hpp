// The text of one markdown field as cmark saw it: lines, and positions for diagnostics.
#ifndef VERSTKA_MARKDOWN_SOURCE_TEXT_HPP
#define VERSTKA_MARKDOWN_SOURCE_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verstka::detail {

/// The field text made safe for cmark (invalid UTF-8 and NUL → U+FFFD, done here rather than
/// by cmark so that cmark's byte columns index this very text), split into lines as cmark
/// splits them (LF, CR LF, CR).
class SourceText {
public:
    explicit SourceText(std::string_view field_text);

    const std::string& text() const noexcept { return text_; }
    std::size_t line_count() const noexcept { return lines_.size(); }

    /// Line `line` (1-based) without its line ending; empty when out of range.
    std::string_view line(int line) const noexcept;

    /// Bytes of line `line` from byte column `from` (1-based, inclusive) to `to` (exclusive);
    /// columns are clamped to the line.
    std::string_view slice(int line, int from, int to) const noexcept;

    /// The column as people count it (Unicode code points, 1-based) of cmark's byte column.
    int code_point_column(int line, int byte_column) const noexcept;

private:
    std::string text_;
    std::vector<std::string_view> lines_;
};

}  // namespace verstka::detail

#endif
