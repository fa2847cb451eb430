// Quoting input text inside diagnostic messages.
#ifndef VERSTKA_ARTICLE_MESSAGE_TEXT_HPP
#define VERSTKA_ARTICLE_MESSAGE_TEXT_HPP

#include <string>
#include <string_view>

namespace verstka::detail {

/// `s` in double quotes for a one-line message: control characters are written as JSON
/// escapes (\n, \u0001) so a message never spans lines, and text past `limit` bytes is cut
/// at a character boundary and marked with "…".
std::string quote_for_message(std::string_view s, std::size_t limit = 40);

}  // namespace verstka::detail

#endif
