// Shared helpers for the markdown tests: render a field and collect what came out.
#ifndef VERSTKA_TESTS_MARKDOWN_HELPERS_HPP
#define VERSTKA_TESTS_MARKDOWN_HELPERS_HPP

#include <string>
#include <string_view>

#include "html/html_writer.hpp"
#include "markdown/markdown.hpp"
#include "typography/typographer.hpp"

namespace verstka::test {

struct MdOptions {
    RawHtml raw_html = RawHtml::escape;
    int heading_base = 2;
    bool nofollow_links = false;
    bool links_new_tab = false;
    const detail::Typographer* typographer = nullptr;
    CharOutput chars = CharOutput::unicode;
};

struct Rendered {
    std::string html;
    Diagnostics diagnostics;
};

inline constexpr std::string_view kFieldPointer = "/body/3/text";

inline detail::MarkdownContext make_context(const MdOptions& o, Diagnostics* diagnostics) {
    detail::MarkdownContext ctx;
    ctx.typographer = o.typographer;
    ctx.raw_html = o.raw_html;
    ctx.heading_base = o.heading_base;
    ctx.nofollow_links = o.nofollow_links;
    ctx.links_new_tab = o.links_new_tab;
    ctx.pointer = std::string(kFieldPointer);
    ctx.diagnostics = diagnostics;
    return ctx;
}

inline Rendered render_block(std::string_view text, const MdOptions& o = {}) {
    Rendered r;
    detail::HtmlWriter out(o.chars);
    detail::render_block_markdown(text, out, make_context(o, &r.diagnostics));
    r.html = out.finish();
    return r;
}

inline Rendered render_inline(std::string_view text, const MdOptions& o = {}) {
    Rendered r;
    detail::HtmlWriter out(o.chars);
    detail::render_inline_markdown(text, out, make_context(o, &r.diagnostics));
    r.html = out.finish();
    return r;
}

/// The engine used by the typography tests: the library's defaults.
inline const detail::Typographer& default_typographer() {
    static const detail::Typographer engine{TypographOptions{}};
    return engine;
}

}  // namespace verstka::test

#endif
