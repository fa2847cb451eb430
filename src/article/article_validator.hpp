// A parsed JSON document → Article, checking format v1 field by field.
#ifndef VERSTKA_ARTICLE_ARTICLE_VALIDATOR_HPP
#define VERSTKA_ARTICLE_ARTICLE_VALIDATOR_HPP

#include <nlohmann/json.hpp>

#include "article/article.hpp"
#include "verstka/diagnostic.hpp"

namespace verstka::detail {

/// Fills an Article from `document`, adding an `article.*` diagnostic with a JSON Pointer
/// path for every problem (line:column are left 0; the caller locates them in the source).
/// The result is meaningful only when no error was added.
Article validate_article_document(const nlohmann::json& document, Diagnostics& diagnostics);

}  // namespace verstka::detail

#endif
