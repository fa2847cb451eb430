// Cases for the rule nbsp/company: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/company") {
    verstka::test::check_rule("nbsp/company", {
                                                  {"ООО «Ромашка»", "ООО⍽«Ромашка»"},
                                                  {"ПАО Сбербанк", "ПАО⍽Сбербанк"},
                                                  {"ООО и ИП", "ООО и ИП"},
                                                  {"АО \"РЖД\"", "АО⍽\"РЖД\""},
                                                  {"в ООО", "в ООО"},
                                                  {"МБОУ «Гимназия № 1»", "МБОУ⍽«Гимназия № 1»"},
                                              });
}
