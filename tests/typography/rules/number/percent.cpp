// Cases for the rule number/percent: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/percent") {
    verstka::test::check_rule("number/percent", {
                                                    {"выросла на 100 %", "выросла на 100%"},
                                                    {"5 ‰", "5‰"},
                                                    {"знак % в тексте", "знак % в тексте"},
                                                    {"на 5,5 % больше", "на 5,5% больше"},
                                                    {"100%", "100%"},
                                                    {"слово %", "слово %"},
                                                    // Glued to an address the sign is its
                                                    // local part's (`12%a@b.ru` is one).
                                                    {"12 %a@b.ru, 5 %", "12 %a@b.ru, 5%"},
                                                });
}
