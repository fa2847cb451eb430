// Cases for the rule number/unit-power: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("number/unit-power") {
    verstka::test::check_rule("number/unit-power", {
                                                       {"50 м2", "50 м²"},
                                                       {"7м3", "7м³"},
                                                       {"площадь 2 км2.", "площадь 2 км²."},
                                                       {"цена за м2, за см3", "цена за м², за см³"},
                                                       // Where it must not fire.
                                                       {"Ту154м2", "Ту154м2"},
                                                       // Written already, a power stays.
                                                       {"50 м² и 7м³", "50 м² и 7м³"},
                                                       // After a factor; the letter x makes
                                                       // a name as a letter does.
                                                       {"10×7м3 и 10x7м3", "10×7м³ и 10x7м3"},
                                                       {"м23 и м4", "м23 и м4"},
                                                       {"м2,5", "м2,5"},
                                                       {"дом2", "дом2"},
                                                       {"м2б", "м2б"},
                                                   });
}
