// Typography across inline markup: the runs of one paragraph are typeset as one text, so
// quotes pair, NBSPs land and dashes form across *emphasis*, **strong** and links, while
// code spans, autolinks and raw HTML stay untouched. Expectations follow TYPOGRAPHY.md
// (⍽ stands for a NBSP). Every case is also checked for idempotence: typesetting the
// typeset runs again changes nothing.
#include <doctest/doctest.h>

#include <cmark.h>

#include <string>
#include <vector>

#include "markdown/inline_content.hpp"
#include "markdown/source_text.hpp"
#include "markdown_helpers.hpp"
#include "show.hpp"

namespace {

using verstka::test::MdOptions;
using verstka::test::show;

std::string nbsp(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x8D\xBD") == 0) {  // ⍽
            out += "\xC2\xA0";
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

struct Case {
    const char* markdown;
    const char* html;  ///< inline HTML, ⍽ = NBSP
};

// The runs of the field's first paragraph after one typesetting pass.
std::vector<verstka::detail::TextRun> typeset_runs(std::string_view markdown) {
    verstka::detail::MarkdownContext ctx;
    ctx.typographer = &verstka::test::default_typographer();
    const verstka::detail::SourceText source(markdown);
    cmark_node* doc = cmark_parse_document(source.text().data(), source.text().size(), CMARK_OPT_SOURCEPOS);
    verstka::detail::InlineContent content(ctx, source);
    for (cmark_node* n = cmark_node_first_child(doc); n != nullptr; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) {
            content.add_inlines(n);
            break;
        }
    }
    content.typeset();
    std::vector<verstka::detail::TextRun> runs = content.runs();
    cmark_node_free(doc);
    return runs;
}

const Case kCases[] = {
    // Quotes opened in plain text and closed inside markup, and the other way round.
    {"\"Проект *Север\"* готов", "«Проект <em>Север»</em> готов"},
    {"*\"Север* готов\"", "<em>«Север</em> готов»"},
    {"\"*Север*\"", "«<em>Север</em>»"},
    {"*\"Север\"*", "<em>«Север»</em>"},
    {"\"Проект **\"Север\"** готов\"", "«Проект <strong>„Север“</strong> готов»"},
    {"[\"Север\"](/x)", "<a class=\"vk-link\" href=\"/x\">«Север»</a>"},
    {"\"[Север](/x)\"", "«<a class=\"vk-link\" href=\"/x\">Север</a>»"},
    {"\"Север, [сказал\"](/x) он", "«Север, <a class=\"vk-link\" href=\"/x\">сказал»</a> он"},
    {"*\"Север* и *Юг\"*", "<em>«Север</em> и⍽<em>Юг»</em>"},
    {"\"`code`\"", "«<code>code</code>»"},
    {"\"![кот](/c.png)\"", "«<img src=\"/c.png\" alt=\"кот\" loading=\"lazy\" decoding=\"async\">»"},
    {"&quot;Север&quot;", "«Север»"},
    {"\\\"Север\\\"", "«Север»"},
    {"\"*Ну...*\"", "«<em>Ну…</em>»"},
    // No-break spaces after short words and before particles, across markup.
    {"в [Сочи](/sochi)", "в⍽<a class=\"vk-link\" href=\"/sochi\">Сочи</a>"},
    {"в *Сочи*", "в⍽<em>Сочи</em>"},
    {"*в* Сочи", "<em>в</em>⍽Сочи"},
    {"для **детей**", "для⍽<strong>детей</strong>"},
    {"на [сайте](https://example.org) мэрии",
     "на⍽<a class=\"vk-link\" href=\"https://example.org\" rel=\"noopener noreferrer\">сайте</a> мэрии"},
    {"*сказал* бы", "<em>сказал</em>⍽бы"},
    {"в\nСочи", "в⍽Сочи"},
    {"в\\\nСочи", "в<br>\nСочи"},
    {"\"Север\\\nи Юг\"", "«Север<br>\nи⍽Юг»"},
    {"№ *5*", "№⍽<em>5</em>"},
    {"**А. С.** Пушкин", "<strong>А.⍽С.</strong>⍽Пушкин"},
    // Dashes between links and between pieces of markup.
    {"[Сочи](/a) - [Адлер](/b)",
     "<a class=\"vk-link\" href=\"/a\">Сочи</a>⍽— <a class=\"vk-link\" href=\"/b\">Адлер</a>"},
    {"*Сочи* -- *Адлер*", "<em>Сочи</em>⍽— <em>Адлер</em>"},
    {"**Сочи** — курорт", "<strong>Сочи</strong>⍽— курорт"},
    {"`npm` - менеджер", "<code>npm</code>⍽— менеджер"},
    // Numbers and units across markup.
    {"**5** км", "<strong>5</strong>⍽км"},
    {"*13* сентября", "<em>13</em>⍽сентября"},
    {"**5-7** см", "<strong>5–7</strong>⍽см"},
    {"*45000* человек", "<em>45⍽000</em> человек"},
    {"**100 %**", "<strong>100%</strong>"},
    {"фильм **18+**", "фильм⍽<strong>18+</strong>"},
    {"*55\"* экран", "<em>55″</em> экран"},
    // Symbols, ellipsis, apostrophe, spacing across markup.
    {"**(c)** 2024", "<strong>©</strong> 2024"},
    {"*Итак...*", "<em>Итак…</em>"},
    {"*д'Артаньян*", "<em>д’Артаньян</em>"},
    {"*слово* , дальше", "<em>слово</em>, дальше"},
    // Untouched: code spans, autolinks (URL and e-mail), raw HTML shown as text.
    {"`http://site.ru/a--b \"x\" - y`", "<code>http://site.ru/a--b \"x\" - y</code>"},
    {"Сайт <https://site.ru/a-b--c> - тут",
     "Сайт <a class=\"vk-link\" href=\"https://site.ru/a-b--c\" rel=\"noopener noreferrer\">"
     "https://site.ru/a-b--c</a>⍽— тут"},
    {"Пишите на <info@sochi.example> - ответим",
     "Пишите на⍽<a class=\"vk-link\" href=\"mailto:info@sochi.example\">info@sochi.example</a>⍽— ответим"},
    {"<span title=\"a - b\"> \"Север\"", "&lt;span title=\"a - b\"&gt; «Север»"},
    // Titles and alts are typeset on their own.
    {"[x](/a 'Проект \"Север\"')", "<a class=\"vk-link\" href=\"/a\" title=\"Проект «Север»\">x</a>"},
    {"![Кот в \"Сочи\"](/c.png)",
     "<img src=\"/c.png\" alt=\"Кот в⍽«Сочи»\" loading=\"lazy\" decoding=\"async\">"},
};

}  // namespace

TEST_CASE("typography across inline markup") {
    MdOptions options;
    options.typographer = &verstka::test::default_typographer();
    CHECK(std::size(kCases) >= 40);
    for (const Case& c : kCases) {
        INFO(show(c.markdown));
        const verstka::test::Rendered r = verstka::test::render_inline(c.markdown, options);
        CHECK(show(r.html) == show(nbsp(c.html)));

        // Idempotence: the typeset runs, typeset again, stay as they are.
        const std::vector<verstka::detail::TextRun> once = typeset_runs(c.markdown);
        std::vector<verstka::detail::TextRun> twice = once;
        verstka::test::default_typographer().typeset(twice);
        REQUIRE(twice.size() == once.size());
        for (std::size_t i = 0; i < once.size(); ++i) {
            CHECK(show(twice[i].text) == show(once[i].text));
            CHECK(twice[i].verbatim == once[i].verbatim);
        }
    }
}

TEST_CASE("typography reaches flattened block markers in inline fields") {
    MdOptions options;
    options.typographer = &verstka::test::default_typographer();
    // "- " is a list marker to cmark but a dialogue dash to the editor: flattened back to
    // text, it is typeset with the rest of the paragraph.
    const verstka::test::Rendered r = verstka::test::render_inline("- Да, - сказал он.", options);
    CHECK(show(r.html) == show(nbsp("—⍽Да,⍽— сказал⍽он.")));
}

TEST_CASE("code blocks and verbatim runs are never typeset, with typography on") {
    MdOptions options;
    options.typographer = &verstka::test::default_typographer();
    const verstka::test::Rendered r =
        verstka::test::render_block("```\n\"a\" - b... (c)\n```\n\n`\"a\" - b`", options);
    CHECK(r.html == "<pre><code>\"a\" - b... (c)\n</code></pre>\n<p><code>\"a\" - b</code></p>\n");
}

TEST_CASE("typography diagnostics point into the field text") {
    MdOptions options;
    options.typographer = &verstka::test::default_typographer();
    // TYPOGRAPHY.md: an unbalanced quote is closed at the paragraph end and reported. The
    // quote is the 10th code point of line 1 of the field (the engine sees it at column 9
    // of the joined runs, the `*` being markup).
    const verstka::test::Rendered r = verstka::test::render_inline("Текст *с \"кавычкой* без пары", options);
    REQUIRE(!r.diagnostics.empty());
    const verstka::Diagnostic& d = r.diagnostics.front();
    CHECK(d.path == verstka::test::kFieldPointer);
    CHECK(d.line == 1);
    CHECK(d.column == 10);
}
