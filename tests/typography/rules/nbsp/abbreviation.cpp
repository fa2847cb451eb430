// Cases for the rule nbsp/abbreviation: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/abbreviation") {
    verstka::test::check_rule("nbsp/abbreviation",
                              {
                                  {"т. е. и т.д.", "т.⍽е. и т.⍽д."},
                                  {"г. Казань, ул. Тверская, д. 7", "г.⍽Казань, ул.⍽Тверская, д.⍽7"},
                                  {"см. рис. 3", "см.⍽рис.⍽3"},
                                  {"Московской обл. и 1990-х гг.", "Московской⍽обл. и 1990-х⍽гг."},
                                  {"Т. к. было", "Т.⍽к. было"},
                                  {"XIX в. и 2024 г. В Сочи", "XIX⍽в. и 2024⍽г. В Сочи"},
                                  {"и т. д. Затем", "и т.⍽д. Затем"},
                                  {"им. Горького и пос. Дагомыс", "им.⍽Горького и пос.⍽Дагомыс"},
                                  {"в 5 ч. вечера", "в 5 ч. вечера"},
                                  {"и др. участники", "и⍽др. участники"},
                                  {"в г.Омск, на стр.12", "в г.⍽Омск, на стр.⍽12"},
                                  {"ул.Мира, см.таблицу, им.Чехова", "ул.⍽Мира, см.⍽таблицу, им.⍽Чехова"},
                                  {"P.S. Привет. P.P.S. Пока", "P.⍽S. Привет. P.⍽P.⍽S. Пока"},
                                  // A pair or a postscript binds after any mark, as after the
                                  // space the mark may get: `,т.е.` reads as `, т.е.`.
                                  {"цена,т.е. 5 руб. (т.д.) «т.е.»", "цена,т.⍽е. 5 руб. (т.⍽д.) «т.⍽е.»"},
                                  {"$т.е. и »т. д. и –P.S. и :P. S.", "$т.⍽е. и »т.⍽д. и –P.⍽S. и :P.⍽S."},
                                  // Glued, but no name or number after: left alone.
                                  {"г.ru и с.х.", "г.ru и с.х."},
                                  {"P.M. и P.", "P.M. и P."},
                                  // Must not fire: the letter ends a word (`кот.е.`), a
                                  // postscript across a line break.
                                  {"кот.е. и P.\nS.", "кот.е. и P.\nS."},
                              });
}
