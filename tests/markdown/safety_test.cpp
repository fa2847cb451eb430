// Raw HTML is never passed through; link and image destinations obey the URL policy after
// cmark's decoding; attribute values cannot break out of their quotes.
#include <doctest/doctest.h>

#include <string>

#include "markdown/destination.hpp"
#include "markdown_helpers.hpp"
#include "show.hpp"

namespace {

using verstka::RawHtml;
using verstka::test::MdOptions;
using verstka::test::render_block;
using verstka::test::render_inline;

int count_code(const verstka::Diagnostics& diagnostics, std::string_view code) {
    int n = 0;
    for (const verstka::Diagnostic& d : diagnostics) n += d.code == code ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("raw HTML is escaped by default, without a diagnostic") {
    struct Case {
        const char* markdown;
        const char* html;
    };
    const Case cases[] = {
        {"a <b>x</b>", "<p>a &lt;b&gt;x&lt;/b&gt;</p>\n"},
        {"<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"},
        {"<div onclick=\"x()\">\nтекст\n</div>", "<p>&lt;div onclick=\"x()\"&gt;\nтекст\n&lt;/div&gt;</p>\n"},
        {"a <img src=x onerror=alert(1)> b", "<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n"},
        {"<!-- комментарий -->", "<p>&lt;!-- комментарий --&gt;</p>\n"},
        {"a <!-- c --> b", "<p>a &lt;!-- c --&gt; b</p>\n"},
        {"<?php echo 1; ?>", "<p>&lt;?php echo 1; ?&gt;</p>\n"},
        {"<![CDATA[x]]>", "<p>&lt;![CDATA[x]]&gt;</p>\n"},
    };
    for (const Case& c : cases) {
        const verstka::test::Rendered r = render_block(c.markdown);
        INFO(std::string(c.markdown));
        CHECK(r.html == c.html);
        CHECK(r.diagnostics.empty());
    }
}

TEST_CASE("raw HTML is dropped by option, with a warning for each piece") {
    MdOptions drop;
    drop.raw_html = RawHtml::drop;
    struct Case {
        const char* markdown;
        const char* html;
        int warnings;
        int line, column;  // of the first warning
    };
    const Case cases[] = {
        {"a <b>x</b> c", "<p>a x c</p>\n", 2, 1, 3},
        {"<script>alert(1)</script>", "", 1, 1, 1},
        {"текст\n\n<div>\nблок\n</div>\n\nещё", "<p>текст</p>\n<p>ещё</p>\n", 1, 3, 1},
        {"до <!-- c --> после", "<p>до  после</p>\n", 1, 1, 4},
        {"нет html", "<p>нет html</p>\n", 0, 0, 0},
    };
    for (const Case& c : cases) {
        const verstka::test::Rendered r = render_block(c.markdown, drop);
        INFO(std::string(c.markdown));
        CHECK(r.html == c.html);
        CHECK(count_code(r.diagnostics, "markdown.raw-html") == c.warnings);
        CHECK(static_cast<int>(r.diagnostics.size()) == c.warnings);
        if (c.warnings > 0) {
            CHECK(r.diagnostics[0].severity == verstka::Severity::warning);
            CHECK(r.diagnostics[0].path == verstka::test::kFieldPointer);
            CHECK(r.diagnostics[0].line == c.line);
            CHECK(r.diagnostics[0].column == c.column);
        }
    }
    // Inline fields too.
    const verstka::test::Rendered r = render_inline("a <b>x</b>", drop);
    CHECK(r.html == "a x");
    CHECK(count_code(r.diagnostics, "markdown.raw-html") == 2);
}

TEST_CASE("dangerous destinations are rejected after cmark's decoding") {
    // Each destination, as written in markdown, in a link and in an image.
    const char* const attacks[] = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106;avascript:alert(1)",
        "jav&#x61;script:alert(1)",
        "java&#x09;script:alert(1)",
        "java&#x0A;script:alert(1)",
        "java&#x0D;script:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "<java\\\tscript:alert(1)>",
        "< javascript:alert(1)>",
        "&#32;javascript:alert(1)",
        "&#x01;javascript:alert(1)",
        "%6Aavascript:alert(1)",
        "%4A%41%56%41script:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg/onload=alert(1)>",
        "file:///etc/passwd",
        "\\javascript:alert(1)",
        "",
    };
    for (const char* attack : attacks) {
        const std::string dest = std::string(attack).find(' ') != std::string::npos && attack[0] != '<'
                                     ? std::string("<") + attack + ">"
                                     : std::string(attack);
        INFO("destination: " << dest);
        const verstka::test::Rendered link = render_inline("[клик](" + dest + ")");
        CHECK(link.html == "клик");
        REQUIRE(link.diagnostics.size() == 1);
        CHECK(link.diagnostics[0].code == "url.rejected");
        CHECK(link.diagnostics[0].path == verstka::test::kFieldPointer);
        CHECK(link.diagnostics[0].line == 1);
        CHECK(link.diagnostics[0].column == 1);

        const verstka::test::Rendered image = render_inline("![кот](" + dest + ")");
        CHECK(image.html == "<span class=\"vk-image-alt\">кот</span>");
        CHECK(count_code(image.diagnostics, "url.rejected") == 1);

        const verstka::test::Rendered ref = render_block("[клик][r]\n\n[r]: " + dest);
        if (ref.html.find("[r]:") == std::string::npos) {  // a valid definition
            CHECK(ref.html == "<p>клик</p>\n");
            CHECK(count_code(ref.diagnostics, "url.rejected") == 1);
        }
    }
}

TEST_CASE("autolinks with a dangerous scheme stay text") {
    const char* const attacks[] = {"<javascript:alert(1)>", "<vbscript:x>", "<data:text/html,x>",
                                   "<JAVASCRIPT:alert(1)>"};
    for (const char* attack : attacks) {
        const verstka::test::Rendered r = render_inline(attack);
        INFO(std::string(attack));
        CHECK(r.html.find("<a") == std::string::npos);
        CHECK(r.html.find(std::string(attack).substr(1, 6)) != std::string::npos);  // text kept
        CHECK(count_code(r.diagnostics, "url.rejected") == 1);
    }
}

TEST_CASE("an image with no description and a rejected source leaves nothing behind") {
    const verstka::test::Rendered r = render_inline("до ![](javascript:x) после");
    CHECK(r.html == "до  после");
    CHECK(count_code(r.diagnostics, "url.rejected") == 1);
}

TEST_CASE("attribute values cannot be broken out of") {
    struct Case {
        const char* markdown;
        const char* html;
    };
    const Case cases[] = {
        {"[x](/a \"\\\" onmouseover=\\\"alert(1)\")",
         "<a class=\"vk-link\" href=\"/a\" title=\"&quot; onmouseover=&quot;alert(1)\">x</a>"},
        {"[x](/a '\" onclick=alert(1) x=\"')",
         "<a class=\"vk-link\" href=\"/a\" title=\"&quot; onclick=alert(1) x=&quot;\">x</a>"},
        {"[x](</a\" onclick=\"alert(1)>)", "<a class=\"vk-link\" href=\"/a%22%20onclick=%22alert(1)\">x</a>"},
        {"[x](/a&quot;onclick=alert(1))", "<a class=\"vk-link\" href=\"/a%22onclick=alert(1)\">x</a>"},
        {"![\"><script>alert(1)</script>](/i.png)",
         "<img src=\"/i.png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" loading=\"lazy\" "
         "decoding=\"async\">"},
        {"[x](/a><script>alert(1)</script>)",
         "<a class=\"vk-link\" href=\"/a%3E%3Cscript%3Ealert(1)%3C/script%3E\">x</a>"},
        {"[x](/a`b{c}|d^e\\\\f)", "<a class=\"vk-link\" href=\"/a%60b%7Bc%7D%7Cd%5Ee%5Cf\">x</a>"},
    };
    for (const Case& c : cases) {
        const verstka::test::Rendered r = render_inline(c.markdown);
        INFO(std::string(c.markdown));
        CHECK(r.html == c.html);
    }
}

TEST_CASE("resolve_destination and code_language") {
    using verstka::detail::code_language;
    using verstka::detail::resolve_destination;
    struct Case {
        const char* url;
        bool allowed;
        const char* href;
        bool external;
    };
    const Case cases[] = {
        {"https://example.org/a b", true, "https://example.org/a%20b", true},
        {"HTTP://EXAMPLE.ORG", true, "HTTP://EXAMPLE.ORG", true},
        {"  /trimmed  ", true, "/trimmed", false},
        {"/a%20b", true, "/a%20b", false},
        {"%2Fpath", true, "%2Fpath", false},
        {"mailto:a@b.ru", true, "mailto:a@b.ru", false},
        {"tel:+7 (862) 000-00-00", true, "tel:+7%20(862)%20000-00-00", false},
        {"%6Aavascript:alert(1)", false, "", false},
        {"javascript:alert(1)", false, "", false},
        {"", false, "", false},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.url));
        const verstka::detail::Destination d = resolve_destination(c.url);
        CHECK(d.allowed == c.allowed);
        CHECK(d.href == c.href);
        CHECK(d.external == c.external);
        CHECK(d.reason.empty() == c.allowed);
    }
    CHECK(code_language("js") == "js");
    CHECK(code_language("  c++ extra") == "c++");
    CHECK(code_language("objective_c-2") == "objective_c-2");
    CHECK(code_language("\"><img") == "img");
    CHECK(code_language("föö") == "f");
    CHECK(code_language(";") == "");
    CHECK(code_language("") == "");
}
