// The glyph table: which rules may write a glyph at a token, keyed by the token's kind and
// first code point, and the one pass that asks them over a paragraph.
#ifndef VERSTKA_TYPOGRAPHY_GLYPH_TABLE_HPP
#define VERSTKA_TYPOGRAPHY_GLYPH_TABLE_HPP

#include <cstdint>
#include <vector>

#include "typography/rule.hpp"

namespace verstka::detail::typo {

class GlyphTable {
public:
    GlyphTable() = default;
    /// The rows of the `rules` that have them, in the rules' order: a row's place is its
    /// priority.
    explicit GlyphTable(const std::vector<const Rule*>& rules);

    /// The first of the rules with rows. Those rules stand together in the registry
    /// (tests/typography/glyph_table.cpp), so their one pass takes the place of each of them.
    const Rule* first() const { return first_; }

    /// Asks every token the rows that may start at its kind and first code point, in order,
    /// of the rules whose `needs` are all `present`. A row that writes a glyph leaves the
    /// token to the rows after it, which read the glyph as it now is.
    void rewrite(Context& c, std::uint32_t present) const;

    /// Rows a table holds: more than the rules have (tests/typography/glyph_table.cpp).
    static constexpr std::size_t kMaxRows = 32;

private:
    static constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::markup) + 1;

    /// The rows that may start at `t`, as a bit set over `rows_`.
    std::uint32_t rows(const Token& t) const;

    const GlyphRow* rows_[kMaxRows] = {};
    std::uint32_t needs_[kMaxRows] = {};
    std::size_t count_ = 0;
    const Rule* first_ = nullptr;
    std::uint32_t by_kind_[kKinds] = {};  ///< rows that start at a token of each kind
    std::uint32_t any_cp_ = 0;            ///< rows that start at any code point of their kind
    std::uint32_t by_ascii_[128] = {};    ///< rows that start at one ASCII code point
    std::uint32_t other_ = 0;             ///< rows that start at one code point beyond ASCII
};

}  // namespace verstka::detail::typo

#endif
