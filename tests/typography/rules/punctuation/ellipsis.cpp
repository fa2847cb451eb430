// Cases for the rule punctuation/ellipsis: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("punctuation/ellipsis") {
    verstka::test::check_rule("punctuation/ellipsis", {
                                                          {"Итак... решено", "Итак… решено"},
                                                          {"Неужели?...", "Неужели?.."},
                                                          {"Неужели!..", "Неужели!.."},
                                                          {"Итак...Далее", "Итак… Далее"},
                                                          {"... и тогда", "… и тогда"},
                                                          {"две точки.. тут", "две точки.. тут"},
                                                          {"версия 1.2.3", "версия 1.2.3"},
                                                          {"Ну…ладно", "Ну… ладно"},
                                                      });
}
