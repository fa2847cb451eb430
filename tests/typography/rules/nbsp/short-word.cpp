// Cases for the rule nbsp/short-word: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/short-word") {
    verstka::test::check_rule("nbsp/short-word",
                              {
                                  {"в Сочи для детей", "в⍽Сочи для⍽детей"},
                                  {"с 10 по 13", "с⍽10 по⍽13"},
                                  {"центр «IT-куб», ВНОТ-2024", "центр «IT-куб», ВНОТ-2024"},
                                  {"(в Сочи)", "(в⍽Сочи)"},
                                  {"«В Сочи»", "«В⍽Сочи»"},
                                  {"из-за угла", "из-за угла"},
                                  {"Если бы", "Если⍽бы"},
                                  {"и — а", "и — а"},
                                  {"ИА SochiMedia", "ИА⍽SochiMedia"},
                                  {"вот он.", "вот он."},
                                  {"to be or not", "to⍽be⍽or⍽not"},
                                  {"20 кг рыбы", "20 кг рыбы"},
                              });
}
