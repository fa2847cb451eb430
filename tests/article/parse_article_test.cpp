// Valid articles, input limits, UTF-8 and JSON-level behaviour of parse_article.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "article_test_support.hpp"

using verstka::Severity;
using verstka::detail::BlockType;
using verstka::test::dump;
using verstka::test::find_code;
using verstka::test::parse;

namespace {

const char* const full_article = R"({
  "v": 1,
  "id": "sochi-vnot-2024",
  "lang": "ru",
  "url": "https://example.org/news/1",
  "rubric": "Общество",
  "title": "Участникам недели показали соцобъекты Сочи",
  "lead": "В состав *делегации* вошли",
  "published": "2024-09-13T10:00:00+03:00",
  "updated": "2024-09-14T08:30Z",
  "dateline": "Сочи",
  "ageRating": "18+",
  "authors": [{ "name": "Анна Петрова", "url": "https://example.org/a" }, { "name": "Elena" }],
  "source": { "name": "ИА SochiMedia", "url": "https://sochimedia.ru/" },
  "cover": { "src": "c.jpg", "alt": "Делегация", "caption": "Подпись", "credit": "пресс-служба",
             "width": 1200, "height": 800 },
  "body": [
    { "type": "paragraph", "text": "Первый абзац." },
    { "type": "heading", "level": 3, "text": "Подзаголовок" },
    { "type": "quote", "text": "Цитата", "author": "Елена Канюк", "role": "заместитель главы" },
    { "type": "image", "src": "i.jpg", "alt": "a", "caption": "c", "credit": "Иван",
      "creditPrefix": "Иллюстрация", "width": 640, "height": 480 },
    { "type": "list", "ordered": true, "items": ["один", "два"] },
    { "type": "callout", "title": "Справка", "text": "Текст справки" },
    { "type": "embed", "provider": "rutube", "url": "https://rutube.ru/v/1", "caption": "Видео" },
    { "type": "markdown", "text": "# Заголовок\n\n- пункт" },
    { "type": "divider" }
  ],
  "links": {
    "full": { "url": "https://example.org/full", "label": "Смотрите полную версию на сайте" },
    "next": { "url": "https://example.org/next", "title": "Другая новость", "label": "Следующая новость" }
  },
  "tags": ["охрана труда", "Сочи"]
})";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("a complete article fills every field of the model") {
    const auto p = parse(full_article);
    INFO(dump(p.diagnostics));
    CHECK(p.diagnostics.empty());
    REQUIRE(p.article.has_value());
    const auto& a = *p.article;
    CHECK(a.v == 1);
    CHECK(a.id == "sochi-vnot-2024");
    CHECK(a.lang == "ru");
    CHECK(a.url == "https://example.org/news/1");
    CHECK(a.rubric == "Общество");
    CHECK(a.title == "Участникам недели показали соцобъекты Сочи");
    CHECK(a.lead == "В состав *делегации* вошли");
    REQUIRE(a.published.has_value());
    CHECK(a.published->year == 2024);
    CHECK(a.published->month == 9);
    CHECK(a.published->day == 13);
    CHECK(a.published->hour == 10);
    CHECK(a.published->offset_minutes == 180);
    CHECK(a.published->iso == "2024-09-13T10:00:00+03:00");
    REQUIRE(a.updated.has_value());
    CHECK(a.updated->minute == 30);
    CHECK(a.updated->offset_minutes == 0);
    CHECK(a.dateline == "Сочи");
    CHECK(a.age_rating == "18+");
    REQUIRE(a.authors.size() == 2);
    CHECK(a.authors[0].name == "Анна Петрова");
    CHECK(a.authors[0].url == "https://example.org/a");
    CHECK(a.authors[1].name == "Elena");
    CHECK(a.authors[1].url.empty());
    REQUIRE(a.source.has_value());
    CHECK(a.source->name == "ИА SochiMedia");
    REQUIRE(a.cover.has_value());
    CHECK(a.cover->src == "c.jpg");
    CHECK(a.cover->credit == "пресс-служба");
    CHECK(a.cover->credit_prefix == "Фото");  // the default when absent
    CHECK(a.cover->width == 1200);
    CHECK(a.cover->height == 800);

    REQUIRE(a.body.size() == 9);
    CHECK(a.body[0].type == BlockType::paragraph);
    CHECK(a.body[0].text == "Первый абзац.");
    CHECK(a.body[1].type == BlockType::heading);
    CHECK(a.body[1].level == 3);
    CHECK(a.body[2].type == BlockType::quote);
    CHECK(a.body[2].author == "Елена Канюк");
    CHECK(a.body[2].role == "заместитель главы");
    CHECK(a.body[3].type == BlockType::image);
    CHECK(a.body[3].image.src == "i.jpg");
    CHECK(a.body[3].image.credit_prefix == "Иллюстрация");
    CHECK(a.body[3].image.width == 640);
    CHECK(a.body[4].type == BlockType::list);
    CHECK(a.body[4].ordered);
    CHECK(a.body[4].items == std::vector<std::string>{"один", "два"});
    CHECK(a.body[5].type == BlockType::callout);
    CHECK(a.body[5].title == "Справка");
    CHECK(a.body[5].text == "Текст справки");
    CHECK(a.body[6].type == BlockType::embed);
    CHECK(a.body[6].provider == "rutube");
    CHECK(a.body[6].url == "https://rutube.ru/v/1");
    CHECK(a.body[6].caption == "Видео");
    CHECK(a.body[7].type == BlockType::markdown);
    CHECK(a.body[7].text == "# Заголовок\n\n- пункт");
    CHECK(a.body[8].type == BlockType::divider);

    REQUIRE(a.link_full.has_value());
    CHECK(a.link_full->label == "Смотрите полную версию на сайте");
    REQUIRE(a.link_next.has_value());
    CHECK(a.link_next->title == "Другая новость");
    CHECK(a.link_next->url == "https://example.org/next");
    CHECK(a.tags == std::vector<std::string>{"охрана труда", "Сочи"});
}

TEST_CASE("the minimal article and the defaults") {
    const auto p = parse(R"({"title":"Т","body":[]})");
    REQUIRE(p.article.has_value());
    CHECK(p.diagnostics.empty());
    CHECK(p.article->lang == "ru");
    CHECK_FALSE(p.article->published.has_value());
    CHECK_FALSE(p.article->cover.has_value());
    CHECK(p.article->body.empty());

    const auto q = parse(R"({"title":"t","body":[{"type":"heading","text":"h"},
                              {"type":"image","src":"a","creditPrefix":""}]})");
    REQUIRE(q.article.has_value());
    CHECK(q.article->body[0].level == 2);
    CHECK(q.article->body[1].image.credit_prefix.empty());  // explicit "" is kept
}

TEST_CASE("escapes in strings are decoded") {
    const auto p = parse(R"({"title":"\"A\" \u0416 \ud83d\ude00 a\/b\\","body":[]})");
    REQUIRE(p.article.has_value());
    CHECK(p.article->title == "\"A\" Ж \xF0\x9F\x98\x80 a/b\\");
}

TEST_CASE("the input size limit") {
    const std::string json = R"({"title":"t","body":[]})";
    verstka::ParseOptions options;
    options.max_input_bytes = json.size();
    CHECK(parse(json, options).article.has_value());
    options.max_input_bytes = json.size() - 1;
    const auto p = parse(json, options);
    CHECK_FALSE(p.article.has_value());
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].code == "input.too-large");
    CHECK(p.diagnostics[0].message.find(std::to_string(json.size())) != std::string::npos);

    // The default is 4 MiB.
    const std::string big = R"({"title":"t","body":[],"lead":")" + std::string(4u << 20, 'a') + "\"}";
    CHECK(find_code(parse(big).diagnostics, "input.too-large") != nullptr);
}

TEST_CASE("invalid UTF-8 is rejected with its byte offset") {
    struct Case {
        const char* name;
        std::string bytes;  // placed inside the title after "ж"
        int offset;
    };
    // {"title":"ж  → the bad sequence starts at byte 12, column 12.
    const Case cases[] = {
        {"overlong 2-byte", "\xC0\x80", 12},
        {"overlong 3-byte", "\xE0\x80\xAF", 12},
        {"surrogate", "\xED\xA0\x80", 12},
        {"beyond U+10FFFF", "\xF4\x90\x80\x80", 12},
        {"lone continuation", "\x80", 12},
        {"0xFF", "\xFF", 12},
        {"0xFE", "\xFE", 12},
        {"truncated 3-byte before the quote", "\xE2\x82", 12},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const auto p = parse("{\"title\":\"\xD0\xB6" + c.bytes + "\",\"body\":[]}");
        REQUIRE(p.diagnostics.size() == 1);
        const auto& d = p.diagnostics[0];
        CHECK(d.code == "input.invalid-utf8");
        CHECK(d.message.find("byte offset " + std::to_string(c.offset)) != std::string::npos);
        CHECK(d.line == 1);
        CHECK(d.column == 12);
        CHECK_FALSE(p.article.has_value());
    }
    // Truncated at the very end of the input, on the third line.
    const auto p = parse("{\n\"title\":\"t\",\"body\":[]\n}\xF0\x9F\x98");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message.find("byte offset 25") != std::string::npos);
    CHECK(p.diagnostics[0].line == 3);
    CHECK(p.diagnostics[0].column == 2);
}

TEST_CASE("a UTF-8 BOM is accepted and positions start after it") {
    const auto ok = parse("\xEF\xBB\xBF{\"title\":\"t\",\"body\":[]}");
    CHECK(ok.article.has_value());
    CHECK(ok.diagnostics.empty());
    const auto bad = parse("\xEF\xBB\xBF{\"title\":7,\"body\":[]}");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].line == 1);
    CHECK(bad.diagnostics[0].column == 10);
}

TEST_CASE("CRLF line endings count one line each") {
    const auto p = parse("{\r\n\"title\":\"t\",\r\n\"body\":[],\r\n\r\n\"x\":1}");
    const auto* d = find_code(p.diagnostics, "article.unknown-field");
    REQUIRE(d != nullptr);
    CHECK(d->line == 5);
    CHECK(d->column == 5);
}

TEST_CASE("duplicate keys warn and the last value wins") {
    const auto p = parse(R"({"title":"first","body":[],"title":"second",
                             "cover":{"src":"a","src":"b"}})");
    REQUIRE(p.article.has_value());
    CHECK(p.article->title == "second");
    CHECK(p.article->cover->src == "b");
    int warnings = 0;
    for (const auto& d : p.diagnostics) {
        CHECK(d.code == "json.duplicate-key");
        CHECK(d.severity == Severity::warning);
        ++warnings;
    }
    CHECK(warnings == 2);
    CHECK(p.diagnostics[0].path == "/title");
    CHECK(p.diagnostics[1].path == "/cover/src");
    CHECK(p.diagnostics[1].line == 2);

    // The same key in different objects is no duplicate.
    const auto q = parse(R"({"title":"t","body":[{"type":"paragraph","text":"a"},
                                                  {"type":"paragraph","text":"b"}]})");
    CHECK(q.diagnostics.empty());
}

TEST_CASE("nesting depth: 64 levels pass, 65 fail, 100,000 do not crash") {
    // The article object is level 1; "x" adds 63 more arrays → 64 in all.
    const auto nest = [](int arrays) {
        return R"({"title":"t","body":[],"x":)" + std::string(static_cast<std::size_t>(arrays), '[') +
               std::string(static_cast<std::size_t>(arrays), ']') + "}";
    };
    const auto ok = parse(nest(63));
    CHECK(find_code(ok.diagnostics, "json.too-deep") == nullptr);
    CHECK(ok.article.has_value());  // only the unknown-field warning

    const auto deep = parse(nest(64));
    const auto* d = find_code(deep.diagnostics, "json.too-deep");
    REQUIRE(d != nullptr);
    CHECK(d->column == 28 + 63);  // the 64th '[' of "x", after 27 characters of prefix
    CHECK(d->path.rfind("/x/0/0/", 0) == 0);
    CHECK_FALSE(deep.article.has_value());

    for (const char* open : {"[", "{\"a\":"}) {
        CAPTURE(open);
        std::string hostile;
        for (int i = 0; i < 100000; ++i) hostile += open;
        const auto p = parse(hostile);
        REQUIRE(p.diagnostics.size() == 1);
        CHECK(p.diagnostics[0].code == "json.too-deep");
        CHECK(p.diagnostics[0].line == 1);
        CHECK(p.diagnostics[0].column == 1 + 64 * static_cast<int>(std::string(open).size()));
    }
}

TEST_CASE("the block limit: 2,000 pass, 2,001 fail") {
    const auto article = [](int count) {
        std::string json = R"({"title":"t","body":[)";
        for (int i = 0; i < count; ++i) json += i ? R"(,{"type":"divider"})" : R"({"type":"divider"})";
        return json + "]}";
    };
    const auto ok = parse(article(2000));
    CHECK(ok.diagnostics.empty());
    REQUIRE(ok.article.has_value());
    CHECK(ok.article->body.size() == 2000);

    const auto p = parse(article(2001));
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].code == "article.too-many-blocks");
    CHECK(p.diagnostics[0].path == "/body");
    CHECK(p.diagnostics[0].column == 21);
    CHECK(p.diagnostics[0].message.find("2001") != std::string::npos);
}

TEST_CASE("the string length limit is 1 MiB") {
    const auto with_lead = [](std::size_t bytes) {
        return R"({"title":"t","body":[],"lead":")" + std::string(bytes, 'a') + "\"}";
    };
    CHECK(parse(with_lead(1u << 20)).diagnostics.empty());
    const auto p = parse(with_lead((1u << 20) + 1));
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].code == "article.string-too-long");
    CHECK(p.diagnostics[0].path == "/lead");
    CHECK(p.diagnostics[0].column == 31);
    CHECK_FALSE(p.article.has_value());
}

TEST_CASE("diagnostics already in the list are kept and do not decide the result") {
    verstka::Diagnostics diagnostics(1);
    diagnostics[0].code = "earlier.error";
    const auto article = verstka::detail::parse_article(R"({"title":"t","body":[]})", {}, diagnostics);
    CHECK(article.has_value());
    CHECK(diagnostics.size() == 1);
}

TEST_CASE("every example article parses without errors") {
    const std::filesystem::path dir = std::filesystem::path(VERSTKA_SOURCE_DIR) / "examples";
    int count = 0;
    if (std::filesystem::is_directory(dir)) {
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() != ".json") continue;
            CAPTURE(entry.path().string());
            const auto p = parse(read_file(entry.path()));
            INFO(dump(p.diagnostics));
            CHECK(p.article.has_value());
            CHECK_FALSE(verstka::has_errors(p.diagnostics));
            ++count;
        }
    }
    MESSAGE("example articles checked: " << count);
}

TEST_CASE("a flood of problems is listed up to the limit and summed up after it") {
    std::string tags;
    for (int i = 0; i < 150; ++i) tags += i ? ",\"\"" : "\"\"";
    const auto errors = parse(R"({"title":"t","body":[],"tags":[)" + tags + "]}");
    REQUIRE(errors.diagnostics.size() == 101);
    CHECK(errors.diagnostics[99].path == "/tags/99");
    const auto& summary = errors.diagnostics[100];
    CHECK(summary.code == "article.too-many-problems");
    CHECK(summary.severity == Severity::error);
    CHECK(summary.message.find("50 more") != std::string::npos);
    CHECK_FALSE(errors.article.has_value());

    // Only warnings dropped: the summary is a warning and the article stands.
    std::string fields;
    for (int i = 0; i < 101; ++i) fields += ",\"x" + std::to_string(i) + "\":0";
    const auto warnings = parse(R"({"title":"t","body":[])" + fields + "}");
    REQUIRE(warnings.diagnostics.size() == 101);
    CHECK(warnings.diagnostics[100].code == "article.too-many-problems");
    CHECK(warnings.diagnostics[100].severity == Severity::warning);
    CHECK(warnings.article.has_value());

    // Exactly at the limit there is no summary.
    std::string hundred;
    for (int i = 0; i < 100; ++i) hundred += ",\"x" + std::to_string(i) + "\":0";
    CHECK(find_code(parse(R"({"title":"t","body":[])" + hundred + "}").diagnostics,
                    "article.too-many-problems") == nullptr);

    std::string dups;
    for (int i = 0; i < 130; ++i) dups += ",\"d\":0";
    const auto duplicated = parse(R"({"title":"t","body":[],"d":0)" + dups + "}");
    int listed = 0;
    for (const auto& d : duplicated.diagnostics) listed += d.code == "json.duplicate-key";
    CHECK(listed == 101);
    CHECK(duplicated.diagnostics.back().message.find("30 more") != std::string::npos);
}

TEST_CASE("keys and values quoted in messages cannot break the one-line format") {
    const auto p = parse("{\"title\":\"t\",\"body\":[],\"a\\nb\":1,\"a\\nb\":2}");
    REQUIRE(p.diagnostics.size() == 2);
    for (const auto& d : p.diagnostics) {
        CAPTURE(d.message);
        CHECK(d.message.find('\n') == std::string::npos);
        CHECK(d.message.find("\"a\\nb\"") != std::string::npos);
        CHECK(d.path == "/a\nb");  // the pointer itself holds the real key
    }
}

TEST_CASE("keys: up to 1,024 bytes; a longer key stops parsing at its object") {
    const std::string ok_key(1024, 'k');
    const auto fine = parse("{\"title\":\"t\",\"body\":[],\"" + ok_key + "\":1}");
    REQUIRE(fine.article.has_value());
    const verstka::Diagnostic* unknown = find_code(fine.diagnostics, "article.unknown-field");
    REQUIRE(unknown != nullptr);
    CHECK(unknown->path == "/" + ok_key);

    const std::string long_key(1025, 'k');
    const auto bad = parse("{\"title\":\"t\",\"body\":[{\"type\":\"divider\",\"" + long_key + "\":1}]}");
    CHECK_FALSE(bad.article.has_value());
    const verstka::Diagnostic* d = find_code(bad.diagnostics, "article.key-too-long");
    REQUIRE(d != nullptr);
    CHECK(d->path == "/body/0");
    CHECK(d->line == 1);
    CHECK(d->column == 22);
    CHECK(d->message.size() < 200);
}
