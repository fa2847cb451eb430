// Cases for the rule space/before-punctuation: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("space/before-punctuation") {
    verstka::test::check_rule("space/before-punctuation",
                              {
                                  {"Сочи , Адлер и Хоста .", "Сочи, Адлер и Хоста."},
                                  {"фестиваль ( 18+ ) прошёл", "фестиваль (18+) прошёл"},
                                  {"Правда ? Да !", "Правда? Да!"},
                                  {"время : 10 часов ; дата", "время: 10 часов; дата"},
                                  {"файл .gitignore в проекте", "файл .gitignore в проекте"},
                                  {"заявитель(и) подал", "заявитель(и) подал"},
                                  {"пустые ( ) скобки", "пустые ( ) скобки"},
                                  {"[ 1 ] сноска", "[1] сноска"},
                                  {"ну и ладно ;) и :( тоже", "ну и ладно ;) и :( тоже"},
                                  // A bracket glued to a URL keeps its spaces on both sides.
                                  {"см. a.ru/x( раздел )", "см. a.ru/x( раздел )"},
                                  {"см. a.ru/x[ раздел ]", "см. a.ru/x[ раздел ]"},
                                  {"см. a.ru/x(; c ) и", "см. a.ru/x(; c ) и"},
                                  // Only the bracket that closes it: not one of the other kind,
                                  // not one nested inside, not one after a spaced URL.
                                  {"см. a.ru/x(c ] и", "см. a.ru/x(c] и"},
                                  {"см. a.ru/x(c (d ) e )", "см. a.ru/x(c (d) e )"},
                                  {"см. a.ru/x (c )", "см. a.ru/x (c)"},
                              });
}
