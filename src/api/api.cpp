// The public entry points: thin glue over the modules, and the one place no error escapes.
#include "api/field_positions.hpp"
#include "article/parse_article.hpp"
#include "common/version.hpp"
#include "render/card.hpp"
#include "verstka/verstka.hpp"

namespace verstka {

RenderResult render_article(std::string_view article_json, const RenderOptions& options) {
    RenderResult result;
    std::optional<detail::Article> article =
        detail::parse_article(article_json, options.parse, result.diagnostics);
    if (!article) return result;
    const std::size_t first_render_diagnostic = result.diagnostics.size();
    std::string html = detail::render_card(*article, options, result.diagnostics);
    detail::place_field_diagnostics(article_json, result.diagnostics, first_render_diagnostic);
    result.ok = !has_errors(result.diagnostics);
    if (result.ok) result.html = std::move(html);
    return result;
}

Diagnostics validate_article(std::string_view article_json, const ParseOptions& options) {
    // Rendering finds what parsing cannot (rejected URLs, markdown and typography notes),
    // so validation renders the full layout and keeps only the diagnostics.
    RenderOptions render_options;
    render_options.parse = options;
    return render_article(article_json, render_options).diagnostics;
}

std::string_view version() noexcept { return VERSTKA_VERSION_STRING; }

}  // namespace verstka
