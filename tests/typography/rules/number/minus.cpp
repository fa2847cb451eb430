// Cases for the rule number/minus: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/minus") {
    verstka::test::check_rule("number/minus", {
                                                  {"ночью -5 °C", "ночью −5 °C"},
                                                  {"от -10 до -3", "от −10 до −3"},
                                                  {"ВНОТ-2024", "ВНОТ-2024"},
                                                  {"(-3)", "(−3)"},
                                                  {"-0,5 балла", "−0,5 балла"},
                                                  {"5 -3", "5 -3"},
                                                  {"1990-1995", "1990-1995"},
                                              });
}
