// «100 %» → «100%»: the percent and per-mille signs follow the number without a space.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (!c.is_punct(i, '%') && !c.is_punct(i, 0x2030)) continue;
        const std::size_t s = c.prev(i);
        if (!c.is_space(s) || !c.is_number(c.prev(s))) continue;
        c.erase(s);
    }
}

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
                               apply,
                               kExamples,
                               std::size(kExamples),
                               need::percent | need::number};

}  // namespace verstka::detail::typo
