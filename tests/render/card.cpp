// Card layouts: structure, every block type, escaping of every field, URL policy at work.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "article/parse_article.hpp"
#include "render/card.hpp"

namespace {

using verstka::Layout;
using verstka::RenderOptions;
using verstka::RenderResult;

// A card from the render module itself: the article parsed (article/) and rendered
// (render/), no HTML when any diagnostic is an error, as render_article gives it.
RenderResult card_of(std::string_view json, const RenderOptions& options = {}) {
    RenderResult result;
    const auto article = verstka::detail::parse_article(json, options.parse, result.diagnostics);
    if (!article) return result;
    std::string html = verstka::detail::render_card(*article, options, result.diagnostics);
    result.ok = !verstka::has_errors(result.diagnostics);
    if (result.ok) result.html = std::move(html);
    return result;
}

constexpr const char* kEveryBlock = R"j({
  "v": 1, "id": "test-1", "lang": "ru", "url": "https://example.org/news/1",
  "rubric": "Общество", "title": "Заголовок", "lead": "Подводка",
  "published": "2024-09-13T10:00:00+03:00", "updated": "2024-09-14T08:05:00+03:00",
  "dateline": "Сочи", "ageRating": "18+",
  "authors": [{"name": "Иван Петров", "url": "https://example.org/a/ivan"}, {"name": "Анна Смирнова"}],
  "source": {"name": "ИА Тест", "url": "https://example.org"},
  "cover": {"src": "https://example.org/c.jpg", "alt": "Обложка", "caption": "Подпись", "credit": "пресс-служба", "width": 1200, "height": 800},
  "body": [
    {"type": "paragraph", "text": "Абзац"},
    {"type": "heading", "level": 3, "text": "Подзаголовок"},
    {"type": "quote", "text": "Цитата", "author": "Автор Цитаты", "role": "должность"},
    {"type": "image", "src": "/img/a.png", "alt": "Картинка", "caption": "Подпись картинки", "credit": "автор", "creditPrefix": "Иллюстрация"},
    {"type": "list", "ordered": true, "items": ["раз", "два"]},
    {"type": "list", "items": ["три"]},
    {"type": "callout", "title": "Справка", "text": "Текст справки"},
    {"type": "embed", "provider": "youtube", "url": "https://www.youtube.com/watch?v=abc", "caption": "Видео"},
    {"type": "markdown", "text": "Маркдаун"},
    {"type": "divider"}
  ],
  "links": {"full": {"url": "https://example.org/full", "label": "Полная версия"},
            "next": {"url": "https://example.org/next", "label": "Дальше", "title": "Следующий заголовок"}},
  "tags": ["первый", "второй"]
})j";

std::string render(const char* json, Layout layout = Layout::full) {
    RenderOptions options;
    options.layout = layout;
    options.typography = false;
    const auto result = card_of(json, options);
    REQUIRE(result.ok);
    return result.html;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("full layout renders every part and every block type") {
    const std::string html = render(kEveryBlock);
    const char* expected[] = {
        "<article class=\"vk-card vk-card--full\" lang=\"ru\" data-article-id=\"test-1\">",
        "<header class=\"vk-card__header\">",
        "<span class=\"vk-card__rubric\">Общество</span>",
        "<span class=\"vk-card__dateline\">Сочи</span>",
        "<time class=\"vk-card__date\" datetime=\"2024-09-13T10:00:00+03:00\">13 сентября 2024, 10:00</time>",
        "<span class=\"vk-card__updated\">обновлено <time class=\"vk-card__date vk-card__date--updated\" "
        "datetime=\"2024-09-14T08:05:00+03:00\">14 сентября 2024, 08:05</time></span>",
        "<span class=\"vk-card__age\" aria-label=\"Возрастное ограничение 18+\">18+</span>",
        "<h1 class=\"vk-card__title\">Заголовок</h1>",
        "<p class=\"vk-card__lead\">Подводка</p>",
        "<p class=\"vk-card__authors\">Авторы: <a class=\"vk-card__author\" "
        "href=\"https://example.org/a/ivan\" "
        "rel=\"noopener noreferrer\">Иван Петров</a>, <span class=\"vk-card__author\">Анна "
        "Смирнова</span></p>",
        "<figure class=\"vk-card__cover vk-figure\"><img class=\"vk-figure__img\" "
        "src=\"https://example.org/c.jpg\" "
        "alt=\"Обложка\" width=\"1200\" height=\"800\" loading=\"lazy\" decoding=\"async\">",
        "<figcaption class=\"vk-figure__caption\"><span class=\"vk-figure__text\">Подпись</span> "
        "<span class=\"vk-figure__credit\">Фото: пресс-служба</span></figcaption>",
        "<p class=\"vk-p\">Абзац</p>",
        "<h3 class=\"vk-h vk-h--3\">Подзаголовок</h3>",
        "<blockquote class=\"vk-quote\"><p class=\"vk-quote__text\">Цитата</p><footer "
        "class=\"vk-quote__footer\">"
        "<cite class=\"vk-quote__author\">Автор Цитаты</cite>, <span "
        "class=\"vk-quote__role\">должность</span>"
        "</footer></blockquote>",
        "<img class=\"vk-figure__img\" src=\"/img/a.png\" alt=\"Картинка\" loading=\"lazy\" "
        "decoding=\"async\">",
        "<span class=\"vk-figure__credit\">Иллюстрация: автор</span>",
        "<ol class=\"vk-list vk-list--ordered\"><li class=\"vk-list__item\">раз</li><li "
        "class=\"vk-list__item\">два</li></ol>",
        "<ul class=\"vk-list\"><li class=\"vk-list__item\">три</li></ul>",
        "<aside class=\"vk-callout\"><p class=\"vk-callout__title\">Справка</p><p "
        "class=\"vk-callout__text\">Текст справки</p></aside>",
        "<figure class=\"vk-embed vk-embed--youtube\"><a class=\"vk-embed__link\" "
        "href=\"https://www.youtube.com/watch?v=abc\" "
        "rel=\"noopener noreferrer\"><span class=\"vk-embed__provider\">YouTube</span> <span "
        "class=\"vk-embed__url\">"
        "youtube.com/watch?v=abc</span></a><figcaption "
        "class=\"vk-embed__caption\">Видео</figcaption></figure>",
        "<div class=\"vk-markdown\">",
        "<hr class=\"vk-divider\">",
        "<p class=\"vk-card__source\">Источник: <a class=\"vk-card__source-link\" "
        "href=\"https://example.org\" "
        "rel=\"noopener noreferrer\">ИА Тест</a></p>",
        "<ul class=\"vk-card__tags\"><li class=\"vk-tag\">первый</li><li class=\"vk-tag\">второй</li></ul>",
        "<a class=\"vk-card__more\" href=\"https://example.org/full\" rel=\"noopener noreferrer\">Полная "
        "версия</a>",
        "<a class=\"vk-card__next\" href=\"https://example.org/next\" rel=\"noopener noreferrer\"><span "
        "class=\"vk-card__next-label\">Дальше</span> <span class=\"vk-card__next-title\">Следующий "
        "заголовок</span></a>",
    };
    for (const char* piece : expected) {
        CAPTURE(piece);
        CHECK(contains(html, piece));
    }
    CHECK(html.rfind("</article>\n") == html.size() - 11);
}

TEST_CASE("teaser layout: thumbnail, linked title, lead, no body") {
    const std::string html = render(kEveryBlock, Layout::teaser);
    CHECK(contains(html, "<article class=\"vk-card vk-card--teaser\""));
    CHECK(contains(
        html,
        "<a class=\"vk-card__thumb\" href=\"https://example.org/news/1\" rel=\"noopener noreferrer\">"
        "<img class=\"vk-card__thumb-img\" src=\"https://example.org/c.jpg\" alt=\"Обложка\""));
    CHECK(contains(
        html,
        "<h2 class=\"vk-card__title\"><a class=\"vk-card__title-link\" href=\"https://example.org/news/1\" "
        "rel=\"noopener noreferrer\">Заголовок</a></h2>"));
    CHECK(contains(html, "<p class=\"vk-card__lead\">Подводка</p>"));
    CHECK(contains(html, "13 сентября 2024, 10:00"));
    CHECK_FALSE(contains(html, "vk-card__body"));
    CHECK_FALSE(contains(html, "Абзац"));
}

TEST_CASE("compact layout: title link and date only") {
    const std::string html = render(kEveryBlock, Layout::compact);
    CHECK(contains(html, "<article class=\"vk-card vk-card--compact\""));
    CHECK(contains(html, "vk-card__title-link"));
    CHECK(contains(html, "<time class=\"vk-card__date\""));
    CHECK_FALSE(contains(html, "vk-card__rubric"));
    CHECK_FALSE(contains(html, "vk-card__lead"));
    CHECK_FALSE(contains(html, "<img"));
}

TEST_CASE("linked title falls back to links.full and to plain text") {
    const std::string with_full =
        render(R"j({"title": "T", "body": [], "links": {"full": {"url": "/full"}}})j", Layout::compact);
    CHECK(contains(with_full, "<a class=\"vk-card__title-link\" href=\"/full\">T</a>"));
    const std::string without = render(R"j({"title": "T", "body": []})j", Layout::compact);
    CHECK(contains(without, "<span class=\"vk-card__title-link\">T</span>"));
}

TEST_CASE("every plain-text field is escaped") {
    const std::string attack = "<script>alert(1)</script>\\\" onerror=\\\"x";
    std::string json = R"j({"title": "@", "rubric": "@", "dateline": "@", "authors": [{"name": "@"}],
        "source": {"name": "@"}, "cover": {"src": "/c.jpg", "alt": "@", "credit": "@", "creditPrefix": "@"},
        "body": [{"type": "quote", "text": "q", "author": "@", "role": "@"},
                 {"type": "callout", "title": "@", "text": "t"}],
        "links": {"full": {"url": "/f", "label": "@"}, "next": {"url": "/n", "label": "@", "title": "@"}},
        "tags": ["@"]})j";
    for (std::size_t at = json.find('@'); at != std::string::npos; at = json.find('@', at + attack.size())) {
        json.replace(at, 1, attack);
    }
    for (Layout layout : {Layout::full, Layout::teaser, Layout::compact}) {
        const std::string html = render(json.c_str(), layout);
        CHECK_FALSE(contains(html, "<script"));
    }
    const std::string full = render(json.c_str());
    CHECK(contains(full, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(full, "alt=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;x\""));
}

TEST_CASE("rejected URLs are left out with a warning, text kept") {
    RenderOptions options;
    options.typography = false;
    const auto result = card_of(R"j({"title": "T", "url": "javascript:alert(1)",
        "authors": [{"name": "Автор", "url": "vbscript:x"}],
        "cover": {"src": "data:image/png;base64,AAAA", "alt": "Описание"},
        "body": [{"type": "embed", "provider": "vk", "url": "javascript:alert(2)"}],
        "links": {"full": {"url": "JaVaScRiPt:alert(3)", "label": "Читать"}}})j",
                                options);
    REQUIRE(result.ok);
    CHECK_FALSE(contains(result.html, "javascript"));
    CHECK_FALSE(contains(result.html, "JaVaScRiPt"));
    CHECK_FALSE(contains(result.html, "vbscript"));
    CHECK_FALSE(contains(result.html, "data:"));
    CHECK(contains(result.html, "<span class=\"vk-card__author\">Автор</span>"));
    CHECK(contains(result.html, "<span class=\"vk-figure__alt\">Описание</span>"));
    CHECK(contains(result.html, "<span class=\"vk-card__more\">Читать</span>"));
    int rejected = 0;
    for (const auto& d : result.diagnostics) {
        if (d.code != "url.rejected") continue;
        ++rejected;
        CHECK(d.severity == verstka::Severity::warning);
    }
    CHECK(rejected == 4);
    bool saw_cover = false;
    for (const auto& d : result.diagnostics) saw_cover = saw_cover || d.path == "/cover/src";
    CHECK(saw_cover);
}

TEST_CASE("JSON-LD: NewsArticle, only with the option, inert in HTML") {
    RenderOptions options;
    options.typography = false;
    CHECK_FALSE(contains(card_of(kEveryBlock, options).html, "application/ld+json"));
    options.json_ld = true;
    const std::string html = card_of(R"j({"title": "</script><script>alert(1)</script>\u2028",
        "published": "2024-09-13T10:00:00+03:00", "url": "javascript:x",
        "authors": [{"name": "A & B"}], "body": []})j",
                                     options)
                                 .html;
    CHECK(contains(html, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""));
    CHECK(contains(html, "\"@type\":\"NewsArticle\""));
    CHECK(contains(html, "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u2028"));
    CHECK(contains(html, "\"datePublished\":\"2024-09-13T10:00:00+03:00\""));
    CHECK(contains(html, "A \\u0026 B"));
    CHECK_FALSE(contains(html, "javascript"));
    CHECK(html.find("<script") == html.rfind("<script"));
}

TEST_CASE("entities option writes typographic characters as named entities") {
    RenderOptions options;
    options.typograph.chars = verstka::CharOutput::entities;
    options.typography = false;
    const auto result = card_of(R"j({"title": "В\u00A0Сочи — «да»", "body": []})j", options);
    REQUIRE(result.ok);
    CHECK(contains(result.html, "В&nbsp;Сочи &mdash; &laquo;да&raquo;"));
}
