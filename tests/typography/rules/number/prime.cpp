// Cases for the rule number/prime: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/prime") {
    verstka::test::check_rule("number/prime", {
                                                  {"телевизор 55\" за 40 тысяч", "телевизор 55″ за 40 тысяч"},
                                                  {"высота 6' 2\"", "высота 6′ 2″"},
                                                  {"\"Группа 5\"", "\"Группа 5\""},
                                                  {"диагональ 15\".", "диагональ 15″."},
                                                  {"\"5\" и 7\"", "\"5\" и 7″"},
                                                  {"слово\" без числа", "слово\" без числа"},
                                              });
}
