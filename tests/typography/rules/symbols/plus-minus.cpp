// Cases for the rule symbols/plus-minus: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/plus-minus") {
    verstka::test::check_rule("symbols/plus-minus", {
                                                        {"погрешность +-2%", "погрешность ±2%"},
                                                        {"+/-5 °C", "±5 °C"},
                                                        {"точность +- 0,1", "точность ± 0,1"},
                                                        {"+5 и -5", "+5 и -5"},
                                                        {"C++ и C--", "C++ и C--"},
                                                        {"a+b", "a+b"},
                                                    });
}
