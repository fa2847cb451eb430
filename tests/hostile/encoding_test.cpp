// Encoding attacks: every class of invalid UTF-8, NUL and lone surrogate escapes, BOMs,
// line endings. Each is rejected (or accepted) with the documented code and position.
#include <doctest/doctest.h>

#include "hostile_support.hpp"

using namespace verstka;
using namespace verstka::hostile;

TEST_CASE("every class of invalid UTF-8, in every string field position, is input.invalid-utf8 at its byte") {
    struct Bad {
        const char* name;
        std::string bytes;
    };
    const Bad bad[] = {
        {"overlong 2-byte NUL", "\xC0\x80"},
        {"overlong 2-byte '/'", "\xC1\xAF"},
        {"overlong 3-byte", "\xE0\x80\xAF"},
        {"overlong 4-byte", "\xF0\x80\x80\xAF"},
        {"high surrogate", "\xED\xA0\x80"},
        {"low surrogate", "\xED\xBF\xBF"},
        {"surrogate pair as CESU-8", "\xED\xA0\xBD\xED\xB8\x80"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"F5 lead", "\xF5\x80\x80\x80"},
        {"truncated 2-byte", "\xD0"},
        {"truncated 3-byte", "\xE2\x82"},
        {"truncated 4-byte", "\xF0\x9F\x98"},
        {"lone continuation", "\x80"},
        {"continuation run", "\xBF\xBF\xBF"},
        {"0xFF", "\xFF"},
        {"0xFE", "\xFE"},
        {"5-byte form", "\xF8\x88\x80\x80\x80"},
    };
    // The bad bytes go after "ж" in a string value at several places of the article.
    const std::string before_title = "{\"title\":\"\xD0\xB6";
    const std::string templates[] = {
        before_title + "@\",\"body\":[]}",
        "{\"title\":\"t\",\"body\":[{\"type\":\"paragraph\",\"text\":\"\xD0\xB6@\"}]}",
        "{\"title\":\"t\",\"body\":[],\"tags\":[\"\xD0\xB6@\"]}",
        "{\"title\":\"t\",\"body\":[],\"\xD0\xB6@\":1}",  // in a key
        "{\"title\":\"t\",\"body\":[]}\n\xD0\xB6@",       // after the document
    };
    for (const std::string& tpl : templates) {
        for (const Bad& b : bad) {
            std::string json = tpl;
            const std::size_t at = json.find('@');
            json.replace(at, 1, b.bytes);
            CAPTURE(b.name);
            CAPTURE(tpl);
            const RenderResult r = render_timed(std::string("invalid UTF-8: ") + b.name, json);
            INFO(dump(r.diagnostics));
            CHECK_FALSE(r.ok);
            REQUIRE(r.diagnostics.size() == 1);
            const Diagnostic& d = r.diagnostics[0];
            CHECK(d.code == "input.invalid-utf8");
            CHECK(d.path.empty());
            CHECK(d.message.find("byte offset " + std::to_string(at)) != std::string::npos);
            const auto [line, column] = position_of(json, at);
            CHECK(d.line == line);
            CHECK(d.column == column);
        }
    }
}

TEST_CASE("escapes: \\u0000 is article.nul-character, lone surrogates are json.syntax, pairs are fine") {
    struct Case {
        const char* escape;
        const char* code;  // nullptr: accepted
        const char* path;
    };
    const Case cases[] = {
        {"\\u0000", "article.nul-character", "/title"},
        {"a\\u0000b", "article.nul-character", "/title"},
        {"\\ud800", "json.syntax", ""},
        {"\\udc00", "json.syntax", ""},
        {"\\ud800x", "json.syntax", ""},
        {"\\ud800\\u0041", "json.syntax", ""},
        {"\\udbff\\udbff", "json.syntax", ""},
        {"\\udc00\\ud800", "json.syntax", ""},
        {"\\ud83d\\ude00", nullptr, ""},
        {"a\\u2028\\u2029b", nullptr, ""},
        {"a\\ufeff", nullptr, ""},
        {"\\u001f\\u0001", nullptr, ""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.escape);
        const std::string json = std::string("{\"title\":\"") + c.escape + "\",\"body\":[]}";
        const RenderResult r = render_all_layouts(std::string("escape ") + c.escape, json);
        INFO(dump(r.diagnostics));
        if (c.code == nullptr) {
            CHECK(r.ok);
            continue;
        }
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == c.code);
        CHECK(r.diagnostics[0].path == c.path);
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column >= 10);  // at the string or inside it
    }
    // NUL escapes anywhere: in a list item and in a markdown block.
    const RenderResult item = render_timed(
        "\\u0000 in a list item", R"({"title":"t","body":[{"type":"list","items":["a","b\u0000"]}]})");
    REQUIRE(item.diagnostics.size() == 1);
    CHECK(item.diagnostics[0].code == "article.nul-character");
    CHECK(item.diagnostics[0].path == "/body/0/items/1");
    // A raw NUL byte (not an escape) is a control character: JSON forbids it in strings.
    const std::string raw_nul("{\"title\":\"a\0b\",\"body\":[]}", 25);
    const RenderResult raw = render_timed("raw NUL byte", raw_nul);
    REQUIRE(raw.diagnostics.size() == 1);
    CHECK(raw.diagnostics[0].code == "json.syntax");
    CHECK(raw.diagnostics[0].column == 12);
}

TEST_CASE("BOM: one is skipped, a second one or one in the middle is an error") {
    const std::string bom = "\xEF\xBB\xBF";
    const std::string article = R"({"title":"t","body":[]})";
    CHECK(render_all_layouts("leading BOM", bom + article).ok);

    const RenderResult twice = render_all_layouts("two BOMs", bom + bom + article);
    REQUIRE(twice.diagnostics.size() == 1);
    CHECK(twice.diagnostics[0].code == "json.syntax");
    CHECK(twice.diagnostics[0].line == 1);
    CHECK(twice.diagnostics[0].column == 1);

    const RenderResult between =
        render_all_layouts("BOM between tokens", R"({"title":"t",)" + bom + R"("body":[]})");
    REQUIRE(between.diagnostics.size() == 1);
    CHECK(between.diagnostics[0].code == "json.syntax");

    // Inside a string it is just U+FEFF text.
    CHECK(render_all_layouts("BOM inside a string", "{\"title\":\"" + bom + "t\",\"body\":[]}").ok);

    // Positions after a BOM start behind it.
    const RenderResult located = render_all_layouts("BOM then a bad type", bom + R"({"title":7,"body":[]})");
    REQUIRE(located.diagnostics.size() == 1);
    CHECK(located.diagnostics[0].code == "article.bad-type");
    CHECK(located.diagnostics[0].column == 10);
}

TEST_CASE("CRLF, lone CR and mixed line endings count one line each") {
    struct Case {
        const char* name;
        const char* newline;
    };
    for (const Case c : {Case{"CRLF", "\r\n"}, Case{"CR", "\r"}, Case{"LF", "\n"}}) {
        CAPTURE(c.name);
        const std::string nl = c.newline;
        const std::string json =
            "{" + nl + "\"title\":\"t\"," + nl + "\"body\":[]," + nl + nl + "\"level\":true" + nl + "}";
        const RenderResult r = render_all_layouts(std::string("line endings ") + c.name, json);
        INFO(dump(r.diagnostics));
        CHECK(r.ok);  // an unknown field is a warning
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "article.unknown-field");
        CHECK(r.diagnostics[0].path == "/level");
        CHECK(r.diagnostics[0].line == 5);
        CHECK(r.diagnostics[0].column == 9);  // at the value
    }
    // CRLF inside text fields is content: it renders, and nothing is lost.
    const RenderResult text = render_all_layouts(
        "CRLF in text", R"({"title":"t","body":[{"type":"markdown","text":"a\r\n\r\nb\rc"}]})");
    CHECK(text.ok);
    for (const char* letter : {">a<", ">b"}) CHECK(text.html.find(letter) != std::string::npos);
}
