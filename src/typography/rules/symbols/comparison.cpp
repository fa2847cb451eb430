// «a >= b», «5<=7», «x != y» → «a ≥ b», «5≤7», «x ≠ y»: comparison signs between numbers or
// words. Protected spans (URLs, code) and markup are single tokens, so they never match.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// An operand: a word or a number, with at most one space between it and the sign.
bool operand(const Context& c, std::size_t k, bool forward) {
    if (k == npos) return false;
    if (c.is_space(k)) {
        const std::size_t m = forward ? c.next(k) : c.prev(k);
        if (m == npos || (forward ? m != k + 1 : m + 1 != k)) return false;
        k = m;
    }
    if (c.is_word(k) || c.is_number(k)) return true;
    // A negative number: `>= -5`, `>= −5`.
    const bool sign = c.is(k, Kind::dash) && (c.t[k].text == "-" || c.t[k].cp == chars::minus.cp);
    return forward && sign && k + 1 < c.t.size() && c.is_number(k + 1);
}

void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (i + 1 >= c.t.size()) break;
        if (i < resume) continue;
        const bool greater = c.is_punct(i, '>');
        const bool less = c.is_punct(i, '<');
        const bool not_equal = c.is_punct(i, '!');
        if (!greater && !less && !not_equal) continue;
        if (!c.is_punct(i + 1, '=') || c.t[i + 1].run != c.t[i].run) continue;
        // Part of a longer operator or arrow (`<=>`, `<==`, `>>=`, `!==`): left alone.
        const std::size_t after = i + 2;
        if (after < c.t.size() && c.t[after].kind == Kind::punct &&
            (c.t[after].cp == '=' || c.t[after].cp == '>' || c.t[after].cp == '<')) {
            continue;
        }
        if (i > 0 && c.t[i - 1].kind == Kind::punct &&
            (c.t[i - 1].cp == '<' || c.t[i - 1].cp == '>' || c.t[i - 1].cp == '=' || c.t[i - 1].cp == '!')) {
            continue;
        }
        if (!operand(c, i == 0 ? npos : i - 1, false) ||
            !operand(c, after < c.t.size() ? after : npos, true)) {
            continue;
        }
        if (greater) {
            replace(c, i, chars::greater_equal, Kind::punct);
        } else if (less) {
            replace(c, i, chars::less_equal, Kind::punct);
        } else {
            replace(c, i, chars::not_equal, Kind::punct);
        }
        c.erase(i + 1);
        resume = i + 2;
    }
}

constexpr Example kExamples[] = {
    {"если x >= 5", "если x ≥ 5"},
    {"5<=7 и a != b", "5≤7 и a ≠ b"},
    {"a <=> b, x == y", "a <=> b, x == y"},
};

}  // namespace

const Rule rule_symbols_comparison{"symbols/comparison",
                                   "Знаки сравнения ≥ ≤ ≠ вместо >= <= !=",
                                   "Comparison signs ≥ ≤ ≠ instead of >= <= !=",
                                   true,
                                   apply,
                                   kExamples,
                                   std::size(kExamples)};

}  // namespace verstka::detail::typo
