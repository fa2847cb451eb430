// Finding things in JSON source text: line:column of a byte offset, the offset of the value
// a JSON Pointer names. Used to give semantic diagnostics a place in the source.
#ifndef VERSTKA_ARTICLE_JSON_LOCATOR_HPP
#define VERSTKA_ARTICLE_JSON_LOCATOR_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verstka::detail {

struct SourcePosition {
    int line = 0;    ///< 1-based
    int column = 0;  ///< 1-based, in code points (not bytes)
};

/// Line and column of byte `offset` in `text`. "\n", "\r\n" and a lone "\r" each end a line;
/// columns count code points (UTF-8 lead bytes). An offset past the end maps to the end.
/// A leading UTF-8 BOM is not counted, as editors do not show it.
SourcePosition source_position(std::string_view text, std::size_t offset) noexcept;

/// source_position() of many offsets in one pass over `text`: each call counts on from the
/// offset asked before, so offsets asked in increasing order cost one pass in all (a smaller
/// offset counts again from the start). at(offset) == source_position(text, offset).
class PositionCounter {
public:
    explicit PositionCounter(std::string_view text) noexcept : text_(text) {}
    SourcePosition at(std::size_t offset) noexcept;

private:
    std::string_view text_;
    std::size_t offset_ = 0;  // position_ is the place of this offset (0: not counted yet)
    SourcePosition position_{1, 1};
};

/// Byte offset of the first `[` or `{` that opens nesting level `max_depth + 1`, skipping
/// strings; `npos` when the text never nests that deep.
std::size_t find_too_deep(std::string_view text, int max_depth) noexcept;

/// For each JSON Pointer of `pointers` (sorted and unique, as sorted_pointers() makes them),
/// the byte offset where its value starts in `text` (a syntactically valid JSON text), or
/// `npos` when it names nothing: result[i] is the offset of pointers[i]. One linear pass
/// however many pointers are asked; a container no pointer leads into is skipped by its
/// brackets, not read member by member. With duplicate keys the last one wins, as in the
/// parsed document. A leading UTF-8 BOM is skipped (offsets still count its bytes).
std::vector<std::size_t> locate_values(std::string_view text, const std::vector<std::string>& pointers);

/// `pointers` sorted and without repeats, as locate_values() takes them.
std::vector<std::string> sorted_pointers(std::vector<std::string> pointers);

/// The index of `pointer` in `pointers` (sorted and unique), or `npos`.
std::size_t pointer_index(const std::vector<std::string>& pointers, std::string_view pointer) noexcept;

}  // namespace verstka::detail

#endif
