#include "import/editorjs_inline.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "html/url_policy.hpp"
#include "import/article_builder.hpp"
#include "import/commonmark_text.hpp"

namespace verstka::detail {

namespace {

enum class Kind { strong, emphasis, link, code, plain_wrapper, line_break };

// How deep formatting may nest; deeper tags are ignored (their text is kept), so a hostile
// `<b><i><b><i>…` costs no more than its text.
constexpr std::size_t max_nesting = 16;

bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_name_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

struct Tag {
    Kind kind = Kind::plain_wrapper;
    bool closing = false;
    std::string href;  ///< <a href>, entities decoded
    bool has_href = false;
    std::size_t end = 0;  ///< index after `>`
};

std::optional<Kind> kind_of(std::string_view name) {
    if (name == "b" || name == "strong") return Kind::strong;
    if (name == "i" || name == "em") return Kind::emphasis;
    if (name == "a") return Kind::link;
    if (name == "code") return Kind::code;
    if (name == "br") return Kind::line_break;
    if (name == "mark" || name == "u" || name == "s") return Kind::plain_wrapper;
    return std::nullopt;
}

// Decodes the entity at `s[i] == '&'`: its code point and length, or length 0 when it is none
// (then the `&` is text).
std::size_t decode_entity(std::string_view s, std::size_t i, char32_t& cp) {
    const std::size_t limit = std::min(s.size(), i + 34);
    std::size_t semi = i + 1;
    while (semi < limit && s[semi] != ';' && s[semi] != '&' && s[semi] != '<' && !is_ascii_space(s[semi]))
        ++semi;
    if (semi >= limit || s[semi] != ';' || semi == i + 1) return 0;
    const std::string_view body = s.substr(i + 1, semi - i - 1);
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 8) return 0;
        std::uint32_t value = 0;
        for (char c : digits) {
            int d = -1;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            if (d < 0) return 0;
            value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        // NUL, surrogates and values past Unicode are U+FFFD, as in HTML.
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = utf8::replacement;
        cp = value;
        return semi - i + 1;
    }
    struct Basic {
        std::string_view name;
        char32_t cp;
    };
    // The entities of markup and of the characters that disguise a URL's scheme (`&colon;`
    // `&Tab;` …), as a browser decodes them in Editor.js's own page.
    static constexpr Basic basic[] = {
        {"amp", '&'},    {"lt", '<'},   {"gt", '>'},       {"quot", '"'},   {"apos", '\''},
        {"colon", ':'},  {"Tab", '\t'}, {"NewLine", '\n'}, {"sol", '/'},    {"bsol", '\\'},
        {"lpar", '('},   {"rpar", ')'}, {"period", '.'},   {"comma", ','},  {"excl", '!'},
        {"quest", '?'},  {"num", '#'},  {"percnt", '%'},   {"equals", '='}, {"plus", '+'},
        {"lowbar", '_'}, {"semi", ';'}, {"commat", '@'},   {"lsqb", '['},   {"rsqb", ']'},
        {"lcub", '{'},   {"rcub", '}'}, {"verbar", '|'},   {"grave", '`'},  {"Hat", '^'},
        {"dollar", '$'}, {"ast", '*'},  {"midast", '*'},   {"apos", '\''}};
    for (const Basic& b : basic) {
        if (body == b.name) {
            cp = b.cp;
            return semi - i + 1;
        }
    }
    if (const chars::Named* named = chars::by_entity(body)) {
        cp = named->cp;
        return semi - i + 1;
    }
    return 0;
}

// Decodes the entities of an attribute value.
std::string decode_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t cp = 0;
        const std::size_t len = s[i] == '&' ? decode_entity(s, i, cp) : 0;
        if (len == 0) {
            out += s[i];
            continue;
        }
        utf8::append(out, cp);
        i += len - 1;
    }
    return out;
}

// Reads a tag of the subset at `s[i] == '<'`; anything else (another name, broken syntax)
// is no tag and its `<` is text.
std::optional<Tag> read_tag(std::string_view s, std::size_t i) {
    Tag tag;
    std::size_t p = i + 1;
    if (p < s.size() && s[p] == '/') {
        tag.closing = true;
        ++p;
    }
    const std::size_t name_start = p;
    while (p < s.size() && is_name_char(s[p]) && p - name_start < 8) ++p;
    if (p == name_start || (p < s.size() && is_name_char(s[p]))) return std::nullopt;
    std::string name;
    for (std::size_t k = name_start; k < p; ++k) name += lower(s[k]);
    const std::optional<Kind> kind = kind_of(name);
    if (!kind) return std::nullopt;
    tag.kind = *kind;
    for (;;) {
        const std::size_t before_space = p;
        while (p < s.size() && is_ascii_space(s[p])) ++p;
        if (p >= s.size()) return std::nullopt;
        if (s[p] == '>') {
            tag.end = p + 1;
            return tag;
        }
        if (s[p] == '/' && p + 1 < s.size() && s[p + 1] == '>') {
            tag.end = p + 2;
            return tag;
        }
        if (p == before_space || tag.closing) return std::nullopt;  // attributes need a space before
        const std::size_t attr_start = p;
        while (p < s.size() && !is_ascii_space(s[p]) && s[p] != '>' && s[p] != '/' && s[p] != '=' &&
               s[p] != '"' && s[p] != '\'' && s[p] != '<')
            ++p;
        if (p == attr_start) return std::nullopt;
        std::string attr;
        for (std::size_t k = attr_start; k < p; ++k) attr += lower(s[k]);
        while (p < s.size() && is_ascii_space(s[p])) ++p;
        std::string_view value;
        if (p < s.size() && s[p] == '=') {
            ++p;
            while (p < s.size() && is_ascii_space(s[p])) ++p;
            if (p >= s.size()) return std::nullopt;
            if (s[p] == '"' || s[p] == '\'') {
                const std::size_t close = s.find(s[p], p + 1);
                if (close == std::string_view::npos) return std::nullopt;
                value = s.substr(p + 1, close - p - 1);
                p = close + 1;
            } else {
                const std::size_t value_start = p;
                while (p < s.size() && !is_ascii_space(s[p]) && s[p] != '>' && s[p] != '"' && s[p] != '\'' &&
                       s[p] != '<' && s[p] != '=' && s[p] != '`')
                    ++p;
                if (p == value_start) return std::nullopt;
                value = s.substr(value_start, p - value_start);
            }
        }
        if (tag.kind == Kind::link && attr == "href" && !tag.has_href) {
            tag.has_href = true;
            tag.href = decode_entities(value);
        }
    }
}

// One open element: its content is written into its own buffer and wrapped when it closes, so
// spaces at its edges can move outside the delimiters (CommonMark needs `**a** b`, not `**a **b`).
struct Frame {
    Kind kind;  ///< how it is written
    Kind tag;   ///< the tag that opened it (what its closing tag names)
    std::string text;
    LineState line{false, false};
    std::string href;  ///< link: the checked address; empty when rejected or absent
};

class MarkdownWriter {
public:
    explicit MarkdownWriter(InlineConversion& result) : result_(result) {
        frames_.push_back(Frame{Kind::plain_wrapper, Kind::plain_wrapper, {}, LineState{}, {}});
        frames_.back().text.reserve(64);
    }

    void run(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            const char c = s[i];
            if (c == '<') {
                if (const std::optional<Tag> tag = read_tag(s, i)) {
                    handle(*tag);
                    i = tag->end;
                    continue;
                }
            }
            if (c == '&') {
                char32_t cp = 0;
                const std::size_t len = decode_entity(s, i, cp);
                if (len > 0) {
                    code_point(cp);
                    i += len;
                    continue;
                }
            }
            const std::size_t start = i;
            const char32_t cp = utf8::decode(s, i);
            if (cp == utf8::replacement && i == start + 1) {
                code_point(cp);
            } else {
                text(s.substr(start, i - start), cp);
            }
        }
        while (frames_.size() > 1) close_top();
        result_.text = std::move(frames_.front().text);
    }

private:
    bool in_code() const {
        for (const Frame& f : frames_) {
            if (f.kind == Kind::code) return true;
        }
        return false;
    }
    bool is_open(Kind kind) const {
        for (const Frame& f : frames_) {
            if (f.kind == kind && &f != &frames_.front()) return true;
        }
        return false;
    }

    void handle(const Tag& tag) {
        if (tag.kind == Kind::line_break) {
            if (in_code()) {
                pending_space_ = true;
            } else {
                pending_break_ = true;
            }
            return;
        }
        if (tag.closing && overflow_ > 0) {
            --overflow_;  // closes one of the tags too deep to be kept
            return;
        }
        if (!tag.closing && frames_.size() > max_nesting) {
            ++overflow_;
            return;
        }
        if (tag.closing) {
            // Close up to the innermost open element of this kind; a stray closing tag is nothing.
            for (std::size_t k = frames_.size(); k-- > 1;) {
                if (frames_[k].tag == tag.kind) {
                    while (frames_.size() > k) close_top();
                    return;
                }
            }
            return;
        }
        // Inside code, and for repeated nesting, the tag is transparent: its text is
        // kept, and its closing tag still closes it and nothing else.
        const bool transparent = in_code() || tag.kind == Kind::plain_wrapper || is_open(tag.kind);
        Frame frame{transparent ? Kind::plain_wrapper : tag.kind, tag.kind, {}, LineState{false, false}, {}};
        // A wrapper's text starts where the parent's would: at a line start it is escaped so.
        if (transparent) frame.line = frames_.back().line;
        if (transparent) {
            frames_.push_back(std::move(frame));
            return;
        }
        if (tag.kind == Kind::link && tag.has_href) {
            const UrlVerdict verdict = check_url(tag.href);
            if (verdict.allowed) {
                frame.href = verdict.url;
            } else {
                result_.rejected_urls.push_back(tag.href);
                result_.rejection_reasons.push_back(verdict.reason);
            }
        }
        frames_.push_back(std::move(frame));
    }

    // The buffer a pending space or break goes into: the innermost one that already has text
    // (an element's edge spaces belong outside it).
    Frame& anchor() {
        for (std::size_t k = frames_.size(); k-- > 1;) {
            if (!frames_[k].text.empty()) return frames_[k];
        }
        return frames_.front();
    }

    void flush_pending() {
        if (!pending_break_ && !pending_space_) return;
        Frame& target = anchor();
        const bool has_text_before = !frames_.front().text.empty() || &target != &frames_.front();
        if (has_text_before) {
            if (pending_break_ && target.kind != Kind::code) {
                append_hard_break(target.text, target.line);
            } else if (!target.line.line_start) {
                target.text += ' ';
            }
        }
        pending_break_ = pending_space_ = false;
        // Empty wrappers opened after the target start where it now ends.
        bool after_target = false;
        for (Frame& f : frames_) {
            if (&f == &target) {
                after_target = true;
            } else if (after_target && f.kind == Kind::plain_wrapper && f.text.empty()) {
                f.line = target.line;
            }
        }
    }

    void code_point(char32_t cp) {
        std::string utf8;
        utf8::append(utf8, cp);
        text(utf8, cp);
    }

    void text(std::string_view bytes, char32_t cp) {
        if (cp < 0x80 ? is_ascii_space(static_cast<char>(cp)) : cp == chars::nbsp.cp) {
            pending_space_ = true;
            return;
        }
        if (cp == 0) return;  // NUL is never text
        flush_pending();
        Frame& top = frames_.back();
        if (in_code()) {
            top.text.append(bytes);  // verbatim: the code span is fenced when it closes
        } else {
            append_commonmark_text(top.text, bytes, top.line);
        }
    }

    void close_top() {
        Frame frame = std::move(frames_.back());
        frames_.pop_back();
        Frame& parent = frames_.back();
        if (frame.text.empty()) return;
        std::string& out = parent.text;
        switch (frame.kind) {
            case Kind::strong:
                out += "**";
                out += frame.text;
                out += "**";
                break;
            case Kind::emphasis:
                out += '*';
                out += frame.text;
                out += '*';
                break;
            case Kind::link:
                if (frame.href.empty()) {
                    out += frame.text;
                    break;
                }
                out += '[';
                out += frame.text;
                out += "](<";
                for (char c : frame.href) {
                    if (c == '<' || c == '>' || c == '\\' || c == '&') out += '\\';
                    if (c == '\n' || c == '\r') continue;
                    out += c;
                }
                out += ">)";
                break;
            case Kind::code:
                code_span(out, frame.text);
                break;
            case Kind::plain_wrapper:
            case Kind::line_break:
                out += frame.text;
                parent.line = frame.line;
                return;
        }
        parent.line = LineState{false, false};
    }

    // A code span whose fence is longer than any backtick run inside it.
    static void code_span(std::string& out, const std::string& content) {
        std::size_t longest = 0, run = 0;
        for (char c : content) {
            run = c == '`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const std::string fence(longest + 1, '`');
        const bool pad = content.front() == '`' || content.back() == '`';
        out += fence;
        if (pad) out += ' ';
        out += content;
        if (pad) out += ' ';
        out += fence;
    }

    InlineConversion& result_;
    std::vector<Frame> frames_;
    bool pending_space_ = false;
    bool pending_break_ = false;
    std::size_t overflow_ = 0;  ///< tags opened past max_nesting and not yet closed
};

}  // namespace

InlineConversion editorjs_inline_markdown(std::string_view html) {
    InlineConversion result;
    MarkdownWriter(result).run(html);
    return result;
}

std::string editorjs_inline_field(std::string_view html, const std::string& path, ImportReport& report) {
    InlineConversion converted = editorjs_inline_markdown(html);
    for (std::size_t i = 0; i < converted.rejected_urls.size(); ++i) {
        report.warning(
            "url.rejected", path,
            "The address of a link was left out (its text is kept): " + converted.rejection_reasons[i] + ".");
    }
    return std::move(converted.text);
}

std::string editorjs_plain_text(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            if (const std::optional<Tag> tag = read_tag(html, i)) {
                if (tag->kind == Kind::line_break) pending_space = true;
                i = tag->end;
                continue;
            }
        }
        char32_t cp = 0;
        std::size_t len = html[i] == '&' ? decode_entity(html, i, cp) : 0;
        std::size_t start = i;
        if (len > 0) {
            i += len;
        } else {
            cp = utf8::decode(html, i);
        }
        if (cp < 0x80 ? is_ascii_space(static_cast<char>(cp)) : cp == chars::nbsp.cp) {
            pending_space = true;
            continue;
        }
        if (cp == 0) continue;
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        if (len > 0) {
            utf8::append(out, cp);
        } else {
            out.append(html.substr(start, i - start));
        }
    }
    return out;
}

}  // namespace verstka::detail
