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
                                                   {"Нет… - А почему?", "Нет… —⍽А почему?"},
                                                   {"Уйди! -- Не уйду.", "Уйди! —⍽Не уйду."},
                                                   {"Да. — Когда?", "Да. —⍽Когда?"},
                                                   {"Да. - потом", "Да. - потом"},
                                                   {"Да, - Иван", "Да, - Иван"},
                                                   // An em dash glued to the line's first word.
                                                   {"Нет. —А почему?", "Нет. —⍽А почему?"},
                                                   // Must not fire: no sentence end before it.
                                                   {"слово —Слово", "слово —Слово"},
                                                   {"Нет, —А", "Нет, —А"},
                                               });
}

TEST_CASE("dash/dialogue: a line break before a dialogue line stays, in HTML mode as in text mode") {
    verstka::test::check_html({{"Да.\n- Когда?", "Да.\n—⍽Когда?"}});
    CHECK(verstka::test::show(verstka::typograph("Да.\n- Когда?").text) ==
          verstka::test::show(verstka::test::nbsp("Да.\n—⍽Когда?")));
}
