// Context's two passes over the whole token vector, kept out of line: every rule reaches the
// index through positions(), and inlined it would be copied into each rule.
#include "typography/context.hpp"

namespace verstka::detail::typo {

void Context::place_edits() {
    // Insertions come in any order; equal positions keep the order they were made in.
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const Pending& a, const Pending& b) { return a.before < b.before; });
    std::size_t kept = 0;
    std::size_t p = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
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

// One pass over the tokens writes the index of each into the list of its kind; the lists
// still up to date are kept, their writes going to a scratch list instead.
void Context::index_stale() {
    const std::size_t n = t.size();
    if (kinds_.sink.size() < n) kinds_.sink.resize(n);
    std::uint32_t* out[KindIndex::kKinds];
    for (std::size_t kind = 0; kind < KindIndex::kKinds; ++kind) {
        std::vector<std::uint32_t>& list = kinds_.at[kind];
        if (kinds_.fresh & (1u << kind)) {
            out[kind] = kinds_.sink.data();
            continue;
        }
        if (list.size() < n) list.resize(n);
        out[kind] = list.data();
    }
    std::uint32_t count[KindIndex::kKinds] = {};
    const Token* tokens = t.data();
    for (std::size_t k = 0; k < n; ++k) {
        const auto kind = static_cast<std::size_t>(tokens[k].kind);
        out[kind][count[kind]++] = static_cast<std::uint32_t>(k);
    }
    for (std::size_t kind = 0; kind < KindIndex::kKinds; ++kind) {
        if ((kinds_.fresh & (1u << kind)) == 0) kinds_.count[kind] = count[kind];
    }
    kinds_.fresh = KindIndex::kAll;
}

}  // namespace verstka::detail::typo
