// The text of typeset tokens: what a paragraph's tokens write out.
#ifndef VERSTKA_TYPOGRAPHY_OUTPUT_HPP
#define VERSTKA_TYPOGRAPHY_OUTPUT_HPP

#include <string>

#include "typography/token.hpp"

namespace verstka::detail::typo {

/// Appends the texts of the tokens in `[first, last)` (a paragraph, or the tokens of one of its
/// runs) as they are, or with `entities` the typographic characters of all but protected and
/// markup tokens as named entities (`&nbsp;` …).
void append_tokens(std::string& out, const Token* first, const Token* last, bool entities);

}  // namespace verstka::detail::typo

#endif
