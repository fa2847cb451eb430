// Plain text as CommonMark inline text: what an importer writes into an article's inline
// fields so that the text reads back exactly as it was, never as markup.
#ifndef VERSTKA_IMPORT_COMMONMARK_TEXT_HPP
#define VERSTKA_IMPORT_COMMONMARK_TEXT_HPP

#include <string>
#include <string_view>

namespace verstka::detail {

/// Where the text written so far ends: at the start of a line, or in the digits that start
/// one (`2024` may yet become the ordered-list mark `2024.`).
struct LineState {
    bool line_start = true;
    bool leading_digits = false;
};

/// Appends `text` to `out` escaped for CommonMark inline content, `line` telling where `out`
/// ends (it is updated; text may come in pieces of any size). At a line start, marks that would
/// open a block (`#`, `-`, `+`, `=`, `1.`, `1)`) are escaped too, and leading spaces are dropped
/// (they would make a code block). `\ ` * _ [ ] < > &` are always escaped, so no emphasis,
/// link, autolink, raw HTML or entity can come from the text. Line breaks in `text` are written
/// as spaces: a hard break is the caller's markup (`append_hard_break`).
void append_commonmark_text(std::string& out, std::string_view text, LineState& line);

/// `text` escaped as a whole inline field (starting a line).
std::string commonmark_text(std::string_view text);

/// A hard line break (`\` and a newline); spaces before it are removed.
void append_hard_break(std::string& out, LineState& line);

}  // namespace verstka::detail

#endif
