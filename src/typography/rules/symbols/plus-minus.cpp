// «+-5» and «+/-5» → «±5».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a `+`.
bool rewrite(Context& c, std::size_t i) {
    if (!c.is_punct(i, '+')) return false;
    std::size_t n = c.next(i);
    std::size_t slash = npos;
    if (c.is_punct(n, '/')) {
        slash = n;
        n = c.next(n);
    }
    if (!c.is_text(n, "-")) return false;
    replace(c, i, chars::plus_minus, Kind::punct);
    if (slash != npos) c.erase(slash);
    c.erase(n);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::punct, '+', rewrite}};

constexpr Example kExamples[] = {
    {"погрешность +-2%", "погрешность ±2%"},
    {"+/-5 °C", "±5 °C"},
};

}  // namespace

const Rule rule_symbols_plus_minus{"symbols/plus-minus",
                                   "Знак ± вместо +-",
                                   "± instead of +-",
                                   true,
                                   nullptr,
                                   need::plus,
                                   nullptr,
                                   nullptr,
                                   0,
                                   kGlyphs,
                                   std::size(kGlyphs)};
const RuleExamples examples_symbols_plus_minus{"symbols/plus-minus", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
