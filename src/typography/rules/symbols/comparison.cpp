// «a >= b», «5<=7», «x != y» → «a ≥ b», «5≤7», «x ≠ y»: comparison signs between numbers or
// words. Protected spans (URLs, code) and markup are single tokens, so they never match.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// An operand: a word or a number (`½` too), with at most one space between it and the sign.
bool operand(const Context& c, std::size_t k, bool forward) {
    if (c.is_space(k)) k = forward ? c.after(k) : c.before(k);
    if (k == npos) return false;
    if (c.is_word(k) || is_numeral(c, k)) return true;
    // A negative number: `>= -5`, `>= −5`.
    const bool sign = c.is(k, Kind::dash) && (c.t[k].text == "-" || c.t[k].cp == chars::minus.cp);
    return forward && sign && c.is_number(c.after(k));
}

// At a `>`, `<` or `!` and the `=` after it.
bool rewrite(Context& c, std::size_t i) {
    const bool greater = c.is_punct(i, '>');
    const bool less = c.is_punct(i, '<');
    const bool not_equal = c.is_punct(i, '!');
    if (!greater && !less && !not_equal) return false;
    const std::size_t equals = c.after(i);
    if (!c.is_punct(equals, '=') || c.t[equals].run != c.t[i].run) return false;
    // Part of a longer operator or arrow (`<=>`, `<==`, `>>=`, `!==`): left alone.
    const auto operator_mark = [&](std::size_t k, bool bang) {
        return k != npos && c.t[k].kind == Kind::punct &&
               (c.t[k].cp == '=' || c.t[k].cp == '>' || c.t[k].cp == '<' || (bang && c.t[k].cp == '!'));
    };
    const std::size_t after = c.after(equals);
    const std::size_t before = c.before(i);
    if (operator_mark(after, false) || operator_mark(before, true)) return false;
    if (!operand(c, before, false) || !operand(c, after, true)) return false;
    if (greater) {
        replace(c, i, chars::greater_equal, Kind::punct);
    } else if (less) {
        replace(c, i, chars::less_equal, Kind::punct);
    } else {
        replace(c, i, chars::not_equal, Kind::punct);
    }
    c.erase(equals);
    return true;
}

constexpr GlyphRow kGlyphs[] = {
    {Kind::punct, '>', rewrite}, {Kind::punct, '<', rewrite}, {Kind::punct, '!', rewrite}};

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
                                   nullptr,
                                   0,
                                   nullptr,
                                   nullptr,
                                   0,
                                   kGlyphs,
                                   std::size(kGlyphs)};
const RuleExamples examples_symbols_comparison{"symbols/comparison", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
