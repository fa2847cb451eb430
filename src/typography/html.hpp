// HTML fragments for typograph(): tags, comments and code-like elements stay verbatim,
// typographic entities are decoded, and output characters may be written as entities.
#ifndef VERSTKA_TYPOGRAPHY_HTML_HPP
#define VERSTKA_TYPOGRAPHY_HTML_HPP

#include <string>
#include <string_view>

#include "typography/engine.hpp"

namespace verstka::detail::typo {

/// Typesets an HTML fragment paragraph by paragraph (block-level tags split paragraphs).
std::string typeset_html(const Engine& engine, std::string_view html, Diagnostics* diagnostics);

}  // namespace verstka::detail::typo

#endif
