// typograph() options: text and HTML modes, entity output, switching rules by id and mask.
#include <doctest/doctest.h>

#include <string>

#include "common/chars.hpp"
#include "rule_cases.hpp"
#include "verstka/typograph.hpp"

namespace {

using verstka::CharOutput;
using verstka::TextMode;
using verstka::TypographOptions;
using verstka::test::nbsp;
using verstka::test::show;

std::string html(std::string_view input, CharOutput chars = CharOutput::unicode) {
    TypographOptions options;
    options.mode = TextMode::html;
    options.chars = chars;
    return verstka::typograph(input, options).text;
}

struct Case {
    std::string_view input;
    std::string_view expected;
};

void check_html(std::initializer_list<Case> cases, CharOutput chars = CharOutput::unicode) {
    for (const Case& c : cases) {
        const std::string once = html(c.input, chars);
        CHECK_MESSAGE(once == nbsp(c.expected), show(c.input), " → ", show(once));
        if (chars == CharOutput::unicode) {
            CHECK_MESSAGE(html(once) == once, "not idempotent: ", show(once));
        }
    }
}

}  // namespace

TEST_CASE("typograph: the header example") {
    // The header shows the dash and quotes alone; the full set also binds the short «Он».
    CHECK(verstka::typograph("Он сказал - \"да\"").text == nbsp("Он⍽сказал⍽— «да»"));
    TypographOptions options;
    options.disable = {"nbsp/short-word"};
    CHECK(verstka::typograph("Он сказал - \"да\"", options).text == "Он сказал\u00A0— «да»");
}

TEST_CASE("typograph: text mode keeps line breaks, each line is a paragraph") {
    const std::string out = verstka::typograph("- Да?\r\n- Нет \"да\n\nи \"нет\"").text;
    CHECK(show(out) == show(nbsp("—⍽Да?\r\n—⍽Нет «да\n\nи⍽«нет»")));
}

TEST_CASE("typograph: invalid UTF-8 becomes U+FFFD") {
    const std::string out = verstka::typograph("в \xFF доме").text;
    CHECK(out == nbsp("в⍽\xEF\xBF\xBD доме"));
}

TEST_CASE("typograph: html mode leaves markup and code alone") {
    check_html({
        {"<p>в \"Сочи\"</p>", "<p>в⍽«Сочи»</p>"},
        {"<p class=\"a - b\" title='\"x\"'>Сочи - город</p>",
         "<p class=\"a - b\" title='\"x\"'>Сочи⍽— город</p>"},
        {"<p>в <b>Сочи</b> - \"<i>город</i>\"</p>", "<p>в⍽<b>Сочи</b>⍽— «<i>город</i>»</p>"},
        {"<!-- a - b \"c\" -->в доме", "<!-- a - b \"c\" -->в⍽доме"},
        {"код <code>a - \"b\" ...</code> и", "код <code>a - \"b\" ...</code> и"},
        {"<pre>a - \"b\"\n  c...</pre><p>a...</p>", "<pre>a - \"b\"\n  c...</pre><p>a…</p>"},
        {"<kbd>Ctrl - C</kbd>, <samp>x -- y</samp>", "<kbd>Ctrl - C</kbd>, <samp>x -- y</samp>"},
        {"<script>if (a - b > \"c\") {}</script>", "<script>if (a - b > \"c\") {}</script>"},
        {"<style>a::after{content:\"...\"}</style>", "<style>a::after{content:\"...\"}</style>"},
        {"<p>один</p><p>\"два</p><p>три\"</p>", "<p>один</p><p>«два</p><p>три»</p>"},
    });
}

TEST_CASE("typograph: html mode keeps markup-significant entities, decodes typographic ones") {
    check_html({
        {"AT&amp;T и &lt;b&gt; - тег", "AT&amp;T и⍽&lt;b&gt;⍽— тег"},
        {"&#38; &#60; &#62; &quot;x&quot;", "&#38; &#60; &#62; &quot;x&quot;"},
        {"в&nbsp;доме &mdash; тихо", "в⍽доме⍽— тихо"},
        {"&laquo;Сочи&raquo; &#8212; город", "«Сочи»⍽— город"},
        {"&#x2014; и &hellip;", "—⍽и …"},
        {"&unknown; и &", "&unknown; и⍽&"},
    });
}

TEST_CASE("typograph: entity output") {
    check_html({{"в \"Сочи\" - город...", "в&nbsp;&laquo;Сочи&raquo;&nbsp;&mdash; город&hellip;"},
                {"<a href=\"x\">5-7</a> &amp;", "<a href=\"x\">5&ndash;7</a> &amp;"}},
               CharOutput::entities);
    TypographOptions options;
    options.chars = CharOutput::entities;
    CHECK(verstka::typograph("-5 °C", options).text == "&minus;5&nbsp;&deg;C");
}

TEST_CASE("typograph: enable and disable by id and by group mask") {
    const std::string_view input = "в доме - \"тихо\"";
    TypographOptions none;
    none.disable = {"nbsp/*"};
    CHECK(verstka::typograph(input, none).text == nbsp("в доме⍽— «тихо»"));  // dash/em binds
    TypographOptions no_quotes;
    no_quotes.disable = {"quotes/pairs"};
    CHECK(verstka::typograph(input, no_quotes).text == nbsp("в⍽доме⍽— \"тихо\""));
    TypographOptions nothing;
    nothing.disable = {"*"};
    CHECK(verstka::typograph(input, nothing).text == input);
    TypographOptions enabled_then_disabled;
    enabled_then_disabled.enable = {"dash/em"};
    enabled_then_disabled.disable = {"*"};
    CHECK(verstka::typograph(input, enabled_then_disabled).text == input);
    TypographOptions unknown;
    unknown.disable = {"no/such-rule", "nbsp"};
    CHECK(verstka::typograph(input, unknown).text == nbsp("в⍽доме⍽— «тихо»"));
}

TEST_CASE("typograph: a Latin quotation takes «» by default, English quotes only as an option") {
    TypographOptions english;
    english.english_quotes_for_latin = true;
    CHECK(verstka::typograph("песня \"Let It Be\"", english).text == nbsp("песня “Let It⍽Be”"));
    CHECK(verstka::typograph("песня \"Let It Be\"").text == nbsp("песня «Let It⍽Be»"));
    CHECK(verstka::typograph("Альбом \"Abbey Road\" вышел").text == nbsp("Альбом «Abbey Road» вышел"));
    CHECK(verstka::typograph("бренд \"Lego\"").text == "бренд «Lego»");
}

TEST_CASE("typograph: a nested English quotation keeps «» around a single quote that may close it") {
    TypographOptions english;
    english.english_quotes_for_latin = true;
    CHECK(verstka::typograph("\"The \"Students’ union\" opened\"", english).text ==
          nbsp("“The «Students’ union» opened”"));
    // Must not fire: apostrophes glued between letters close nothing.
    CHECK(verstka::typograph("\"The \"Rock’n’roll band\" opened\"", english).text ==
          nbsp("“The ‘Rock’n’roll band’ opened”"));
    CHECK(verstka::typograph("\"He said \"Yes\" there\"", english).text == nbsp("“He⍽said ‘Yes’ there”"));
}

TEST_CASE("typography_rules: catalog in order with titles") {
    const std::vector<verstka::RuleInfo> rules = verstka::typography_rules();
    REQUIRE(rules.size() >= 30);
    CHECK(rules.front().id == "space/collapse");
    for (const verstka::RuleInfo& rule : rules) {
        CHECK(rule.id.find('/') != std::string::npos);
        CHECK(!rule.title_ru.empty());
        CHECK(!rule.title_en.empty());
    }
}

TEST_CASE("typograph: every character of the entity table as its entity") {
    // HtmlWriter writes the same table (tests/html/html_writer.cpp), so cards and typograph()
    // output agree.
    std::size_t count = 0;
    const verstka::detail::chars::Named* table = verstka::detail::chars::entity_table(count);
    REQUIRE(count > 0);
    TypographOptions options;
    options.chars = CharOutput::entities;
    options.disable = {"*"};
    for (std::size_t k = 0; k < count; ++k) {
        const std::string text = "a" + std::string(table[k].utf8) + "b";
        CHECK(verstka::typograph(text, options).text == "a&" + std::string(table[k].entity) + ";b");
    }
}
