#include "import/commonmark_text.hpp"

namespace verstka::detail {

namespace {

bool always_escaped(char c) noexcept {
    return c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
           c == '&';
}

// Marks that open a block when they start a line (ATX heading, list, setext underline).
bool opens_block(char c) noexcept { return c == '#' || c == '-' || c == '+' || c == '='; }

}  // namespace

void append_commonmark_text(std::string& out, std::string_view text, LineState& line) {
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (line.leading_digits) {
            if (c >= '0' && c <= '9') {
                out += c;
                continue;
            }
            line.leading_digits = false;
            // `1.` and `1)` open an ordered list: escape the mark after the digits.
            if (c == '.' || c == ')') out += '\\';
        } else if (line.line_start) {
            if (c == ' ') continue;
            line.line_start = false;
            if (c >= '0' && c <= '9') {
                line.leading_digits = true;
                out += c;
                continue;
            }
            if (opens_block(c)) out += '\\';
        }
        if (always_escaped(c)) out += '\\';
        out += c;
    }
}

std::string commonmark_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    LineState line;
    append_commonmark_text(out, text, line);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void append_hard_break(std::string& out, LineState& line) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\\\n";
    line = LineState{};
}

}  // namespace verstka::detail
