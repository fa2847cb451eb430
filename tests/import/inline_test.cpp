// Editor.js inline HTML → inline CommonMark: each tag of the subset, entities, spaces, and
// everything else as text.
#include <doctest/doctest.h>

#include <string>

#include "import/commonmark_text.hpp"
#include "import/editorjs_inline.hpp"

using verstka::detail::commonmark_text;
using verstka::detail::editorjs_inline_markdown;
using verstka::detail::editorjs_plain_text;

TEST_CASE("the inline subset becomes CommonMark markup") {
    struct Case {
        const char* html;
        const char* markdown;
    };
    const Case cases[] = {
        {"просто текст", "просто текст"},
        {"<b>жирный</b> и <strong>тоже</strong>", "**жирный** и **тоже**"},
        {"<i>курсив</i> и <em>тоже</em>", "*курсив* и *тоже*"},
        {"<B>верхний</B> регистр", "**верхний** регистр"},
        {R"(<a href="https://e.org/a?b=1&amp;c=2">ссылка</a>)", "[ссылка](<https://e.org/a?b=1\\&c=2>)"},
        {"<a href='/rel'>отн</a>", "[отн](</rel>)"},
        {"<a href=https://e.org>без кавычек</a>", "[без кавычек](<https://e.org>)"},
        {R"(<mark class="cdx-marker">маркер</mark>)", "маркер"},
        {R"(<code class="inline-code">a*b</code>)", "`a*b`"},
        {"<code>a`b</code>", "``a`b``"},
        {"<code>`x</code>", "`` `x ``"},
        {"<u>под</u><s>черк</s>", "подчерк"},
        {"раз<br>два", "раз\\\nдва"},
        {"раз<br/>два<BR />три", "раз\\\nдва\\\nтри"},
        {"<b><i>оба</i></b>", "***оба***"},
        {"<b>жирный </b>текст", "**жирный** текст"},
        {"текст<b> жирный</b>", "текст **жирный**"},
        {"<b></b>пусто<i> </i>", "пусто"},
        {"<b>a<b>b</b>c</b>", "**abc**"},
        {"<a href=\"https://e.org\"><b>жирная</b> ссылка</a>", "[**жирная** ссылка](<https://e.org>)"},
        {"<code><b>x</b></code>", "`x`"},
    };
    for (const Case& c : cases) {
        const std::string shown_html = c.html;
        CAPTURE(shown_html);
        CHECK(editorjs_inline_markdown(c.html).text == c.markdown);
    }
}

TEST_CASE("entities are decoded and nbsp runs become one space") {
    struct Case {
        const char* html;
        const char* markdown;
    };
    const Case cases[] = {
        {"a&nbsp;&nbsp; b", "a b"},
        {"a\xC2\xA0\xC2\xA0"
         "b",
         "a b"},
        {"&nbsp;в начале и в конце&nbsp;", "в начале и в конце"},
        {"5 &lt; 6 &amp;&amp; 7 &gt; 3", "5 \\< 6 \\&\\& 7 \\> 3"},
        {"&quot;да&quot; &#171;нет&#187; &#x2014;", "\"да\" «нет» —"},
        {"&laquo;ёлка&raquo; &mdash; &hellip;", "«ёлка» — …"},
        {"&unknown; &#0; &#xD800;", "\\&unknown; \uFFFD \uFFFD"},
        {"перевод\nстроки\t\tи табы", "перевод строки и табы"},
    };
    for (const Case& c : cases) {
        const std::string shown_html = c.html;
        CAPTURE(shown_html);
        CHECK(editorjs_inline_markdown(c.html).text == c.markdown);
    }
}

TEST_CASE("any other tag, attribute or broken markup is text, escaped") {
    struct Case {
        const char* html;
        const char* markdown;
    };
    const Case cases[] = {
        {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
        {"<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"},
        {"<div>блок</div>", "\\<div\\>блок\\</div\\>"},
        {"<b onclick=\"x\">жирный</b>", "**жирный**"},
        {"<b", "\\<b"},
        {"<a href=\"x>ссылка", "\\<a href=\"x\\>ссылка"},
        {"<bold>нет</bold>", "\\<bold\\>нет\\</bold\\>"},
        {"&lt;script&gt;", "\\<script\\>"},
        {"*звёздочки* и _подчерки_ [скобки](x)", "\\*звёздочки\\* и \\_подчерки\\_ \\[скобки\\](x)"},
        {"\\ и `", "\\\\ и \\`"},
    };
    for (const Case& c : cases) {
        const std::string shown_html = c.html;
        CAPTURE(shown_html);
        CHECK(editorjs_inline_markdown(c.html).text == c.markdown);
    }
}

TEST_CASE("links: href through the URL policy, rejected links keep their text") {
    const auto js = editorjs_inline_markdown(R"x(<a href="javascript:alert(1)">жми</a>)x");
    CHECK(js.text == "жми");
    REQUIRE(js.rejected_urls.size() == 1);
    CHECK(js.rejected_urls[0] == "javascript:alert(1)");
    const auto entity = editorjs_inline_markdown(R"x(<a href="jav&#x09;ascript&colon;alert(1)">жми</a>)x");
    CHECK(entity.text == "жми");
    CHECK(entity.rejected_urls.size() == 1);
    const auto no_href = editorjs_inline_markdown("<a>без адреса</a>");
    CHECK(no_href.text == "без адреса");
    CHECK(no_href.rejected_urls.empty());
    CHECK(editorjs_inline_markdown(R"(<a href="https://e.org/<x>">a</a>)").text ==
          "[a](<https://e.org/\\<x\\>>)");
    CHECK(editorjs_inline_markdown(R"(<a href="mailto:a@b.ru">почта</a>)").text ==
          "[почта](<mailto:a@b.ru>)");
}

TEST_CASE("marks that would start a block are escaped at a line start, and only there") {
    struct Case {
        const char* html;
        const char* markdown;
    };
    const Case cases[] = {
        {"# не заголовок", "\\# не заголовок"},
        {"- не список", "\\- не список"},
        {"+ не список", "\\+ не список"},
        {"1. не список", "1\\. не список"},
        {"2024) год", "2024\\) год"},
        {"=== не подчёркивание", "\\=== не подчёркивание"},
        {"> не цитата", "\\> не цитата"},
        {"a<br># b", "a\\\n\\# b"},
        {"<mark># b</mark>", "\\# b"},
        {"a - b # c 1. d", "a - b # c 1. d"},
        {"    четыре пробела", "четыре пробела"},
    };
    for (const Case& c : cases) {
        const std::string shown_html = c.html;
        CAPTURE(shown_html);
        CHECK(editorjs_inline_markdown(c.html).text == c.markdown);
    }
}

TEST_CASE("breaks at the edges are dropped: a trailing backslash would show") {
    CHECK(editorjs_inline_markdown("<br>текст<br><br>").text == "текст");
    CHECK(editorjs_inline_markdown("a <br> b").text == "a\\\nb");
    CHECK(editorjs_inline_markdown("<b>a<br></b>b").text == "**a**\\\nb");
}

TEST_CASE("deep nesting costs nothing and loses no text") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<b><i><u>";
    html += "x";
    const auto converted = editorjs_inline_markdown(html);
    CHECK(converted.text == "***x***");
}

TEST_CASE("plain fields: tags of the subset removed, the rest is text, entities decoded") {
    CHECK(editorjs_plain_text("<b>Заголовок</b>&nbsp;&mdash; <i>да</i>") == "Заголовок — да");
    CHECK(editorjs_plain_text("a<br>b") == "a b");
    CHECK(editorjs_plain_text("<script>x</script>") == "<script>x</script>");
    CHECK(editorjs_plain_text("  *звёзды*  ") == "*звёзды*");
}

TEST_CASE("commonmark_text escapes what would be markup and nothing else") {
    CHECK(commonmark_text("Привет, мир!") == "Привет, мир!");
    CHECK(commonmark_text("a*b_c[d]e<f>g&h\\i`j") == "a\\*b\\_c\\[d\\]e\\<f\\>g\\&h\\\\i\\`j");
    CHECK(commonmark_text("# x") == "\\# x");
    CHECK(commonmark_text("x # y") == "x # y");
}
