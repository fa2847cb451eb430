// Cases for the rule space/before-bracket: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("space/before-bracket") {
    verstka::test::check_rule("space/before-bracket",
                              {
                                  {"опубликовано(на сайте)", "опубликовано (на сайте)"},
                                  {"итоги(см. выше).", "итоги (см. выше)."},
                                  // A mark glued between words counts as the space it may get.
                                  {"итоги(т.е.)", "итоги (т.е.)"},
                                  {"f(1.5) и g(a.ru)", "f(1.5) и g(a.ru)"},
                                  // Word-internal brackets stay.
                                  {"участник(и) конкурса", "участник(и) конкурса"},
                                  {"Coca-Cola(r) и Яндекс(c)", "Coca-Cola(r) и Яндекс(c)"},
                                  {"функция f(x)", "функция f(x)"},
                                  {"слово( с пробелом)", "слово( с пробелом)"},
                                  {"ну :( и (всё)", "ну :( и (всё)"},
                              });
}
