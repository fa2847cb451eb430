// typography/glyphs.hpp is the list of every character the engine writes: each entry is made
// by its example, has an entity, and nothing the engine writes on the rule examples and the
// corpus is missing from it.
#include "typography/glyphs.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>

#include "common/utf8.hpp"
#include "rule_cases.hpp"
#include "typography/rule.hpp"
#include "verstka/typograph.hpp"

namespace {

using verstka::detail::typo::Glyph;
using verstka::detail::typo::kGlyphs;
namespace chars = verstka::detail::chars;
namespace utf8 = verstka::detail::utf8;

std::set<char32_t> non_ascii(std::string_view text) {
    std::set<char32_t> out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::decode(text, i);
        if (c >= 0x80) out.insert(c);
    }
    return out;
}

bool listed(char32_t c) {
    for (const Glyph& g : kGlyphs) {
        if (g.written->cp == c) return true;
    }
    return false;
}

verstka::TypographOptions options_for(const Glyph& g) {
    verstka::TypographOptions options;
    options.english_quotes_for_latin = g.english;
    return options;
}

// Every character in `output` that `input` did not hold is one the glyph list names.
void check_written(std::string_view input, std::string_view output) {
    const std::set<char32_t> before = non_ascii(input);
    for (char32_t c : non_ascii(output)) {
        if (before.count(c) != 0) continue;
        CHECK_MESSAGE(listed(c), "U+", std::hex, static_cast<unsigned>(c), " written for ",
                      verstka::test::show(std::string(input)), " is not in typography/glyphs.hpp");
    }
}

}  // namespace

TEST_CASE("glyphs: each listed character is written by its example and has an entity") {
    for (const Glyph& g : kGlyphs) {
        const std::string out = verstka::typograph(g.example, options_for(g)).text;
        CHECK_MESSAGE(verstka::typograph(out, options_for(g)).text == out,
                      "not idempotent: ", g.written->entity);
        CHECK_MESSAGE(out.find(g.written->utf8) != std::string::npos, g.written->entity, ": ",
                      verstka::test::show(std::string(g.example)), " gave ", verstka::test::show(out));
        const chars::Named* in_table = chars::by_code_point(g.written->cp);
        REQUIRE(in_table != nullptr);
        CHECK(in_table->entity == g.written->entity);
        CHECK(!g.source.empty());
    }
}

TEST_CASE("glyphs: the rule examples and the corpus write no character outside the list") {
    std::size_t count = 0;
    const verstka::detail::typo::Rule* const* rules = verstka::detail::typo::all_rules(count);
    for (std::size_t r = 0; r < count; ++r) {
        const verstka::detail::typo::RuleExamples* examples =
            verstka::detail::typo::rule_examples(rules[r]->id);
        REQUIRE(examples != nullptr);
        for (std::size_t e = 0; e < examples->count; ++e) {
            const std::string_view input = examples->examples[e].input;
            check_written(input, verstka::typograph(input).text);
            verstka::TypographOptions english;
            english.english_quotes_for_latin = true;
            check_written(input, verstka::typograph(input, english).text);
        }
    }
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file);
    std::string line;
    int lines = 0;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::string input = verstka::test::nbsp(line.substr(0, line.find('\t')));
        check_written(input, verstka::typograph(input).text);
        ++lines;
    }
    CHECK(lines >= 500);
}
