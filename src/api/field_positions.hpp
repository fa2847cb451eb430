// Diagnostics found inside a text field (markdown, typography) carry line:column within the
// field's decoded text; users and editors want the place in the JSON source instead.
#ifndef VERSTKA_API_FIELD_POSITIONS_HPP
#define VERSTKA_API_FIELD_POSITIONS_HPP

#include <cstddef>
#include <string_view>

#include "verstka/diagnostic.hpp"

namespace verstka::detail {

/// Rewrites line:column of `diagnostics[first…]` from field-relative to JSON-source positions,
/// for those that name a string value by their JSON Pointer. One pass over `json`.
void place_field_diagnostics(std::string_view json, Diagnostics& diagnostics, std::size_t first);

}  // namespace verstka::detail

#endif
