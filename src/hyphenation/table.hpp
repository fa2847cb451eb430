// The Russian pattern table compiled into the library. The build generates its definition
// (scripts/generate-hyphenation-table.mjs, from the hyph-utf8 files scripts/setup.sh fetched);
// the format is described there.
#ifndef VERSTKA_HYPHENATION_TABLE_HPP
#define VERSTKA_HYPHENATION_TABLE_HPP

#include <string_view>

namespace verstka::detail::hyphenation {

/// Liang patterns separated by ' ': '.' the word boundary, 'A' + index a letter, '1' … '9' values.
extern const std::string_view russian_patterns;

/// Exception words separated by ' ': 'A' + index a letter, '-' a break.
extern const std::string_view russian_exceptions;

}  // namespace verstka::detail::hyphenation

#endif
