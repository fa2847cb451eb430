#include "import/import_meta.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "article/date_time.hpp"
#include "article/json_reader.hpp"

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
void normalise_link(Json& links, const char* name) {
    auto it = links.find(name);
    if (it != links.end() && it->is_string()) *it = Json{{"url", it->get<std::string>()}};
}

// The order keys are written in: the article's fields, then the blocks', images', links' and
// people's, as docs/article-format.md lists them. Keys not listed follow in their own order.
constexpr std::string_view kKeyOrder[] = {
    "v",       "type",     "id",        "lang",    "url",          "rubric", "title",  "lead",  "published",
    "updated", "dateline", "ageRating", "authors", "source",       "cover",  "body",   "links", "tags",
    "src",     "alt",      "caption",   "credit",  "creditPrefix", "width",  "height", "level", "text",
    "author",  "role",     "ordered",   "items",   "provider",     "name",   "full",   "next",  "label",
};

constexpr int kMaxMetaDepth = 16;

std::size_t rank_of(const std::string& key) noexcept {
    std::size_t rank = 0;
    for (const std::string_view known : kKeyOrder) {
        if (known == key) return rank;
        ++rank;
    }
    return rank;
}

void write_value(std::string& out, const Json& value, int depth) {
    const std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
    const std::string close_indent(static_cast<std::size_t>(depth) * 2, ' ');
    if (value.is_object() && !value.empty()) {
        std::vector<std::pair<std::size_t, Json::const_iterator>> keys;
        for (auto it = value.begin(); it != value.end(); ++it) keys.emplace_back(rank_of(it.key()), it);
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        out += "{\n";
        for (std::size_t i = 0; i < keys.size(); ++i) {
            out += indent;
            out += Json(keys[i].second.key()).dump(-1, ' ', false, Json::error_handler_t::replace);
            out += ": ";
            write_value(out, keys[i].second.value(), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += close_indent + "}";
    } else if (value.is_array() && !value.empty()) {
        out += "[\n";
        for (std::size_t i = 0; i < value.size(); ++i) {
            out += indent;
            write_value(out, value[i], depth + 1);
            out += i + 1 < value.size() ? ",\n" : "\n";
        }
        out += close_indent + "]";
    } else {
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

}  // namespace

void merge_patch(Json& target, const Json& patch) {
    if (!patch.is_object()) {
        target = patch;
        return;
    }
    if (!target.is_object()) target = Json::object();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().is_null()) {
            target.erase(it.key());
        } else {
            merge_patch(target[it.key()], it.value());
        }
    }
}

void normalise_meta_field(std::string_view key, Json& value) {
    if (key == "cover" && value.is_string()) value = Json{{"src", value.get<std::string>()}};
    if (key == "links" && value.is_object()) {
        normalise_link(value, "full");
        normalise_link(value, "next");
    }
}

std::optional<ImportMeta> read_import_meta(std::string_view meta_json, Diagnostics& diagnostics) {
    ImportMeta meta;
    if (meta_json.empty()) return meta;
    // The article's own reader: its limits, and no second JSON parser in the wasm module.
    Diagnostics read;
    std::optional<Json> document = read_json(meta_json, kMaxMetaDepth, read);
    if (!document) {
        add(diagnostics, Severity::error, "import.meta", "",
            "meta is not valid JSON: " + (read.empty() ? std::string() : read.front().message));
        return std::nullopt;
    }
    const Json& parsed = *document;
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
                    Json(key).dump(-1, ' ', false, Json::error_handler_t::replace));
            continue;
        }
        Json value = *it;
        normalise_meta_field(key, value);
        if (key == "published" && value.is_string())
            meta.published = parse_date_time(value.get<std::string>());
        meta.fields[key] = std::move(value);
    }
    if (!ok) return std::nullopt;
    return meta;
}

void apply_import_meta(Json& article, const ImportMeta& meta, Diagnostics& diagnostics) {
    // A merge patch replaces a non-object by an object: the validator then says what is wrong.
    merge_patch(article, meta.fields);
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
}

std::string write_article_json(const Json& article) {
    std::string out;
    write_value(out, article, 0);
    return out;
}

}  // namespace verstka::detail
