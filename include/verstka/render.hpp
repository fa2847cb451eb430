// verstka — rendering an article (JSON) into an HTML card.
#ifndef VERSTKA_RENDER_HPP
#define VERSTKA_RENDER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "verstka/diagnostic.hpp"
#include "verstka/typograph.hpp"

namespace verstka {

enum class Layout {
    full,     ///< the whole article
    teaser,   ///< rubric, title, lead, date, cover thumbnail, link
    compact,  ///< title, date, link: for lists
};

/// What happens to raw HTML found in CommonMark text. It is never passed through.
enum class RawHtml {
    escape,  ///< shown as text (default)
    drop,    ///< removed
};

struct ParseOptions {
    /// Inputs larger than this are rejected with `input.too-large` before parsing.
    std::size_t max_input_bytes = std::size_t{4} << 20;
};

struct RenderOptions {
    ParseOptions parse;
    Layout layout = Layout::full;
    bool typography = true;
    /// Rule switches and character output for the typography engine (`mode` is ignored).
    TypographOptions typograph;
    /// Append a schema.org NewsArticle JSON-LD `<script>`.
    bool json_ld = false;
    RawHtml raw_html = RawHtml::escape;
    /// The HTML level of a `#` heading inside a `markdown` block (the card title is `h1`).
    int markdown_heading_base = 2;
    /// Add `nofollow ugc` to the `rel` of links written in article text.
    bool nofollow_links = false;
    /// Open links written in article text in a new tab.
    bool links_new_tab = false;
    /// Soft hyphens in the Russian words of the card's text fields, titles included, after
    /// typography (see `hyphenate()`; never inside code, links' addresses, URLs or e-mails).
    bool hyphenation = false;
};

struct RenderResult {
    bool ok = false;   ///< false when any diagnostic is an error; `html` is empty then
    std::string html;  ///< one `<article>` element
    Diagnostics diagnostics;
};

/// Parses, validates and renders one article. Never throws; bad input gives diagnostics.
RenderResult render_article(std::string_view article_json, const RenderOptions& options = {});

/// Parses and validates one article without rendering it.
Diagnostics validate_article(std::string_view article_json, const ParseOptions& options = {});

/// What `render_article` and `validate_article` say of an input of `bytes` bytes by its size
/// alone: the `input.too-large` error when it is over `options.max_input_bytes`, else nothing.
/// For callers that know the size before they hold the bytes (the wasm wrapper answers such
/// an input without copying it into WebAssembly memory, which never shrinks).
Diagnostics check_input_size(std::size_t bytes, const ParseOptions& options = {});

}  // namespace verstka

#endif
