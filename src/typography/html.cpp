#include "typography/html.hpp"

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "typography/output.hpp"
#include "typography/scratch_paragraph.hpp"

namespace verstka::detail::typo {

namespace {

// Elements whose content is never typeset.
bool is_raw_element(std::string_view name) {
    return name == "code" || name == "pre" || name == "kbd" || name == "samp" || name == "script" ||
           name == "style" || name == "textarea" || name == "var";
}

bool is_inline_raw(std::string_view name) {
    return name == "code" || name == "kbd" || name == "samp" || name == "var";
}

bool is_block_element(std::string_view name) {
    static constexpr std::string_view blocks[] = {
        "p",     "div",     "li",         "ul",      "ol",         "h1",      "h2",     "h3",
        "h4",    "h5",      "h6",         "br",      "hr",         "tr",      "td",     "th",
        "table", "tbody",   "thead",      "tfoot",   "section",    "article", "header", "footer",
        "aside", "nav",     "blockquote", "figure",  "figcaption", "dl",      "dt",     "dd",
        "main",  "caption", "details",    "summary", "pre",        "script",  "style",  "textarea"};
    for (std::string_view b : blocks) {
        if (b == name) return true;
    }
    return false;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// End (one past `>`) of the tag or comment at `html[i] == '<'`, or 0 if it is no tag.
std::size_t tag_end(std::string_view html, std::size_t i, std::string& name, bool& closing) {
    name.clear();
    closing = false;
    if (html.compare(i, 4, "<!--") == 0) {
        const std::size_t e = html.find("-->", i + 4);
        return e == std::string_view::npos ? html.size() : e + 3;
    }
    std::size_t j = i + 1;
    if (j < html.size() && (html[j] == '!' || html[j] == '?')) {
        const std::size_t e = html.find('>', j);
        return e == std::string_view::npos ? html.size() : e + 1;
    }
    if (j < html.size() && html[j] == '/') {
        closing = true;
        ++j;
    }
    if (j >= html.size() || !((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z'))) {
        return 0;
    }
    while (j < html.size() && is_name_char(html[j])) name += lower(html[j++]);
    char quote = 0;
    for (; j < html.size(); ++j) {
        const char c = html[j];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return j + 1;
        }
    }
    return html.size();
}

// Position of `</name` (any case) at or after `from`, or npos.
std::size_t find_close(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
        bool same = i + 2 + name.size() <= html.size();
        for (std::size_t k = 0; same && k < name.size(); ++k) same = lower(html[i + 2 + k]) == name[k];
        if (same && (i + 2 + name.size() == html.size() || !is_name_char(html[i + 2 + name.size()]))) {
            return i;
        }
    }
    return std::string_view::npos;
}

// Decodes a typographic entity at `html[i] == '&'`; returns its length, 0 to keep it verbatim.
std::size_t decode_entity(std::string_view html, std::size_t i, char32_t& cp) {
    const std::size_t semi = html.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) return 0;
    const std::string_view body = html.substr(i + 1, semi - i - 1);
    if (body[0] == '#') {
        char32_t value = 0;
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const std::size_t start = hex ? 2 : 1;
        if (start >= body.size()) return 0;
        for (std::size_t k = start; k < body.size(); ++k) {
            const char c = body[k];
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            if (digit < 0 || value > 0x10FFFF) return 0;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        }
        // ASCII stays verbatim: decoded, a letter or a mark could join the text around it into
        // markup or another entity (`<&#x58;p`, `&#Qn&#98;89;`), and it is no typographic sign.
        // So do controls and invalid code points.
        if (value < 0xA0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
        cp = value;
        return semi - i + 1;
    }
    if (const chars::Named* named = chars::by_entity(body)) {
        cp = named->cp;
        return semi - i + 1;
    }
    return 0;
}

class HtmlTypesetter {
public:
    HtmlTypesetter(const Engine& engine, std::string_view html, Diagnostics* diagnostics)
        : engine_(engine), html_(html), diagnostics_(diagnostics) {
        decoded_.reserve(html.size());  // decoded text is never longer: views stay valid
        out_.reserve(html.size() + html.size() / 8);
    }

    std::string run() {
        std::size_t i = 0;
        std::size_t text_start = decoded_.size();
        std::string name;
        bool closing = false;
        while (i < html_.size()) {
            const char c = html_[i];
            if (c == '<') {
                const std::size_t end = tag_end(html_, i, name, closing);
                if (end != 0) {
                    close_text(text_start);
                    const std::string_view tag = html_.substr(i, end - i);
                    const bool raw = !closing && is_raw_element(name) && tag[tag.size() - 2] != '/';
                    std::size_t next = end;
                    std::string_view content;
                    std::string_view close_tag;
                    if (raw) {
                        const std::size_t close = find_close(html_, end, name);
                        const std::size_t stop = close == std::string_view::npos ? html_.size() : close;
                        content = html_.substr(end, stop - end);
                        std::size_t close_end = stop;
                        if (close != std::string_view::npos) {
                            std::string close_name;
                            bool is_closing = false;
                            close_end = tag_end(html_, close, close_name, is_closing);
                            if (close_end == 0) close_end = stop;
                        }
                        close_tag = html_.substr(stop, close_end - stop);
                        next = close_end;
                    }
                    if (!name.empty() && is_block_element(name)) {
                        flush();
                        out_ += tag;
                        out_ += content;
                        out_ += close_tag;
                        paragraph_start_ = next;
                    } else if (raw && is_inline_raw(name)) {
                        pieces_.push_back({tag, Piece::Type::markup});
                        pieces_.push_back({content, Piece::Type::verbatim});
                        pieces_.push_back({close_tag, Piece::Type::markup});
                    } else {
                        pieces_.push_back({tag, Piece::Type::markup});
                        if (raw) {
                            pieces_.push_back({content, Piece::Type::verbatim});
                            pieces_.push_back({close_tag, Piece::Type::markup});
                        }
                    }
                    i = next;
                    text_start = decoded_.size();
                    continue;
                }
            }
            if (c == '&') {
                char32_t cp = 0;
                const std::size_t len = decode_entity(html_, i, cp);
                if (len != 0) {
                    utf8::append(decoded_, cp);
                    i += len;
                    continue;
                }
                const std::size_t semi = html_.find(';', i + 1);
                if (semi != std::string_view::npos && semi - i <= 12 && semi > i + 1 &&
                    entity_like(html_.substr(i + 1, semi - i - 1))) {
                    close_text(text_start);
                    pieces_.push_back({html_.substr(i, semi - i + 1), Piece::Type::verbatim});
                    i = semi + 1;
                    text_start = decoded_.size();
                    continue;
                }
            }
            decoded_ += c;
            ++i;
        }
        close_text(text_start);
        flush();
        return std::move(out_);
    }

private:
    static bool entity_like(std::string_view body) {
        for (char ch : body) {
            if (!is_name_char(ch) && ch != '#') return false;
        }
        return true;
    }

    void close_text(std::size_t text_start) {
        if (decoded_.size() > text_start) {
            pieces_.push_back({std::string_view(decoded_).substr(text_start), Piece::Type::text});
        }
    }

    void flush() {
        if (pieces_.empty()) return;
        Position origin;
        if (diagnostics_) origin = locate(paragraph_start_);
        engine_.process(pieces_, paragraph_, false, diagnostics_, origin);
        append_tokens(out_, paragraph_.tokens.data(), paragraph_.tokens.data() + paragraph_.tokens.size(),
                      engine_.options().chars == CharOutput::entities);
        pieces_.clear();
    }

    Position locate(std::size_t offset) {
        for (; located_ < offset && located_ < html_.size(); ++located_) {
            const auto b = static_cast<unsigned char>(html_[located_]);
            if (b == '\n') {
                ++position_.line;
                position_.column = 1;
            } else if ((b & 0xC0) != 0x80) {
                ++position_.column;
            }
        }
        return position_;
    }

    const Engine& engine_;
    std::string_view html_;
    Diagnostics* diagnostics_;
    std::string decoded_;
    std::string out_;
    std::vector<Piece> pieces_;
    ScratchParagraph scratch_;
    Paragraph& paragraph_ = scratch_.get();
    std::size_t paragraph_start_ = 0;
    std::size_t located_ = 0;
    Position position_;
};

}  // namespace

std::string typeset_html(const Engine& engine, std::string_view html, Diagnostics* diagnostics) {
    return HtmlTypesetter(engine, html, diagnostics).run();
}

}  // namespace verstka::detail::typo
