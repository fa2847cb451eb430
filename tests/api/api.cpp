// The public API as a C++ user sees it.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "verstka/verstka.hpp"

namespace {

std::string package_version() {
    std::ifstream in(std::string(VERSTKA_SOURCE_DIR) + "/package.json");
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    const std::size_t key = text.find("\"version\"");
    const std::size_t open = text.find('"', text.find(':', key));
    return text.substr(open + 1, text.find('"', open + 1) - open - 1);
}

const verstka::Diagnostic* find_code(const verstka::Diagnostics& diagnostics, const std::string& code) {
    for (const auto& d : diagnostics) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("api: version() is package.json's version") { CHECK(verstka::version() == package_version()); }

TEST_CASE("api: render_article returns ok, html and no errors for a valid article") {
    const auto r = verstka::render_article(
        R"j({"title": "Заголовок", "body": [{"type": "paragraph", "text": "Текст."}]})j");
    CHECK(r.ok);
    CHECK(r.html.rfind("<article", 0) == 0);
    CHECK_FALSE(verstka::has_errors(r.diagnostics));
}

TEST_CASE("api: a syntax error has a place in the source") {
    const auto r = verstka::render_article("{\n  \"title\": \"T\",\n  \"body\": [,]\n}");
    CHECK_FALSE(r.ok);
    CHECK(r.html.empty());
    const auto* d = find_code(r.diagnostics, "json.syntax");
    REQUIRE(d != nullptr);
    CHECK(d->line == 3);
    CHECK(d->column > 0);
}

TEST_CASE("api: input over the size limit is refused before parsing") {
    verstka::RenderOptions options;
    options.parse.max_input_bytes = 16;
    const auto r = verstka::render_article(R"j({"title": "Заголовок", "body": []})j", options);
    CHECK_FALSE(r.ok);
    CHECK(find_code(r.diagnostics, "input.too-large") != nullptr);
}

TEST_CASE("api: check_input_size gives render_article's size error, and nothing at the limit") {
    const std::string json = R"j({"title": "Заголовок", "body": []})j";
    verstka::ParseOptions limit;
    limit.max_input_bytes = json.size() - 1;
    verstka::RenderOptions options;
    options.parse = limit;
    const auto rendered = verstka::render_article(json, options).diagnostics;
    const auto checked = verstka::check_input_size(json.size(), limit);
    REQUIRE(rendered.size() == 1);
    REQUIRE(checked.size() == 1);
    CHECK(checked[0].code == "input.too-large");
    CHECK(checked[0].message == rendered[0].message);
    CHECK(checked[0].severity == rendered[0].severity);
    CHECK(checked[0].path == rendered[0].path);

    limit.max_input_bytes = json.size();
    CHECK(verstka::check_input_size(json.size(), limit).empty());
    CHECK(verstka::check_input_size(verstka::ParseOptions{}.max_input_bytes).empty());
    CHECK(verstka::check_input_size(verstka::ParseOptions{}.max_input_bytes + 1).size() == 1);
}

TEST_CASE("api: diagnostics from inside a text field point into the JSON source") {
    // The rejected link sits on line 4 of the JSON, after `"text": "Первая строка\n`.
    const std::string json =
        "{\n"
        "  \"title\": \"T\",\n"
        "  \"body\": [\n"
        "    {\"type\": \"markdown\", \"text\": \"Первая строка\\n\\n[ссылка](javascript:alert(1))\"}\n"
        "  ]\n"
        "}\n";
    const auto r = verstka::render_article(json);
    REQUIRE(r.ok);
    const auto* d = find_code(r.diagnostics, "url.rejected");
    REQUIRE(d != nullptr);
    CHECK(d->path == "/body/0/text");
    CHECK(d->line == 4);
    // Column of "[ссылка]" in the source line: after `    {"type": "markdown", "text": "Первая строка\n\n`.
    const std::string before = "    {\"type\": \"markdown\", \"text\": \"Первая строка\\n\\n";
    int expected_column = 1;
    for (unsigned char c : before) expected_column += (c & 0xC0) != 0x80 ? 1 : 0;
    CHECK(d->column == expected_column);
}

TEST_CASE("api: validate_article reports what rendering would report") {
    const auto diagnostics = verstka::validate_article(
        R"j({"title": "T", "body": [{"type": "paragraph", "text": "[x](javascript:y)"}], "extra": 1})j");
    CHECK(find_code(diagnostics, "article.unknown-field") != nullptr);
    CHECK(find_code(diagnostics, "url.rejected") != nullptr);
    CHECK_FALSE(verstka::has_errors(diagnostics));
}

TEST_CASE("api: typography can be switched off") {
    verstka::RenderOptions options;
    options.typography = false;
    const auto r = verstka::render_article(R"j({"title": "\"Да\" - в Сочи", "body": []})j", options);
    REQUIRE(r.ok);
    CHECK(r.html.find(">\"Да\" - в Сочи<") != std::string::npos);
}

TEST_CASE("api: errors give no HTML, warnings do not stop rendering") {
    const auto bad = verstka::render_article(R"j({"body": []})j");
    CHECK_FALSE(bad.ok);
    CHECK(bad.html.empty());
    CHECK(verstka::has_errors(bad.diagnostics));
    const auto warned = verstka::render_article(R"j({"title": "T", "body": [], "mystery": 1})j");
    CHECK(warned.ok);
    CHECK_FALSE(warned.html.empty());
    CHECK_FALSE(verstka::has_errors(warned.diagnostics));
}
