// Cases for the rule punctuation/question-exclamation: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("punctuation/question-exclamation") {
    verstka::test::check_rule("punctuation/question-exclamation", {
                                                                      {"Что!?", "Что?!"},
                                                                      {"Правда!? Да.", "Правда?! Да."},
                                                                      {"«Как!?»", "«Как?!»"},
                                                                      // Where it must not fire.
                                                                      {"Как?!", "Как?!"},
                                                                      {"Зачем??", "Зачем??"},
                                                                      {"Да!!?", "Да!!?"},
                                                                      {"Нет!?!", "Нет!?!"},
                                                                      {"site.ru/a!?b", "site.ru/a!?b"},
                                                                  });
}
