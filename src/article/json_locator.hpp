// Finding things in JSON source text: line:column of a byte offset, the offset of the value
// a JSON Pointer names. Used to give semantic diagnostics a place in the source.
#ifndef VERSTKA_ARTICLE_JSON_LOCATOR_HPP
#define VERSTKA_ARTICLE_JSON_LOCATOR_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace verstka::detail {

struct SourcePosition {
    int line = 0;    ///< 1-based
    int column = 0;  ///< 1-based, in code points (not bytes)
};

/// Line and column of byte `offset` in `text`. "\n", "\r\n" and a lone "\r" each end a line;
/// columns count code points (UTF-8 lead bytes). An offset past the end maps to the end.
/// A leading UTF-8 BOM is not counted, as editors do not show it.
SourcePosition source_position(std::string_view text, std::size_t offset) noexcept;

/// Byte offset of the first `[` or `{` that opens nesting level `max_depth + 1`, skipping
/// strings; `npos` when the text never nests that deep.
std::size_t find_too_deep(std::string_view text, int max_depth) noexcept;

/// For each JSON Pointer in `pointers`, the byte offset where its value starts in `text`
/// (a syntactically valid JSON text). One linear pass however many pointers are asked.
/// With duplicate keys the last one wins, as in the parsed document. Pointers that name
/// nothing are absent from the result. A leading UTF-8 BOM is skipped (offsets still count
/// its bytes).
std::unordered_map<std::string, std::size_t> locate_values(std::string_view text,
                                                           const std::unordered_set<std::string>& pointers);

}  // namespace verstka::detail

#endif
