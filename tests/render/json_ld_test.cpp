// The NewsArticle JSON-LD: written member by member (render/json_ld.cpp), byte for byte what
// building it as an nlohmann::json and dump(-1) wrote before (the reference below), for
// every combination of present and missing fields and for strings with every kind of escape.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "html/url_policy.hpp"
#include "markdown/markdown.hpp"
#include "render/json_ld.hpp"
#include "typography/typographer.hpp"

namespace {

using nlohmann::json;
using verstka::detail::Article;
using verstka::detail::DateTime;
using verstka::detail::Image;
using verstka::detail::Link;
using verstka::detail::Person;
using verstka::detail::Typographer;

// The reference: the object built as nlohmann::json and dumped, as render/json_ld.cpp did.
std::string reference_json_ld(const Article& article, const Typographer* typographer) {
    const auto plain = [&](const std::string& text) {
        return typographer ? typographer->typeset(text) : text;
    };
    const auto put_url = [](json& object, const char* key, const std::string& url) {
        if (url.empty()) return;
        const verstka::detail::UrlVerdict verdict = verstka::detail::check_url(url);
        if (verdict.allowed) object[key] = verdict.url;
    };
    json ld = json::object();
    ld["@context"] = "https://schema.org";
    ld["@type"] = "NewsArticle";
    ld["headline"] = plain(article.title);
    if (!article.lead.empty())
        ld["description"] = verstka::detail::markdown_to_plain_text(article.lead, typographer);
    if (!article.lang.empty()) ld["inLanguage"] = article.lang;
    if (!article.rubric.empty()) ld["articleSection"] = plain(article.rubric);
    if (article.published) ld["datePublished"] = article.published->iso;
    if (article.updated) ld["dateModified"] = article.updated->iso;
    put_url(ld, "mainEntityOfPage",
            article.url.empty() && article.link_full ? article.link_full->url : article.url);
    if (article.cover) {
        json image = json::object();
        image["@type"] = "ImageObject";
        put_url(image, "url", article.cover->src);
        if (image.contains("url")) {
            if (article.cover->width > 0) image["width"] = article.cover->width;
            if (article.cover->height > 0) image["height"] = article.cover->height;
            ld["image"] = image;
        }
    }
    if (!article.authors.empty()) {
        json authors = json::array();
        for (const Person& person : article.authors) {
            json author = {{"@type", "Person"}, {"name", plain(person.name)}};
            put_url(author, "url", person.url);
            authors.push_back(std::move(author));
        }
        ld["author"] = std::move(authors);
    }
    if (article.source) {
        json publisher = {{"@type", "Organization"}, {"name", plain(article.source->name)}};
        put_url(publisher, "url", article.source->url);
        ld["publisher"] = std::move(publisher);
    }
    if (!article.tags.empty()) {
        std::string keywords;
        for (const std::string& tag : article.tags) {
            if (!keywords.empty()) keywords += ", ";
            keywords += tag;
        }
        ld["keywords"] = keywords;
    }
    return ld.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Every byte below 0x20, the two JSON escapes, DEL, '/', Cyrillic, an emoji and '<' (which
// the HTML writer, not the JSON, takes care of).
std::string every_escape() {
    std::string text = "Текст \"в кавычках\" \\ / \x7F </script> 😀 ";
    for (char c = 1; c < 0x20; ++c) text += c;
    return text;
}

Article full_article() {
    Article a;
    a.lang = "ru";
    a.url = "https://example.org/news/1?a=1&b=\"2\"";
    a.rubric = "Общество";
    a.title = "Заголовок «с кавычками» " + every_escape();
    a.lead = "Подводка со *звёздочками* и [ссылкой](https://example.org) " + every_escape();
    a.published = DateTime{};
    a.published->iso = "2024-09-13T10:00:00+03:00";
    a.updated = DateTime{};
    a.updated->iso = "2024-09-14T08:05:00+03:00";
    a.authors = {Person{"Иван Петров", "https://example.org/a/ivan"}, Person{"Анна \"Смирнова\"", ""},
                 Person{"Злой", "javascript:alert(1)"}};
    a.source = Person{"ИА Тест\n", "https://example.org"};
    Image cover;
    cover.src = "https://example.org/c.jpg";
    cover.width = 1200;
    cover.height = 800;
    a.cover = cover;
    a.tags = {"Сочи", "туризм \"2024\"", "a\\b"};
    return a;
}

}  // namespace

TEST_CASE("JSON-LD: byte for byte what nlohmann's dump wrote, whichever fields are present") {
    const Typographer typographer;
    std::vector<std::pair<const char*, Article>> cases;
    cases.emplace_back("every field, every escape", full_article());
    cases.emplace_back("only a title", Article{});
    cases.back().second.title = every_escape();
    cases.back().second.lang.clear();
    {
        Article a = full_article();
        a.url.clear();
        a.link_full = Link{"https://example.org/full", "", ""};
        a.cover->width = 0;
        a.source->url = "ftp://example.org";
        a.published.reset();
        cases.emplace_back("the page from links.full, no width, a rejected publisher URL", a);
    }
    {
        Article a = full_article();
        a.cover->src = "javascript:alert(1)";  // the image is left out
        a.cover->height = 0;
        a.authors.resize(1);
        a.tags.resize(1);
        a.rubric.clear();
        a.lead.clear();
        a.updated.reset();
        cases.emplace_back("a rejected cover, one author, one tag", a);
    }
    {
        Article a = full_article();
        a.cover->src.clear();
        a.url = "/relative/path";
        a.source.reset();
        a.authors.clear();
        a.tags.clear();
        cases.emplace_back("a cover without an address, a relative page address", a);
    }
    for (const auto& [name, article] : cases) {
        CAPTURE(name);
        CHECK(verstka::detail::news_article_json_ld(article, nullptr) == reference_json_ld(article, nullptr));
        CHECK(verstka::detail::news_article_json_ld(article, &typographer) ==
              reference_json_ld(article, &typographer));
    }
}

TEST_CASE("JSON-LD: the control characters take their short escapes or \\u00xx in lowercase") {
    Article a;
    a.lang.clear();
    a.title = std::string("\b\t\n\f\r\x01\x1F\x7F\"\\", 10);
    CHECK(verstka::detail::news_article_json_ld(a, nullptr) ==
          "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          "\"headline\":\"\\b\\t\\n\\f\\r\\u0001\\u001f\x7F\\\"\\\\\"}");
}
