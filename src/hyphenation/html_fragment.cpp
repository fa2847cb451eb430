#include "hyphenation/html_fragment.hpp"

#include <vector>

namespace verstka::detail::hyphenation {

namespace {

struct Segment {
    enum class Kind { text, inline_markup, boundary } kind;
    std::size_t begin;
    std::size_t end;
};

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_name_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

bool name_is(std::string_view name, std::string_view lower_name) noexcept {
    if (name.size() != lower_name.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (lower(name[i]) != lower_name[i]) return false;
    }
    return true;
}

bool is_verbatim_element(std::string_view name) noexcept {
    for (std::string_view v : {"code", "pre", "kbd", "samp", "var", "script", "style", "textarea"}) {
        if (name_is(name, v)) return true;
    }
    return false;
}

// Elements whose tags end a word: everything but the inline (phrasing) elements.
bool is_inline_element(std::string_view name) noexcept {
    for (std::string_view v :
         {"a",   "abbr", "b", "bdi", "bdo",   "cite", "data",   "del", "dfn", "em",   "font", "i",
          "ins", "mark", "q", "s",   "small", "span", "strong", "sub", "sup", "time", "u",    "wbr"}) {
        if (name_is(name, v)) return true;
    }
    return false;
}

// The end of the tag, comment or declaration at html[i] == '<', or npos when `<` starts none.
std::size_t markup_end(std::string_view html, std::size_t i) noexcept {
    if (i + 1 >= html.size()) return std::string_view::npos;
    const char c = html[i + 1];
    if (html.compare(i, 4, "<!--") == 0) {
        const std::size_t close = html.find("-->", i + 4);
        return close == std::string_view::npos ? html.size() : close + 3;
    }
    const bool tag = (lower(c) >= 'a' && lower(c) <= 'z') || c == '/' || c == '!' || c == '?';
    if (!tag) return std::string_view::npos;
    char quote = 0;
    for (std::size_t k = i + 1; k < html.size(); ++k) {
        const char d = html[k];
        if (quote != 0) {
            if (d == quote) quote = 0;
        } else if (d == '"' || d == '\'') {
            quote = d;
        } else if (d == '>') {
            return k + 1;
        }
    }
    return html.size();
}

// The end of a verbatim element's content starting at `from`: the start of `</name`.
std::size_t verbatim_end(std::string_view html, std::size_t from, std::string_view name) noexcept {
    for (std::size_t k = html.find("</", from); k != std::string_view::npos; k = html.find("</", k + 2)) {
        const std::size_t name_end = k + 2 + name.size();
        if (name_end <= html.size() && name_is(html.substr(k + 2, name.size()), std::string_view(name)) &&
            (name_end == html.size() || !is_name_char(html[name_end]))) {
            return k;
        }
    }
    return html.size();
}

std::vector<Segment> segments_of(std::string_view html) {
    std::vector<Segment> segments;
    std::size_t text_begin = 0;
    std::size_t i = 0;
    auto flush_text = [&](std::size_t end) {
        if (end > text_begin) segments.push_back({Segment::Kind::text, text_begin, end});
    };
    while (i < html.size()) {
        i = html.find('<', i);
        if (i == std::string_view::npos) break;
        const std::size_t end = markup_end(html, i);
        if (end == std::string_view::npos) {
            ++i;
            continue;
        }
        flush_text(i);
        std::size_t name_begin = i + 1;
        if (name_begin < html.size() && html[name_begin] == '/') ++name_begin;
        std::size_t name_end = name_begin;
        while (name_end < end && is_name_char(html[name_end])) ++name_end;
        const std::string_view name = html.substr(name_begin, name_end - name_begin);
        const bool opening = html[i + 1] != '/' && html[i + 1] != '!' && html[i + 1] != '?';
        std::size_t segment_end = end;
        if (opening && is_verbatim_element(name) && html[end - 1] == '>' && html[end - 2] != '/') {
            segment_end = verbatim_end(html, end, name);
        }
        const bool inline_markup = segment_end == end && !name.empty() && is_inline_element(name);
        segments.push_back(
            {inline_markup ? Segment::Kind::inline_markup : Segment::Kind::boundary, i, segment_end});
        i = segment_end;
        text_begin = i;
    }
    flush_text(html.size());
    return segments;
}

}  // namespace

void hyphenate_html(std::string_view html, RunSettings settings, std::string& out) {
    settings.html = true;
    const std::vector<Segment> segments = segments_of(html);
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const Segment& segment = segments[s];
        const std::string_view piece = html.substr(segment.begin, segment.end - segment.begin);
        if (segment.kind != Segment::Kind::text) {
            out.append(piece);
            continue;
        }
        // Glued: the nearest text across inline tags only continues the word.
        RunEdges edges;
        if (s >= 2 && segments[s - 1].kind == Segment::Kind::inline_markup) {
            std::size_t k = s - 1;
            while (k > 0 && segments[k].kind == Segment::Kind::inline_markup) --k;
            const Segment& before = segments[k];
            edges.glued_before = before.kind == Segment::Kind::text && starts_with_word(piece, true) &&
                                 ends_with_word(html.substr(before.begin, before.end - before.begin), true);
        }
        if (s + 1 < segments.size() && segments[s + 1].kind == Segment::Kind::inline_markup) {
            std::size_t k = s + 1;
            while (k + 1 < segments.size() && segments[k].kind == Segment::Kind::inline_markup) ++k;
            const Segment& after = segments[k];
            edges.glued_after = after.kind == Segment::Kind::text && ends_with_word(piece, true) &&
                                starts_with_word(html.substr(after.begin, after.end - after.begin), true);
        }
        hyphenate_run(piece, settings, edges, out);
    }
}

}  // namespace verstka::detail::hyphenation
