// Inline fields (lead, paragraph, quote, list item, caption, callout): inline content without
// a wrapping <p>; block constructs are reported and kept as text, nothing is lost.
#include <doctest/doctest.h>

#include <string>

#include "markdown_helpers.hpp"
#include "show.hpp"

namespace {

using verstka::test::MdOptions;
using verstka::test::render_inline;
using verstka::test::show;

struct Case {
    const char* markdown;
    const char* html;
};

struct BlockCase {
    const char* markdown;
    const char* html;
    int line;    ///< of the one `markdown.block-in-inline` warning
    int column;  ///< in code points
};

}  // namespace

TEST_CASE("inline content is written without a paragraph") {
    const Case cases[] = {
        {"Текст *курсив* и **жирный**", "Текст <em>курсив</em> и <strong>жирный</strong>"},
        {"[ссылка](/x) и `код`", "<a class=\"vk-link\" href=\"/x\">ссылка</a> и <code>код</code>"},
        {"строка\nещё", "строка ещё"},
        {"строка\\\nещё", "строка<br>\nещё"},
        {"", ""},
        {"   ", ""},
        // Must not be misread as block constructs.
        {"13 сентября. В Сочи", "13 сентября. В Сочи"},
        {"1990-х годов", "1990-х годов"},
        {"— Да, — сказал он.", "— Да, — сказал он."},
        {"1\\. Пункт", "1. Пункт"},
        {"\\# не заголовок", "# не заголовок"},
        {"\\- не список", "- не список"},
        {"\\> не цитата", "&gt; не цитата"},
        {"#хэштег", "#хэштег"},
        {"С 10 до 18 часов -- перерыв", "С 10 до 18 часов -- перерыв"},
    };
    for (const Case& c : cases) {
        const verstka::test::Rendered r = render_inline(c.markdown);
        INFO(show(c.markdown));
        CHECK(show(r.html) == show(c.html));
        CHECK(r.diagnostics.empty());
    }
}

TEST_CASE("block constructs in an inline field are flattened with a warning") {
    const BlockCase cases[] = {
        {"1. Пункт", "1. Пункт", 1, 1},
        {"2024. Год выдался", "2024. Год выдался", 1, 1},
        {"- Да, - сказал он.", "- Да, - сказал он.", 1, 1},
        {"* звёздочка", "* звёздочка", 1, 1},
        {"- а\n- б", "- а - б", 1, 1},
        {"# Заголовок", "# Заголовок", 1, 1},
        {"## Заголовок ##", "## Заголовок ##", 1, 1},
        {"Итоги\n---", "Итоги ---", 1, 1},
        {"Итоги\n===", "Итоги ===", 1, 1},
        {"> цитата *с курсивом*", "&gt; цитата <em>с курсивом</em>", 1, 1},
        {"***", "***", 1, 1},
        {"```js\nx < y\n```", "<code>x &lt; y</code>", 1, 1},
        {"    отступ", "отступ", 1, 5},
        {"-", "-", 1, 1},
        {"Первый абзац\n\nВторой абзац", "Первый абзац Второй абзац", 3, 1},
        {"Текст\n\n## Раздел", "Текст ## Раздел", 3, 1},
        {"Вступление\n\n- пункт **важный**", "Вступление - пункт <strong>важный</strong>", 3, 1},
        {"> 1. вложенный", "&gt; 1. вложенный", 1, 1},
        {"# # ", "# #", 1, 1},
        {"# Заголовок\\#", "# Заголовок#", 1, 1},
    };
    for (const BlockCase& c : cases) {
        const verstka::test::Rendered r = render_inline(c.markdown);
        INFO(show(c.markdown));
        CHECK(show(r.html) == show(c.html));
        REQUIRE(r.diagnostics.size() == 1);
        const verstka::Diagnostic& d = r.diagnostics.front();
        CHECK(d.code == "markdown.block-in-inline");
        CHECK(d.severity == verstka::Severity::warning);
        CHECK(d.path == verstka::test::kFieldPointer);
        CHECK(d.line == c.line);
        CHECK(d.column == c.column);
    }
}

TEST_CASE(
    "byte order marks at the start of an inline field are skipped, and the marker after them is whole") {
    // cmark skips a leading byte order mark and counts no column for it; the field's columns
    // agree, so a block marker after one is cut at its own bytes, never inside the mark.
    const BlockCase cases[] = {
        {"\xEF\xBB\xBF> цитата", "&gt; цитата", 1, 1},
        {"\xEF\xBB\xBF\xEF\xBB\xBF> цитата", "&gt; цитата", 1, 1},
        {"\xEF\xBB\xBF"
         "1. Пункт",
         "1. Пункт", 1, 1},
    };
    for (const BlockCase& c : cases) {
        const verstka::test::Rendered r = render_inline(c.markdown);
        INFO(show(c.markdown));
        CHECK(show(r.html) == show(c.html));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics.front().line == c.line);
        CHECK(r.diagnostics.front().column == c.column);
    }
    // Must not fire: a byte order mark inside the text stays.
    CHECK(render_inline("а\xEF\xBB\xBFб").html == "а\xEF\xBB\xBFб");
}

TEST_CASE("the closing #s of a heading in an inline field are read from its line") {
    // cmark's end column of an autolink of U+FFFD falls inside that character; the closing #s
    // come from the line, so no byte of it is left on its own.
    CHECK(show(render_inline("# <hp:\xEF\xBF\xBD>").html) == show("# hp:\xEF\xBF\xBD"));
    CHECK(show(render_inline("# <hp:\xEF\xBF\xBD> ##").html) == show("# hp:\xEF\xBF\xBD ##"));
    CHECK(render_inline("#\tЗаголовок\t#\t").html == "# Заголовок #");
}

TEST_CASE("the underline of a setext heading in an inline field is the first line of = or - alone") {
    // A code span over the content's lines hides a line break from the inlines; the underline
    // is found by its own characters, whatever the content's lines hold.
    CHECK(show(render_inline(" `\n\xEF\xBF\xBD`\n-").html) == show("<code> \xEF\xBF\xBD</code> -"));
    CHECK(render_inline("  Итоги\n===").html == "Итоги ===");
    CHECK(render_inline("> Итоги\n> ---").html == "&gt; Итоги ---");
}

TEST_CASE("every block construct in an inline field gets its own warning") {
    const verstka::test::Rendered r = render_inline("# А\n\nб\n\n- в\n\n> г");
    CHECK(r.html == "# А б - в &gt; г");
    REQUIRE(r.diagnostics.size() == 4);
    const int lines[] = {1, 3, 5, 7};
    for (std::size_t i = 0; i < 4; ++i) CHECK(r.diagnostics[i].line == lines[i]);
}

TEST_CASE("raw HTML blocks in an inline field follow the raw HTML option, not the block rule") {
    const verstka::test::Rendered escaped = render_inline("<div>привет</div>");
    CHECK(escaped.html == "&lt;div&gt;привет&lt;/div&gt;");
    CHECK(escaped.diagnostics.empty());

    MdOptions drop;
    drop.raw_html = verstka::RawHtml::drop;
    const verstka::test::Rendered dropped = render_inline("<div>привет</div>", drop);
    CHECK(dropped.html.empty());
    REQUIRE(dropped.diagnostics.size() == 1);
    CHECK(dropped.diagnostics[0].code == "markdown.raw-html");
}

TEST_CASE("diagnostic columns count code points, not bytes") {
    // "Ссылка " is 7 code points (13 bytes): the link starts at column 8.
    const verstka::test::Rendered r = render_inline("Ссылка [тут](javascript:alert(1))");
    CHECK(r.html == "Ссылка тут");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "url.rejected");
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].column == 8);

    // On the second line of a paragraph, after a hard break.
    const verstka::test::Rendered second = render_inline("Первая\\\nвторая [x](vbscript:y)");
    REQUIRE(second.diagnostics.size() == 1);
    CHECK(second.diagnostics[0].line == 2);
    CHECK(second.diagnostics[0].column == 8);
}

TEST_CASE("markdown_to_plain_text: the visible text without markup") {
    const Case cases[] = {
        {"Текст *курсив* [ссылка](http://example.org) `код`", "Текст курсив ссылка код"},
        {"до ![кот](/cat.png) после", "до кот после"},
        {"а\\\nб\nв", "а б в"},
        {"&amp; &lt;b&gt; \\*", "& <b> *"},
        {"a <b>x</b>", "a <b>x</b>"},
        {"1. Пункт", "1. Пункт"},
        {"[плохая](javascript:alert(1)) ссылка", "плохая ссылка"},
        {"", ""},
    };
    for (const Case& c : cases) {
        INFO(show(c.markdown));
        CHECK(show(verstka::detail::markdown_to_plain_text(c.markdown, nullptr)) == show(c.html));
    }
    CHECK(verstka::detail::markdown_to_plain_text("a <b>x</b>", nullptr, verstka::RawHtml::drop) == "a x");
}

TEST_CASE("link reference definitions in an inline field: used ones work, unused ones stay text") {
    struct DefinitionCase {
        const char* markdown;
        const char* html;
        int warnings;
    };
    const DefinitionCase cases[] = {
        {"[1]: примечание", "[1]: примечание", 1},
        {"[1]: примечание\nтекст", "[1]: примечание текст", 1},
        {"Текст\n\n[1]: пресс-служба", "Текст [1]: пресс-служба", 2},  // + a second paragraph
        {"   [Фото]: /x \"пресс-служба\"", "[Фото]: /x \"пресс-служба\"", 1},
        // Used: the definition does its job and is not text.
        {"[сайт][1]\n\n[1]: https://example.org",
         "<a class=\"vk-link\" href=\"https://example.org\" rel=\"noopener noreferrer\">сайт</a>", 0},
        {"[сайт]\n\n[САЙТ]: /x", "<a class=\"vk-link\" href=\"/x\">сайт</a>", 0},
        // Must not fire: in code, or not a definition at all.
        {"```\n[1]: x\n```", "<code>[1]: x</code>", 1},
        {"[1] : x", "[1] : x", 0},
        {"[]: x", "[]: x", 0},
    };
    for (const DefinitionCase& c : cases) {
        const verstka::test::Rendered r = render_inline(c.markdown);
        INFO(show(c.markdown));
        CHECK(show(r.html) == show(c.html));
        CHECK(static_cast<int>(r.diagnostics.size()) == c.warnings);
        for (const verstka::Diagnostic& d : r.diagnostics) CHECK(d.code == "markdown.block-in-inline");
        CHECK(verstka::detail::markdown_to_plain_text(c.markdown, nullptr).find("[1]: x") ==
              (std::string_view(c.markdown) == "```\n[1]: x\n```" ? 0 : std::string::npos));
    }
    // Columns on a line we escaped are those the editor sees.
    const verstka::test::Rendered r = render_inline("[1]: [x](javascript:y)");
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].code == "markdown.block-in-inline");
    CHECK(r.diagnostics[0].column == 1);
    CHECK(r.diagnostics[1].code == "url.rejected");
    CHECK(r.diagnostics[1].column == 6);
}
