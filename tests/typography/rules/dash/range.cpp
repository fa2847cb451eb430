// Cases for the rule dash/range: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("dash/range") {
    verstka::test::check_rule("dash/range",
                              {
                                  {"5-7 см", "5–7 см"},
                                  // A decade ends the text: the case-ending check after it
                                  // must not read past the last token (ASan).
                                  {"1960-1970", "1960–1970"},
                                  {"в 1870-1953 годах", "в 1870–1953 годах"},
                                  {"с 10:00-18:00", "с 10:00–18:00"},
                                  {"XVIII-XIX вв.", "XVIII–XIX вв."},
                                  {"ВНОТ-2024, 2024-09-13", "ВНОТ-2024, 2024-09-13"},
                                  {"май-июнь", "май–июнь"},
                                  {"5-10% и 2,5-3,5 л", "5–10% и 2,5–3,5 л"},
                                  {"10 - 13 сентября", "10–13 сентября"},
                                  {"5-й и 10-20-летние", "5-й и 10-20-летние"},
                                  {"из-за что-то", "из-за что-то"},
                                  {"8-800-555-35-35", "8-800-555-35-35"},
                                  {"12—15 мест", "12–15 мест"},
                                  {"ГОСТ 12345-89", "ГОСТ 12345-89"},
                                  {"с 22:00-6:00", "с 22:00–6:00"},
                                  // A glued unit after the right end (a fuzz finding: the
                                  // second run saw the unit apart and made the range).
                                  {"10:00-18:00м.", "10:00–18:00м."},
                                  {"MCMXIV-MMXXIV", "MCMXIV–MMXXIV"},
                                  {"IV-IX", "IV–IX"},
                                  // Must not fire: a chain of three, and letters that
                                  // are no numeral in standard form.
                                  {"XV—XVI-XVII", "XV—XVI-XVII"},
                                  {"XV—XVI–XVII", "XV—XVI–XVII"},
                                  {"XV-XVI—XVII", "XV-XVI—XVII"},
                                  {"LLLL-L", "LLLL-L"},
                                  {"IIII-VIIII", "IIII-VIIII"},
                                  {"CD-DVD", "CD-DVD"},
                                  {"вторник-четверг, пн-пт", "вторник–четверг, пн–пт"},
                                  {"60-70-х и 1980-1990-е", "60–70-х и 1980–1990-е"},
                                  {"в марте-апреле", "в марте–апреле"},
                                  // Not a decade range: a compound with a word.
                                  {"5-7-й, 10-20-летний, 61-70-х", "5-7-й, 10-20-летний, 61-70-х"},
                                  {"среда-рынок", "среда-рынок"},
                                  // A factor glued on is free; the letter x joins a word.
                                  {"1-2×5 и 1-2x5", "1–2×5 и 1-2x5"},
                              });
}
