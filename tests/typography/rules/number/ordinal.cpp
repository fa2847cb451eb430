// Cases for the rule number/ordinal: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/ordinal") {
    verstka::test::check_rule("number/ordinal", {
                                                    {"5-ый этаж", "5-й этаж"},
                                                    {"до 2-ого октября", "до 2-го октября"},
                                                    {"5-летний юбилей", "5-летний юбилей"},
                                                    {"в 1990-ых годах", "в 1990-х годах"},
                                                    {"3-ая попытка и 7-ое место", "3-я попытка и 7-е место"},
                                                    {"5-й и 2-го", "5-й и 2-го"},
                                                    {"ВНОТ-ый", "ВНОТ-ый"},
                                                    {"на 3-ей линии", "на 3-й линии"},
                                                });
}
