// The token sequence of one paragraph as the rules see it, with navigation and edit helpers.
#ifndef VERSTKA_TYPOGRAPHY_CONTEXT_HPP
#define VERSTKA_TYPOGRAPHY_CONTEXT_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

#include "typography/token.hpp"
#include "verstka/typograph.hpp"

namespace verstka::detail::typo {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// One quotation mark as the quote analysis decided it (quote_analysis.hpp).
struct QuoteMark {
    std::uint32_t offset = 0;    ///< the token's `offset`: finds the token again after edits
    std::size_t index = 0;       ///< token index when analysed or last located
    bool open = false;           ///< opening (else closing)
    std::size_t partner = npos;  ///< index into the marks of the other half, npos if unmatched
    std::size_t parent = npos;   ///< index into the marks of the enclosing opening quote
    int depth = 0;               ///< nesting depth of the pair, 0 = outermost
    /// The style of an opening mark's quotation: its level among English quotations (-1 for
    /// a Russian one) and among Russian ones.
    int english = -1;
    int russian = 0;
};

/// The quote marks of one paragraph, in token order, and the analysis' reused stack.
struct QuoteMarks {
    std::vector<QuoteMark> marks;
    std::vector<std::size_t> stack;
    void clear() {
        marks.clear();
        stack.clear();
    }
};

/// Ascending indices of the tokens of one kind (Context::positions), valid while the rule
/// that asked runs.
struct Positions {
    const std::uint32_t* first = nullptr;
    const std::uint32_t* last = nullptr;
    const std::uint32_t* begin() const { return first; }
    const std::uint32_t* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
};

/// Positions of the tokens of each kind, so that a rule visits only the tokens that can
/// start its pattern instead of scanning the whole paragraph. A list is out of date once a
/// token changed to or from its kind or the tokens moved; asking for such a list builds every
/// list again in one pass (the others keep their contents), and a list still up to date is
/// given as it is.
struct KindIndex {
    static constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::markup) + 1;
    static constexpr std::uint32_t kAll = (1u << kKinds) - 1;
    static constexpr std::uint32_t bit(Kind k) { return 1u << static_cast<unsigned>(k); }
    /// One list per kind, `stride` entries apart: the token count of the last rebuild. Tokens
    /// are only added or removed by a compaction, which makes every list stale, so the lists
    /// still up to date were written with the same stride.
    std::vector<std::uint32_t> lists;
    std::size_t stride = 0;
    std::uint32_t count[kKinds] = {};
    std::uint32_t fresh = 0;            ///< `bit(kind)` of each list that is up to date
    std::vector<std::uint32_t> merged;  ///< the last two-kind list asked for
    Positions of(Kind k) const {
        const std::uint32_t* first = lists.data() + static_cast<std::size_t>(k) * stride;
        return {first, first + count[static_cast<std::size_t>(k)]};
    }
};

class Context {
public:
    Context(std::vector<Token>& tokens, std::forward_list<std::string>& arena,
            const TypographOptions& options, QuoteMarks& quotes, KindIndex& kinds)
        : t(tokens), options_(options), arena_(arena), quotes_(quotes), kinds_(kinds) {
        kinds_.fresh = 0;
    }

    std::vector<Token>& t;

    const TypographOptions& options() const { return options_; }
    /// The paragraph's quote marks, analysed once before the first rule.
    QuoteMarks& quotes() { return quotes_; }
    const QuoteMarks& quotes() const { return quotes_; }

    /// Next/previous token that is not deleted and not markup, or `npos`.
    std::size_t next(std::size_t i) const {
        for (std::size_t k = i + 1; k < t.size(); ++k) {
            if (t[k].kind != Kind::none && t[k].kind != Kind::markup) return k;
        }
        return npos;
    }
    std::size_t prev(std::size_t i) const {
        for (std::size_t k = i; k-- > 0;) {
            if (t[k].kind != Kind::none && t[k].kind != Kind::markup) return k;
        }
        return npos;
    }
    std::size_t first() const { return next(npos); }
    /// The token right before/after `i` in the text, markup included, or `npos`: erased tokens
    /// are skipped, as they are gone once the edits are placed (`compact()`).
    std::size_t before(std::size_t i) const {
        if (i == npos) return npos;
        for (std::size_t k = i; k-- > 0;) {
            if (t[k].kind != Kind::none) return k;
        }
        return npos;
    }
    std::size_t after(std::size_t i) const {
        for (std::size_t k = i + 1; k < t.size(); ++k) {
            if (t[k].kind != Kind::none) return k;
        }
        return npos;
    }

    // The predicates take any index: past the last token (`npos` included) nothing matches,
    // so a rule may ask about `i + 1` without checking the end first.
    bool is(std::size_t i, Kind k) const { return i < t.size() && t[i].kind == k; }
    /// Token `i` is exactly `text` (and not a protected token).
    bool is_text(std::size_t i, std::string_view text) const {
        return i < t.size() && t[i].kind != Kind::opaque && t[i].text == text;
    }
    /// The same for a literal: one fixed-size comparison, which the compiler keeps inline.
    template <std::size_t N>
    bool is_text(std::size_t i, const char (&text)[N]) const {
        return i < t.size() && t[i].kind != Kind::opaque && t[i].text.size() == N - 1 &&
               std::memcmp(t[i].text.data(), text, N - 1) == 0;
    }
    bool is_punct(std::size_t i, char32_t c) const {
        return i < t.size() && t[i].kind == Kind::punct && t[i].cp == c && t[i].chars <= 1;
    }
    bool is_space(std::size_t i) const { return is(i, Kind::space); }
    bool is_nbsp(std::size_t i) const { return is_space(i) && t[i].text == kNbsp; }
    bool is_word(std::size_t i) const { return is(i, Kind::word); }
    bool is_number(std::size_t i) const { return is(i, Kind::number); }

    /// Indices of the tokens of kind `k` in ascending order, as the tokens stand when the rule
    /// asks (a rule's own edits wait for `compact()`, so the list stays valid while it runs).
    Positions positions(Kind k) {
        if ((kinds_.fresh & KindIndex::bit(k)) == 0) index_stale();
        return kinds_.of(k);
    }
    /// Indices of the tokens of kind `a` or `b` in ascending order; valid until the next call.
    Positions positions(Kind a, Kind b) {
        const Positions x = positions(a);
        const Positions y = positions(b);
        const std::size_t size = x.size() + y.size();
        if (kinds_.merged.size() < size) kinds_.merged.resize(size);
        std::uint32_t* out = kinds_.merged.data();
        std::merge(x.begin(), x.end(), y.begin(), y.end(), out);
        return {out, out + size};
    }
    /// Gives token `i` another kind; the kind index follows.
    void set_kind(std::size_t i, Kind k) {
        if (t[i].kind == k) return;
        kinds_.fresh &= ~(KindIndex::bit(t[i].kind) | KindIndex::bit(k));
        t[i].kind = k;
    }

    void set_text(std::size_t i, std::string_view text) { t[i].text = text; }
    void set_nbsp(std::size_t i) { t[i].text = kNbsp; }
    void erase(std::size_t i) {
        kinds_.fresh &= ~(KindIndex::bit(t[i].kind) | KindIndex::bit(Kind::none));
        t[i].kind = Kind::none;
        t[i].text = {};
        ++erased_;
    }
    /// Drops erased tokens and places pending insertions, so that the next rule sees
    /// neighbours at adjacent indices. In place and linear however many edits: erased tokens
    /// go in a forward pass, then insertions open their gaps in a backward one.
    void compact() {
        if (erased_ != 0 || !pending_.empty()) place_edits();
    }
    /// Inserts `tok` before position `i` (run and offset from its neighbour) when the rule is
    /// done: until `compact()` the indices and neighbours the rule sees stay as they were.
    /// Inserting in place would move the rest of the vector each time (quadratic on `а,а,а,…`).
    void insert(std::size_t i, Token tok) {
        const Token& near = i < t.size() ? t[i] : t[i - 1];
        tok.run = near.run;
        tok.offset = near.offset;
        pending_.push_back({i, tok});
    }
    /// Inserts `tok` right after token `i`, in the run of token `i` (a part split off it).
    void insert_after(std::size_t i, Token tok) {
        tok.run = t[i].run;
        pending_.push_back({i + 1, tok});
    }
    void insert_space(std::size_t i, std::string_view text) {
        Token tok;
        tok.kind = Kind::space;
        tok.text = text;
        tok.cp = text == kNbsp ? kNbspCp : U' ';
        tok.chars = 1;
        insert(i, tok);
    }
    /// Stores a computed text for the lifetime of the paragraph.
    std::string_view keep(std::string s) {
        arena_.push_front(std::move(s));
        return arena_.front();
    }

    /// Text mode trims the paragraph; HTML mode keeps edge spaces next to tags.
    bool trim = true;

private:
    void index_stale();  ///< builds every list again when one is out of date (context.cpp)
    void place_edits();  ///< compact() when there is something to do (context.cpp)

    const TypographOptions& options_;
    std::forward_list<std::string>& arena_;
    QuoteMarks& quotes_;
    KindIndex& kinds_;
    std::size_t erased_ = 0;
    struct Pending {
        std::size_t before;
        Token tok;
    };
    std::vector<Pending> pending_;
    std::vector<Pending> sorted_;  ///< place_edits(): the insertions in order, when they came in none
};

}  // namespace verstka::detail::typo

#endif
