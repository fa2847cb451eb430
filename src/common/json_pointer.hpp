// JSON Pointers (RFC 6901), the `path` of every diagnostic: built here and nowhere else.
#ifndef VERSTKA_COMMON_JSON_POINTER_HPP
#define VERSTKA_COMMON_JSON_POINTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace verstka::detail {

/// Appends the reference token of the member `key` to `pointer`: "/" and the key with "~" as
/// "~0" and "/" as "~1" (in that order, so a key "~1" stays distinct from "/").
void append_pointer_member(std::string& pointer, std::string_view key);

/// Appends the reference token of the array element `index` to `pointer`: "/" and the index.
void append_pointer_index(std::string& pointer, std::size_t index);

/// `base` extended by the member `key`: `pointer_to_member("/cover", "src") == "/cover/src"`.
std::string pointer_to_member(std::string_view base, std::string_view key);

/// `base` extended by the element `index`: `pointer_to_index("/body", 3) == "/body/3"`.
std::string pointer_to_index(std::string_view base, std::size_t index);

}  // namespace verstka::detail

#endif
