// Cases for the rule nbsp/number-month: where it fires and where it must not.
#include "../../rule_cases.hpp"

TEST_CASE("nbsp/number-month") {
    verstka::test::check_rule("nbsp/number-month", {
                                                       {"13 сентября", "13⍽сентября"},
                                                       {"до 2-е октября", "до 2-е⍽октября"},
                                                       {"в 2019 году, 300 мая", "в 2019 году, 300 мая"},
                                                       {"10–13 сентября", "10–13⍽сентября"},
                                                       {"1 Мая", "1⍽Мая"},
                                                       {"5 сентябрь", "5 сентябрь"},
                                                       {"к 1-му мая", "к 1-му⍽мая"},
                                                   });
}
