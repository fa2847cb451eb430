// schema.org NewsArticle metadata for search engines.
#ifndef VERSTKA_RENDER_JSON_LD_HPP
#define VERSTKA_RENDER_JSON_LD_HPP

#include <string>

#include "article/article.hpp"

namespace verstka::detail {

class Typographer;

/// The NewsArticle JSON (not yet escaped for HTML: HtmlWriter::json_ld() does that).
/// Only URLs the URL policy allows are included.
std::string news_article_json_ld(const Article& article, const Typographer* typographer);

}  // namespace verstka::detail

#endif
