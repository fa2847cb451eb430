// Cases for the rule space/after-punctuation: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("space/after-punctuation") {
    verstka::test::check_rule("space/after-punctuation", {
                                                             {"Сочи,Адлер;Хоста", "Сочи, Адлер; Хоста"},
                                                             {"Итог:победа", "Итог: победа"},
                                                             {"2,5 кг в 10:00", "2,5 кг в 10:00"},
                                                             {"Правда?Да!Конечно", "Правда? Да! Конечно"},
                                                             {"сказал:«Да»", "сказал: «Да»"},
                                                             {"уже, как и было", "уже, как и было"},
                                                             {"1,2,3 и 4", "1,2,3 и 4"},
                                                             {"site.ru,где", "site.ru, где"},
                                                         });
}
