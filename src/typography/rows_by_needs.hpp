// The rows of a rule table by the `need::` bits (rule.hpp) their rules need, so that a paragraph
// asks only the rows whose rules it can concern, as a pass is skipped (`Rule::needs`).
#ifndef VERSTKA_TYPOGRAPHY_ROWS_BY_NEEDS_HPP
#define VERSTKA_TYPOGRAPHY_ROWS_BY_NEEDS_HPP

#include <cstdint>

namespace verstka::detail::typo {

/// `Rows` is a bit set over a table's rows (one bit a row).
template <typename Rows>
class RowsByNeeds {
public:
    /// Row `row` (its bit) belongs to a rule that needs `needs`.
    void add(Rows row, std::uint32_t needs) {
        needed_ |= needs;
        for (; needs != 0; needs &= needs - 1) needing_[__builtin_ctz(needs)] |= row;
    }
    /// Of `rows`, the ones whose rule's needs are all in `present`.
    Rows active(Rows rows, std::uint32_t present) const {
        Rows off = 0;
        for (std::uint32_t absent = ~present & needed_; absent != 0; absent &= absent - 1) {
            off |= needing_[__builtin_ctz(absent)];
        }
        return rows & ~off;
    }

private:
    std::uint32_t needed_ = 0;  ///< the `need::` bits some row's rule needs
    Rows needing_[32] = {};     ///< per `need::` bit, the rows whose rule needs it
};

}  // namespace verstka::detail::typo

#endif
