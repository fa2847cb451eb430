// Every diagnostic code: which input triggers it, with its path and source position.
#include <doctest/doctest.h>

#include <string>

#include "article_test_support.hpp"

using verstka::Severity;
using verstka::test::dump;
using verstka::test::find_code;
using verstka::test::parse;

namespace {

struct Case {
    const char* name;
    std::string json;
    const char* code;
    const char* path;
    int line;
    int column;
    Severity severity = Severity::error;
};

std::string blocks(const std::string& list) { return R"({"title":"t","body":[)" + list + "]}"; }

}  // namespace

TEST_CASE("each diagnostic code is reported with its path, line and column") {
    // Columns count characters: a Cyrillic letter is one column though it is two bytes.
    const Case cases[] = {
        {"syntax: bad literal", R"({"title": tru})", "json.syntax", "", 1, 14},
        {"syntax: trailing comma", R"({"a":1,})", "json.syntax", "", 1, 8},
        {"syntax: columns in characters", R"({"title":"жж",})", "json.syntax", "", 1, 15},
        {"syntax: CRLF counts one line", "{\r\n\"a\":1,\r\n}", "json.syntax", "", 3, 1},
        {"syntax: lone CR ends a line", "{\r\"a\":1,\r}", "json.syntax", "", 3, 1},
        {"syntax: empty input", "", "json.syntax", "", 1, 1},
        {"syntax: truncated", "{\"title\":", "json.syntax", "", 1, 10},
        {"syntax: raw control character", "{\"title\":\"a\tb\"}", "json.syntax", "", 1, 12},
        {"syntax: lone surrogate escape", R"({"title":"\ud800"})", "json.syntax", "", 1, 17},
        {"syntax: number overflow", R"({"v":1e400})", "json.syntax", "", 1, 6},
        {"syntax: second BOM", "\xEF\xBB\xBF\xEF\xBB\xBF{}", "json.syntax", "", 1, 1},
        {"syntax: text after the value", R"({} {})", "json.syntax", "", 1, 4},
        {"too deep: 65 arrays", std::string(65, '['), "json.too-deep",
         "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/"
         "0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
         1, 65},
        {"duplicate key: last wins", R"({"title":"a","title":"b","body":[]})", "json.duplicate-key", "/title",
         1, 22, Severity::warning},
        {"bad type: root not an object", "\n  []", "article.bad-type", "", 2, 3},
        {"bad type: title a number", R"({"title":1,"body":[]})", "article.bad-type", "/title", 1, 10},
        {"bad type: body an object", R"({"title":"t","body":{}})", "article.bad-type", "/body", 1, 21},
        {"bad type: v a string", R"({"v":"1","title":"t","body":[]})", "article.bad-type", "/v", 1, 6},
        {"bad type: level a float", blocks(R"({"type":"heading","level":2.5,"text":"x"})"),
         "article.bad-type", "/body/0/level", 1, 48},
        {"bad type: width a string", blocks(R"({"type":"image","src":"a.jpg","width":"100"})"),
         "article.bad-type", "/body/0/width", 1, 60},
        {"bad type: block not an object", blocks("1"), "article.bad-type", "/body/0", 1, 22},
        {"bad type: ordered not a boolean", blocks(R"({"type":"list","ordered":1,"items":["a"]})"),
         "article.bad-type", "/body/0/ordered", 1, 47},
        {"bad type: tag a number", R"({"title":"t","body":[],"tags":["a",2]})", "article.bad-type", "/tags/1",
         1, 36},
        {"missing title", R"({"body":[]})", "article.missing-title", "/title", 1, 1},
        {"missing title: null (points at the null)", R"({"title":null,"body":[]})", "article.missing-title",
         "/title", 1, 10},
        {"missing title: blank with NBSP", "{\"title\":\" \xC2\xA0\\t\",\"body\":[]}",
         "article.missing-title", "/title", 1, 10},
        {"missing body", R"({"title":"t"})", "article.missing-body", "/body", 1, 1},
        {"bad version", R"({"v":2,"title":"t","body":[]})", "article.bad-version", "/v", 1, 6},
        {"unknown field at the root", R"({"title":"t","body":[],"extra":1})", "article.unknown-field",
         "/extra", 1, 32, Severity::warning},
        {"unknown field: pointer escaping", R"({"title":"t","body":[],"a/b~c":1})", "article.unknown-field",
         "/a~1b~0c", 1, 32, Severity::warning},
        {"unknown field in a block", blocks(R"({"type":"divider","x":1})"), "article.unknown-field",
         "/body/0/x", 1, 44, Severity::warning},
        {"unknown field: text in an image block", blocks(R"({"type":"image","src":"a.jpg","text":"x"})"),
         "article.unknown-field", "/body/0/text", 1, 59, Severity::warning},
        {"unknown field in the cover", R"({"title":"t","body":[],"cover":{"src":"a","w":1}})",
         "article.unknown-field", "/cover/w", 1, 47, Severity::warning},
        {"unknown field in an author", R"({"title":"t","body":[],"authors":[{"name":"a","mail":"m"}]})",
         "article.unknown-field", "/authors/0/mail", 1, 54, Severity::warning},
        {"unknown field in the source", R"({"title":"t","body":[],"source":{"name":"a","x":1}})",
         "article.unknown-field", "/source/x", 1, 49, Severity::warning},
        {"unknown field in links", R"({"title":"t","body":[],"links":{"prev":{}}})", "article.unknown-field",
         "/links/prev", 1, 40, Severity::warning},
        {"unknown field in links.full", R"({"title":"t","body":[],"links":{"full":{"url":"u","title":"x"}}})",
         "article.unknown-field", "/links/full/title", 1, 59, Severity::warning},
        {"bad block type", blocks(R"({"type":"video"})"), "article.bad-block-type", "/body/0/type", 1, 30},
        {"bad heading level 1", blocks(R"({"type":"heading","level":1,"text":"x"})"),
         "article.bad-heading-level", "/body/0/level", 1, 48},
        {"bad heading level 5", blocks(R"({"type":"heading","level":5,"text":"x"})"),
         "article.bad-heading-level", "/body/0/level", 1, 48},
        {"bad age rating", R"({"title":"t","body":[],"ageRating":"21+"})", "article.bad-age-rating",
         "/ageRating", 1, 36},
        {"bad age rating: no plus", R"({"title":"t","body":[],"ageRating":"18"})", "article.bad-age-rating",
         "/ageRating", 1, 36},
        {"bad date: no offset", R"({"title":"t","body":[],"published":"2024-09-13T10:00:00"})",
         "article.bad-date", "/published", 1, 36},
        {"bad date: 29 February 2023", R"({"title":"t","body":[],"updated":"2023-02-29T10:00:00Z"})",
         "article.bad-date", "/updated", 1, 34},
        {"bad image size: zero", blocks(R"({"type":"image","src":"a.jpg","width":0})"),
         "article.bad-image-size", "/body/0/width", 1, 60},
        {"bad image size: negative cover height",
         R"({"title":"t","body":[],"cover":{"src":"a","height":-5}})", "article.bad-image-size",
         "/cover/height", 1, 52},
        {"bad image size: too big", blocks(R"({"type":"image","src":"a.jpg","width":100001})"),
         "article.bad-image-size", "/body/0/width", 1, 60},
        {"bad embed provider", blocks(R"({"type":"embed","provider":"facebook","url":"u"})"),
         "article.bad-embed-provider", "/body/0/provider", 1, 49},
        {"bad embed provider: case matters", blocks(R"({"type":"embed","provider":"YouTube","url":"u"})"),
         "article.bad-embed-provider", "/body/0/provider", 1, 49},
        {"missing field: paragraph without text (points at the block)", blocks(R"({"type":"paragraph"})"),
         "article.missing-field", "/body/0/text", 1, 22},
        {"missing field: empty paragraph text", blocks(R"({"type":"paragraph","text":""})"),
         "article.missing-field", "/body/0/text", 1, 49},
        {"missing field: block without type", blocks(R"({"text":"x"})"), "article.missing-field",
         "/body/0/type", 1, 22},
        {"missing field: image without src", blocks(R"({"type":"image","alt":"a"})"), "article.missing-field",
         "/body/0/src", 1, 22},
        {"missing field: list without items", blocks(R"({"type":"list","items":[]})"),
         "article.missing-field", "/body/0/items", 1, 45},
        {"missing field: blank list item", blocks(R"({"type":"list","items":["a"," "]})"),
         "article.missing-field", "/body/0/items/1", 1, 50},
        {"missing field: embed without url", blocks(R"({"type":"embed","provider":"vk"})"),
         "article.missing-field", "/body/0/url", 1, 22},
        {"missing field: author without name", R"({"title":"t","body":[],"authors":[{}]})",
         "article.missing-field", "/authors/0/name", 1, 35},
        {"missing field: links.next without url", R"({"title":"t","body":[],"links":{"next":{"title":"x"}}})",
         "article.missing-field", "/links/next/url", 1, 40},
        {"missing field: blank tag", R"({"title":"t","body":[],"tags":[""]})", "article.missing-field",
         "/tags/0", 1, 32},
        {"NUL character in a string", R"({"title":"a\u0000b","body":[]})", "article.nul-character", "/title",
         1, 10},
        {"NUL character in a list item", blocks(R"({"type":"list","items":["\u0000"]})"),
         "article.nul-character", "/body/0/items/0", 1, 46},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const auto p = parse(c.json);
        INFO(dump(p.diagnostics));
        const verstka::Diagnostic* d = find_code(p.diagnostics, c.code);
        REQUIRE(d != nullptr);
        CHECK(d->severity == c.severity);
        CHECK(d->path == c.path);
        CHECK(d->line == c.line);
        CHECK(d->column == c.column);
        CHECK_FALSE(d->message.empty());
        CHECK(p.article.has_value() == (c.severity == Severity::warning));
    }
}

TEST_CASE("rules that must not fire on valid values") {
    const std::string fine[] = {
        blocks(R"({"type":"heading","level":2,"text":"x"})"),
        blocks(R"({"type":"heading","level":3,"text":"x"})"),
        blocks(R"({"type":"heading","level":4,"text":"x"})"),
        blocks(R"({"type":"heading","text":"no level means 2"})"),
        R"({"title":"t","body":[],"ageRating":"0+"})",
        R"({"title":"t","body":[],"ageRating":"6+"})",
        R"({"title":"t","body":[],"ageRating":"12+"})",
        R"({"title":"t","body":[],"ageRating":"16+"})",
        R"({"title":"t","body":[],"ageRating":"18+"})",
        R"({"title":"t","body":[],"ageRating":null,"updated":null,"cover":null})",
        blocks(R"({"type":"embed","provider":"youtube","url":"u"})"),
        blocks(R"({"type":"embed","provider":"rutube","url":"u"})"),
        blocks(R"({"type":"embed","provider":"vk","url":"u"})"),
        blocks(R"({"type":"embed","provider":"telegram","url":"u"})"),
        blocks(R"({"type":"image","src":"a.jpg","width":1,"height":100000})"),
        R"({"v":1,"title":" t ","body":[],"$schema":"../schema/article.schema.json"})",
        R"({"title":"a\\u0000 is only text here","body":[]})",
        R"({"title":"t","body":[],"published":"2024-02-29T23:59:59.5-05:30"})",
        // Integral floats are integers, as in JSON Schema.
        R"({"v":1.0,"title":"t","body":[],"cover":{"src":"a","width":1.2e3,"height":800.0}})",
    };
    for (const std::string& json : fine) {
        CAPTURE(json);
        const auto p = parse(json);
        INFO(verstka::test::dump(p.diagnostics));
        CHECK(p.diagnostics.empty());
        CHECK(p.article.has_value());
    }
}

TEST_CASE("messages name the field and the expected form") {
    const auto p = parse(R"({"title":"t","body":[{"type":"heading","level":7,"text":"x"}]})");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message.find("\"level\"") != std::string::npos);
    CHECK(p.diagnostics[0].message.find("2, 3 or 4") != std::string::npos);

    const auto q = parse(R"({"title":["t"],"body":[]})");
    REQUIRE(q.diagnostics.size() == 1);
    CHECK(q.diagnostics[0].message == "\"title\" of the article must be a string, not an array");
}

TEST_CASE("a multi-line article locates problems on their own lines") {
    const std::string json =
        "{\r\n"
        "  \"title\": \"Заголовок\",\r\n"
        "  \"body\": [\r\n"
        "    { \"type\": \"paragraph\", \"text\": \"Первый\" },\r\n"
        "    { \"type\": \"heading\", \"level\": 9, \"text\": \"Второй\" }\r\n"
        "  ],\r\n"
        "  \"ageRating\": \"99+\"\r\n"
        "}\r\n";
    const auto p = parse(json);
    INFO(dump(p.diagnostics));
    REQUIRE(p.diagnostics.size() == 2);
    // Reported in source order, not in the DOM's alphabetical member order.
    CHECK(p.diagnostics[0].code == "article.bad-heading-level");
    CHECK(p.diagnostics[0].line == 5);
    CHECK(p.diagnostics[0].column == 35);
    CHECK(p.diagnostics[1].code == "article.bad-age-rating");
    CHECK(p.diagnostics[1].line == 7);
    CHECK(p.diagnostics[1].column == 16);
}

TEST_CASE("syntax errors after a whole token point at the token's start") {
    struct Case {
        const char* json;
        int column;
    };
    const Case cases[] = {
        {R"({"type": "paragraph" "text": "x"})", 22},  // the unexpected string literal
        {R"({"a": 1 2})", 9},                          // the unexpected number
        {R"({"a": "x\"y" "b"})", 14},                  // escaped quotes are stepped over
        {R"([1, 2 true])", 7},                         // the unexpected literal
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        const auto p = parse(c.json);
        const verstka::Diagnostic* d = find_code(p.diagnostics, "json.syntax");
        REQUIRE(d != nullptr);
        CHECK(d->line == 1);
        CHECK(d->column == c.column);
    }
}
