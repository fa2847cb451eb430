// Cases for the rule dash/em: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("dash/em") {
    verstka::test::check_rule("dash/em", {
                                             {"Сочи - столица", "Сочи⍽— столица"},
                                             {"подходы, -- отметила", "подходы,⍽— отметила"},
                                             {"из-за, что-то, IT-куб", "из-за, что-то, IT-куб"},
                                             {"Москва – столица", "Москва⍽— столица"},
                                             {"Сочи —курорт", "Сочи⍽— курорт"},
                                             // After an opening bracket the glued dash is left as
                                             // spaced text would be (idempotence, fuzz).
                                             {"( —праздник", "( —праздник"},
                                             {"( — праздник", "( — праздник"},
                                             {"Сочи— курорт", "Сочи⍽— курорт"},
                                             {"- Привет", "- Привет"},
                                             {"( - ) пусто", "( - ) пусто"},
                                             {"Москва—Петербург", "Москва—Петербург"},
                                         });
}

TEST_CASE("dash/em: a line break after the dash stays in HTML mode; the one before it binds") {
    verstka::test::check_html({
        {"Сочи -\nстолица", "Сочи⍽—\nстолица"},
        {"Сочи\n- столица", "Сочи⍽— столица"},
    });
}
