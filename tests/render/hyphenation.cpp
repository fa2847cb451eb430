// RenderOptions::hyphenation: soft hyphens in the card's text fields, titles included, after
// typography; never in code, autolinks, URLs, e-mails, attributes or JSON-LD.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "article/parse_article.hpp"
#include "render/card.hpp"

namespace {

std::string card(std::string_view json, bool hyphenation, bool entities = false) {
    verstka::RenderOptions options;
    options.hyphenation = hyphenation;
    options.json_ld = true;
    if (entities) options.typograph.chars = verstka::CharOutput::entities;
    verstka::Diagnostics diagnostics;
    const auto article = verstka::detail::parse_article(json, options.parse, diagnostics);
    REQUIRE(article);
    return verstka::detail::render_card(*article, options, diagnostics);
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

constexpr std::string_view kArticle = R"j({
  "title": "Всероссийской неделе",
  "lead": "Заместители муниципалитетов края",
  "cover": {"src": "https://example.org/c.jpg", "alt": "Всероссийской делегации"},
  "body": [
    {"type": "paragraph", "text": "Код `муниципалитетов` и <https://example.org/всероссийской> и **Все**российской, адрес почта@муниципалитетов.рф."},
    {"type": "markdown", "text": "## Муниципалитетов\n\nВсероссийской\n\n```\nмуниципалитетов\n```"}
  ]
})j";

}  // namespace

TEST_CASE("hyphenation is off by default: no soft hyphen, no hyphenated class") {
    const std::string html = card(kArticle, false);
    CHECK_FALSE(contains(html, "\u00AD"));
    CHECK_FALSE(contains(html, "vk-card--hyphenated"));
}

TEST_CASE("hyphenation puts soft hyphens in the title, lead, paragraphs and markdown blocks") {
    const std::string html = card(kArticle, true);
    CHECK(contains(html, "class=\"vk-card vk-card--full vk-card--hyphenated\""));
    CHECK(contains(html, "vk-card__title\">Все\u00ADрос\u00ADсий\u00ADской неделе</h1>"));
    CHECK(contains(html, "му\u00ADни\u00ADци\u00ADпа\u00ADли\u00ADте\u00ADтов края"));  // lead
    CHECK(
        contains(html, "<h3>Му\u00ADни\u00ADци\u00ADпа\u00ADли\u00ADте\u00ADтов</h3>"));  // markdown heading
    CHECK(contains(html, "<p>Все\u00ADрос\u00ADсий\u00ADской</p>"));  // markdown paragraph
}

TEST_CASE("hyphenation leaves code, autolinks, e-mails, cut words, attributes and JSON-LD whole") {
    const std::string html = card(kArticle, true);
    CHECK(contains(html, "<code>муниципалитетов</code>"));
    CHECK(contains(html, ">https://example.org/всероссийской</a>"));
    CHECK(contains(html, "<strong>Все</strong>российской"));
    CHECK(contains(html, "почта@муниципалитетов.рф"));
    CHECK(contains(html, "<pre><code>муниципалитетов\n</code></pre>"));
    CHECK(contains(html, "alt=\"Всероссийской делегации\""));
    CHECK(contains(html, "\"headline\":\"Всероссийской неделе\""));
}

TEST_CASE("hyphenation with entity output writes &shy;") {
    const std::string html = card(kArticle, true, true);
    CHECK(contains(html, "Все&shy;рос&shy;сий&shy;ской неделе"));
    CHECK_FALSE(contains(html, "\u00AD"));
}
