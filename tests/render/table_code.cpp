// The `table` and `code` blocks in the card: structure, escaping, and where they are left out.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "article/parse_article.hpp"
#include "render/card.hpp"

namespace {

using verstka::Layout;
using verstka::RenderOptions;

std::string card(const std::string& body, Layout layout = Layout::full, bool typography = false) {
    RenderOptions options;
    options.layout = layout;
    options.typography = typography;
    verstka::Diagnostics diagnostics;
    const auto article =
        verstka::detail::parse_article(R"({"title":"t","body":[)" + body + "]}", options.parse, diagnostics);
    REQUIRE(article);
    return verstka::detail::render_card(*article, options, diagnostics);
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

constexpr std::string_view kScroll =
    R"(<figure class="vk-table"><div class="vk-table__scroll" role="region" aria-label="Таблица" tabindex="0"><table class="vk-table__table">)";

}  // namespace

TEST_CASE("a table with a header row: thead of th scope=col, tbody of td, short rows padded, caption") {
    const std::string html = card(
        R"({"type":"table","header":true,"rows":[["Город","Цена"],["Сочи","*50* ₽"],["Казань"]],"caption":"Тарифы"})");
    const std::string expected =
        std::string(kScroll) +
        R"(<thead><tr><th scope="col">Город</th><th scope="col">Цена</th></tr></thead>)"
        R"(<tbody><tr><td>Сочи</td><td><em>50</em> ₽</td></tr><tr><td>Казань</td><td></td></tr></tbody>)"
        R"(</table></div><figcaption class="vk-table__caption">Тарифы</figcaption></figure>)";
    CHECK(contains(html, expected));
}

TEST_CASE("a table without header has only tbody; a header-only table has only thead") {
    const std::string body_only = card(R"({"type":"table","rows":[["a","b"]]})");
    CHECK(contains(body_only, std::string(kScroll) +
                                  "<tbody><tr><td>a</td><td>b</td></tr></tbody></table></div></figure>"));
    CHECK_FALSE(contains(body_only, "<thead>"));
    CHECK_FALSE(contains(body_only, "<th "));
    const std::string head_only = card(R"({"type":"table","header":true,"rows":[["a"]]})");
    CHECK(contains(
        head_only,
        std::string(kScroll) + R"(<thead><tr><th scope="col">a</th></tr></thead></table></div></figure>)"));
    CHECK_FALSE(contains(head_only, "<tbody>"));
}

TEST_CASE("table cells are typeset across markup and escaped") {
    const std::string html = card(R"({"type":"table","rows":[["<b>x</b> - \"да\""]]})", Layout::full, true);
    CHECK(contains(html, "<td>&lt;b&gt;x&lt;/b&gt;\u00A0— «да»</td>"));
}

TEST_CASE("a code block is verbatim: escaped, never typeset, language class cleaned like fenced code") {
    const std::string html = card(
        R"({"type":"code","text":"if (a < b && c) {\n  say(\"Привет - мир\");\n}","language":"c++\" onclick=\"x"})",
        Layout::full, true);
    CHECK(contains(html,
                   "<pre class=\"vk-code\"><code class=\"language-c++\">if (a &lt; b &amp;&amp; c) {\n  "
                   "say(\"Привет - мир\");\n}</code></pre>"));
}

TEST_CASE("a code block whose language cleans to nothing has no class on code") {
    CHECK(contains(card(R"({"type":"code","text":"x","language":"<>"})"),
                   "<pre class=\"vk-code\"><code>x</code></pre>"));
    CHECK(contains(card(R"({"type":"code","text":"x"})"), "<pre class=\"vk-code\"><code>x</code></pre>"));
}

TEST_CASE("teaser and compact leave tables and code out, like every body block") {
    const std::string body = R"({"type":"table","rows":[["ячейка"]]},{"type":"code","text":"код"})";
    for (Layout layout : {Layout::teaser, Layout::compact}) {
        const std::string html = card(body, layout);
        CHECK_FALSE(contains(html, "vk-table"));
        CHECK_FALSE(contains(html, "ячейка"));
        CHECK_FALSE(contains(html, "vk-code"));
        CHECK_FALSE(contains(html, "код"));
    }
}
