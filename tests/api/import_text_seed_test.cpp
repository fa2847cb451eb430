// The founding example, end to end: the scraped seed text (tests/import/seed.txt) imported with
// the page's URL and year renders like the hand-made examples/sochi-vnot-2024.json — same title,
// lead, credit, paragraphs and link labels, and the direct speech as a quote by its speaker.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "verstka/verstka.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The HTML inside each element with class="NAME" up to its first closing tag.
std::vector<std::string> elements(const std::string& html, const std::string& name) {
    std::vector<std::string> out;
    const std::string marker = "class=\"" + name + "\"";
    for (std::size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
        const std::size_t start = html.find('>', at) + 1;
        out.push_back(html.substr(start, html.find("</", start) - start));
    }
    return out;
}

std::string element(const std::string& html, const std::string& name) {
    const std::vector<std::string> all = elements(html, name);
    return all.empty() ? std::string("(none)") : all.front();
}

const fs::path kRoot = VERSTKA_SOURCE_DIR;

nlohmann::json example() { return nlohmann::json::parse(read_file(kRoot / "examples/sochi-vnot-2024.json")); }

std::string seed() { return read_file(kRoot / "tests/import/seed.txt"); }

std::string codes(const verstka::Diagnostics& diagnostics) {
    std::string out;
    for (const verstka::Diagnostic& d : diagnostics)
        out += std::string(verstka::severity_name(d.severity)) + " " + d.code + "\n";
    return out;
}

}  // namespace

TEST_CASE("the seed text imported with its URL and year renders like the hand-made sochi-vnot-2024 example") {
    const nlohmann::json ex = example();
    const nlohmann::json meta = {{"url", ex["url"]},
                                 {"year", 2024},
                                 {"cover", ex["cover"]["src"]},
                                 {"links", {{"next", {{"url", ex["links"]["next"]["url"]}}}}}};
    const verstka::ImportResult imported = verstka::import_text(seed(), meta.dump());
    REQUIRE(imported.ok);
    const verstka::RenderResult mine = verstka::render_article(imported.article_json);
    const verstka::RenderResult theirs = verstka::render_article(ex.dump());
    REQUIRE(mine.ok);
    REQUIRE(theirs.ok);
    CHECK(codes(mine.diagnostics) == codes(theirs.diagnostics));  // the Latin name in both

    for (const char* name : {"vk-card__title", "vk-card__lead", "vk-figure__credit", "vk-figure__text",
                             "vk-card__more", "vk-card__next-label", "vk-card__age"}) {
        CAPTURE(name);
        CHECK(element(mine.html, name) == element(theirs.html, name));
    }
    // The four paragraphs; the example's fifth is the direct speech, here a quote.
    const std::vector<std::string> my_paragraphs = elements(mine.html, "vk-p");
    const std::vector<std::string> their_paragraphs = elements(theirs.html, "vk-p");
    REQUIRE(my_paragraphs.size() == 4);
    REQUIRE(their_paragraphs.size() == 5);
    for (std::size_t i = 0; i < 4; ++i) CHECK(my_paragraphs[i] == their_paragraphs[i]);
    CHECK(element(mine.html, "vk-quote__author") == "Elena Канюк");
    CHECK(element(mine.html, "vk-quote__role") == "заместитель главы Сочи");

    // The quote holds the words spoken, the attribution gone into author and role.
    const nlohmann::json article = nlohmann::json::parse(imported.article_json);
    const std::string speech = ex["body"][4]["text"];
    const std::string dash = "— ";
    const std::string attribution = ", — отметила Elena Канюк, заместитель главы Сочи.";
    const std::string spoken =
        speech.substr(dash.size(), speech.size() - dash.size() - attribution.size()) + ".";
    CHECK(article["body"][4]["text"] == spoken);
    CHECK(article["body"][4]["role"] == "заместитель главы Сочи");
    CHECK(article["source"]["name"] == ex["source"]["name"]);
    CHECK(article["ageRating"] == ex["ageRating"]);
    CHECK(article["published"] == "2024-09-13T00:00:00+03:00");
}

TEST_CASE("the seed text imported with only its URL and year says what the cover and the next link lack") {
    const std::string meta = R"({"url": "https://sochimedia.ru/news/obshchestvo/", "year": 2024})";
    const verstka::ImportResult imported = verstka::import_text(seed(), meta);
    REQUIRE(imported.ok);
    CHECK(codes(imported.diagnostics) ==
          "info import.title\n"
          "info import.lead\n"
          "info import.caption\n"
          "info import.credit\n"
          "info import.age-rating\n"
          "info import.source\n"
          "info import.published\n"
          "info import.quote\n"
          "info import.link\n"
          "info import.link\n"
          "warning import.cover-without-src\n"
          "info import.link\n"
          "warning import.link-without-url\n");
    const nlohmann::json article = nlohmann::json::parse(imported.article_json);
    CHECK_FALSE(article.contains("cover"));
    CHECK(article["links"]["full"]["label"] == "Смотрите полную версию на сайте");
    CHECK_FALSE(article["links"].contains("next"));
    CHECK(verstka::render_article(imported.article_json).ok);
}
