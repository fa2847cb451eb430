// The text of one markdown field as cmark saw it: lines, and positions for diagnostics.
#ifndef VERSTKA_MARKDOWN_SOURCE_TEXT_HPP
#define VERSTKA_MARKDOWN_SOURCE_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verstka::detail {

/// A place in the field text: 1-based line and cmark's 1-based byte column (0: unknown).
struct SourcePos {
    int line = 0;
    int column = 0;
};

/// The field text made safe for cmark (invalid UTF-8 and NUL → U+FFFD, done here rather than
/// by cmark so that cmark's byte columns index this very text), split into lines as cmark
/// splits them (LF, CR LF, CR).
class SourceText {
public:
    explicit SourceText(std::string_view field_text);
    /// `original`'s text with a backslash inserted before the byte at each of `escapes`
    /// (sorted), so that cmark reads what is there as text; columns are still reported as
    /// columns of `original`.
    SourceText(const SourceText& original, const std::vector<SourcePos>& escapes);
    SourceText(const SourceText&) = delete;  // lines_ point into text_
    SourceText& operator=(const SourceText&) = delete;

    const std::string& text() const noexcept { return text_; }
    std::size_t line_count() const noexcept { return lines_.size(); }

    /// Line `line` (1-based) without its line ending; empty when out of range.
    std::string_view line(int line) const noexcept;

    /// Bytes of line `line` from byte column `from` (1-based, inclusive) to `to` (exclusive);
    /// columns are clamped to the line.
    std::string_view slice(int line, int from, int to) const noexcept;

    /// The column as people count it (Unicode code points, 1-based) of cmark's byte column,
    /// in the field text as the editor wrote it.
    int code_point_column(int line, int byte_column) const noexcept;

private:
    void split_lines();

    std::string text_;
    std::vector<std::string_view> lines_;
    std::vector<SourcePos> escapes_;
};

}  // namespace verstka::detail

#endif
