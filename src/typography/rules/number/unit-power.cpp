// «м2», «см3», «7км2» → «м²», «см³», «7км²»: a power written after a unit of length is a
// superscript. Only 2 and 3, only glued to the unit, and only where the unit stands alone
// or follows a number (`Ту154м2` is a name).
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::word)) {
        if (i + 1 >= c.t.size()) break;
        if (!power_after_unit(c, i)) continue;
        const std::size_t p = i + 1;
        const char digit = c.t[p].text[0];
        const bool after_number =
            i > 0 && c.is_number(i - 1) && c.t[i - 1].run == c.t[i].run && (i == 1 || !c.is_word(i - 2));
        if (!after_number && !standalone(c, i)) continue;
        if (digit == '2') {
            replace(c, p, chars::superscript_two, Kind::punct);
        } else {
            replace(c, p, chars::superscript_three, Kind::punct);
        }
    }
}

constexpr Example kExamples[] = {
    {"50 м2 и 7м3", "50 м² и 7м³"},
    {"2 км2.", "2 км²."},
    {"Ту154м2, м23", "Ту154м2, м23"},
};

}  // namespace

const Rule rule_number_unit_power{"number/unit-power",
                                  "Степень после единицы длины: м², см³",
                                  "A power after a unit of length: м², см³",
                                  true,
                                  apply,
                                  kExamples,
                                  std::size(kExamples),
                                  need::number};

}  // namespace verstka::detail::typo
