// «м2», «см3», «7км2» → «м²», «см³», «7км²»: a power written after a unit of length is a
// superscript. Only 2 and 3, only glued to the unit, and only where the unit stands alone
// or follows a number (`Ту154м2` is a name).
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a `2` or `3`: the power of the unit glued before it.
bool rewrite(Context& c, std::size_t p) {
    const std::size_t i = c.before(p);
    if (i == npos || !power_after_unit(c, i)) return false;
    const char digit = c.t[p].text[0];
    // A number after a letter is a name's (`Ту154м2`), after a × a factor (`10×7м3`).
    const bool after_number = i > 0 && c.is_number(i - 1) && c.t[i - 1].run == c.t[i].run &&
                              (i == 1 || !c.is_word(i - 2) || is_times_sign(c, i - 2));
    if (!after_number && !standalone(c, i)) return false;
    if (digit == '2') {
        replace(c, p, chars::superscript_two, Kind::number);
    } else {
        replace(c, p, chars::superscript_three, Kind::number);
    }
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::number, '2', rewrite}, {Kind::number, '3', rewrite}};

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
                                  nullptr,
                                  need::number,
                                  nullptr,
                                  nullptr,
                                  0,
                                  kGlyphs,
                                  std::size(kGlyphs)};
const RuleExamples examples_number_unit_power{"number/unit-power", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
