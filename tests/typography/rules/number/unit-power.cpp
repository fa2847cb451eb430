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
                                                       {"м23 и м4", "м23 и м4"},
                                                       {"м2,5", "м2,5"},
                                                       {"дом2", "дом2"},
                                                       {"м2б", "м2б"},
                                                   });
}
