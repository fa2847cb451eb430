// Cases for the rule nbsp/number-unit: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/number-unit") {
    verstka::test::check_rule("nbsp/number-unit", {
                                                      {"5 км и 20 кг", "5⍽км и 20⍽кг"},
                                                      {"в 2024 г.", "в 2024⍽г."},
                                                      // A fraction sign alone in its paragraph is
                                                      // a number too (a fuzz finding: the rule was
                                                      // skipped without a digit present).
                                                      {"Уже ¾ ч", "Уже ¾⍽ч"},
                                                      {"5 тыс. руб.", "5⍽тыс.⍽руб."},
                                                      {"5 лет и 3 человека", "5 лет и 3 человека"},
                                                      {"−5 °C", "−5⍽°C"},
                                                      {"100 $ и 200 ₽", "100⍽$ и 200⍽₽"},
                                                      {"3 млн руб.", "3⍽млн⍽руб."},
                                                      // A chain of units binds from its number
                                                      // on, and only while units follow.
                                                      {"5 млн тыс руб", "5⍽млн⍽тыс⍽руб"},
                                                      {"5 кг яблок кг", "5⍽кг яблок кг"},
                                                      {"5 тыс.руб. и", "5⍽тыс.руб. и"},
                                                      {"курс руб. к доллару", "курс руб. к доллару"},
                                                      {"90 км/ч", "90⍽км/ч"},
                                                      {"5 мая", "5 мая"},
                                                      {"в 10:00 в мэрии", "в 10:00 в мэрии"},
                                                      {"12мм и 1995г.", "12⍽мм и 1995⍽г."},
                                                      {"600dpi, 7м³", "600⍽dpi, 7⍽м³"},
                                                      // Glued, but no unit or inside a name: left alone.
                                                      {"5G и 3D, Ту154м", "5G и 3D, Ту154м"},
                                                      {"10лет", "10лет"},
                                                  });
}
