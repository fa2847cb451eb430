#include "html/html_writer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "common/chars.hpp"

using verstka::CharOutput;
using verstka::detail::HtmlWriter;

TEST_CASE("html writer: text is escaped") {
    struct Case {
        const char* input;
        const char* expected;
    };
    const Case cases[] = {
        {"a < b > c & d", "a &lt; b &gt; c &amp; d"},
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"\"quoted\" 'single'", "\"quoted\" 'single'"},
        {"&amp; stays visible", "&amp;amp; stays visible"},
        {"Сочи — город", "Сочи — город"},
        {"", ""},
    };
    for (const Case& c : cases) {
        HtmlWriter w;
        w.text(c.input);
        CHECK(w.finish() == c.expected);
    }
}

namespace {

// The escaping rules one byte at a time, as the reference for the eight-byte scan.
std::string escaped_one_at_a_time(std::string_view s, bool in_attribute) {
    std::string out;
    for (const char c : s) {
        if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '"' && in_attribute) {
            out += "&quot;";
        } else if (c == '\0') {
            out += "\xEF\xBF\xBD";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("html writer: a character to escape is found at every offset of an eight-byte step") {
    const std::string_view specials[] = {"&", "<", ">", "\"", std::string_view("\0", 1), "<&>", "\"\""};
    for (const std::string_view special : specials) {
        for (std::size_t before = 0; before < 18; ++before) {
            for (const std::string_view filler : {std::string_view("a"), std::string_view("\xD1\x8F")}) {
                std::string text;
                while (text.size() < before) text += filler;
                text += special;
                text += "xyz, abcdefghijk";
                INFO(before << " bytes before the character, filler " << filler.size() << " bytes long");
                HtmlWriter w;
                w.text(text);
                CHECK(w.finish() == escaped_one_at_a_time(text, false));
                HtmlWriter a;
                a.open("span").attr("title", text).end_open().close();
                CHECK(a.finish() == "<span title=\"" + escaped_one_at_a_time(text, true) + "\"></span>");
            }
        }
    }
}

TEST_CASE("html writer: attribute values are escaped and quoted") {
    HtmlWriter w;
    w.open("span").attr("title", "\" onmouseover=\"alert(1)").attr("data-x", "<&>").end_open().close();
    CHECK(w.finish() == "<span title=\"&quot; onmouseover=&quot;alert(1)\" data-x=\"&lt;&amp;&gt;\"></span>");
}

TEST_CASE("html writer: URL attributes always pass the policy") {
    HtmlWriter w;
    w.open("a");
    CHECK_FALSE(w.url("href", "javascript:alert(1)"));
    w.end_open().text("x").close();
    w.open("a");
    CHECK(w.url("href", "https://example.org/?a=1&b=\"2\""));
    w.end_open().close();
    CHECK(w.finish() == "<a>x</a><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"></a>");
}

TEST_CASE("html writer: attr() on a URL attribute is routed through the policy") {
    HtmlWriter w;
    w.open("img").attr("src", "javascript:alert(1)").end_void();
    CHECK(w.finish() == "<img>");
}

TEST_CASE("html writer: structure stays balanced") {
    HtmlWriter w;
    w.open_with_class("div", "a").open_with_class("p", "b").text("x");
    CHECK(w.depth() == 2);
    CHECK(w.finish() == "<div class=\"a\"><p class=\"b\">x</p></div>");
}

TEST_CASE("html writer: void elements need no closing tag") {
    HtmlWriter w;
    w.open_with_class("p", "p").text("a");
    w.open("br").end_void();
    w.text("b").close();
    CHECK(w.finish() == "<p class=\"p\">a<br>b</p>");
}

TEST_CASE("html writer: NUL characters never reach the output") {
    HtmlWriter w;
    w.text(std::string_view("a\0b", 3));
    CHECK(w.finish() ==
          "a\xEF\xBF\xBD"
          "b");
}

TEST_CASE("html writer: typographic characters as named entities") {
    HtmlWriter w(CharOutput::entities);
    w.text("в\u00A0Сочи\u00A0— «да» „нет“ 5–7 … −5 №\u00A05");
    CHECK(w.finish() ==
          "в&nbsp;Сочи&nbsp;&mdash; &laquo;да&raquo; &bdquo;нет&ldquo; 5&ndash;7 &hellip; &minus;5 "
          "&numero;&nbsp;5");
}

TEST_CASE("html writer: every character of the entity table as its entity") {
    // typograph() writes the same table (tests/typography/api.cpp), so cards and typograph()
    // output agree.
    std::size_t count = 0;
    const verstka::detail::chars::Named* table = verstka::detail::chars::entity_table(count);
    REQUIRE(count > 0);
    for (std::size_t k = 0; k < count; ++k) {
        HtmlWriter w(CharOutput::entities);
        w.text("a" + std::string(table[k].utf8) + "b");
        CHECK(w.finish() == "a&" + std::string(table[k].entity) + ";b");
    }
}

TEST_CASE("html writer: JSON-LD is inert inside <script>") {
    HtmlWriter w;
    w.json_ld("{\"a\":\"</script><script>alert(1)</script>\",\"b\":\"x & y\",\"c\":\"\u2028\u2029\"}");
    const std::string html = w.finish();
    CHECK(html ==
          "<script type=\"application/ld+json\">{\"a\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"
          "\\u003c/script\\u003e\",\"b\":\"x \\u0026 y\",\"c\":\"\\u2028\\u2029\"}</script>");
    CHECK(html.find("</script>") == html.size() - 9);
}
