// Hyphenating a run of text: which words are hyphenated, and inserting the soft hyphens.
//
// The run is cut into chunks at white space. A chunk that holds @ / \ _ # or has . : ? = & %
// between two word characters is an address, a path, a handle or a file name and stays whole.
// In other chunks a word is a run of letters, digits, combining marks and U+00AD, and words
// joined by - ‐ ‑ form a compound. A compound holding anything but Russian letters (a Latin
// letter, a digit, a stress mark, a soft hyphen the author put) stays whole; otherwise each
// part is hyphenated alone if it has at least `min_word_length` letters and is not all
// capitals (an abbreviation). Bytes are copied as they are, invalid UTF-8 included: the only
// change ever made is an inserted soft hyphen.
#ifndef VERSTKA_HYPHENATION_TEXT_RUN_HPP
#define VERSTKA_HYPHENATION_TEXT_RUN_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace verstka::detail::hyphenation {

struct RunSettings {
    std::size_t min_word_length = 7;
    bool entities = false;  ///< write `&shy;` rather than U+00AD
    bool html = false;      ///< the run is HTML text: `&…;` is one character (an entity)
};

/// Whether the run continues a word of the text before it or after it (HTML text cut by an
/// inline tag: `<b>Все</b>российской`). A word touching such an edge is left whole.
struct RunEdges {
    bool glued_before = false;
    bool glued_after = false;
};

/// Appends `run` to `out` with soft hyphens inserted (as it is when the build has no patterns:
/// Patterns::russian()).
void hyphenate_run(std::string_view run, const RunSettings& settings, RunEdges edges, std::string& out);

/// Whether `run` starts and ends with a word character (for RunEdges of the runs beside it).
bool starts_with_word(std::string_view run, bool html) noexcept;
bool ends_with_word(std::string_view run, bool html) noexcept;

}  // namespace verstka::detail::hyphenation

#endif
