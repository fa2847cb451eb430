// Cases for the rule symbols/arrows: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/arrows") {
    verstka::test::check_rule("symbols/arrows", {
                                                    {"Москва -> Сочи", "Москва → Сочи"},
                                                    {"назад <- вперёд", "назад ← вперёд"},
                                                    {"A <-> B", "A ↔ B"},
                                                    {"стрелка --> длинная", "стрелка --> длинная"},
                                                    {"a > b и c < d", "a > b и c < d"},
                                                    {"из-за", "из-за"},
                                                });
}
