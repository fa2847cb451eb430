#include "typography/gap_table.hpp"

#include <algorithm>

namespace verstka::detail::typo {

// Building the table is cold: once per rule set, which the default options build once per process.
[[gnu::cold]] void GapTable::Side::add(std::size_t row, const GapSide& side) {
    const std::uint64_t bit = std::uint64_t{1} << row;
    for (std::size_t k = 0; k < kKinds; ++k) {
        if (side.kinds & (1u << k)) by_kind[k] |= bit;
    }
    for (std::uint32_t n = 0; n < kLengths; ++n) {
        if (side.max_chars == 0 || n <= side.max_chars) by_length[n] |= bit;
    }
    if (side.cp != 0) {
        needs_cp |= bit;
        by_ascii[static_cast<unsigned char>(side.cp) & 0x7F] |= bit;
    }
    if (side.lex != 0) {
        needs_lex |= bit;
        for (unsigned bits = side.lex; bits != 0; bits &= bits - 1) by_lex[__builtin_ctz(bits)] |= bit;
    }
}

inline std::uint64_t GapTable::Side::rows(const Token& t) const {
    std::uint64_t rows =
        by_kind[static_cast<std::size_t>(t.kind)] & by_length[std::min(t.chars, kLengths - 1)];
    if ((rows & needs_cp) != 0) rows &= ~needs_cp | (t.cp < 128 ? by_ascii[t.cp] : 0);
    if ((rows & needs_lex) == 0) return rows;
    // Most tokens are in no word list: the rows that need one are out at once.
    std::uint64_t admitted = 0;
    for (unsigned bits = t.lex; bits != 0; bits &= bits - 1) admitted |= by_lex[__builtin_ctz(bits)];
    return rows & (~needs_lex | admitted);
}

[[gnu::cold]] GapTable::GapTable(const std::vector<const Rule*>& rules) {
    for (const Rule* rule : rules) {
        for (std::size_t r = 0; r < rule->gap_count && count_ < kMaxRows; ++r) {
            const GapRow& row = rule->gaps[r];
            left_.add(count_, row.left);
            right_.add(count_, row.right);
            needs_.add(std::uint64_t{1} << count_, rule->needs);
            if (row.touching) touching_ |= std::uint64_t{1} << count_;
            const auto word = kind_bit(Kind::word);
            if (row.touching && (row.left.kinds & word) != 0 && (row.right.kinds & word) == 0) {
                from_right_ |= std::uint64_t{1} << count_;
            }
            rows_[count_++] = &row;
        }
    }
}

std::uint64_t GapTable::active(std::uint32_t present) const {
    return needs_.active(count_ == kMaxRows ? ~std::uint64_t{0} : (std::uint64_t{1} << count_) - 1, present);
}

const GapRow* GapTable::binding(const Context& c, std::uint64_t rows, std::size_t left,
                                std::size_t right) const {
    for (; rows != 0; rows &= rows - 1) {
        const GapRow* row = rows_[static_cast<std::size_t>(__builtin_ctzll(rows))];
        if (row->binds(c, Gap{left, npos, right})) return row;
    }
    return nullptr;
}

// Out of line: once a paragraph, and the module's size is a budget.
[[gnu::noinline]] void GapTable::decide_touching(Context& c, std::uint64_t rows) const {
    const std::vector<Token>& t = c.t;
    const std::size_t n = t.size();
    // Rows that accept words on the left and none on the right are asked from the right-hand
    // token, fewer than the words; the others from the left-hand one.
    const std::uint64_t from_left = rows & ~from_right_;
    const std::uint64_t from_right = rows & from_right_;
    for (std::size_t kind = 0; kind < kKinds && from_left != 0; ++kind) {
        if ((left_.by_kind[kind] & from_left) == 0 || kind == static_cast<std::size_t>(Kind::space)) continue;
        for (const std::size_t left : c.positions(static_cast<Kind>(kind))) {
            std::uint64_t asked = left_.rows(t[left]) & from_left;
            if (asked == 0) continue;
            // The neighbour is usually adjacent; markup between them is skipped.
            const std::size_t right =
                left + 1 < n && t[left + 1].kind != Kind::markup ? left + 1 : c.next(left);
            if (right == npos || t[right].kind == Kind::space) continue;
            asked &= right_.rows(t[right]);
            if (const GapRow* row = binding(c, asked, left, right))
                c.insert_space(right, row->plain ? kSpace : kNbsp);
        }
    }
    for (std::size_t kind = 0; kind < kKinds && from_right != 0; ++kind) {
        if ((right_.by_kind[kind] & from_right) == 0 || kind == static_cast<std::size_t>(Kind::space))
            continue;
        for (const std::size_t right : c.positions(static_cast<Kind>(kind))) {
            std::uint64_t asked = right_.rows(t[right]) & from_right;
            if (asked == 0) continue;
            const std::size_t left =
                right > 0 && t[right - 1].kind != Kind::markup ? right - 1 : c.prev(right);
            if (left == npos || t[left].kind == Kind::space) continue;
            const std::uint64_t classes = left_.rows(t[left]) & right_.rows(t[right]);
            // A gap the first loop asked is decided by its rows first: one space a gap.
            if (binding(c, classes & from_left, left, right) != nullptr) continue;
            if (const GapRow* row = binding(c, classes & asked, left, right)) {
                c.insert_space(right, row->plain ? kSpace : kNbsp);
            }
        }
    }
    c.compact();
}

void GapTable::decide(Context& c, std::uint32_t present) const {
    const std::uint64_t active_rows = active(present);
    if ((active_rows & touching_) != 0) decide_touching(c, active_rows & touching_);
    const std::uint64_t on = active_rows & ~touching_;  // the rows asked at a space
    if (on == 0) return;
    const std::vector<Token>& t = c.t;
    const std::size_t n = t.size();
    // The spaces from the kind index. Deciding a gap changes no token's kind, so the index
    // stays valid after this pass.
    for (const std::size_t s : c.positions(Kind::space)) {
        // Neighbours are usually adjacent; markup between them is skipped.
        const std::size_t left = s > 0 && t[s - 1].kind != Kind::markup ? s - 1 : c.prev(s);
        if (left == npos) continue;
        std::uint64_t rows = left_.rows(t[left]) & on;
        if (rows == 0) continue;
        const std::size_t right = s + 1 < n && t[s + 1].kind != Kind::markup ? s + 1 : c.next(s);
        if (right == npos) continue;
        rows &= right_.rows(t[right]);
        for (; rows != 0; rows &= rows - 1) {
            const GapRow& row = *rows_[static_cast<std::size_t>(__builtin_ctzll(rows))];
            if (row.binds(c, Gap{left, s, right})) {
                c.set_nbsp(s);
                break;
            }
        }
    }
}

}  // namespace verstka::detail::typo
