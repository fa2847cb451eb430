// Plain text as inline CommonMark that reads back as the same text.
#ifndef VERSTKA_IMPORT_INLINE_MARKDOWN_HPP
#define VERSTKA_IMPORT_INLINE_MARKDOWN_HPP

#include <string>
#include <string_view>

namespace verstka::detail {

/// `plain` with a backslash before each character CommonMark could read as markup inside a
/// paragraph (`\ * _ ` [ ] < >`, and `&` where it could start an entity), so that
/// «5*3», «snake_case», «<b>» and «&amp;» stay exactly as written in the card.
std::string plain_to_inline_markdown(std::string_view plain);

}  // namespace verstka::detail

#endif
