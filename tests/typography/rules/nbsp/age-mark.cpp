// Cases for the rule nbsp/age-mark: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/age-mark") {
    verstka::test::check_rule("nbsp/age-mark", {
                                                   {"фильм 18+", "фильм⍽18+"},
                                                   {"неделя (18+) проходит", "неделя (18+) проходит"},
                                                   {"счёт 2 18+5", "счёт 2 18+5"},
                                                   {"спектакль 6+ для детей", "спектакль⍽6+ для детей"},
                                                   {"«Сказка» 0+", "«Сказка»⍽0+"},
                                                   {"Фильм 17+", "Фильм 17+"},
                                               });
}
