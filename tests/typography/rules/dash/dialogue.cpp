// Cases for the rule dash/dialogue: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("dash/dialogue") {
    verstka::test::check_rule("dash/dialogue", {
                                                   {"- Привет!", "—⍽Привет!"},
                                                   {"— Традиционно на неделе", "—⍽Традиционно на неделе"},
                                                   {"-5 градусов", "-5 градусов"},
                                                   {"-- Кто там?", "—⍽Кто там?"},
                                                   {"—Да", "—⍽Да"},
                                                   {"Он - врач", "Он - врач"},
                                               });
}
