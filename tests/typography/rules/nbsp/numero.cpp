// Cases for the rule nbsp/numero: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/numero") {
    verstka::test::check_rule("nbsp/numero", {
                                                 {"школа №5", "школа №⍽5"},
                                                 {"приказ №№ 12", "приказ №⍽12"},
                                                 {"§ 3 устава", "§⍽3 устава"},
                                                 {"дом № 7", "дом №⍽7"},
                                                 {"знак № в тексте, а", "знак № в тексте, а"},
                                                 {"§§ 1–3", "§§⍽1–3"},
                                             });
}
