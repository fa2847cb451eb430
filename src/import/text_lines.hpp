// The lines of a scraped text: each non-blank line, trimmed, with where it stands in the input.
#ifndef VERSTKA_IMPORT_TEXT_LINES_HPP
#define VERSTKA_IMPORT_TEXT_LINES_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verstka::detail {

struct TextLine {
    std::string text;    ///< trimmed of white space of every width at both ends
    std::string folded;  ///< `text_case::fold(text)`, for the word tables
    int line = 0;        ///< 1-based line in the input
    int column = 0;      ///< 1-based column (code points) where `text` starts
    int joined = 1;      ///< how many lines of the input `text` holds (a hard-wrapped paragraph)
};

/// Splits valid UTF-8 `text` at `\n`, `\r\n` and lone `\r` (and U+2028, U+2029) and keeps the
/// lines that are not blank, at most `max_lines` + 1 of them (so that a caller can tell "too
/// many" without holding them all).
std::vector<TextLine> split_lines(std::string_view text, std::size_t max_lines);

/// `text` without white space of every width at both ends.
std::string_view trim(std::string_view text) noexcept;

/// Code points in `text`.
std::size_t code_point_count(std::string_view text) noexcept;

}  // namespace verstka::detail

#endif
