// Cases for the rule nbsp/initials: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/initials") {
    verstka::test::check_rule("nbsp/initials", {
                                                   {"художник Д. Д. Жилинский", "художник Д.⍽Д.⍽Жилинский"},
                                                   {"А.С. Пушкин", "А.⍽С.⍽Пушкин"},
                                                   {"Пушкин А. С. писал", "Пушкин⍽А.⍽С. писал"},
                                                   {"сказала М. Захарова", "сказала М.⍽Захарова"},
                                                   {"J. K. Rowling", "J.⍽K.⍽Rowling"},
                                                   {"т. е. все", "т. е. все"},
                                                   {"США. В Москве", "США. В Москве"},
                                                   {"книга А. и Б.", "книга А. и Б."},
                                                   // Four initials: the last three bind to the surname.
                                                   {"А. Б. В. Г. Пушкин", "А. Б.⍽В.⍽Г.⍽Пушкин"},
                                                   // Must not fire: initials after a word when more follow.
                                                   {"Стихи А.С. А.С. Пушкина", "Стихи А.С. А.⍽С.⍽Пушкина"},
                                                   {"роман Л.Н.Толстой", "роман Л.⍽Н.⍽Толстой"},
                                                   {"М.Захарова", "М.⍽Захарова"},
                                                   {"ООО А.Б.ВГ", "ООО А.Б.ВГ"},
                                               });
}
