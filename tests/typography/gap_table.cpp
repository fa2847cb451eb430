// The gap table: rows of the rules that bind gaps, asked by the classes of the two tokens.
#include <doctest/doctest.h>

#include <cstdint>
#include <forward_list>
#include <string>
#include <vector>

#include "rule_cases.hpp"
#include "typography/gap_table.hpp"
#include "typography/tokenizer.hpp"

using verstka::test::nbsp;
using verstka::test::run_rules;
using verstka::test::show;

TEST_CASE("gap table: holds every row of every rule, so no row is ever left out") {
    std::size_t count = 0;
    const verstka::detail::typo::Rule* const* rules = verstka::detail::typo::all_rules(count);
    std::size_t rows = 0;
    for (std::size_t i = 0; i < count; ++i) rows += rules[i]->gap_count;
    CHECK(rows >= 12);
    CHECK(rows <= verstka::detail::typo::GapTable::kMaxRows);
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
    verstka::test::check_html({
        {"в <b>Сочи</b>", "в⍽<b>Сочи</b>"},
        {"ООО <i>«Ромашка»</i>", "ООО⍽<i>«Ромашка»</i>"},
        // Must not fire: nothing on one side of the space.
        {"<p>в </p>", "<p>в </p>"},
        {"<p> бы</p>", "<p> бы</p>"},
    });
}

namespace {

bool always(const verstka::detail::typo::Context& /*c*/, const verstka::detail::typo::Gap& /*g*/) {
    return true;
}

// The text of `input` after the gap table of one rule with `row` and `needs` decided its gaps.
std::string decide_with(const verstka::detail::typo::GapRow& row, std::uint32_t needs,
                        const std::string& input) {
    using namespace verstka::detail::typo;
    Rule rule{"test/gap", "", "", true, nullptr, needs, nullptr, &row, 1};
    const GapTable table(std::vector<const Rule*>{&rule});
    std::vector<Token> tokens;
    char32_t prev = 0;
    std::uint32_t present = 0;
    tokenize(input, 0, 0, prev, tokens, present);
    std::forward_list<std::string> arena;
    const verstka::TypographOptions options;
    QuoteMarks quotes;
    KindIndex kinds;
    Context context(tokens, arena, options, quotes, kinds);
    table.decide(context, present);
    std::string out;
    for (const Token& t : tokens) out += t.text;
    return out;
}

}  // namespace

TEST_CASE("gap table: a row is asked only in a paragraph that has what its rule needs") {
    using namespace verstka::detail::typo;
    const GapRow any{{}, {}, always};
    struct Case {
        std::uint32_t needs;
        std::string_view input;
        std::string_view expected;
    };
    const Case cases[] = {
        {0, "а б", "а⍽б"},
        {need::sign, "№ б", "№⍽б"},
        {need::sign | need::number, "№ 5", "№⍽5"},
        // Must not fire: the paragraph lacks a kind the rule needs.
        {need::sign, "а б", "а б"},
        {need::sign | need::number, "№ б", "№ б"},
    };
    for (const Case& c : cases) {
        CAPTURE(show(std::string(c.input)));
        CHECK(show(decide_with(any, c.needs, std::string(c.input))) == show(nbsp(c.expected)));
    }
}

TEST_CASE(
    "gap table: a touching row writes one space between the tokens it binds, whichever side it is asked "
    "from") {
    using namespace verstka::detail::typo;
    struct Case {
        GapRow row;
        std::string_view input;
        std::string_view expected;
    };
    const std::uint16_t word = kind_bit(Kind::word);
    const std::uint16_t dash = kind_bit(Kind::dash);
    const Case cases[] = {
        // Asked from the left token: a dash before a word.
        {{{dash}, {word}, always, true}, "а—б", "а—⍽б"},
        {{{dash}, {word}, always, true, true}, "а—б", "а— б"},
        // Asked from the right token (words on the left, none on the right): a word before a dash.
        {{{word}, {dash}, always, true}, "а—б", "а⍽—б"},
        // Must not fire: a touching row at a space, or tokens of other classes.
        {{{word}, {dash}, always, true}, "а — б", "а — б"},
        {{{dash}, {dash}, always, true}, "а—б", "а—б"},
    };
    for (const Case& c : cases) {
        CAPTURE(show(std::string(c.input)));
        CHECK(show(decide_with(c.row, 0, std::string(c.input))) == show(nbsp(c.expected)));
    }
}
