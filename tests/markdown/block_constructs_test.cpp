// Every CommonMark construct in a `markdown` block, with the exact HTML we write
// (typography off, so the markup alone is under test).
#include <doctest/doctest.h>

#include <string>

#include "markdown_helpers.hpp"
#include "show.hpp"

namespace {

using verstka::test::MdOptions;
using verstka::test::render_block;
using verstka::test::show;

struct Case {
    const char* markdown;
    const char* html;
};

void check_cases(const char* name, std::initializer_list<Case> cases, const MdOptions& options = {}) {
    for (const Case& c : cases) {
        const verstka::test::Rendered r = render_block(c.markdown, options);
        INFO(std::string(name) << ": " << show(c.markdown));
        CHECK(show(r.html) == show(c.html));
        CHECK(r.diagnostics.empty());
    }
}

}  // namespace

TEST_CASE("emphasis and strong") {
    check_cases("emphasis", {
                                {"*курсив*", "<p><em>курсив</em></p>\n"},
                                {"_курсив_", "<p><em>курсив</em></p>\n"},
                                {"**жирный**", "<p><strong>жирный</strong></p>\n"},
                                {"__жирный__", "<p><strong>жирный</strong></p>\n"},
                                {"***оба***", "<p><em><strong>оба</strong></em></p>\n"},
                                {"*а **б** в*", "<p><em>а <strong>б</strong> в</em></p>\n"},
                                {"**а *б* в**", "<p><strong>а <em>б</em> в</strong></p>\n"},
                                // Must not fire: intraword underscores, spaced asterisks, escapes.
                                {"snake_case_word", "<p>snake_case_word</p>\n"},
                                {"a * b * c", "<p>a * b * c</p>\n"},
                                {"\\*не курсив\\*", "<p>*не курсив*</p>\n"},
                                {"**незакрытый", "<p>**незакрытый</p>\n"},
                            });
}

TEST_CASE("links") {
    check_cases(
        "links",
        {
            {"[сайт](https://example.org)",
             "<p><a class=\"vk-link\" href=\"https://example.org\" rel=\"noopener "
             "noreferrer\">сайт</a></p>\n"},
            {"[раздел](/news/ \"Новости\")",
             "<p><a class=\"vk-link\" href=\"/news/\" title=\"Новости\">раздел</a></p>\n"},
            {"[ссылка][ref]\n\n[ref]: http://example.org/a",
             "<p><a class=\"vk-link\" href=\"http://example.org/a\" rel=\"noopener "
             "noreferrer\">ссылка</a></p>\n"},
            {"[почта](mailto:info@example.org)",
             "<p><a class=\"vk-link\" href=\"mailto:info@example.org\">почта</a></p>\n"},
            {"[звонок](tel:+78620000000)",
             "<p><a class=\"vk-link\" href=\"tel:+78620000000\">звонок</a></p>\n"},
            {"[якорь](#itogi)", "<p><a class=\"vk-link\" href=\"#itogi\">якорь</a></p>\n"},
            {"[cdn](//cdn.example.org/a.js)",
             "<p><a class=\"vk-link\" href=\"//cdn.example.org/a.js\" rel=\"noopener "
             "noreferrer\">cdn</a></p>\n"},
            {"[q](/search?a=1&b=2)", "<p><a class=\"vk-link\" href=\"/search?a=1&amp;b=2\">q</a></p>\n"},
            {"[путь](/новости/сочи)",
             "<p><a class=\"vk-link\" "
             "href=\"/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D0%BE%D1%87%D0%B8\">путь</a></p>\n"},
            {"[пробел](</a b>)", "<p><a class=\"vk-link\" href=\"/a%20b\">пробел</a></p>\n"},
            {"[процент](/a%20b)", "<p><a class=\"vk-link\" href=\"/a%20b\">процент</a></p>\n"},
            {"[*курсив* в ссылке](/x)",
             "<p><a class=\"vk-link\" href=\"/x\"><em>курсив</em> в ссылке</a></p>\n"},
            // Must not fire: brackets without a destination or definition.
            {"[не ссылка]", "<p>[не ссылка]</p>\n"},
            {"\\[a](/x)", "<p>[a](/x)</p>\n"},
        });
}

TEST_CASE("external links: rel always, nofollow and new tab by option") {
    MdOptions options;
    options.nofollow_links = true;
    options.links_new_tab = true;
    check_cases(
        "options",
        {
            {"[a](https://example.org)",
             "<p><a class=\"vk-link\" href=\"https://example.org\" rel=\"noopener noreferrer nofollow ugc\" "
             "target=\"_blank\">a</a></p>\n"},
            // Our own pages and mail/phone links stay as they are.
            {"[a](/news)", "<p><a class=\"vk-link\" href=\"/news\">a</a></p>\n"},
            {"[a](mailto:a@example.org)",
             "<p><a class=\"vk-link\" href=\"mailto:a@example.org\">a</a></p>\n"},
        },
        options);
}

TEST_CASE("images") {
    check_cases(
        "images",
        {
            {"![Кот на набережной](/img/cat.jpg)",
             "<p><img src=\"/img/cat.jpg\" alt=\"Кот на набережной\" loading=\"lazy\" "
             "decoding=\"async\"></p>\n"},
            {"![a *b* `c` **d**](https://example.org/i.png \"Подпись\")",
             "<p><img src=\"https://example.org/i.png\" alt=\"a b c d\" title=\"Подпись\" loading=\"lazy\" "
             "decoding=\"async\"></p>\n"},
            {"![](/i.png)", "<p><img src=\"/i.png\" alt=\"\" loading=\"lazy\" decoding=\"async\"></p>\n"},
            {"![a \"b\" <c>](/i.png)",
             "<p><img src=\"/i.png\" alt=\"a &quot;b&quot; &lt;c&gt;\" loading=\"lazy\" "
             "decoding=\"async\"></p>\n"},
            {"[![логотип](/logo.png)](https://example.org)",
             "<p><a class=\"vk-link\" href=\"https://example.org\" rel=\"noopener noreferrer\"><img "
             "src=\"/logo.png\" "
             "alt=\"логотип\" loading=\"lazy\" decoding=\"async\"></a></p>\n"},
        });
}

TEST_CASE("autolinks") {
    check_cases(
        "autolinks",
        {
            {"<https://example.org/a_b?c=1>",
             "<p><a class=\"vk-link\" href=\"https://example.org/a_b?c=1\" rel=\"noopener noreferrer\">"
             "https://example.org/a_b?c=1</a></p>\n"},
            {"<info@sochi.example>",
             "<p><a class=\"vk-link\" href=\"mailto:info@sochi.example\">info@sochi.example</a></p>\n"},
            {"<MAILTO:A@B.RU>", "<p><a class=\"vk-link\" href=\"MAILTO:A@B.RU\">MAILTO:A@B.RU</a></p>\n"},
            // Must not fire: CommonMark has no bare-URL autolinks, and spaces end them.
            {"https://example.org", "<p>https://example.org</p>\n"},
            {"<https://example.org/a b>", "<p>&lt;https://example.org/a b&gt;</p>\n"},
        });
}

TEST_CASE("code spans and code blocks") {
    check_cases(
        "code",
        {
            {"`a<b && c`", "<p><code>a&lt;b &amp;&amp; c</code></p>\n"},
            {"`` a`b ``", "<p><code>a`b</code></p>\n"},
            {"`*не курсив* [и не ссылка](/x)`", "<p><code>*не курсив* [и не ссылка](/x)</code></p>\n"},
            {"```js\nconst a = \"<b>\";\n```",
             "<pre><code class=\"language-js\">const a = \"&lt;b&gt;\";\n</code></pre>\n"},
            {"```c++ startline=3\nint a;\n```", "<pre><code class=\"language-c++\">int a;\n</code></pre>\n"},
            {"```\"><script>alert(1)</script>\nx\n```",
             "<pre><code class=\"language-scriptalert1script\">x\n</code></pre>\n"},
            {"~~~\n<b>жирный</b>\n~~~", "<pre><code>&lt;b&gt;жирный&lt;/b&gt;\n</code></pre>\n"},
            {"    отступ\n    второй", "<pre><code>отступ\nвторой\n</code></pre>\n"},
            {"```\n\n```", "<pre><code>\n</code></pre>\n"},
        });
}

TEST_CASE("lists") {
    check_cases("lists",
                {
                    {"- а\n- б", "<ul>\n<li>а</li>\n<li>б</li>\n</ul>\n"},
                    {"* а\n* б", "<ul>\n<li>а</li>\n<li>б</li>\n</ul>\n"},
                    {"1. а\n2. б", "<ol>\n<li>а</li>\n<li>б</li>\n</ol>\n"},
                    {"3) а\n4) б", "<ol start=\"3\">\n<li>а</li>\n<li>б</li>\n</ol>\n"},
                    {"0. ноль", "<ol start=\"0\">\n<li>ноль</li>\n</ol>\n"},
                    {"- а\n\n- б", "<ul>\n<li>\n<p>а</p>\n</li>\n<li>\n<p>б</p>\n</li>\n</ul>\n"},
                    {"- а\n  - б\n- в", "<ul>\n<li>а\n<ul>\n<li>б</li>\n</ul>\n</li>\n<li>в</li>\n</ul>\n"},
                    {"- ", "<ul>\n<li></li>\n</ul>\n"},
                    // Must not fire: a date, a decade, a dash that is not a list marker.
                    {"13 сентября.", "<p>13 сентября.</p>\n"},
                    {"1990-х годов", "<p>1990-х годов</p>\n"},
                    {"— Да, — сказал он.", "<p>— Да, — сказал он.</p>\n"},
                    {"1\\. Не список", "<p>1. Не список</p>\n"},
                });
}

TEST_CASE("headings are shifted under the card title") {
    check_cases("headings", {
                                {"# Итоги", "<h2>Итоги</h2>\n"},
                                {"## Итоги ##", "<h3>Итоги</h3>\n"},
                                {"##### Пятый", "<h6>Пятый</h6>\n"},
                                {"###### Шестой", "<h6>Шестой</h6>\n"},  // capped at h6
                                {"Итоги\n=====", "<h2>Итоги</h2>\n"},
                                {"Итоги\n-----", "<h3>Итоги</h3>\n"},
                                {"# *Итоги* года", "<h2><em>Итоги</em> года</h2>\n"},
                                // Must not fire: no space after '#', seven '#'.
                                {"#хэштег", "<p>#хэштег</p>\n"},
                                {"####### семь", "<p>####### семь</p>\n"},
                            });
    MdOptions base1;
    base1.heading_base = 1;
    check_cases("heading_base 1", {{"# A", "<h1>A</h1>\n"}, {"### C", "<h3>C</h3>\n"}}, base1);
    MdOptions base4;
    base4.heading_base = 4;
    check_cases("heading_base 4", {{"# A", "<h4>A</h4>\n"}, {"### C", "<h6>C</h6>\n"}}, base4);
    MdOptions base0;
    base0.heading_base = 0;  // nonsense options are clamped, never a broken tag
    check_cases("heading_base 0", {{"# A", "<h1>A</h1>\n"}}, base0);
}

TEST_CASE("block quotes and thematic breaks") {
    check_cases(
        "blockquotes",
        {
            {"> цитата", "<blockquote>\n<p>цитата</p>\n</blockquote>\n"},
            {"> а\n>\n> б", "<blockquote>\n<p>а</p>\n<p>б</p>\n</blockquote>\n"},
            {"> а\n> > б", "<blockquote>\n<p>а</p>\n<blockquote>\n<p>б</p>\n</blockquote>\n</blockquote>\n"},
            {"> - пункт", "<blockquote>\n<ul>\n<li>пункт</li>\n</ul>\n</blockquote>\n"},
            {"***", "<hr>\n"},
            {"---", "<hr>\n"},
            {"а\n\n_ _ _", "<p>а</p>\n<hr>\n"},
            // Must not fire: two dashes, or dashes under text (a setext heading).
            {"--", "<p>--</p>\n"},
        });
}

TEST_CASE("hard and soft line breaks") {
    check_cases("breaks", {
                              {"а\nб", "<p>а б</p>\n"},
                              {"а  \nб", "<p>а<br>\nб</p>\n"},
                              {"а\\\nб", "<p>а<br>\nб</p>\n"},
                              {"*а\nб*", "<p><em>а б</em></p>\n"},
                              {"а  ", "<p>а</p>\n"},  // a trailing hard break at the end is no break
                              {"`а\nб`", "<p><code>а б</code></p>\n"},
                          });
}

TEST_CASE("entities and escapes") {
    check_cases("entities", {
                                {"&copy; &amp; &lt;b&gt; &#8212; &#x41;", "<p>© &amp; &lt;b&gt; — A</p>\n"},
                                {"а&nbsp;б", "<p>а\u00A0б</p>\n"},
                                {"&bogus; &#xZZ;", "<p>&amp;bogus; &amp;#xZZ;</p>\n"},
                                {"\\&copy; \\<b>", "<p>&amp;copy; &lt;b&gt;</p>\n"},
                                {"`&copy;`", "<p><code>&amp;copy;</code></p>\n"},
                                {"&#0;", "<p>\xEF\xBF\xBD</p>\n"},
                            });
    MdOptions entities;
    entities.chars = verstka::CharOutput::entities;
    check_cases("entity output",
                {
                    {"а&nbsp;б &copy; —", "<p>а&nbsp;б &copy; &mdash;</p>\n"},
                },
                entities);
}

TEST_CASE("paragraphs, empty input and invalid bytes") {
    check_cases("paragraphs", {
                                  {"", ""},
                                  {"   \n\n  ", ""},
                                  {"а\n\nб", "<p>а</p>\n<p>б</p>\n"},
                                  {"а\r\nб\rв", "<p>а б в</p>\n"},
                                  {"bad \xFF byte", "<p>bad \xEF\xBF\xBD byte</p>\n"},
                              });
    const verstka::test::Rendered r = render_block(std::string_view("nul\0byte", 8));
    CHECK(r.html ==
          "<p>nul\xEF\xBF\xBD"
          "byte</p>\n");
}
