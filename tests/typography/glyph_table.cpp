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
    CHECK(rows >= 12);
    CHECK(rows <= GlyphTable::kMaxRows);
}

TEST_CASE("glyph table: the rules with rows stand together in the registry, so one pass takes their place") {
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    std::size_t first = count;
    std::size_t last = 0;
    std::size_t with_rows = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (rules[i]->glyph_count == 0) continue;
        const bool pass = rules[i]->apply != nullptr;
        CHECK_MESSAGE(!pass, rules[i]->id, " has rows and a pass");
        first = std::min(first, i);
        last = i;
        ++with_rows;
    }
    CHECK(with_rows == 8);
    CHECK(last - first + 1 == with_rows);
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
        // punctuation/ellipsis: the dots become `…`, whose row spaces the word after it.
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
