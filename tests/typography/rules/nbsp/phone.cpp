// Cases for the rule nbsp/phone: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/phone") {
    verstka::test::check_rule("nbsp/phone", {
                                                {"звоните 8 (343) 222-33-44", "звоните 8⍽(343)⍽222-33-44"},
                                                {"+7 999 123 45 67", "+7⍽999⍽123⍽45⍽67"},
                                                {"в 2019 2020 2021 годах", "в 2019 2020 2021 годах"},
                                                {"тел. 8 800 555 35 35.", "тел. 8⍽800⍽555⍽35⍽35."},
                                                {"+7 (495) 123-45-67, доб. 5", "+7⍽(495)⍽123-45-67, доб. 5"},
                                                {"1 000 000 000 рублей", "1 000 000 000 рублей"},
                                                // Must not fire: a bracket counts only between groups, and a
                                                // fraction's numerator is no group.
                                                {"343343 1995(c)", "343343 1995(c)"},
                                                {"343343 1995 (", "343343 1995 ("},
                                                {"45000(0343 1/2", "45000(0343 1/2"},
                                                {"8 (343) 222-33-44 1/2", "8⍽(343)⍽222-33-44 1/2"},
                                                // A × after no number reads as the x it is made
                                                // of: it ends no product, and a phone may follow.
                                                {"а × 8 (343) 222-33-44", "а × 8⍽(343)⍽222-33-44"},
                                                {"а x 8 (343) 222-33-44", "а x 8⍽(343)⍽222-33-44"},
                                                {"5 × 8 (343) 222-33-44", "5 × 8 (343)⍽222-33-44"},
                                            });
}
