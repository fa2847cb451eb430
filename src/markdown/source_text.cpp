#include "markdown/source_text.hpp"

#include <algorithm>
#include <cstdint>

#include "common/swar.hpp"
#include "common/utf8.hpp"

namespace verstka::detail {

SourceText::SourceText(std::string_view field_text) {
    // cmark skips a byte order mark at the start of what it reads and counts no column for
    // it, so the field starts after its byte order marks, all of them: then cmark skips none,
    // and its columns are columns of this text (the `>` of `\uFEFF>x` is in column 1).
    while (field_text.substr(0, 3) == "\xEF\xBB\xBF") field_text.remove_prefix(3);
    // The usual field (valid UTF-8, no NUL) is taken as it is, in one copy.
    if (field_text.find('\0') == std::string_view::npos &&
        utf8::find_invalid(field_text) == std::string_view::npos) {
        text_.assign(field_text.data(), field_text.size());
        split_lines();
        return;
    }
    const std::string valid = utf8::sanitize(field_text);
    text_.reserve(valid.size());
    for (char c : valid) {
        if (c == '\0') {
            text_ += "\xEF\xBF\xBD";  // cmark would do the same, shifting its columns
        } else {
            text_ += c;
        }
    }
    split_lines();
}

SourceText::SourceText(const SourceText& original, const std::vector<SourcePos>& escapes)
    : escapes_(escapes) {
    const std::string_view all = original.text_;
    std::size_t copied = 0;
    for (const SourcePos& e : escapes) {
        const std::string_view line = original.line(e.line);
        if (line.empty() || e.column < 1 || static_cast<std::size_t>(e.column) > line.size()) continue;
        const auto at =
            static_cast<std::size_t>(line.data() - all.data()) + static_cast<std::size_t>(e.column) - 1;
        if (at < copied) continue;
        text_.append(all.substr(copied, at - copied));
        text_ += '\\';
        copied = at;
    }
    text_.append(all.substr(copied));
    split_lines();
}

void SourceText::split_lines() {
    const std::string_view all = text_;
    const auto* bytes = reinterpret_cast<const unsigned char*>(all.data());
    const std::size_t n = all.size();
    std::size_t begin = 0;
    for (std::size_t i = 0;; ++i) {
        // Eight bytes at a time to the eight that hold the next line break, then to the break.
        while (i + 8 <= n) {
            const std::uint64_t word = swar::load8(bytes + i);
            if ((swar::has_byte(word, '\n') | swar::has_byte(word, '\r')) != 0) break;
            i += 8;
        }
        while (i < n && all[i] != '\n' && all[i] != '\r') ++i;
        if (i == n) break;
        lines_.push_back(all.substr(begin, i - begin));
        if (all[i] == '\r' && i + 1 < n && all[i + 1] == '\n') ++i;  // \r\n ends one line
        begin = i + 1;
    }
    if (begin < n || lines_.empty()) lines_.push_back(all.substr(begin));
}

std::string_view SourceText::line(int line) const noexcept {
    if (line < 1 || static_cast<std::size_t>(line) > lines_.size()) return {};
    return lines_[static_cast<std::size_t>(line) - 1];
}

std::string_view SourceText::slice(int line_number, int from, int to) const noexcept {
    const std::string_view l = line(line_number);
    const std::size_t begin = from < 1 ? 0 : std::min(l.size(), static_cast<std::size_t>(from - 1));
    const std::size_t end = to < 1 ? 0 : std::min(l.size(), static_cast<std::size_t>(to - 1));
    return end > begin ? l.substr(begin, end - begin) : std::string_view{};
}

int SourceText::code_point_column(int line_number, int byte_column) const noexcept {
    if (byte_column < 1) return byte_column;
    const std::string_view before = slice(line_number, 1, byte_column);
    int column = 1;
    for (char c : before) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    }
    // A column past the end of the line (cmark points one past it for some nodes) stays put.
    const std::size_t len = line(line_number).size();
    if (static_cast<std::size_t>(byte_column - 1) > len) column += byte_column - 1 - static_cast<int>(len);
    for (const SourcePos& e : escapes_) {
        if (e.line == line_number && e.column < byte_column) --column;  // a backslash we added
    }
    return column;
}

}  // namespace verstka::detail
