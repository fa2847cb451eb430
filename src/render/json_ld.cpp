#include "render/json_ld.hpp"

#include <string_view>

#include "common/utf8.hpp"
#include "html/url_policy.hpp"
#include "markdown/markdown.hpp"
#include "typography/typographer.hpp"

namespace verstka::detail {

namespace {

// The NewsArticle is one small object with fixed keys, written here member by member rather
// than built as an nlohmann::json and dumped: the serializer (number formatting, output
// adapters, the object builders) was 7.8 KB gzip of the wasm module, whose download has a
// budget. The bytes are the ones nlohmann's dump(-1) wrote (tests/render/json_ld_test.cpp
// compares the two): no spaces, members in byte order of their keys, strings as below.

// A JSON string: `"` and `\` escaped, the C0 controls as \b \t \n \f \r or \u00xx (lowercase),
// everything else as is, DEL and non-ASCII included.
void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            case '\b':
                out += "\\b";
                continue;
            case '\t':
                out += "\\t";
                continue;
            case '\n':
                out += "\\n";
                continue;
            case '\f':
                out += "\\f";
                continue;
            case '\r':
                out += "\\r";
                continue;
            default:
                break;
        }
        if (b < 0x20) {
            out += "\\u00";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

// One JSON object written into `out`; the caller gives the members in byte order of their
// keys and close()s it.
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }

    JsonObject& text(std::string_view key, std::string_view value) {
        append_json_string(member(key), value);
        return *this;
    }

    JsonObject& number(std::string_view key, int value) {
        member(key) += std::to_string(value);
        return *this;
    }

    // An address the URL policy allows, in its normalised form; nothing for another.
    JsonObject& url(std::string_view key, std::string_view address) {
        if (address.empty()) return *this;
        const UrlVerdict verdict = check_url(address);
        if (verdict.allowed) text(key, verdict.url);
        return *this;
    }

    // The member's key; the caller writes its value into the returned string.
    std::string& member(std::string_view key) {
        if (!first_) out_ += ',';
        first_ = false;
        append_json_string(out_, key);
        out_ += ':';
        return out_;
    }

    void close() { out_ += '}'; }

private:
    std::string& out_;
    bool first_ = true;
};

std::string plain(const std::string& text, const Typographer* typographer) {
    return typographer ? typographer->typeset(text) : text;
}

}  // namespace

std::string news_article_json_ld(const Article& article, const Typographer* typographer) {
    std::string out;
    JsonObject ld(out);
    ld.text("@context", "https://schema.org").text("@type", "NewsArticle");
    if (!article.rubric.empty()) ld.text("articleSection", plain(article.rubric, typographer));
    if (!article.authors.empty()) {
        std::string& list = ld.member("author");
        list += '[';
        for (std::size_t i = 0; i < article.authors.size(); ++i) {
            if (i > 0) list += ',';
            const Person& person = article.authors[i];
            JsonObject author(list);
            author.text("@type", "Person")
                .text("name", plain(person.name, typographer))
                .url("url", person.url);
            author.close();
        }
        list += ']';
    }
    if (article.updated) ld.text("dateModified", article.updated->iso);
    if (article.published) ld.text("datePublished", article.published->iso);
    if (!article.lead.empty()) ld.text("description", markdown_to_plain_text(article.lead, typographer));
    ld.text("headline", plain(article.title, typographer));
    if (article.cover && !article.cover->src.empty()) {
        // Only a picture with an address the policy allows is described.
        const UrlVerdict src = check_url(article.cover->src);
        if (src.allowed) {
            JsonObject image(ld.member("image"));
            image.text("@type", "ImageObject");
            if (article.cover->height > 0) image.number("height", article.cover->height);
            image.text("url", src.url);
            if (article.cover->width > 0) image.number("width", article.cover->width);
            image.close();
        }
    }
    if (!article.lang.empty()) ld.text("inLanguage", article.lang);
    if (!article.tags.empty()) {
        std::string keywords;
        for (const std::string& tag : article.tags) {
            if (!keywords.empty()) keywords += ", ";
            keywords += tag;
        }
        ld.text("keywords", keywords);
    }
    ld.url("mainEntityOfPage",
           article.url.empty() && article.link_full ? article.link_full->url : article.url);
    if (article.source) {
        JsonObject publisher(ld.member("publisher"));
        publisher.text("@type", "Organization")
            .text("name", plain(article.source->name, typographer))
            .url("url", article.source->url);
        publisher.close();
    }
    ld.close();
    // Valid UTF-8 in, valid out (the parser and the typographer check); `sanitize` keeps this
    // total even if that ever changes, as nlohmann's `replace` handler did.
    return utf8::find_invalid(out) == std::string_view::npos ? out : utf8::sanitize(out);
}

}  // namespace verstka::detail
