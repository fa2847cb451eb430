// JSON text → nlohmann::json DOM through a SAX handler that enforces verstka's limits.
#ifndef VERSTKA_ARTICLE_JSON_READER_HPP
#define VERSTKA_ARTICLE_JSON_READER_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "verstka/diagnostic.hpp"

namespace verstka::detail {

/// Parses `text` (valid UTF-8, BOM already removed) without exceptions.
///
/// - a syntax error gives `json.syntax` with the line:column of the byte where the parser
///   stopped, and no document;
/// - nesting deeper than `max_depth` gives `json.too-deep` at the opening bracket that is one
///   level too deep (the parse stops there, so hostile nesting costs nothing);
/// - a key repeated in one object gives the warning `json.duplicate-key` with its JSON
///   Pointer (line:column left 0 for the caller to locate); the last value wins, as in
///   JavaScript's JSON.parse.
std::optional<nlohmann::json> read_json(std::string_view text, int max_depth, Diagnostics& diagnostics);

/// The checks every JSON input passes before it is read (size, UTF-8, one BOM skipped) and the
/// read itself (`max_nesting_depth` of parse_article.hpp, duplicate keys): the document, or nothing after an
/// error. `text` is set to the JSON text without its BOM, for place_diagnostics().
std::optional<nlohmann::json> read_json_document(std::string_view json, std::size_t max_input_bytes,
                                                 Diagnostics& diagnostics, std::string_view& text);

/// Gives the diagnostics from `first` on that have a JSON Pointer but no place the line:column
/// of their value in `text` (or of the nearest enclosing value), and sorts them in source order.
void place_diagnostics(std::string_view text, Diagnostics& diagnostics, std::size_t first);

}  // namespace verstka::detail

#endif
