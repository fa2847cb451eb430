// One typography rule: a stable id, titles, default state, its pass and its rows; its examples.
#ifndef VERSTKA_TYPOGRAPHY_RULE_HPP
#define VERSTKA_TYPOGRAPHY_RULE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "typography/context.hpp"

namespace verstka::detail::typo {

/// An input and the output of this rule alone; rendered into docs/typography-rules.md.
struct Example {
    std::string_view input;
    std::string_view output;
};

/// Kinds of tokens a rule needs; a paragraph without all of them skips the rule.
namespace need {
constexpr std::uint32_t quote = 1 << 0;
constexpr std::uint32_t dash = 1 << 1;
constexpr std::uint32_t number = 1 << 2;
constexpr std::uint32_t bracket = 1 << 3;  ///< ( ) [ ]
constexpr std::uint32_t plus = 1 << 4;     ///< +
constexpr std::uint32_t angle = 1 << 5;    ///< < >
constexpr std::uint32_t slash = 1 << 6;    ///< /
constexpr std::uint32_t dots = 1 << 7;     ///< ... or …
constexpr std::uint32_t sign = 1 << 8;     ///< № §
constexpr std::uint32_t percent = 1 << 9;  ///< % ‰
constexpr std::uint32_t dot = 1 << 10;     ///< a single .
/// A one-letter capitalised word, then a single `.` with nothing but spaces between: an
/// initial. Rules erase spaces but never write a `.` nor a one-letter word, so a paragraph
/// without this pair gains none.
constexpr std::uint32_t initial = 1 << 11;
/// A space other than one plain ` ` inside its text run: a run of spaces, a tab, a line break,
/// a no-break or thin space, or a space at either end of a run (so also two spaces of two runs
/// side by side). Without one, every space is already as collapsed as it gets. Rules insert
/// only plain spaces between two tokens of a run, so a paragraph without one gains none.
constexpr std::uint32_t spacing = 1 << 12;
}  // namespace need

/// The `need::` bits present among `tokens`.
std::uint32_t present_kinds(const std::vector<Token>& tokens) noexcept;

/// One gap between two tokens as the rules see them: `space` is a space token, `left` and
/// `right` its neighbours with markup skipped (Context::prev and Context::next). Where the two
/// tokens touch, `space` is `npos`.
struct Gap {
    std::size_t left;
    std::size_t space;
    std::size_t right;
};

/// The bit of a token kind in the kind sets of a gap row.
constexpr std::uint16_t kind_bit(Kind k) {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(k));
}

/// Every kind: a row that does not narrow a side by kind.
constexpr std::uint16_t kAnyKind = 0xFFFF;

/// What one side of a gap must be for a row to be asked: classes of the token, as data.
struct GapSide {
    std::uint16_t kinds = kAnyKind;  ///< `kind_bit`s the token may have
    std::uint16_t lex = 0;           ///< `lex::` bits of which the token has one; 0 for any
    std::uint32_t max_chars = 0;     ///< the token's longest length in code points; 0 for any
    char cp = 0;                     ///< the token's first code point, an ASCII one; 0 for any
};

/// A rule's row in the gap table (gap_table.hpp): the classes of the tokens on either side
/// that can make the gap a no-break space, and the predicate that decides the rest. The
/// classes only narrow which rows the table asks; `binds` alone decides.
struct GapRow {
    GapSide left;
    GapSide right;
    bool (*binds)(const Context&, const Gap&);
    /// Asked where the two tokens touch instead of at a space between them: binding there
    /// writes a no-break space between them (`Л.Н.Толстой` → `Л.⍽Н.⍽Толстой`), or a plain
    /// space when `plain` (`Сочи —курорт` → `Сочи⍽— курорт`).
    bool touching = false;
    bool plain = false;
};

/// A rule's row in the glyph table (glyph_table.hpp): the token its pattern starts at, as data
/// (a kind and a first code point), and the function that matches the pattern there and
/// writes the glyph. The data only narrows which rows the table asks; `rewrite` decides.
struct GlyphRow {
    Kind kind;
    char32_t cp;  ///< the starting token's first code point; 0 for any token of `kind`
    /// Writes the glyph when the pattern matches at token `i`; true when it changed a token.
    bool (*rewrite)(Context&, std::size_t i);
};

struct Rule {
    std::string_view id;  ///< `group/name`, also the path of its source and test files
    std::string_view title_ru;
    std::string_view title_en;
    bool on_by_default;
    /// The rule's pass over the paragraph; null for a rule that only has rows.
    void (*apply)(Context&);
    std::uint32_t needs = 0;  ///< `need::` bits; 0 runs on every paragraph
    /// Optional: separates what the rule reads as two words written together (`12мм`). It runs
    /// before every rule's pass, so that every rule reads `12мм` and `12 мм` alike.
    void (*separate)(Context&) = nullptr;
    /// Optional: the rule's rows in the gap table, decided after every pass.
    const GapRow* gaps = nullptr;
    std::size_t gap_count = 0;
    /// Optional: the rule's rows in the glyph table, asked in one pass with the rows of the
    /// rules beside it (GlyphTable::group_starting_at).
    const GlyphRow* glyphs = nullptr;
    std::size_t glyph_count = 0;
};

/// A rule's examples, defined beside the rule but apart from it: the rule objects reach only
/// what typesets, so a program that never asks for the examples (the wasm module) links none.
struct RuleExamples {
    std::string_view id;  ///< the rule's id
    const Example* examples;
    std::size_t count;
};

/// The examples of the rule with this id (rules/examples.cpp), or null.
const RuleExamples* rule_examples(std::string_view id) noexcept;

/// Every rule in application order (the registry, rules/registry.cpp).
const Rule* const* all_rules(std::size_t& count) noexcept;

/// The rule with this id, or null.
const Rule* find_rule(std::string_view id) noexcept;

}  // namespace verstka::detail::typo

#endif
