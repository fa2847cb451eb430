// Cases for the rule symbols/multiplication: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("symbols/multiplication") {
    verstka::test::check_rule("symbols/multiplication", {
                                                            {"комната 10x20 м", "комната 10×20 м"},
                                                            {"поле 3 х 3", "поле 3×3"},
                                                            {"код 0x1F", "код 0x1F"},
                                                            {"размер 10х20х30 см", "размер 10×20×30 см"},
                                                            {"3 x4", "3 x4"},
                                                            {"процессор x86", "процессор x86"},
                                                            {"10 × 20", "10×20"},
                                                            // A fraction is a factor, as the number
                                                            // it is made of.
                                                            {"стол 2 x ½ м", "стол 2×½ м"},
                                                            {"стол 2 x 1/2 м", "стол 2×1/2 м"},
                                                        });
}
