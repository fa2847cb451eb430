// Cases for the rule symbols/fractions: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/fractions") {
    verstka::test::check_rule("symbols/fractions", {
                                                       {"1/2 стакана", "½ стакана"},
                                                       {"3/4 дистанции", "¾ дистанции"},
                                                       {"1/4 финала", "¼ финала"},
                                                       {"1/2/2024 и 2/3", "1/2/2024 и 2/3"},
                                                       {"11/2 и 1/25", "11/2 и 1/25"},
                                                       {"дробь 1/2.", "дробь ½."},
                                                       {"счёт 1/2,5", "счёт 1/2,5"},
                                                       {"и 1/2...1 из", "и ½...1 из"},
                                                       // After a multiplication sign, not after a letter.
                                                       {"брус 3×1/2 дюйма", "брус 3×½ дюйма"},
                                                       {"брус 3x1/2 дюйма", "брус 3x1/2 дюйма"},
                                                   });
}
