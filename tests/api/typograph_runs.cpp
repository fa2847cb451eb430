// typograph_runs(): the public run-based entry. Runs are typeset as one paragraph (quotes pair
// across them), each keeps its own text, verbatim runs never change, and options reach it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "verstka/typograph.hpp"

namespace {

using verstka::TextRun;

const std::string kNbsp = "\u00A0";

std::vector<std::string> texts(const std::vector<TextRun>& runs) {
    std::vector<std::string> out;
    for (const TextRun& run : runs) out.push_back(run.text);
    return out;
}

struct Case {
    const char* name;
    std::vector<TextRun> input;
    std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("typograph_runs: quotes pair and NBSPs land across runs; each run keeps its text") {
    const Case cases[] = {
        {"quote opened before emphasis, closed after it",
         {{"он сказал \"", false}, {"да", false}, {"\" - и ушел", false}},
         {"он" + kNbsp + "сказал «", "да", "»" + kNbsp + "— и" + kNbsp + "ушел"}},
        {"a quote inside a link pairs with one outside",
         {{"\"", false}, {"Ведомости", false}, {"\"", false}},
         {"«", "Ведомости", "»"}},
        {"verbatim (inline code) is never changed, its neighbours are",
         {{"команда ", false}, {"a - \"b\"", true}, {" и \"x\"", false}},
         {"команда ", "a - \"b\"", " и" + kNbsp + "«x»"}},
        {"one run is plain typograph()",
         {{"в Сочи - \"тепло\"", false}},
         {"в" + kNbsp + "Сочи" + kNbsp + "— «тепло»"}},
        {"NOT: text without anything to change stays byte for byte",
         {{"abc ", false}, {"def", false}},
         {"abc ", "def"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        std::vector<TextRun> runs = c.input;
        const verstka::Diagnostics diagnostics = verstka::typograph_runs(runs);
        CHECK(texts(runs) == c.expected);
        CHECK(diagnostics.empty());
        REQUIRE(runs.size() == c.input.size());
        for (std::size_t i = 0; i < runs.size(); ++i) CHECK(runs[i].verbatim == c.input[i].verbatim);
    }
}

TEST_CASE("typograph_runs: no runs, empty runs and invalid UTF-8 never fail") {
    std::vector<TextRun> none;
    CHECK(verstka::typograph_runs(none).empty());
    CHECK(none.empty());
    std::vector<TextRun> empty{{"", false}, {"", true}, {"", false}};
    verstka::typograph_runs(empty);
    CHECK(texts(empty) == std::vector<std::string>{"", "", ""});
    std::vector<TextRun> broken{{"a\xff", false}, {"\xfe", true}};
    verstka::typograph_runs(broken);
    CHECK(broken[0].text == "a\uFFFD");
    CHECK(broken[1].text == "\xfe");  // verbatim: kept as given
}

TEST_CASE("typograph_runs: rule switches and English quotes reach the engine") {
    verstka::TypographOptions no_nbsp;
    no_nbsp.disable = {"nbsp/*"};
    std::vector<TextRun> runs{{"в Сочи", false}};
    verstka::typograph_runs(runs, no_nbsp);
    CHECK(runs[0].text == "в Сочи");

    // A Latin quotation in Russian text: «» by default (TYPOGRAPHY.md v2), across the runs;
    // English quotes only when asked for.
    std::vector<TextRun> russian{{"он сказал \"", false}, {"hello world", false}, {"\"", false}};
    verstka::typograph_runs(russian);
    CHECK(texts(russian) == std::vector<std::string>{"он" + kNbsp + "сказал «", "hello world", "»"});
    verstka::TypographOptions english;
    english.english_quotes_for_latin = true;
    std::vector<TextRun> latin{{"он сказал \"", false}, {"hello world", false}, {"\"", false}};
    verstka::typograph_runs(latin, english);
    CHECK(texts(latin) == std::vector<std::string>{"он" + kNbsp + "сказал “", "hello world", "”"});
}

TEST_CASE("typograph_runs: an unbalanced quote is reported with its place in the joined text") {
    std::vector<TextRun> runs{{"он сказал ", false}, {"\"да", false}};
    const verstka::Diagnostics diagnostics = verstka::typograph_runs(runs);
    REQUIRE(!diagnostics.empty());
    CHECK(diagnostics[0].line == 1);
    CHECK(diagnostics[0].column > 1);
}
