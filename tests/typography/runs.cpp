// Typographer over the runs of one paragraph: quotes pair and NBSPs land across inline
// markup, verbatim runs are never touched.
#include <doctest/doctest.h>

#include "rule_cases.hpp"
#include "typography/typographer.hpp"

namespace {

using verstka::detail::TextRun;
using verstka::test::nbsp;
using verstka::test::show;

std::vector<TextRun> typeset(std::vector<TextRun> runs) {
    static const verstka::detail::Typographer engine;
    engine.typeset(runs);
    return runs;
}

std::string joined(const std::vector<TextRun>& runs) {
    std::string out;
    for (const TextRun& r : runs) out += r.text + "|";
    return out;
}

struct Case {
    std::vector<TextRun> input;
    std::vector<std::string_view> expected;
};

}  // namespace

TEST_CASE("runs: typeset as one text, written back run by run") {
    const Case cases[] = {
        {{{"он посетил \"", false}, {"IT-куб", false}, {"\" в Сочи", false}},
         {"он⍽посетил «", "IT-куб", "» в⍽Сочи"}},
        {{{"в ", false}, {"Сочи", false}, {" - город", false}}, {"в⍽", "Сочи", "⍽— город"}},
        {{{"команда ", false}, {"a - \"b\"", true}, {" и \"", false}, {"x", true}, {"\"", false}},
         {"команда ", "a - \"b\"", " и⍽«", "x", "»"}},
        {{{"  начало ", false}, {"и", false}, {" конец  ", false}}, {"начало ", "и", "⍽конец"}},
        {{{"13", false}, {" сентября", false}}, {"13", "⍽сентября"}},
        {{{"", false}, {"", true}}, {"", ""}},
    };
    for (const Case& c : cases) {
        const std::vector<TextRun> once = typeset(c.input);
        REQUIRE(once.size() == c.expected.size());
        std::string expected;
        for (std::string_view e : c.expected) expected += nbsp(e) + "|";
        CHECK_MESSAGE(joined(once) == expected, show(joined(once)), " expected ", show(expected));
        CHECK(joined(typeset(once)) == joined(once));
    }
}

TEST_CASE("runs: a plain paragraph") {
    const verstka::detail::Typographer engine;
    CHECK(engine.typeset("в доме") == nbsp("в⍽доме"));
    verstka::Diagnostics diagnostics;
    engine.typeset("он \"ушёл", &diagnostics);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "typography.unbalanced-quotes");
}
