// Pathological paragraphs: the number of warnings is capped per code and paragraph, positions
// stay right after the single pass that finds them, and inserted spaces all land. Timings are
// measured by hand (bench/complexity.mjs); these checks are the deterministic part.
#include <doctest/doctest.h>

#include <string>

#include "verstka/typograph.hpp"

namespace {

std::string times(std::string_view unit, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += unit;
    return out;
}

std::size_t count(const verstka::Diagnostics& ds, std::string_view code) {
    std::size_t n = 0;
    for (const verstka::Diagnostic& d : ds) n += d.code == code ? 1 : 0;
    return n;
}

std::size_t occurrences(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("complexity: warnings are capped at 20 per code, then summed up once") {
    struct Case {
        std::string name;
        std::string input;
        std::string_view code;
        std::size_t found;  // warnings of `code` the paragraph has in all (a name pair is found both ways)
    };
    const Case cases[] = {
        {"unclosed straight quotes", times("\"а ", 1000), "typography.unbalanced-quotes", 1000},
        {"unclosed guillemets", times("«а ", 1000), "typography.unbalanced-quotes", 1000},
        {"opening brackets", times("[", 5000), "typography.unbalanced-brackets", 5000},
        {"repeated word", times("слово ", 1000), "typography.repeated-word", 999},
        {"latin name", times("Elena Канюк ", 500), "typography.latin-name", 999},
        {"mixed-script words", times("Мocква и ", 100), "typography.mixed-script-word", 100},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const verstka::TypographResult r = verstka::typograph(c.input);
        CHECK(count(r.diagnostics, c.code) == 20);
        REQUIRE(count(r.diagnostics, "typography.too-many-warnings") == 1);
        const verstka::Diagnostic& last = r.diagnostics.back();
        CHECK(last.code == "typography.too-many-warnings");
        CHECK(last.severity == verstka::Severity::warning);
        CHECK(last.message.find(std::to_string(c.found - 20) + " more " + std::string(c.code)) == 0);
        CHECK(last.line == 1);
        CHECK(last.column == 1);
    }
}

TEST_CASE("complexity: no summary at the cap itself (must not fire)") {
    for (std::size_t n : {1u, 19u, 20u}) {
        CAPTURE(n);
        const verstka::TypographResult r = verstka::typograph(times("[", n));
        CHECK(count(r.diagnostics, "typography.unbalanced-brackets") == n);
        CHECK(count(r.diagnostics, "typography.too-many-warnings") == 0);
    }
    const verstka::TypographResult r = verstka::typograph(times("[", 21));
    CHECK(count(r.diagnostics, "typography.unbalanced-brackets") == 20);
    CHECK(count(r.diagnostics, "typography.too-many-warnings") == 1);
}

TEST_CASE("complexity: the cap counts each code and each paragraph on its own") {
    // Two lines are two paragraphs: each has its own 20 and its own summary, on its own line.
    const std::string input = times("[", 30) + " " + times("слово ", 30) + "\n" + times("]а ", 25);
    const verstka::TypographResult r = verstka::typograph(input);
    CHECK(count(r.diagnostics, "typography.unbalanced-brackets") == 40);
    CHECK(count(r.diagnostics, "typography.repeated-word") == 20);
    REQUIRE(count(r.diagnostics, "typography.too-many-warnings") == 3);
    int second_line = 0;
    for (const verstka::Diagnostic& d : r.diagnostics) {
        if (d.code == "typography.too-many-warnings" && d.line == 2) ++second_line;
    }
    CHECK(second_line == 1);
}

TEST_CASE("complexity: positions from one pass match the order the warnings are found in") {
    // Brackets are reported after quotes but stand before them; each keeps its own column.
    const verstka::TypographResult r = verstka::typograph("[а «б\nон) г г");
    REQUIRE(r.diagnostics.size() == 4);
    struct Want {
        std::string_view code;
        int line;
        int column;
    };
    const Want want[] = {
        {"typography.unbalanced-quotes", 1, 4},
        {"typography.unbalanced-brackets", 1, 1},
        {"typography.unbalanced-brackets", 2, 3},
        {"typography.repeated-word", 2, 7},
    };
    // The order inside a paragraph is by code group; find each one by code and line.
    for (const Want& w : want) {
        CAPTURE(w.code);
        CAPTURE(w.line);
        bool found = false;
        for (const verstka::Diagnostic& d : r.diagnostics) {
            if (d.code == w.code && d.line == w.line && d.column == w.column) found = true;
        }
        CHECK(found);
    }
}

TEST_CASE("complexity: every inserted space lands, in one rebuild of the paragraph") {
    const std::size_t n = 20000;
    struct Case {
        std::string name;
        std::string input;
        std::string_view unit;  // what each repetition becomes
        std::size_t expected;
    };
    const Case cases[] = {
        {"comma glued to a word", times("а,", n) + "а", "а, ", n},
        {"ellipsis glued to a word", times("а...", n) + "а", "а… ", n},
        {"ellipsis character", times("а…", n) + "а", "а… ", n},
        {"numero glued to a number", times("№5 ", n),
         "№\xC2\xA0"
         "5",
         n},
        {"run of numero signs", times("№", n) + "5",
         "№\xC2\xA0"
         "5",
         1},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const std::string out = verstka::typograph(c.input).text;
        CHECK(occurrences(out, c.unit) == c.expected);
    }
    CHECK(verstka::typograph(times("№", n) + "5").text ==
          "№\xC2\xA0"
          "5");
}

TEST_CASE("complexity: a run of initials binds its last three to the surname, read a few initials each way") {
    // Each gap reads the run beside it at most three initials either way: a run of 20,000 took
    // 38 s when every gap read the whole run.
    const std::string out = verstka::typograph(times("А. ", 20000) + "Пушкин").text;
    CHECK(occurrences(out, "\xC2\xA0") == 3);
    CHECK(out.substr(out.size() - 27) == "А.\xC2\xA0А.\xC2\xA0А.\xC2\xA0Пушкин");
}
