// The `table` and `code` blocks: what the validator reads, and every way they can be wrong.
#include <doctest/doctest.h>

#include <string>

#include "article_test_support.hpp"

using verstka::Severity;
using verstka::detail::BlockType;
using verstka::test::dump;
using verstka::test::find_code;
using verstka::test::parse;

namespace {

std::string with_body(const std::string& block) { return R"({"title":"t","body":[)" + block + "]}"; }

// A table of `rows` rows of `columns` cells each, as JSON.
std::string table_of(std::size_t rows, std::size_t columns) {
    std::string row = "[";
    for (std::size_t c = 0; c < columns; ++c) row += c == 0 ? "\"x\"" : ",\"x\"";
    row += "]";
    std::string json = R"({"type":"table","rows":[)";
    for (std::size_t r = 0; r < rows; ++r) json += (r == 0 ? "" : ",") + row;
    return json + "]}";
}

}  // namespace

TEST_CASE("a table block reads header, rows (ragged allowed, empty cells allowed) and caption") {
    const auto p = parse(with_body(
        R"({"type":"table","header":true,"rows":[["Город","Цена"],["Сочи",""],["Казань"]],"caption":"*Тарифы*"})"));
    INFO(dump(p.diagnostics));
    REQUIRE(p.article);
    CHECK(p.diagnostics.empty());
    const auto& b = p.article->body.at(0);
    CHECK(b.type == BlockType::table);
    CHECK(b.header);
    REQUIRE(b.rows.size() == 3);
    CHECK(b.rows[0] == std::vector<std::string>{"Город", "Цена"});
    CHECK(b.rows[1] == std::vector<std::string>{"Сочи", ""});
    CHECK(b.rows[2] == std::vector<std::string>{"Казань"});
    CHECK(b.caption == "*Тарифы*");
}

TEST_CASE("a table without header is a table of body rows") {
    const auto p = parse(with_body(R"({"type":"table","rows":[["a"]]})"));
    REQUIRE(p.article);
    CHECK_FALSE(p.article->body.at(0).header);
}

TEST_CASE("table mistakes: each gives its code at its path") {
    struct Case {
        const char* block;
        const char* code;
        const char* path;
    };
    const Case cases[] = {
        {R"({"type":"table"})", "article.missing-field", "/body/0/rows"},
        {R"({"type":"table","rows":[]})", "article.missing-field", "/body/0/rows"},
        {R"({"type":"table","rows":"a|b"})", "article.bad-type", "/body/0/rows"},
        {R"({"type":"table","rows":["a"]})", "article.bad-type", "/body/0/rows/0"},
        {R"({"type":"table","rows":[["a",1]]})", "article.bad-type", "/body/0/rows/0/1"},
        {R"({"type":"table","rows":[["a"]],"header":"yes"})", "article.bad-type", "/body/0/header"},
        {R"({"type":"table","rows":[["a"]],"caption":5})", "article.bad-type", "/body/0/caption"},
        {R"({"type":"table","rows":[["a\u0000"]]})", "article.nul-character", "/body/0/rows/0/0"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.block);
        const auto p = parse(with_body(c.block));
        INFO(dump(p.diagnostics));
        CHECK_FALSE(p.article);
        const auto* d = find_code(p.diagnostics, c.code);
        REQUIRE(d);
        CHECK(d->path == c.path);
        CHECK(d->severity == Severity::error);
    }
}

TEST_CASE("a table's limits: 500 rows and 50 columns pass, one more of either is article.table-too-large") {
    CHECK(parse(with_body(table_of(500, 1))).article);
    CHECK(parse(with_body(table_of(1, 50))).article);
    for (const auto& [rows, columns] : {std::pair{501, 1}, std::pair{1, 51}}) {
        CAPTURE(rows);
        CAPTURE(columns);
        const auto p = parse(with_body(table_of(rows, columns)));
        CHECK_FALSE(p.article);
        const auto* d = find_code(p.diagnostics, "article.table-too-large");
        REQUIRE(d);
        CHECK(d->path == "/body/0/rows");
        CHECK(d->message.find(std::to_string(rows) + " rows and " + std::to_string(columns) + " columns") !=
              std::string::npos);
    }
}

TEST_CASE("an unknown field of a table is a warning, not an error") {
    const auto p = parse(with_body(R"({"type":"table","rows":[["a"]],"withHeadings":true})"));
    REQUIRE(p.article);
    const auto* d = find_code(p.diagnostics, "article.unknown-field");
    REQUIRE(d);
    CHECK(d->path == "/body/0/withHeadings");
}

TEST_CASE("a code block reads text verbatim and language as written") {
    const auto p = parse(with_body(
        R"({"type":"code","text":"  if (a < b) {\n\treturn \"x\";\n}","language":"JavaScript 1.8"})"));
    INFO(dump(p.diagnostics));
    REQUIRE(p.article);
    const auto& b = p.article->body.at(0);
    CHECK(b.type == BlockType::code);
    CHECK(b.text == "  if (a < b) {\n\treturn \"x\";\n}");
    CHECK(b.language == "JavaScript 1.8");
}

TEST_CASE("code mistakes: missing or blank text, non-string language") {
    struct Case {
        const char* block;
        const char* code;
        const char* path;
    };
    const Case cases[] = {
        {R"({"type":"code"})", "article.missing-field", "/body/0/text"},
        {R"({"type":"code","text":"  \n "})", "article.missing-field", "/body/0/text"},
        {R"({"type":"code","text":"x","language":["js"]})", "article.bad-type", "/body/0/language"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.block);
        const auto p = parse(with_body(c.block));
        CHECK_FALSE(p.article);
        const auto* d = find_code(p.diagnostics, c.code);
        REQUIRE(d);
        CHECK(d->path == c.path);
    }
}
