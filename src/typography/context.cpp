// Context's two passes over the whole token vector, kept out of line: every rule reaches the
// index through positions(), and inlined it would be copied into each rule.
#include "typography/context.hpp"

#include <algorithm>

namespace verstka::detail::typo {

void Context::place_edits() {
    // Insertions come in any order; equal positions keep the order they were made in. They are
    // put in order by counting (every position is at most the token count): linear, and the
    // kind lists it borrows the storage of are out of date from here on anyway.
    const std::size_t n = t.size();
    if (!std::is_sorted(pending_.begin(), pending_.end(),
                        [](const Pending& a, const Pending& b) { return a.before < b.before; })) {
        std::vector<std::uint32_t>& starts = kinds_.lists;
        starts.assign(n + 2, 0);
        for (const Pending& e : pending_) ++starts[e.before + 1];
        for (std::size_t k = 1; k < n + 2; ++k) starts[k] += starts[k - 1];
        sorted_.resize(pending_.size());
        for (const Pending& e : pending_) sorted_[starts[e.before]++] = e;
        pending_.swap(sorted_);
    }
    std::size_t kept = 0;
    std::size_t p = 0;
    for (std::size_t k = 0; k < n; ++k) {
        for (; p < pending_.size() && pending_[p].before == k; ++p) pending_[p].before = kept;
        if (t[k].kind != Kind::none) t[kept++] = t[k];
    }
    for (; p < pending_.size(); ++p) pending_[p].before = kept;
    t.resize(kept + pending_.size());
    std::size_t write = t.size();
    std::size_t q = pending_.size();
    for (std::size_t k = kept + 1; k-- > 0 && q > 0;) {
        for (; q > 0 && pending_[q - 1].before == k; --q) t[--write] = pending_[q - 1].tok;
        if (k > 0) t[--write] = t[k - 1];
    }
    kinds_.fresh = 0;
    pending_.clear();
    erased_ = 0;
}

// One pass over the tokens writes the index of each into the list of its kind. Every list is
// written, the ones still up to date with what they already hold, so that one loop does it.
void Context::index_stale() {
    const std::size_t n = t.size();
    if (kinds_.lists.size() < KindIndex::kKinds * n) kinds_.lists.resize(KindIndex::kKinds * n);
    kinds_.stride = n;
    std::uint32_t count[KindIndex::kKinds] = {};
    std::uint32_t* const lists = kinds_.lists.data();
    const Token* tokens = t.data();
    for (std::size_t k = 0; k < n; ++k) {
        const auto kind = static_cast<std::size_t>(tokens[k].kind);
        lists[kind * n + count[kind]++] = static_cast<std::uint32_t>(k);
    }
    std::copy(count, count + KindIndex::kKinds, kinds_.count);
    kinds_.fresh = KindIndex::kAll;
}

}  // namespace verstka::detail::typo
