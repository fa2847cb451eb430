// Cases for the rule symbols/copyright: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/copyright") {
    verstka::test::check_rule("symbols/copyright",
                              {
                                  {"(c) 2024 Редакция", "© 2024 Редакция"},
                                  {"(C) Компания", "© Компания"},
                                  {"Coca-Cola(r)", "Coca-Cola®"},
                                  {"Windows(tm) и Office(TM)", "Windows™ и Office™"},
                                  {"(с) ТАСС", "© ТАСС"},
                                  {"пункты (a), (b), (c) третий", "пункты (a), (b), (c) третий"},
                                  {"вариант (c) неверен", "вариант (c) неверен"},
                                  {"вариант (r) Бренд", "вариант ® Бренд"},
                                  {"Модель 3/4(r)", "Модель 3/4®"},
                                  // A hyphen of a sign reads as the sign: a mark before `(c)`.
                                  {"+-(r)", "+-(r)"},
                                  {"<-(c)", "<-(c)"},
                                  {"а -(c)", "а -©"},
                              });
}
