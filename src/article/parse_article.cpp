#include "article/parse_article.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "article/article_validator.hpp"
#include "article/json_locator.hpp"
#include "article/json_reader.hpp"
#include "common/utf8.hpp"

namespace verstka::detail {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

std::string hex_byte(unsigned char b) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[b >> 4];
    out += digits[b & 0xF];
    return out;
}

// Gives each new diagnostic that has a path but no place the line:column of its value, or
// of the nearest enclosing value when the value itself is missing; one pass over the text
// to find the values and one to count their lines. An empty path means "not tied to a
// value" (summaries) and stays unplaced.
void locate(std::string_view text, Diagnostics& diagnostics, std::size_t first) {
    std::vector<std::string> wanted;
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        if (d.line != 0 || d.path.empty()) continue;
        std::string p = d.path;
        for (;;) {
            wanted.push_back(p);
            const std::size_t slash = p.rfind('/');
            if (slash == std::string::npos) break;
            p.erase(slash);
        }
    }
    if (wanted.empty()) return;
    wanted = sorted_pointers(std::move(wanted));
    const std::vector<std::size_t> found = locate_values(text, wanted);
    // Each diagnostic's offset (that of its value or the nearest enclosing one), then their
    // places counted in the order of the offsets.
    std::vector<std::pair<std::size_t, std::size_t>> offsets;  // (offset, diagnostic)
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        if (d.line != 0 || d.path.empty()) continue;
        std::string_view p = d.path;
        for (;;) {
            const std::size_t at = found[pointer_index(wanted, p)];
            if (at != std::string_view::npos) {
                offsets.emplace_back(at, i);
                break;
            }
            const std::size_t slash = p.rfind('/');
            if (slash == std::string_view::npos) break;
            p = p.substr(0, slash);
        }
    }
    std::sort(offsets.begin(), offsets.end());
    PositionCounter counter(text);
    for (const auto& [offset, index] : offsets) {
        const SourcePosition at = counter.at(offset);
        diagnostics[index].line = at.line;
        diagnostics[index].column = at.column;
    }
}

}  // namespace

Diagnostic input_too_large(std::size_t size, std::size_t limit) {
    Diagnostic d;
    d.code = "input.too-large";
    d.message =
        "the input is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limit) + " bytes";
    return d;
}

std::optional<nlohmann::json> read_json_document(std::string_view json, std::size_t max_input_bytes,
                                                 Diagnostics& diagnostics, std::string_view& text) {
    text = json;
    const auto fail = [&](const char* code, std::string message, std::string_view in, std::size_t offset) {
        Diagnostic d;
        d.code = code;
        d.message = std::move(message);
        if (offset != std::string_view::npos) {
            const SourcePosition at = source_position(in, offset);
            d.line = at.line;
            d.column = at.column;
        }
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    };

    if (json.size() > max_input_bytes) {
        diagnostics.push_back(input_too_large(json.size(), max_input_bytes));
        return std::nullopt;
    }
    // Invalid UTF-8 is reported before anything else the input gets wrong. The parser takes
    // only valid UTF-8 (inside strings it checks every sequence; outside them any byte above
    // 0x7F is a syntax error), so the bytes are searched only when something failed.
    const auto invalid_utf8 = [&]() -> bool {
        const std::size_t bad = utf8::find_invalid(json);
        if (bad == std::string_view::npos) return false;
        fail("input.invalid-utf8",
             "the input is not valid UTF-8: invalid byte " + hex_byte(static_cast<unsigned char>(json[bad])) +
                 " at byte offset " + std::to_string(bad),
             json, bad);
        return true;
    };
    // A BOM is accepted and skipped; positions are counted from after it, as editors show.
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    if (text.substr(0, bom.size()) == bom) {
        if (invalid_utf8()) return std::nullopt;
        // nlohmann would silently skip this second one too.
        return fail("json.syntax", "invalid JSON: a second byte order mark (U+FEFF)", text, 0);
    }
    const std::size_t before = diagnostics.size();
    std::optional<nlohmann::json> document = read_json(text, max_nesting_depth, diagnostics);
    if (!document && utf8::find_invalid(json) != std::string_view::npos) {
        // What the parser said (a syntax error, duplicate keys before it) gives way.
        diagnostics.erase(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end());
        invalid_utf8();
    }
    return document;
}

void place_diagnostics(std::string_view text, Diagnostics& diagnostics, std::size_t first) {
    locate(text, diagnostics, first);
    // Report in source order: the DOM visits object members alphabetically.
    std::stable_sort(diagnostics.begin() + static_cast<std::ptrdiff_t>(first), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if ((a.line == 0) != (b.line == 0)) return a.line != 0;
                         if (a.line != b.line) return a.line < b.line;
                         return a.column < b.column;
                     });
}

std::optional<Article> parse_article(std::string_view json, const ParseOptions& options,
                                     Diagnostics& diagnostics) {
    const std::size_t first = diagnostics.size();
    std::string_view text;
    std::optional<nlohmann::json> document =
        read_json_document(json, options.max_input_bytes, diagnostics, text);
    std::optional<Article> article;
    if (document) {
        const std::size_t before = diagnostics.size();
        article = validate_article_document(*document, diagnostics);
        if (!document->is_object() && diagnostics.size() > before) {
            // The one complaint is about the whole document: point at where it starts.
            const std::size_t start = text.find_first_not_of(" \t\r\n");
            const SourcePosition at = source_position(text, start == text.npos ? 0 : start);
            diagnostics[before].line = at.line;
            diagnostics[before].column = at.column;
        }
    }
    place_diagnostics(text, diagnostics, first);
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        if (diagnostics[i].severity == Severity::error) return std::nullopt;
    }
    return article;
}

}  // namespace verstka::detail
