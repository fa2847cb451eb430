#include "article/parse_article.hpp"

#include <algorithm>
#include <unordered_set>

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
// of the nearest enclosing value when the value itself is missing; one pass over the text.
// An empty path means "not tied to a value" (summaries) and stays unplaced.
void locate(std::string_view text, Diagnostics& diagnostics, std::size_t first) {
    std::unordered_set<std::string> wanted;
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        if (d.line != 0 || d.path.empty()) continue;
        std::string p = d.path;
        for (;;) {
            wanted.insert(p);
            const std::size_t slash = p.rfind('/');
            if (slash == std::string::npos) break;
            p.erase(slash);
        }
    }
    if (wanted.empty()) return;
    const auto found = locate_values(text, wanted);
    for (std::size_t i = first; i < diagnostics.size(); ++i) {
        Diagnostic& d = diagnostics[i];
        if (d.line != 0 || d.path.empty()) continue;
        std::string p = d.path;
        for (;;) {
            const auto it = found.find(p);
            if (it != found.end()) {
                const SourcePosition at = source_position(text, it->second);
                d.line = at.line;
                d.column = at.column;
                break;
            }
            const std::size_t slash = p.rfind('/');
            if (slash == std::string::npos) break;
            p.erase(slash);
        }
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
    const std::size_t bad = utf8::find_invalid(json);
    if (bad != std::string_view::npos) {
        return fail("input.invalid-utf8",
                    "the input is not valid UTF-8: invalid byte " +
                        hex_byte(static_cast<unsigned char>(json[bad])) + " at byte offset " +
                        std::to_string(bad),
                    json, bad);
    }
    // A BOM is accepted and skipped; positions are counted from after it, as editors show.
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    if (text.substr(0, bom.size()) == bom) {
        // nlohmann would silently skip this second one too.
        return fail("json.syntax", "invalid JSON: a second byte order mark (U+FEFF)", text, 0);
    }
    return read_json(text, max_nesting_depth, diagnostics);
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
