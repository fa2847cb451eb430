// The glyph table: which rules may write a glyph at a token, keyed by the token's kind and
// first code point, and the one pass that asks them over a paragraph.
#ifndef VERSTKA_TYPOGRAPHY_GLYPH_TABLE_HPP
#define VERSTKA_TYPOGRAPHY_GLYPH_TABLE_HPP

#include <cstdint>
#include <vector>

#include "typography/rows_by_needs.hpp"
#include "typography/rule.hpp"

namespace verstka::detail::typo {

class GlyphTable {
public:
    GlyphTable() = default;
    /// The rows of the `rules` that have them, in the rules' order: a row's place is its
    /// priority.
    explicit GlyphTable(const std::vector<const Rule*>& rules);

    /// Rules with rows that no rule with a pass stands between make one group, asked in one
    /// pass where the first of them stands: the group that starts at the rule in `position`
    /// of the rules the table was built from, or -1.
    int group_starting_at(std::size_t position) const {
        return position < kMaxRules ? static_cast<int>(starting_at_[position]) - 1 : -1;
    }

    /// The rows of the rules whose `needs` are all `present`, as a bit set over the rows.
    std::uint32_t active(std::uint32_t present) const;

    /// Asks every token the `active` rows of `group` that may start at its kind and first code
    /// point, in order; each row reads the token as the rows before it in the group left it.
    void rewrite(Context& c, std::uint32_t active, int group) const;

    /// Rows a table holds: more than the rules have (tests/typography/glyph_table.cpp).
    static constexpr std::size_t kMaxRows = 32;
    static constexpr std::size_t kMaxGroups = 8;
    static constexpr std::size_t kMaxRules = 64;

private:
    static constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::markup) + 1;

    /// The rows that may start at `t`, as a bit set over `rows_`.
    std::uint32_t rows(const Token& t) const;

    const GlyphRow* rows_[kMaxRows] = {};
    std::uint32_t all_ = 0;  ///< every row
    RowsByNeeds<std::uint32_t> needs_;
    std::size_t count_ = 0;
    std::uint8_t starting_at_[kMaxRules] = {};    ///< per rule position, 1 + the group it starts
    std::uint32_t group_rows_[kMaxGroups] = {};   ///< the rows of each group
    std::uint32_t group_kinds_[kMaxGroups] = {};  ///< the kinds its rows start at (`KindIndex::bit`)
    std::size_t groups_ = 0;
    std::uint32_t by_kind_[kKinds] = {};  ///< rows that start at a token of each kind
    std::uint32_t any_cp_ = 0;            ///< rows that start at any code point of their kind
    std::uint32_t by_ascii_[128] = {};    ///< rows that start at one ASCII code point
    std::uint32_t other_ = 0;             ///< rows that start at one code point beyond ASCII
};

}  // namespace verstka::detail::typo

#endif
