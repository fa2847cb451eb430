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
                                  // Inside closed brackets glued to a URL every space stays.
                                  {"см. a.ru/x( раздел )", "см. a.ru/x( раздел )"},
                                  {"см. a.ru/x[ раздел ]", "см. a.ru/x[ раздел ]"},
                                  {"см. a.ru/x(; c ) и", "см. a.ru/x(; c ) и"},
                                  {"см. a.ru/x(c ! d , e ) и", "см. a.ru/x(c ! d , e ) и"},
                                  // Must not fire: after the brackets, brackets apart from the
                                  // URL, brackets never closed.
                                  {"см. a.ru/x(c) d , e", "см. a.ru/x(c) d, e"},
                                  {"см. a.ru/x (c ! )", "см. a.ru/x (c!)"},
                                  {"см. a.ru/x(c ! d , e ] и", "см. a.ru/x(c! d, e] и"},
                              });
}
