// CommonMark text fields → safe HTML, with typography applied across inline markup.
#ifndef VERSTKA_MARKDOWN_MARKDOWN_HPP
#define VERSTKA_MARKDOWN_MARKDOWN_HPP

#include <string>
#include <string_view>

#include "html/html_writer.hpp"
#include "verstka/diagnostic.hpp"
#include "verstka/render.hpp"

namespace verstka::detail {

class Typographer;

struct MarkdownContext {
    const Typographer* typographer = nullptr;  ///< null: typography off
    RawHtml raw_html = RawHtml::escape;
    int heading_base = 2;  ///< HTML level of `#` in block fields
    bool nofollow_links = false;
    bool links_new_tab = false;
    bool hyphenation = false;  ///< soft hyphens in the text runs, after typography
    std::string pointer;       ///< JSON Pointer of the field, for diagnostics
    Diagnostics* diagnostics = nullptr;
};

/// Inline fields (lead, paragraph, quote, list item, caption, callout): writes inline
/// content only — no wrapping `<p>`. Block constructs give a warning and render as text.
void render_inline_markdown(std::string_view text, HtmlWriter& out, const MarkdownContext& ctx);

/// `markdown` blocks: full CommonMark, headings shifted by `heading_base - 1`.
void render_block_markdown(std::string_view text, HtmlWriter& out, const MarkdownContext& ctx);

/// The visible text of an inline field, typeset, without markup (for `alt`, JSON-LD, titles).
/// Raw HTML is part of the visible text unless it is dropped, as in the HTML.
std::string markdown_to_plain_text(std::string_view text, const Typographer* typographer);
std::string markdown_to_plain_text(std::string_view text, const Typographer* typographer, RawHtml raw_html);

}  // namespace verstka::detail

#endif
