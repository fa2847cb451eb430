// Cases for the rule nbsp/particle: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/particle") {
    verstka::test::check_rule("nbsp/particle", {
                                                   {"сказал бы", "сказал⍽бы"},
                                                   {"он же, так ли", "он⍽же, так⍽ли"},
                                                   {"Же было, б. Ленина", "Же было, б. Ленина"},
                                                   {"пришёл ж", "пришёл⍽ж"},
                                                   {"«Сказка» же", "«Сказка»⍽же"},
                                                   {"ли он", "ли он"},
                                                   {"она-то ли", "она-то⍽ли"},
                                                   {"Знает ли директор", "Знает⍽ли директор"},
                                                   // A prime ends its number as a closing mark:
                                                   // the particle binds to it as to the number.
                                                   {"рост 6′ ли", "рост 6′⍽ли"},
                                                   {"экран 55″ бы", "экран 55″⍽бы"},
                                                   // A power is the number it is made of.
                                                   {"не 50 м² ли, не 50 м2 ли", "не 50 м²⍽ли, не 50 м2⍽ли"},
                                               });
}
