// The glyph table: rows of the rules that write glyphs, asked by the kind and first code point
// of a token, in one pass in text order.
#include <doctest/doctest.h>

#include "rule_cases.hpp"
#include "typography/glyph_table.hpp"

using verstka::detail::typo::all_rules;
using verstka::detail::typo::GlyphTable;
using verstka::detail::typo::Rule;
using verstka::test::nbsp;
using verstka::test::run_rules;
using verstka::test::show;

namespace {

struct Case {
    std::vector<std::string_view> rules;
    std::string_view input;
    std::string_view expected;
};

void check_cases(std::initializer_list<Case> cases) {
    for (const Case& c : cases) {
        CAPTURE(show(std::string(c.input)));
        CHECK(show(run_rules(c.rules, c.input)) == show(nbsp(c.expected)));
    }
}

}  // namespace

TEST_CASE("glyph table: holds every row of every rule, so no row is ever left out") {
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    std::size_t rows = 0;
    for (std::size_t i = 0; i < count; ++i) rows += rules[i]->glyph_count;
    CHECK(rows >= 20);
    CHECK(rows <= GlyphTable::kMaxRows);
}

TEST_CASE(
    "glyph table: rules with rows and no pass between them make one group, asked where the first stands") {
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    const std::vector<const Rule*> all(rules, rules + count);
    const GlyphTable table(all);
    CHECK(all.size() <= GlyphTable::kMaxRules);
    std::vector<std::string_view> starts;
    std::size_t with_rows = 0;
    for (std::size_t position = 0; position < all.size(); ++position) {
        const Rule* rule = all[position];
        const bool pass = rule->apply != nullptr;
        if (rule->glyph_count != 0) {
            ++with_rows;
            CHECK_MESSAGE(!pass, rule->id, " has rows and a pass");
        }
        if (table.group_starting_at(position) >= 0) starts.push_back(rule->id);
    }
    CHECK(with_rows == 16);
    const std::vector<std::string_view> expected = {"punctuation/ellipsis", "number/ordinal", "dash/em"};
    CHECK(starts == expected);
    // A table of some rules groups only those: with the passes between them off, their rows
    // make one group.
    const GlyphTable some({verstka::detail::typo::find_rule("symbols/copyright"),
                           verstka::detail::typo::find_rule("quotes/apostrophe"),
                           verstka::detail::typo::find_rule("number/percent")});
    CHECK(some.group_starting_at(0) == 0);
    CHECK(some.group_starting_at(2) == -1);
}

TEST_CASE("glyph table: a row writes only while its rule is on") {
    check_cases({
        {{"symbols/*"}, "(c) 2024, +-5, a -> b, x >= 1/2, 3 x 4", "© 2024, ±5, a → b, x ≥ ½, 3×4"},
        {{"symbols/copyright"}, "(c) 2024, +-5, a -> b", "© 2024, +-5, a -> b"},
        {{"symbols/arrows", "symbols/comparison"}, "a -> b, x >= 1/2", "a → b, x ≥ 1/2"},
        // Must not fire: no row is on.
        {{"dash/em"}, "(c) 2024, +-5, a -> b...", "(c) 2024, +-5, a -> b..."},
    });
}

TEST_CASE("glyph table: at one token a later row reads the glyph an earlier row wrote there") {
    check_cases({
        // punctuation/ellipsis: the row of the dots writes `…`, and the row of `…` spaces the
        // word after it.
        {{"punctuation/ellipsis"}, "Итак...Далее", "Итак… Далее"},
        // `!?` is turned, and the `!` it ends with makes no `!=`.
        {{"punctuation/question-exclamation", "symbols/comparison"}, "a!?= b", "a?!= b"},
        {{"punctuation/question-exclamation", "symbols/comparison"}, "a != b", "a ≠ b"},
        // Must not fire: `<-` is an arrow, so no `<=` is read from it.
        {{"symbols/arrows", "symbols/comparison"}, "a <- b <= c", "a ← b ≤ c"},
    });
}

TEST_CASE("glyph table: a row reads a glyph written before it in the text as the text it was made of") {
    check_cases({
        // The factor after `x` is a fraction either way: `12×½`.
        {{"symbols/*"}, "размер 12 x 1/2 дюйма", "размер 12×½ дюйма"},
        {{"symbols/*"}, "размер 12x1/2 дюйма", "размер 12×½ дюйма"},
        {{"symbols/*"}, "размер 12 x ½ дюйма", "размер 12×½ дюйма"},
        // A fraction is the operand of a comparison and the brand before a sign.
        {{"symbols/*"}, "1/2>=3 и 1/2 >= 1/4", "½≥3 и ½ ≥ ¼"},
        {{"symbols/*"}, "Бренд1/2(r)", "Бренд1/2®"},
        // Must not fire: the hyphen of `+-` and `<-` reads as its sign, a mark before `(c)`.
        {{"symbols/*"}, "+-(r)", "±(r)"},
        {{"symbols/*"}, "<-(c)", "←(c)"},
    });
}
