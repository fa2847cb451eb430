// Card layouts: a validated Article → one <article> element.
#ifndef VERSTKA_RENDER_CARD_HPP
#define VERSTKA_RENDER_CARD_HPP

#include <string>

#include "article/article.hpp"
#include "verstka/diagnostic.hpp"
#include "verstka/render.hpp"

namespace verstka::detail {

/// Renders `article` in `options.layout`. Problems found while rendering (rejected URLs,
/// typography notes, markdown warnings) are appended to `diagnostics`.
std::string render_card(const Article& article, const RenderOptions& options, Diagnostics& diagnostics);

}  // namespace verstka::detail

#endif
