// Bad and hostile input to the plain-text importer: each gives diagnostics, never a crash, and
// what comes back as ok is an article the validator accepts.
#include <doctest/doctest.h>

#include <string>

#include "verstka/import.hpp"

using verstka::import_text;
using verstka::ImportResult;

namespace {

std::string first_error(const ImportResult& r) {
    for (const verstka::Diagnostic& d : r.diagnostics) {
        if (d.severity == verstka::Severity::error) return d.code;
    }
    return "";
}

bool has_code(const ImportResult& r, const std::string& code) {
    for (const verstka::Diagnostic& d : r.diagnostics) {
        if (d.code == code) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("texts the importer refuses give one error that says why, and no article") {
    struct Case {
        std::string text;
        const char* meta;
        const char* error;
    };
    std::string many_lines;
    for (int i = 0; i < 10001; ++i) many_lines += "Строка.\n";
    std::string many_blocks = "Заголовок\n";
    for (int i = 0; i < 2002; ++i) many_blocks += "Абзац.\n";
    const Case cases[] = {
        {"", "", "import.empty"},
        {" \n\t\r\n\xC2\xA0\n", "", "import.empty"},
        {std::string(4 * 1024 * 1024 + 1, 'a'), "", "input.too-large"},
        {many_lines, "", "import.too-many-lines"},
        {many_blocks, "", "article.too-many-blocks"},
        {std::string(1024 * 1024 + 1, 'a'), "", "article.string-too-long"},
        {"Заголовок", "[1]", "import.meta"},
        {"Заголовок", "{", "import.meta"},
        {"Заголовок", R"({"year": 2024.5})", "import.meta"},
        {"Заголовок", R"({"year": "2024"})", "import.meta"},
        {"Заголовок", R"({"url": 5})", "article.bad-type"},
        {"Заголовок", R"({"published": "13 сентября"})", "article.bad-date"},
    };
    for (const Case& c : cases) {
        const std::string expected = c.error;
        CAPTURE(expected);
        const ImportResult r = import_text(c.text, c.meta);
        CHECK_FALSE(r.ok);
        CHECK(r.article_json.empty());
        CHECK(first_error(r) == expected);
    }
}

TEST_CASE("broken encodings and line endings are repaired with a warning or read as they are") {
    SUBCASE("invalid UTF-8 becomes U+FFFD with a warning") {
        const ImportResult r = import_text("Заго\xFFловок\n\nТекст \xC0\xAF.");
        REQUIRE(r.ok);
        CHECK(has_code(r, "import.invalid-utf8"));
        CHECK(r.article_json.find("Заго\xEF\xBF\xBDловок") != std::string::npos);
    }
    SUBCASE("NUL becomes U+FFFD (the article format refuses U+0000)") {
        static const char kText[] = "Заголовок\n\nТекст\0текст.";
        const ImportResult r = import_text(std::string(kText, sizeof kText - 1));
        REQUIRE(r.ok);
        CHECK(r.article_json.find("Текст\xEF\xBF\xBDтекст") != std::string::npos);
    }
    SUBCASE("a BOM is skipped and lone CR ends lines") {
        const ImportResult r = import_text("\xEF\xBB\xBFЗаголовок\r\rЛид\r\rТекст.\r");
        REQUIRE(r.ok);
        CHECK(r.article_json.find("\"title\": \"Заголовок\"") != std::string::npos);
        CHECK(r.article_json.find("\"lead\": \"Лид\"") != std::string::npos);
    }
    SUBCASE("a meta key that is no article field is ignored with a warning") {
        const ImportResult r = import_text("Заголовок", R"({"colour": "red"})");
        REQUIRE(r.ok);
        CHECK(has_code(r, "import.meta"));
        CHECK(r.article_json.find("colour") == std::string::npos);
    }
}

TEST_CASE("a title alone is an article with an empty body") {
    const ImportResult r = import_text("Только заголовок");
    REQUIRE(r.ok);
    CHECK(r.article_json.find("\"body\": []") != std::string::npos);
}
