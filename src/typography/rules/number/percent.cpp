// «100 %» → «100%»: the percent and per-mille signs follow the number without a space.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a `%` or `‰`: the space between it and a number.
bool rewrite(Context& c, std::size_t i) {
    if (c.t[i].chars > 1) return false;
    const std::size_t s = c.prev(i);
    if (!c.is_space(s) || !c.is_number(c.prev(s))) return false;
    // Glued to an address after it, the sign and the number would read as one (`12%a@b.ru` is
    // an e-mail): the space stays.
    if (i + 1 < c.t.size() && c.t[i + 1].kind == Kind::opaque) return false;
    c.erase(s);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::punct, '%', rewrite}, {Kind::punct, 0x2030, rewrite}};

constexpr Example kExamples[] = {
    {"выросла на 100 %", "выросла на 100%"},
    {"5 ‰", "5‰"},
    {"знак % в тексте", "знак % в тексте"},
};

}  // namespace

const Rule rule_number_percent{"number/percent",
                               "Знак % без пробела после числа",
                               "Percent sign without a space after the number",
                               true,
                               nullptr,
                               need::percent | need::number,
                               nullptr,
                               nullptr,
                               0,
                               kGlyphs,
                               std::size(kGlyphs)};
const RuleExamples examples_number_percent{"number/percent", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
