// Cases for the rule space/collapse: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("space/collapse") {
    verstka::test::check_rule("space/collapse", {
                                                    {"Сочи   принял  делегацию", "Сочи принял делегацию"},
                                                    {"  в начале и в конце  ", "в начале и в конце"},
                                                    {"слово ⍽ слово", "слово⍽слово"},
                                                    {"табуляция\t\tи пробел", "табуляция и пробел"},
                                                    {"узкий"
                                                     "\u202F"
                                                     "пробел",
                                                     "узкий⍽пробел"},
                                                    {"10"
                                                     "\u2009"
                                                     "000 рублей",
                                                     "10"
                                                     "\u2009"
                                                     "000 рублей"},
                                                    {"одно слово", "одно слово"},
                                                    {"", ""},
                                                });
}
