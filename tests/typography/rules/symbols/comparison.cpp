// Cases for the rule symbols/comparison: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/comparison") {
    verstka::test::check_rule("symbols/comparison", {
                                                        {"если x >= 5", "если x ≥ 5"},
                                                        {"5<=7", "5≤7"},
                                                        {"a != b", "a ≠ b"},
                                                        {"цена >= 100 руб.", "цена ≥ 100 руб."},
                                                        {"t >= -5 и t!=−3", "t ≥ -5 и t≠−3"},
                                                        {"½ <= x и x >= ¼", "½ ≤ x и x ≥ ¼"},
                                                        // Where it must not fire.
                                                        {"a <=> b", "a <=> b"},
                                                        {"x == y и x !== y", "x == y и x !== y"},
                                                        {"стрелка <== назад", "стрелка <== назад"},
                                                        {"см. site.ru/a?b>=1", "см. site.ru/a?b>=1"},
                                                        {">= 5", ">= 5"},
                                                        {"ну != ", "ну != "},
                                                    });
}
