// The gap table: which rules may bind the gap between two tokens, keyed by the kinds of the
// two tokens, and the one pass that decides every gap of a paragraph from it.
#ifndef VERSTKA_TYPOGRAPHY_GAP_TABLE_HPP
#define VERSTKA_TYPOGRAPHY_GAP_TABLE_HPP

#include <cstdint>
#include <vector>

#include "typography/rows_by_needs.hpp"
#include "typography/rule.hpp"

namespace verstka::detail::typo {

class GapTable {
public:
    GapTable() = default;
    /// The rows of the `rules` that have one, in the rules' order.
    explicit GapTable(const std::vector<const Rule*>& rules);

    /// Makes each space a no-break space when a row of its neighbours' kinds binds it, after
    /// writing a space between two touching tokens where a `touching` row binds them.
    /// A row only ever binds, and no row reads whether a space is a no-break space, so the
    /// rows are independent of each other and of the order of the gaps; the touching gaps are
    /// decided first, so that every row reads a space written there as any other. `present`
    /// holds the `need::` bits of the paragraph: a row whose rule needs what is absent binds no
    /// gap of it (`Rule::needs`), so it is not asked.
    void decide(Context& c, std::uint32_t present) const;

    bool empty() const { return count_ == 0; }

    /// Rows a table holds: more than there are rules (tests/typography/gap_table.cpp).
    static constexpr std::size_t kMaxRows = 64;

private:
    static constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::markup) + 1;
    static constexpr std::uint32_t kLengths = 8;  ///< lengths 0 … 7; longer tokens count as 7

    /// The rows one side of a gap can ask, as bit sets over `rows_`.
    struct Side {
        std::uint64_t by_kind[kKinds] = {};
        std::uint64_t by_length[kLengths] = {};
        std::uint64_t needs_lex = 0;       ///< rows that also need one of their lexicon bits
        std::uint64_t by_lex[16] = {};     ///< per `lex::` bit, the rows of `needs_lex` it admits
        std::uint64_t needs_cp = 0;        ///< rows that also need one first code point
        std::uint64_t by_ascii[128] = {};  ///< per ASCII code point, the rows of `needs_cp` it admits
        void add(std::size_t row, const GapSide& side);
        /// The rows that accept `t` on this side.
        [[gnu::always_inline]] inline std::uint64_t rows(const Token& t) const;
    };

    /// The rows that can bind a gap of a paragraph with these `need::` bits.
    std::uint64_t active(std::uint32_t present) const;

    /// The touching gaps of decide(), for the `rows` that are asked there.
    void decide_touching(Context& c, std::uint64_t rows) const;
    /// The first of `rows` that binds the touching gap `left`–`right`, or null.
    const GapRow* binding(const Context& c, std::uint64_t rows, std::size_t left, std::size_t right) const;

    const GapRow* rows_[kMaxRows] = {};
    std::size_t count_ = 0;
    RowsByNeeds<std::uint64_t> needs_;
    std::uint64_t touching_ = 0;    ///< the rows asked where two tokens touch
    std::uint64_t from_right_ = 0;  ///< the touching rows asked from the token on the right
    Side left_;
    Side right_;
};

}  // namespace verstka::detail::typo

#endif
