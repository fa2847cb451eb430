// Diagnostics for editors: codes, positions, and that they never change the text.
#include <doctest/doctest.h>

#include "rule_cases.hpp"
#include "typography/engine.hpp"
#include "typography/typographer.hpp"
#include "verstka/typograph.hpp"

namespace {

struct Expected {
    std::string_view input;
    std::string_view code;  // empty: no diagnostic at all
    int line;
    int column;
};

}  // namespace

TEST_CASE("diagnostics: codes and positions") {
    const Expected cases[] = {
        {"отметила Elena Канюк, заместитель", "typography.latin-name", 1, 10},
        {"Елена Kanyuk сказала", "typography.latin-name", 1, 1},
        {"сказал Иван Smith вчера", "typography.latin-name", 1, 8},
        {"Турист из Великобритании Oliver Grant признался", "", 0, 0},
        {"по словам John Smith Иванов", "", 0, 0},
        {"в Мocкве", "typography.mixed-script-word", 1, 3},
        {"он сказал \"да", "typography.unbalanced-quotes", 1, 11},
        {"первая строка\nвторая «строка", "typography.unbalanced-quotes", 2, 8},
        {"скобка (не закрыта", "typography.unbalanced-brackets", 1, 8},
        {"лишняя скобка) тут", "typography.unbalanced-brackets", 1, 14},
        {"это это повтор", "typography.repeated-word", 1, 5},
        {"ИА SochiMedia со ссылкой", "", 0, 0},
        {"1) пункт; а) пункт :)", "", 0, 0},
        {"«Проект „Север“ готов»", "", 0, 0},
        {"еле-еле и компания Apple", "", 0, 0},
    };
    for (const Expected& e : cases) {
        const verstka::TypographResult result = verstka::typograph(e.input);
        INFO(e.input);
        if (e.code.empty()) {
            CHECK(result.diagnostics.empty());
            continue;
        }
        REQUIRE(result.diagnostics.size() == 1);
        const verstka::Diagnostic& d = result.diagnostics.front();
        CHECK(d.code == e.code);
        CHECK(d.severity == verstka::Severity::warning);
        CHECK(d.line == e.line);
        CHECK(d.column == e.column);
        CHECK(!d.message.empty());
    }
}

TEST_CASE("diagnostics never change the text") {
    const std::string_view input = "отметила Elena Канюк, в Мocкве";
    const verstka::TypographResult result = verstka::typograph(input);
    CHECK(result.text.find("Elena Канюк") != std::string::npos);
    CHECK(result.text.find("Мocкве") != std::string::npos);
    CHECK(result.diagnostics.size() == 2);
}

namespace {

struct Note {
    std::string_view code;
    int line;
    int column;
};

struct Sequence {
    std::string_view input;
    bool html;
    std::vector<Note> notes;  // in the order they are reported
};

}  // namespace

TEST_CASE("diagnostics: quotes, then brackets, then words in text order, positions across markup") {
    const Sequence cases[] = {
        {"лишняя) «кавычка и мiр мiр",
         false,
         {{"typography.unbalanced-quotes", 1, 9},
          {"typography.unbalanced-brackets", 1, 7},
          {"typography.mixed-script-word", 1, 20},
          {"typography.repeated-word", 1, 24},
          {"typography.mixed-script-word", 1, 24}}},
        // Columns count code points past the first eight bytes too.
        {"ааааааааааааааааааааа (", false, {{"typography.unbalanced-brackets", 1, 23}}},
        // A word pair and a name read across inline markup; a position counts the tags.
        {"<p>это <b>это</b> повтор</p>", true, {{"typography.repeated-word", 1, 11}}},
        {"<p>Elena <b>Канюк</b> сказала</p>", true, {{"typography.latin-name", 1, 4}}},
        {"<p>первая</p>\n<p>вторая <i>(</i>скобка</p>", true, {{"typography.unbalanced-brackets", 2, 14}}},
        {"<p>строка\nещё <!-- c -->строка «да</p>", true, {{"typography.unbalanced-quotes", 2, 22}}},
    };
    for (const Sequence& s : cases) {
        INFO(s.input);
        verstka::TypographOptions options;
        if (s.html) options.mode = verstka::TextMode::html;
        const verstka::TypographResult result = verstka::typograph(s.input, options);
        REQUIRE(result.diagnostics.size() == s.notes.size());
        for (std::size_t k = 0; k < s.notes.size(); ++k) {
            CHECK(result.diagnostics[k].code == s.notes[k].code);
            CHECK(result.diagnostics[k].line == s.notes[k].line);
            CHECK(result.diagnostics[k].column == s.notes[k].column);
        }
    }
}

TEST_CASE("diagnostics of runs point into the joined runs, a verbatim run included") {
    std::vector<verstka::detail::TextRun> runs = {
        {"он сказал ", false}, {"\"да и ", false}, {"x", true}, {" это это (", false}};
    verstka::Diagnostics notes;
    verstka::detail::Typographer().typeset(runs, &notes);
    const Note expected[] = {{"typography.unbalanced-quotes", 1, 11},
                             {"typography.unbalanced-brackets", 1, 27},
                             {"typography.repeated-word", 1, 23}};
    REQUIRE(notes.size() == std::size(expected));
    for (std::size_t k = 0; k < notes.size(); ++k) {
        CHECK(notes[k].code == expected[k].code);
        CHECK(notes[k].line == expected[k].line);
        CHECK(notes[k].column == expected[k].column);
    }
}

TEST_CASE("diagnostics are the same with every rule switched off") {
    // No rule reads the kind index then: the notes build it themselves.
    verstka::TypographOptions off;
    off.disable = {"*"};
    const std::string_view input = "лишняя) «кавычка и мiр мiр";
    const verstka::TypographResult on = verstka::typograph(input);
    const verstka::TypographResult bare = verstka::typograph(input, off);
    REQUIRE(bare.diagnostics.size() == on.diagnostics.size());
    for (std::size_t k = 0; k < on.diagnostics.size(); ++k) {
        CHECK(bare.diagnostics[k].code == on.diagnostics[k].code);
        CHECK(bare.diagnostics[k].column == on.diagnostics[k].column);
    }
}

TEST_CASE("diagnostics when the last rule moved tokens after the last kind lookup") {
    // space/before-punctuation alone erases the space before the comma and nothing asks for
    // the tokens by kind after it: the notes build the kind index again.
    const verstka::detail::typo::Engine engine(verstka::TypographOptions{}, {"space/before-punctuation"});
    verstka::detail::typo::Paragraph paragraph;
    const std::vector<verstka::detail::typo::Piece> pieces = {{"мiр , это это (скобка"}};
    verstka::Diagnostics notes;
    engine.process(pieces, paragraph, true, &notes);
    const Note expected[] = {{"typography.unbalanced-brackets", 1, 15},
                             {"typography.mixed-script-word", 1, 1},
                             {"typography.repeated-word", 1, 11}};
    REQUIRE(notes.size() == std::size(expected));
    for (std::size_t k = 0; k < notes.size(); ++k) {
        CHECK(notes[k].code == expected[k].code);
        CHECK(notes[k].column == expected[k].column);
    }
}
