#include "render/json_ld.hpp"

#include <nlohmann/json.hpp>

#include "html/url_policy.hpp"
#include "markdown/markdown.hpp"
#include "typography/typographer.hpp"

namespace verstka::detail {

namespace {

using nlohmann::json;

void put_url(json& object, const char* key, const std::string& url) {
    if (url.empty()) return;
    UrlVerdict verdict = check_url(url);
    if (verdict.allowed) object[key] = verdict.url;
}

std::string plain(const std::string& text, const Typographer* typographer) {
    return typographer ? typographer->typeset(text) : text;
}

}  // namespace

std::string news_article_json_ld(const Article& article, const Typographer* typographer) {
    json ld = json::object();
    ld["@context"] = "https://schema.org";
    ld["@type"] = "NewsArticle";
    ld["headline"] = plain(article.title, typographer);
    if (!article.lead.empty()) ld["description"] = markdown_to_plain_text(article.lead, typographer);
    if (!article.lang.empty()) ld["inLanguage"] = article.lang;
    if (!article.rubric.empty()) ld["articleSection"] = plain(article.rubric, typographer);
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
            json author = {{"@type", "Person"}, {"name", plain(person.name, typographer)}};
            put_url(author, "url", person.url);
            authors.push_back(std::move(author));
        }
        ld["author"] = std::move(authors);
    }
    if (article.source) {
        json publisher = {{"@type", "Organization"}, {"name", plain(article.source->name, typographer)}};
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
    // Input is validated UTF-8; `replace` keeps this total even if that ever changes.
    return ld.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace verstka::detail
