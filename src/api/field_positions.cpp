#include "api/field_positions.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "article/json_locator.hpp"
#include "common/ascii.hpp"

namespace verstka::detail {

namespace {

using ascii::hex_value;

bool is_hex4(std::string_view s, std::size_t at) noexcept {
    if (at + 4 > s.size()) return false;
    for (std::size_t k = at; k < at + 4; ++k) {
        if (hex_value(s[k]) < 0) return false;
    }
    return true;
}

std::size_t utf8_length(unsigned char lead) noexcept {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

// Walks the JSON string starting at `quote` (its opening '"'), decoding escapes, until the
// decoded text reaches line:column; returns the source offset there (the closing quote when
// the place lies beyond the text).
std::size_t source_offset_of(std::string_view json, std::size_t quote, int line, int column) {
    int at_line = 1, at_column = 1;
    std::size_t i = quote + 1;
    while (i < json.size() && json[i] != '"') {
        if (at_line > line || (at_line == line && at_column >= column)) return i;
        char decoded = 'x';  // only line endings matter for counting
        std::size_t width = utf8_length(static_cast<unsigned char>(json[i]));
        if (json[i] == '\\' && i + 1 < json.size()) {
            const char e = json[i + 1];
            decoded = e == 'n' ? '\n' : e == 'r' ? '\r' : 'x';
            width = 2;
            if (e == 'u' && is_hex4(json, i + 2)) {
                width = 6;
                // A surrogate pair is one character of the decoded text.
                if (json.compare(i + 6, 2, "\\u") == 0 && is_hex4(json, i + 8) &&
                    hex_value(json[i + 2]) == 0xD && hex_value(json[i + 3]) >= 8 &&
                    hex_value(json[i + 3]) <= 0xB) {
                    width = 12;
                }
            }
        }
        i += width;
        if (decoded == '\n' || (decoded == '\r' && json.compare(i, 2, "\\n") != 0)) {
            ++at_line;
            at_column = 1;
        } else if (decoded != '\r') {
            ++at_column;
        }
    }
    return i;
}

}  // namespace

void place_field_diagnostics(std::string_view json, Diagnostics& diagnostics, std::size_t first) {
    // Parsing counts positions after a BOM, as editors show them; so do we.
    if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
    std::vector<std::string> pointers;
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        if (diagnostics[i].line > 0 && !diagnostics[i].path.empty()) pointers.push_back(diagnostics[i].path);
    }
    if (pointers.empty()) return;
    pointers = sorted_pointers(std::move(pointers));
    const std::vector<std::size_t> values = locate_values(json, pointers);
    // The source offset of each place, then the places counted in the order of the offsets.
    std::vector<std::pair<std::size_t, std::size_t>> offsets;  // (offset, diagnostic)
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        if (d.line <= 0 || d.path.empty()) continue;
        const std::size_t value = values[pointer_index(pointers, d.path)];
        if (value >= json.size() || json[value] != '"') continue;
        offsets.emplace_back(source_offset_of(json, value, d.line, d.column), i);
    }
    std::sort(offsets.begin(), offsets.end());
    PositionCounter counter(json);
    for (const auto& [offset, index] : offsets) {
        const SourcePosition at = counter.at(offset);
        diagnostics[index].line = at.line;
        diagnostics[index].column = at.column;
    }
}

}  // namespace verstka::detail
