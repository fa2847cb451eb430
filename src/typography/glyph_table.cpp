#include "typography/glyph_table.hpp"

namespace verstka::detail::typo {

// Building the table is cold: once per rule set, which the default options build once per process.
[[gnu::cold]] GlyphTable::GlyphTable(const std::vector<const Rule*>& rules) {
    for (const Rule* rule : rules) {
        for (std::size_t r = 0; r < rule->glyph_count && count_ < kMaxRows; ++r) {
            const GlyphRow& row = rule->glyphs[r];
            const std::uint32_t bit = std::uint32_t{1} << count_;
            if (!first_) first_ = rule;
            by_kind_[static_cast<std::size_t>(row.kind)] |= bit;
            if (row.cp == 0) {
                any_cp_ |= bit;
            } else if (row.cp < 128) {
                by_ascii_[row.cp] |= bit;
            } else {
                other_ |= bit;
            }
            rows_[count_] = &row;
            needs_[count_] = rule->needs;
            ++count_;
        }
    }
}

std::uint32_t GlyphTable::rows(const Token& t) const {
    const std::uint32_t of_kind = by_kind_[static_cast<std::size_t>(t.kind)];
    if (of_kind == 0) return 0;
    std::uint32_t of_cp = any_cp_;
    if (t.cp < 128) {
        of_cp |= by_ascii_[t.cp];
    } else {
        // Few rows start beyond ASCII: each is asked whether the code point is its own.
        for (std::uint32_t bits = other_ & of_kind; bits != 0; bits &= bits - 1) {
            const unsigned k = static_cast<unsigned>(__builtin_ctz(bits));
            if (rows_[k]->cp == t.cp) of_cp |= std::uint32_t{1} << k;
        }
    }
    return of_kind & of_cp;
}

void GlyphTable::rewrite(Context& c, std::uint32_t present) const {
    std::uint32_t active = 0;
    for (std::size_t k = 0; k < count_; ++k) {
        if ((needs_[k] & present) == needs_[k]) active |= std::uint32_t{1} << k;
    }
    if (active == 0) return;
    // Edits wait for `compact()`: the token count stays, and erased tokens are of no row's kind.
    const std::size_t n = c.t.size();
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t asked = rows(c.t[i]) & active;
        while (asked != 0) {
            const unsigned k = static_cast<unsigned>(__builtin_ctz(asked));
            if (rows_[k]->rewrite(c, i)) {
                const std::uint32_t later = ~((std::uint32_t{2} << k) - 1);
                asked = rows(c.t[i]) & active & later;
            } else {
                asked &= asked - 1;
            }
        }
    }
}

}  // namespace verstka::detail::typo
