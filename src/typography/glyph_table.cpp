#include "typography/glyph_table.hpp"

namespace verstka::detail::typo {

// Building the table is cold: once per rule set, which the default options build once per process.
[[gnu::cold]] GlyphTable::GlyphTable(const std::vector<const Rule*>& rules) {
    bool open = false;  // the last rule with rows or a pass had rows
    for (std::size_t position = 0; position < rules.size() && position < kMaxRules; ++position) {
        const Rule* rule = rules[position];
        if (rule->apply) open = false;
        if (rule->glyph_count == 0) continue;
        if (!open) {
            if (groups_ == kMaxGroups) break;
            starting_at_[position] = static_cast<std::uint8_t>(++groups_);
            open = true;
        }
        for (std::size_t r = 0; r < rule->glyph_count && count_ < kMaxRows; ++r) {
            const GlyphRow& row = rule->glyphs[r];
            const std::uint32_t bit = std::uint32_t{1} << count_;
            group_rows_[groups_ - 1] |= bit;
            group_kinds_[groups_ - 1] |= KindIndex::bit(row.kind);
            by_kind_[static_cast<std::size_t>(row.kind)] |= bit;
            if (row.cp == 0) {
                any_cp_ |= bit;
            } else if (row.cp < 128) {
                by_ascii_[row.cp] |= bit;
            } else {
                other_ |= bit;
            }
            rows_[count_] = &row;
            all_ |= bit;
            needs_.add(bit, rule->needs);
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

std::uint32_t GlyphTable::active(std::uint32_t present) const { return needs_.active(all_, present); }

void GlyphTable::rewrite(Context& c, std::uint32_t active, int group) const {
    active &= group_rows_[group];
    if (active == 0) return;
    // The tokens of the kinds the group's rows start at, in text order, their lists merged as
    // the pass goes. Edits wait for `compact()`, so the lists stay as they were asked for; a
    // token a row erased or gave another kind is asked by its kind as it now is.
    Positions lists[kKinds];
    std::size_t count = 0;
    for (std::uint32_t bits = group_kinds_[group]; bits != 0; bits &= bits - 1) {
        const auto kind = static_cast<std::size_t>(__builtin_ctz(bits));
        if ((by_kind_[kind] & active) == 0) continue;
        const Positions list = c.positions(static_cast<Kind>(kind));
        if (list.size() != 0) lists[count++] = list;
    }
    while (count != 0) {
        // The least index at the heads of the lists; a list taken to its end leaves the set.
        std::size_t next = 0;
        for (std::size_t j = 1; j < count; ++j) {
            if (*lists[j].first < *lists[next].first) next = j;
        }
        const std::uint32_t i = *lists[next].first++;
        if (lists[next].first == lists[next].last) lists[next] = lists[--count];
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
