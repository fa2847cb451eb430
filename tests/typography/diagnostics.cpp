// Diagnostics for editors: codes, positions, and that they never change the text.
#include <doctest/doctest.h>

#include "rule_cases.hpp"
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
