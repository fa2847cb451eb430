// Cases for the rule number/prime: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/prime") {
    verstka::test::check_rule(
        "number/prime", {
                            {"телевизор 55\" за 40 тысяч", "телевизор 55″ за 40 тысяч"},
                            {"высота 6' 2\"", "высота 6′ 2″"},
                            {"\"Группа 5\"", "\"Группа 5\""},
                            {"диагональ 15\".", "диагональ 15″."},
                            {"\"5\" и 7\"", "\"5\" и 7″"},
                            {"слово\" без числа", "слово\" без числа"},
                            {"\"Завод \"Ростсельмаш-2\" запущен\"", "\"Завод \"Ростсельмаш-2\" запущен\""},
                            {"«Матч \"Рубин 55\" сыгран»", "«Матч \"Рубин 55\" сыгран»"},
                            {"«Экран 55\"» и 40\"", "«Экран 55\"» и 40″"},
                            // A fraction measures too, written as digits or as its glyph.
                            {"труба ½\" и 3/4'", "труба ½″ и 3/4′"},
                            // A prime written already stays one, also before a closing mark.
                            {"экран 55″ и «Экран 55″»", "экран 55″ и «Экран 55″»"},
                            // Must not fire: glued to what follows, or inside a word.
                            {"5\"слов\"", "5\"слов\""},
                            {"x5\"a", "x5\"a"},
                        });
}
