// The gap table: rows of the rules that bind gaps, asked by the classes of the two tokens.
#include <doctest/doctest.h>

#include "rule_cases.hpp"
#include "typography/gap_table.hpp"

using verstka::test::nbsp;
using verstka::test::run_rules;
using verstka::test::show;

TEST_CASE("gap table: holds a row for every rule there is, so no row is ever left out") {
    std::size_t count = 0;
    verstka::detail::typo::all_rules(count);
    CHECK(count <= verstka::detail::typo::GapTable::kMaxRows);
}

TEST_CASE("gap table: a row binds only while its rule is on") {
    struct Case {
        std::vector<std::string_view> rules;
        std::string_view input;
        std::string_view expected;
    };
    const Case cases[] = {
        {{"nbsp/short-word"}, "сказал бы в Сочи", "сказал бы в⍽Сочи"},
        {{"nbsp/particle"}, "сказал бы в Сочи", "сказал⍽бы в Сочи"},
        {{"nbsp/short-word", "nbsp/particle"}, "сказал бы в Сочи", "сказал⍽бы в⍽Сочи"},
        {{"nbsp/*"}, "ООО «Ромашка» 13 сентября", "ООО⍽«Ромашка» 13⍽сентября"},
        // Must not fire: no row is on.
        {{"dash/em"}, "сказал бы в Сочи", "сказал бы в Сочи"},
    };
    for (const Case& c : cases) {
        CAPTURE(show(std::string(c.input)));
        CHECK(show(run_rules(c.rules, c.input)) == show(nbsp(c.expected)));
    }
}

TEST_CASE("gap table: a gap is decided across markup, and a space at either edge binds nothing") {
    verstka::TypographOptions html;
    html.mode = verstka::TextMode::html;
    struct Case {
        std::string_view input;
        std::string_view expected;
    };
    const Case cases[] = {
        {"в <b>Сочи</b>", "в⍽<b>Сочи</b>"},
        {"ООО <i>«Ромашка»</i>", "ООО⍽<i>«Ромашка»</i>"},
        // Must not fire: nothing on one side of the space.
        {"<p>в </p>", "<p>в </p>"},
        {"<p> бы</p>", "<p> бы</p>"},
    };
    for (const Case& c : cases) {
        CAPTURE(show(std::string(c.input)));
        CHECK(show(verstka::typograph(c.input, html).text) == show(nbsp(c.expected)));
    }
}
