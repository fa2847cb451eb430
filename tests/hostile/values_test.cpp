// Hostile values: duplicate keys, numbers out of range, and a wrong type in every field.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

#include "hostile_support.hpp"

using namespace verstka;
using namespace verstka::hostile;
using nlohmann::json;

namespace {

// An article with every field of format v1 present once.
json complete_article() {
    const json image = {
        {"src", "https://e.org/i.jpg"}, {"alt", "alt"},  {"caption", "подпись"}, {"credit", "ТАСС"},
        {"creditPrefix", "Фото"},       {"width", 1200}, {"height", 800}};
    json body = json::array();
    body.push_back({{"type", "paragraph"}, {"text", "абзац"}});
    body.push_back({{"type", "heading"}, {"level", 3}, {"text", "подзаголовок"}});
    body.push_back({{"type", "quote"}, {"text", "цитата"}, {"author", "автор"}, {"role", "роль"}});
    json image_block = image;
    image_block["type"] = "image";
    body.push_back(image_block);
    body.push_back({{"type", "list"}, {"ordered", true}, {"items", {"раз", "два"}}});
    body.push_back({{"type", "callout"}, {"title", "справка"}, {"text", "текст"}});
    body.push_back(
        {{"type", "embed"}, {"provider", "youtube"}, {"url", "https://youtu.be/x"}, {"caption", "видео"}});
    body.push_back({{"type", "markdown"}, {"text", "# md"}});
    body.push_back({{"type", "divider"}});
    return {
        {"v", 1},
        {"id", "id"},
        {"lang", "ru"},
        {"url", "https://e.org/a"},
        {"rubric", "рубрика"},
        {"title", "заголовок"},
        {"lead", "лид"},
        {"published", "2024-09-13T10:00:00+03:00"},
        {"updated", "2024-09-14T10:00:00+03:00"},
        {"dateline", "Сочи"},
        {"ageRating", "18+"},
        {"authors", {{{"name", "автор"}, {"url", "https://e.org/author"}}}},
        {"source", {{"name", "источник"}, {"url", "https://e.org/"}}},
        {"cover", image},
        {"body", body},
        {"links",
         {{"full", {{"url", "https://e.org/full"}, {"label", "полная"}}},
          {"next", {{"url", "/next"}, {"title", "следующая"}, {"label", "дальше"}}}}},
        {"tags", {"тег"}},
    };
}

void walk(const json& value, const std::string& pointer,
          const std::function<void(const std::string&, const json&)>& visit) {
    if (!pointer.empty()) visit(pointer, value);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            walk(it.value(), pointer + "/" + it.key(), visit);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            walk(value[i], pointer + "/" + std::to_string(i), visit);
    }
}

// Values of every JSON type except the one `value` has.
std::vector<json> wrong_types(const json& value) {
    const std::vector<json> all = {json("text"), json(7),          json(2.5),
                                   json(true),   json::array({1}), json::object({{"k", 1}})};
    std::vector<json> out;
    for (const json& candidate : all) {
        const bool same =
            candidate.type() == value.type() ||
            (candidate.is_number() && value.is_number_integer() && candidate.is_number_integer());
        if (!same) out.push_back(candidate);
    }
    return out;
}

std::string text_of(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

TEST_CASE("the complete article renders, so each mutation below is the only problem") {
    const RenderResult r = render_all_layouts("complete article", text_of(complete_article()));
    INFO(dump(r.diagnostics));
    CHECK(r.ok);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("a wrong type in every field is article.bad-type at that field, in every layout") {
    const json article = complete_article();
    std::size_t cases = 0;
    walk(article, "", [&](const std::string& pointer, const json& value) {
        for (const json& wrong : wrong_types(value)) {
            json mutated = article;
            mutated[json::json_pointer(pointer)] = wrong;
            const std::string input = text_of(mutated);
            CAPTURE(pointer);
            CAPTURE(text_of(wrong));
            const RenderResult r = render_all_layouts("wrong type at " + pointer, input);
            INFO(dump(r.diagnostics));
            CHECK_FALSE(r.ok);
            std::size_t errors = 0;
            for (const Diagnostic& d : r.diagnostics) {
                if (d.severity != Severity::error) continue;
                ++errors;
                CHECK(d.code == "article.bad-type");
                CHECK(d.path == pointer);
                CHECK(d.line == 1);
                CHECK_FALSE(d.message.empty());
            }
            CHECK(errors == 1);
            ++cases;
        }
    });
    CHECK(cases > 300);
}

TEST_CASE("null in a required field is a missing field; in an optional one it is absence") {
    struct Case {
        const char* pointer;
        const char* code;  // nullptr: accepted
    };
    const Case cases[] = {
        {"/title", "article.missing-title"},
        {"/body", "article.missing-body"},
        {"/body/0/text", "article.missing-field"},
        {"/cover/src", "article.missing-field"},
        {"/authors/0/name", "article.missing-field"},
        {"/links/full/url", "article.missing-field"},
        {"/body/0/type", "article.missing-field"},
        {"/updated", nullptr},
        {"/cover/creditPrefix", nullptr},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pointer);
        json article = complete_article();
        article[json::json_pointer(c.pointer)] = nullptr;
        const RenderResult r = render_all_layouts(std::string("null at ") + c.pointer, text_of(article));
        INFO(dump(r.diagnostics));
        if (c.code == nullptr) {
            CHECK(r.ok);
            continue;
        }
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == c.code);
        CHECK(r.diagnostics[0].path == c.pointer);
    }
}

TEST_CASE("numbers out of range") {
    struct Case {
        const char* name;
        const char* field;  // JSON Pointer of the number
        const char* number;
        const char* code;  // nullptr: accepted
        const char* path;
    };
    const Case cases[] = {
        {"1e400 level", "/body/1/level", "1e400", "json.syntax", ""},
        {"-1e400 width", "/cover/width", "-1e400", "json.syntax", ""},
        {"1e400 v", "/v", "1e400", "json.syntax", ""},
        {"-0 level", "/body/1/level", "-0", "article.bad-heading-level", "/body/1/level"},
        {"-0.0 level", "/body/1/level", "-0.0", "article.bad-heading-level", "/body/1/level"},
        {"3.0 level", "/body/1/level", "3.0", nullptr, ""},
        {"3e0 level", "/body/1/level", "3e0", nullptr, ""},
        {"2.5 level", "/body/1/level", "2.5", "article.bad-type", "/body/1/level"},
        // Beyond 64 bits a literal is read as a double and reported as a non-integer.
        {"huge int level", "/body/1/level", "99999999999999999999999", "article.bad-type", "/body/1/level"},
        {"uint64 max level", "/body/1/level", "18446744073709551615", "article.bad-heading-level",
         "/body/1/level"},
        {"int64 min level", "/body/1/level", "-9223372036854775808", "article.bad-heading-level",
         "/body/1/level"},
        {"2^32+3 level", "/body/1/level", "4294967299", "article.bad-heading-level", "/body/1/level"},
        {"huge int width", "/cover/width", "99999999999999999999999", "article.bad-type", "/cover/width"},
        {"1e308 height", "/cover/height", "1e308", "article.bad-type", "/cover/height"},
        {"0 width", "/cover/width", "0", "article.bad-image-size", "/cover/width"},
        {"-1 width", "/cover/width", "-1", "article.bad-image-size", "/cover/width"},
        {"100001 width", "/cover/width", "100001", "article.bad-image-size", "/cover/width"},
        {"100000 width", "/cover/width", "100000", nullptr, ""},
        {"2^32+1200 width", "/cover/width", "4294968496", "article.bad-image-size", "/cover/width"},
        {"1e-400 width", "/cover/width", "1e-400", "article.bad-image-size", "/cover/width"},
        {"v 2", "/v", "2", "article.bad-version", "/v"},
        {"v 1.0", "/v", "1.0", nullptr, ""},
        {"v 2^32+1", "/v", "4294967297", "article.bad-version", "/v"},
        {"v -1", "/v", "-1", "article.bad-version", "/v"},
    };
    const std::string marker = "123456789";
    for (const Case& c : cases) {
        CAPTURE(c.name);
        json article = complete_article();
        article[json::json_pointer(c.field)] = 123456789;
        std::string input = text_of(article);
        input.replace(input.find(marker), marker.size(), c.number);
        const RenderResult r = render_all_layouts(std::string("number ") + c.name, input);
        INFO(dump(r.diagnostics));
        if (c.code == nullptr) {
            CHECK(r.ok);
            CHECK(r.diagnostics.empty());
            continue;
        }
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == c.code);
        CHECK(r.diagnostics[0].path == c.path);
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column > 1);
    }
}

TEST_CASE("duplicate keys: a warning at the value used, and the last value is what renders") {
    struct Case {
        const char* name;
        std::string json;
        const char* path;
        const char* shown;
        const char* hidden;
    };
    const Case cases[] = {
        {"title", R"({"title":"Первый","body":[],"title":"Второй"})", "/title", "Второй", "Первый"},
        {"block field", R"({"title":"t","body":[{"type":"paragraph","text":"Первый","text":"Второй"}]})",
         "/body/0/text", "Второй", "Первый"},
        {"cover src", R"({"title":"t","body":[],"cover":{"src":"/first.jpg","src":"/second.jpg"}})",
         "/cover/src", "/second.jpg", "/first.jpg"},
        {"url over a bad one",
         R"j({"title":"t","body":[],"links":{"full":{"url":"javascript:alert(1)","url":"/ok"}}})j",
         "/links/full/url", "/ok", "javascript"},
        {"bad url over a good one",
         R"j({"title":"t","body":[],"links":{"full":{"url":"/ok","url":"javascript:alert(1)"}}})j",
         "/links/full/url", "vk-card", "javascript"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const RenderResult r = render_all_layouts(std::string("duplicate key ") + c.name, c.json);
        INFO(dump(r.diagnostics));
        REQUIRE(r.ok);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].code == "json.duplicate-key");
        CHECK(r.diagnostics[0].severity == Severity::warning);
        CHECK(r.diagnostics[0].path == c.path);
        CHECK(r.html.find(c.shown) != std::string::npos);
        CHECK(r.html.find(c.hidden) == std::string::npos);
    }
}
