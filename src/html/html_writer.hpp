// HtmlWriter: the only way verstka emits markup. Text and attribute values are always
// escaped, URLs always pass the URL policy, and the tag structure is always balanced.
#ifndef VERSTKA_HTML_HTML_WRITER_HPP
#define VERSTKA_HTML_HTML_WRITER_HPP

#include <string>
#include <string_view>
#include <vector>

#include "verstka/typograph.hpp"

namespace verstka::detail {

class HtmlWriter {
public:
    explicit HtmlWriter(CharOutput chars = CharOutput::unicode);

    /// Room for about `bytes` of output, so that a long card is not copied as it grows.
    void reserve(std::size_t bytes) { out_.reserve(bytes); }

    /// Starts an element: `open("p")` writes `<p`; add attributes, then `end_open()`.
    /// Tag names are our own vocabulary (string literals), never user data.
    HtmlWriter& open(std::string_view tag);
    /// Writes ` name="value"` with the value escaped. Not for URL attributes: use `url()`.
    HtmlWriter& attr(std::string_view name, std::string_view value);
    /// Writes a boolean attribute: ` name`.
    HtmlWriter& flag(std::string_view name);
    /// Writes ` name="url"` if the URL policy allows `url`; returns false (and writes
    /// nothing) when it does not, so the caller can report a diagnostic.
    bool url(std::string_view name, std::string_view url);
    /// Ends the start tag of an element with content; it must later be `close()`d.
    HtmlWriter& end_open();
    /// Ends the start tag of a void element (`img`, `br`, `hr`, `meta`, `source`).
    HtmlWriter& end_void();
    /// Closes the innermost open element.
    HtmlWriter& close();

    /// `<tag class="cls">` — the common case in one call.
    HtmlWriter& open_with_class(std::string_view tag, std::string_view cls);
    /// `<tag class="cls">text</tag>`.
    HtmlWriter& element(std::string_view tag, std::string_view cls, std::string_view text);

    /// Escaped text content (`&`, `<`, `>`; typographic characters as entities if chosen).
    HtmlWriter& text(std::string_view utf8);
    /// A line break between block elements, for readable output.
    HtmlWriter& newline();

    /// A `<script type="application/ld+json">` whose content is safe inside HTML:
    /// `<`, `>`, `&`, U+2028 and U+2029 are written as JSON `\u` escapes (`\u003c` …).
    HtmlWriter& json_ld(std::string_view json);

    /// Number of elements currently open.
    std::size_t depth() const noexcept { return open_.size(); }
    /// Closes anything still open and returns the markup.
    std::string finish();

private:
    void escape_into(std::string_view s, bool in_attribute);

    std::string out_;
    std::vector<std::string_view> open_;
    bool in_start_tag_ = false;
    CharOutput chars_;
};

}  // namespace verstka::detail

#endif
