// JSON text → nlohmann::json DOM through a SAX handler that enforces verstka's limits.
#ifndef VERSTKA_ARTICLE_JSON_READER_HPP
#define VERSTKA_ARTICLE_JSON_READER_HPP

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

}  // namespace verstka::detail

#endif
