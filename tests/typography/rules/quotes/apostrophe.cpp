// Cases for the rule quotes/apostrophe: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("quotes/apostrophe") {
    verstka::test::check_rule("quotes/apostrophe", {
                                                       {"д'Артаньян", "д’Артаньян"},
                                                       {"McDonald's", "McDonald’s"},
                                                       {"'слово'", "'слово'"},
                                                       {"rock'n'roll", "rock’n’roll"},
                                                       {"O'Neil и д’Артаньян", "O’Neil и д’Артаньян"},
                                                       {"5' и 'a", "5' и 'a"},
                                                   });
}
