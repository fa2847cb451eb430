// tests/corpus/typography.tsv: realistic sentences through the default rule set, twice.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "rule_cases.hpp"
#include "verstka/typograph.hpp"

TEST_CASE("corpus: every line typesets as expected and is stable") {
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file);
    std::string line;
    int cases = 0;
    int number = 0;
    while (std::getline(file, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        REQUIRE_MESSAGE(tab != std::string::npos, "line ", number, " has no tab");
        const std::string input = verstka::test::nbsp(line.substr(0, tab));
        const std::string expected = verstka::test::nbsp(line.substr(tab + 1));
        const std::string once = verstka::typograph(input).text;
        CHECK_MESSAGE(once == expected, "line ", number, ": ", verstka::test::show(input), "\n  got      ",
                      verstka::test::show(once), "\n  expected ", verstka::test::show(expected));
        const std::string twice = verstka::typograph(once).text;
        CHECK_MESSAGE(twice == once, "line ", number, " is not idempotent: ", verstka::test::show(twice));
        ++cases;
    }
    CHECK(cases >= 300);
}
