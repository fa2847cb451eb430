// The founding article (shared/seeds/000_0ccc95fcf4c41f0c.txt) through the full engine.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "rule_cases.hpp"
#include "typography/typographer.hpp"

namespace {

using verstka::test::nbsp;
using verstka::test::show;

std::string typeset(std::string_view text, verstka::Diagnostics* d = nullptr) {
    static const verstka::detail::Typographer engine;
    return engine.typeset(text, d);
}

bool has(const std::string& haystack, std::string_view needle) {
    return haystack.find(nbsp(needle)) != std::string::npos;
}

}  // namespace

TEST_CASE("seed article: first paragraph") {
    const std::string out = typeset(
        "13 сентября. В Сочи делегация Всероссийской недели охраны труда (ВНОТ-2024) посетила "
        "социальные учреждения города. Напомним, Всероссийская неделя охраны труда (18+) "
        "проходит с 10 по 13 сентября на федеральной территории Сириус.");
    INFO(show(out));
    CHECK(has(out, "13⍽сентября. В⍽Сочи делегация"));
    CHECK(has(out, "(ВНОТ-2024)"));
    CHECK(has(out, "труда (18+) проходит"));
    CHECK(has(out, "с⍽10 по⍽13⍽сентября на⍽федеральной"));
}

TEST_CASE("seed article: quotes and initials") {
    const std::string out = typeset(
        "работа центра цифрового образования детей \"IT-куб\", расположенному на базе "
        "\"Центра творческого развития\". Затем они посетили цифровой дом \"Юнармии\", "
        "художнике Д. Д. Жилинском, имя которого носит музей с 2019 года.");
    INFO(show(out));
    CHECK(has(out, "детей «IT-куб», расположенному на⍽базе «Центра творческого развития»."));
    CHECK(has(out, "дом «Юнармии»,"));
    CHECK(has(out, "художнике Д.⍽Д.⍽Жилинском, имя"));
    CHECK(has(out, "музей с⍽2019 года."));
}

TEST_CASE("seed article: the closing quotation keeps Elena and binds the dashes") {
    verstka::Diagnostics diagnostics;
    const std::string out = typeset(
        "— Традиционно на Всероссийской неделе охраны труда представляют лучшие практики, "
        "эффективные управленческие подходы, — отметила Elena Канюк, заместитель главы Сочи.",
        &diagnostics);
    INFO(show(out));
    CHECK(out.rfind(nbsp("—⍽Традиционно на⍽Всероссийской"), 0) == 0);
    CHECK(has(out, "подходы,⍽— отметила Elena Канюк, заместитель главы Сочи."));
    bool latin_name = false;
    for (const verstka::Diagnostic& d : diagnostics) {
        if (d.code == "typography.latin-name") {
            latin_name = true;
            CHECK(d.severity == verstka::Severity::warning);
            CHECK(d.line == 1);
            CHECK(d.column == 129);
        }
    }
    CHECK(latin_name);
}

TEST_CASE("seed article: the whole text is stable") {
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/typography/seed_article.txt");
    REQUIRE(file);
    std::stringstream buffer;
    buffer << file.rdbuf();
    const verstka::TypographResult once = verstka::typograph(buffer.str());
    const verstka::TypographResult twice = verstka::typograph(once.text);
    CHECK(once.text == twice.text);
    CHECK(once.text.find("Elena Канюк") != std::string::npos);
    CHECK(once.text.find(nbsp("на⍽сайте >>>")) != std::string::npos);
}
