#include "import/import_meta.hpp"

#include <initializer_list>
#include <string>

#include "article/date_time.hpp"

namespace verstka::detail {

namespace {

// The article fields a caller may give (format v1); `body` comes from the input only.
constexpr std::string_view kArticleFields[] = {
    "v",       "id",       "lang",      "url",     "rubric", "title", "lead",  "published",
    "updated", "dateline", "ageRating", "authors", "source", "cover", "links", "tags",
};

void add(Diagnostics& diagnostics, Severity severity, const char* code, std::string path,
         std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.path = std::move(path);
    d.message = std::move(message);
    diagnostics.push_back(std::move(d));
}

bool is_article_field(std::string_view key) noexcept {
    for (const std::string_view field : kArticleFields) {
        if (field == key) return true;
    }
    return false;
}

// A link given as its URL alone becomes {url}; an object is kept for the validator to check.
void normalise_link(OrderedJson& links, const char* name) {
    auto it = links.find(name);
    if (it != links.end() && it->is_string()) *it = OrderedJson{{"url", it->get<std::string>()}};
}

// `object` with the keys of `order` first, in that order, then the others as they were.
OrderedJson in_order(OrderedJson object, std::initializer_list<std::string_view> order) {
    if (!object.is_object()) return object;
    OrderedJson out = OrderedJson::object();
    for (const std::string_view key : order) {
        auto it = object.find(key);
        if (it != object.end()) out[std::string(key)] = std::move(*it);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!out.contains(it.key())) out[it.key()] = std::move(*it);
    }
    return out;
}

// The order of docs/article-format.md, so that an imported article reads like a written one.
void put_in_order(OrderedJson& article) {
    article = in_order(std::move(article),
                       {"v", "id", "lang", "url", "rubric", "title", "lead", "published", "updated",
                        "dateline", "ageRating", "authors", "source", "cover", "body", "links", "tags"});
    if (article.contains("cover")) {
        article["cover"] = in_order(std::move(article["cover"]),
                                    {"src", "alt", "caption", "credit", "creditPrefix", "width", "height"});
    }
    auto links = article.find("links");
    if (links != article.end() && links->is_object()) {
        for (const char* name : {"full", "next"}) {
            if (links->contains(name))
                (*links)[name] = in_order(std::move((*links)[name]), {"url", "label", "title"});
        }
        *links = in_order(std::move(*links), {"full", "next"});
    }
}

}  // namespace

std::optional<ImportMeta> read_import_meta(std::string_view meta_json, Diagnostics& diagnostics) {
    ImportMeta meta;
    if (meta_json.empty()) return meta;
    OrderedJson parsed = OrderedJson::parse(meta_json.begin(), meta_json.end(), nullptr, false);
    if (parsed.is_discarded()) {
        add(diagnostics, Severity::error, "import.meta", "", "meta is not valid JSON");
        return std::nullopt;
    }
    if (parsed.is_null()) return meta;
    if (!parsed.is_object()) {
        add(diagnostics, Severity::error, "import.meta", "", "meta must be a JSON object");
        return std::nullopt;
    }
    bool ok = true;
    for (auto it = parsed.begin(); it != parsed.end(); ++it) {
        const std::string& key = it.key();
        const std::string path = "/" + key;  // only known keys are quoted in paths, none has / or ~
        if (key == "year") {
            if (it->is_null()) continue;
            const bool integer =
                it->is_number_integer() ||
                (it->is_number_float() &&
                 it->get<double>() == static_cast<double>(static_cast<long long>(it->get<double>())));
            const double value = it->is_number() ? it->get<double>() : 0;
            if (!integer || value < 1 || value > 9999) {
                add(diagnostics, Severity::error, "import.meta", path,
                    "meta.year must be an integer from 1 to 9999");
                ok = false;
                continue;
            }
            meta.year = static_cast<int>(value);
            continue;
        }
        if (!is_article_field(key)) {
            add(diagnostics, Severity::warning, "import.meta", "",
                "meta has a key that is not an article field nor `year`; it is ignored: " +
                    OrderedJson(key).dump(-1, ' ', false, OrderedJson::error_handler_t::replace));
            continue;
        }
        OrderedJson value = *it;
        if (key == "cover" && value.is_string()) value = OrderedJson{{"src", value.get<std::string>()}};
        if (key == "links" && value.is_object()) {
            normalise_link(value, "full");
            normalise_link(value, "next");
        }
        if (key == "published" && value.is_string())
            meta.published = parse_date_time(value.get<std::string>());
        meta.fields[key] = std::move(value);
    }
    if (!ok) return std::nullopt;
    return meta;
}

void apply_import_meta(OrderedJson& article, const ImportMeta& meta, Diagnostics& diagnostics) {
    // A merge patch replaces a non-object by an object: the validator then says what is wrong.
    article.merge_patch(meta.fields);
    auto cover = article.find("cover");
    if (cover != article.end() && cover->is_object() && !cover->contains("src")) {
        std::string words;
        if (cover->contains("caption") && (*cover)["caption"].is_string())
            words = (*cover)["caption"].get<std::string>();
        if (cover->contains("credit") && (*cover)["credit"].is_string()) {
            if (!words.empty()) words += " / ";
            words += (*cover)["credit"].get<std::string>();
        }
        add(diagnostics, Severity::warning, "import.cover-without-src", "/cover",
            "the text has a photo caption or credit («" + words +
                "») but no picture: give its URL as meta.cover; the cover is left out");
        article.erase("cover");
    }
    auto links = article.find("links");
    if (links != article.end() && links->is_object()) {
        // «Смотрите полную версию на сайте» leads to the article itself.
        auto full = links->find("full");
        auto url = article.find("url");
        if (full != links->end() && full->is_object() && !full->contains("url") && url != article.end() &&
            url->is_string()) {
            (*full)["url"] = *url;
            add(diagnostics, Severity::info, "import.link", "/links/full/url",
                "links.full takes the article's url (meta.url): the full version of this article is the "
                "article");
        }
        for (const char* name : {"full", "next"}) {
            auto link = links->find(name);
            if (link == links->end() || !link->is_object() || link->contains("url")) continue;
            std::string label;
            if (link->contains("label") && (*link)["label"].is_string())
                label = (*link)["label"].get<std::string>();
            add(diagnostics, Severity::warning, "import.link-without-url", std::string("/links/") + name,
                "the text has the link «" + label + "» but no URL for it: give it as meta.links." + name +
                    "; the link is left out");
            links->erase(name);
        }
        if (links->empty()) article.erase("links");
    }
    put_in_order(article);
}

}  // namespace verstka::detail
