#include "html/html_writer.hpp"

#include <cassert>

#include "common/chars.hpp"
#include "common/swar.hpp"
#include "common/utf8.hpp"
#include "html/url_policy.hpp"

namespace verstka::detail {

namespace {

bool is_url_attribute(std::string_view name) {
    return name == "href" || name == "src" || name == "action" || name == "formaction" || name == "poster" ||
           name == "cite" || name == "srcset" || name == "xlink:href";
}

}  // namespace

HtmlWriter::HtmlWriter(CharOutput chars) : chars_(chars) { out_.reserve(4096); }

HtmlWriter& HtmlWriter::open(std::string_view tag) {
    assert(!in_start_tag_ && "previous start tag not ended");
    out_ += '<';
    out_ += tag;
    open_.push_back(tag);
    in_start_tag_ = true;
    return *this;
}

HtmlWriter& HtmlWriter::attr(std::string_view name, std::string_view value) {
    assert(in_start_tag_);
    // Safe even if a caller forgets: URL attributes still meet the policy, and event
    // handlers (never part of our vocabulary) are not written at all.
    if (is_url_attribute(name)) {
        url(name, value);
        return *this;
    }
    if (name.size() > 2 && (name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N')) {
        assert(false && "event handler attribute");
        return *this;
    }
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    escape_into(value, true);
    out_ += '"';
    return *this;
}

HtmlWriter& HtmlWriter::flag(std::string_view name) {
    assert(in_start_tag_);
    out_ += ' ';
    out_ += name;
    return *this;
}

bool HtmlWriter::url(std::string_view name, std::string_view address) {
    assert(in_start_tag_);
    const UrlVerdict verdict = check_url(address);
    if (!verdict.allowed) return false;
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    escape_into(verdict.url, true);
    out_ += '"';
    return true;
}

HtmlWriter& HtmlWriter::end_open() {
    assert(in_start_tag_);
    out_ += '>';
    in_start_tag_ = false;
    return *this;
}

HtmlWriter& HtmlWriter::end_void() {
    assert(in_start_tag_);
    out_ += '>';
    in_start_tag_ = false;
    open_.pop_back();
    return *this;
}

HtmlWriter& HtmlWriter::close() {
    if (in_start_tag_) end_open();
    if (open_.empty()) return *this;
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
    open_.pop_back();
    return *this;
}

HtmlWriter& HtmlWriter::open_with_class(std::string_view tag, std::string_view cls) {
    open(tag).attr("class", cls).end_open();
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view cls, std::string_view content) {
    open_with_class(tag, cls).text(content).close();
    return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view utf8) {
    if (in_start_tag_) end_open();
    escape_into(utf8, false);
    return *this;
}

HtmlWriter& HtmlWriter::newline() {
    if (in_start_tag_) end_open();
    out_ += '\n';
    return *this;
}

HtmlWriter& HtmlWriter::json_ld(std::string_view json) {
    open("script").attr("type", "application/ld+json").end_open();
    // Inside <script> the HTML parser only looks for "</script" and "<!--"; escaping every
    // <, > and & (and the JS line terminators) as JSON \u escapes keeps the JSON equal and inert.
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<') {
            out_ += "\\u003c";
        } else if (c == '>') {
            out_ += "\\u003e";
        } else if (c == '&') {
            out_ += "\\u0026";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out_ += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out_ += c;
        }
    }
    return close();
}

std::string HtmlWriter::finish() {
    while (!open_.empty()) close();
    return std::move(out_);
}

void HtmlWriter::escape_into(std::string_view s, bool in_attribute) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const bool entities = chars_ == CharOutput::entities;
    std::size_t plain_from = 0;
    auto flush = [&](std::size_t upto) { out_.append(s.data() + plain_from, upto - plain_from); };
    std::size_t i = 0;
    while (i < s.size()) {
        // Eight bytes at a time where none needs a look: most text has nothing to escape.
        if (i + 8 <= s.size()) {
            const std::uint64_t x = swar::load8(bytes + i);
            const std::uint64_t special = swar::has_byte(x, '&') | swar::has_byte(x, '<') |
                                          swar::has_byte(x, '>') | swar::has_byte(x, '\0') |
                                          (in_attribute ? swar::has_byte(x, '"') : 0) |
                                          (entities ? x & swar::kHigh : 0);
            if (special == 0) {
                i += 8;
                continue;
            }
        }
        const char c = s[i];
        std::string_view replacement;
        switch (c) {
            case '&':
                replacement = "&amp;";
                break;
            case '<':
                replacement = "&lt;";
                break;
            case '>':
                replacement = "&gt;";
                break;
            case '"':
                if (in_attribute) replacement = "&quot;";
                break;
            case '\0':
                replacement = "\xEF\xBF\xBD";
                break;  // NUL is a parse error in HTML
            default:
                // Some CMSs and e-mail templates mangle raw NBSPs and dashes: on request the
                // characters of the entity table go out as entities.
                if (entities && static_cast<unsigned char>(c) >= 0xC2) {
                    std::size_t next = i;
                    if (const chars::Named* named = chars::by_code_point(utf8::decode(s, next))) {
                        flush(i);
                        out_ += '&';
                        out_ += named->entity;
                        out_ += ';';
                        i = next;
                        plain_from = next;
                        continue;
                    }
                }
                break;
        }
        if (!replacement.empty()) {
            flush(i);
            out_ += replacement;
            plain_from = i + 1;
        }
        ++i;
    }
    flush(s.size());
}

}  // namespace verstka::detail
