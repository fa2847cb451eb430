// Editor.js documents → articles: every tool, every list shape, meta, and what is reported.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "import/editorjs.hpp"

namespace {

using json = nlohmann::json;
using verstka::Diagnostic;
using verstka::EditorJsOptions;
using verstka::ImportResult;
using verstka::Severity;

ImportResult import(const json& blocks, const json& meta = json::object({{"title", "Заголовок"}}),
                    const EditorJsOptions& options = {}) {
    const json document = {{"time", 1700000000000LL}, {"blocks", blocks}, {"version", "2.28.2"}};
    return verstka::detail::import_editorjs_document(document.dump(), meta.empty() ? "" : meta.dump(),
                                                     options);
}

std::string dump(const ImportResult& r);

json body_of(const ImportResult& r) {
    INFO(dump(r));
    REQUIRE(r.ok);
    const json article = json::parse(r.article_json, nullptr, false);
    REQUIRE_FALSE(article.is_discarded());
    return article["body"];
}

// The one block an Editor.js block becomes.
json one_block(const json& editorjs_block) {
    const json body = body_of(import(json::array({editorjs_block})));
    REQUIRE(body.size() == 1);
    return body[0];
}

const Diagnostic* find(const ImportResult& r, const std::string& code) {
    for (const Diagnostic& d : r.diagnostics) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

std::string dump(const ImportResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += d.code + " " + d.path + ": " + d.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("each tool becomes its article block") {
    struct Case {
        const char* name;
        json block;
        json expected;
    };
    const Case cases[] = {
        {"paragraph",
         {{"type", "paragraph"}, {"data", {{"text", "Текст <b>жирный</b>"}}}},
         {{"type", "paragraph"}, {"text", "Текст **жирный**"}}},
        {"header 2",
         {{"type", "header"}, {"data", {{"text", "Раздел"}, {"level", 2}}}},
         {{"type", "heading"}, {"level", 2}, {"text", "Раздел"}}},
        {"header 3",
         {{"type", "header"}, {"data", {{"text", "Подраздел"}, {"level", 3}}}},
         {{"type", "heading"}, {"level", 3}, {"text", "Подраздел"}}},
        {"quote",
         {{"type", "quote"},
          {"data", {{"text", "Слова"}, {"caption", "<i>Автор</i>"}, {"alignment", "left"}}}},
         {{"type", "quote"}, {"text", "Слова"}, {"author", "Автор"}}},
        {"image (file.url)",
         {{"type", "image"},
          {"data",
           {{"file", {{"url", "https://e.org/a.jpg"}}},
            {"caption", "Подпись"},
            {"withBorder", true},
            {"stretched", false},
            {"withBackground", true}}}},
         {{"type", "image"},
          {"src", "https://e.org/a.jpg"},
          {"caption", "Подпись"},
          {"border", true},
          {"background", true}}},
        {"simple image (url)",
         {{"type", "image"}, {"data", {{"url", "/b.png"}, {"stretched", true}}}},
         {{"type", "image"}, {"src", "/b.png"}, {"stretched", true}}},
        {"delimiter", {{"type", "delimiter"}, {"data", json::object()}}, {{"type", "divider"}}},
        {"embed youtube",
         {{"type", "embed"},
          {"data",
           {{"service", "youtube"},
            {"source", "https://www.youtube.com/watch?v=x"},
            {"embed", "https://www.youtube.com/embed/x"},
            {"caption", "Видео"}}}},
         {{"type", "embed"},
          {"provider", "youtube"},
          {"url", "https://www.youtube.com/watch?v=x"},
          {"caption", "Видео"}}},
        {"table",
         {{"type", "table"},
          {"data",
           {{"withHeadings", true},
            {"content", json::array({json::array({"Город", "Цена"}), json::array({"Сочи", "<b>50</b>"})})}}}},
         {{"type", "table"},
          {"header", true},
          {"rows", json::array({json::array({"Город", "Цена"}), json::array({"Сочи", "**50**"})})}}},
        {"table without headings",
         {{"type", "table"}, {"data", {{"content", json::array({json::array({"a"})})}}}},
         {{"type", "table"}, {"rows", json::array({json::array({"a"})})}}},
        {"code",
         {{"type", "code"}, {"data", {{"code", "if (a < b) {\n  x();\n}"}}}},
         {{"type", "code"}, {"text", "if (a < b) {\n  x();\n}"}}},
        {"warning",
         {{"type", "warning"}, {"data", {{"title", "Внимание"}, {"message", "Дороги <i>закрыты</i>"}}}},
         {{"type", "callout"}, {"title", "Внимание"}, {"text", "Дороги *закрыты*"}}},
        {"warning without message",
         {{"type", "warning"}, {"data", {{"title", "Только заголовок"}}}},
         {{"type", "callout"}, {"text", "Только заголовок"}}},
        {"raw (escaped)",
         {{"type", "raw"}, {"data", {{"html", "<div onclick=x>hi</div>"}}}},
         {{"type", "code"}, {"text", "<div onclick=x>hi</div>"}, {"language", "html"}}},
        {"linkTool",
         {{"type", "linkTool"},
          {"data",
           {{"link", "https://e.org/news"},
            {"meta", {{"title", "Новость"}, {"description", "Описание *с* звёздами"}}}}}},
         {{"type", "embed"},
          {"provider", "link"},
          {"url", "https://e.org/news"},
          {"caption", "**Новость** — Описание \\*с\\* звёздами"}}},
        {"attaches",
         {{"type", "attaches"},
          {"data",
           {{"file", {{"url", "https://e.org/f.pdf"}, {"size", 1258291}, {"extension", "pdf"}}},
            {"title", "Отчёт"}}}},
         {{"type", "paragraph"}, {"text", "[Отчёт](<https://e.org/f.pdf>) (PDF, 1,2\u00A0МБ)"}}},
        {"attaches without title",
         {{"type", "attaches"},
          {"data", {{"file", {{"url", "/f.zip"}, {"name", "архив.zip"}, {"size", 2048}}}}}},
         {{"type", "paragraph"}, {"text", "[архив.zip](</f.zip>) (2\u00A0КБ)"}}},
    };
    for (const Case& c : cases) {
        const std::string shown_name = c.name;
        CAPTURE(shown_name);
        CHECK(one_block(c.block) == c.expected);
    }
}

TEST_CASE("lists in all three shapes, and the old checklist") {
    struct Case {
        const char* name;
        json block;
        json expected;
    };
    const Case cases[] = {
        {"old list",
         {{"type", "list"}, {"data", {{"style", "ordered"}, {"items", {"раз", "<b>два</b>"}}}}},
         {{"type", "list"}, {"ordered", true}, {"items", {"раз", "**два**"}}}},
        {"old unordered",
         {{"type", "list"}, {"data", {{"style", "unordered"}, {"items", {"а"}}}}},
         {{"type", "list"}, {"items", {"а"}}}},
        {"nested-list, flat",
         {{"type", "list"},
          {"data", {{"style", "unordered"}, {"items", {{{"content", "а"}, {"items", json::array()}}}}}}},
         {{"type", "list"}, {"items", {"а"}}}},
        {"nested-list, nested",
         {{"type", "list"},
          {"data",
           {{"style", "ordered"},
            {"items",
             {{{"content", "один"}, {"items", {{{"content", "вложенный"}, {"items", json::array()}}}}},
              {{"content", "два"}, {"items", json::array()}}}}}}},
         {{"type", "markdown"}, {"text", "1. один\n   1. вложенный\n2. два\n"}}},
        {"list 2.x with start",
         {{"type", "list"},
          {"data",
           {{"style", "ordered"},
            {"meta", {{"start", 3}, {"counterType", "numeric"}}},
            {"items", {{{"content", "три"}, {"meta", json::object()}, {"items", json::array()}}}}}}},
         {{"type", "markdown"}, {"text", "3. три\n"}}},
        {"list 2.x checklist",
         {{"type", "list"},
          {"data",
           {{"style", "checklist"},
            {"meta", json::object()},
            {"items",
             {{{"content", "сделано"}, {"meta", {{"checked", true}}}, {"items", json::array()}},
              {{"content", "нет"}, {"meta", {{"checked", false}}}, {"items", json::array()}}}}}}},
         {{"type", "list"}, {"items", {"☑ сделано", "☐ нет"}}}},
        {"old checklist tool",
         {{"type", "checklist"},
          {"data",
           {{"items", {{{"text", "да"}, {"checked", true}}, {{"text", "нет"}, {"checked", false}}}}}}},
         {{"type", "list"}, {"items", {"☑ да", "☐ нет"}}}},
        {"item with a break, nested",
         {{"type", "list"},
          {"data",
           {{"style", "unordered"},
            {"items", {{{"content", "а<br>б"}, {"items", {{{"content", "# в"}}}}}}}}}},
         {{"type", "markdown"}, {"text", "- а\\\n  б\n  - \\# в\n"}}},
    };
    for (const Case& c : cases) {
        const std::string shown_name = c.name;
        CAPTURE(shown_name);
        CHECK(one_block(c.block) == c.expected);
    }
}

TEST_CASE("a Roman or letter counter is reported: the list is numbered 1, 2, 3") {
    const auto r = import(json::array({{{"type", "list"},
                                        {"data",
                                         {{"style", "ordered"},
                                          {"meta", {{"counterType", "upper-roman"}}},
                                          {"items", {{{"content", "a"}}}}}}}}));
    const Diagnostic* d = find(r, "import.list-counter-type");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/meta/counterType");
    CHECK(d->severity == Severity::warning);
}

TEST_CASE("header level 1 is the title when meta gives none; otherwise a level-2 heading") {
    const json blocks =
        json::array({{{"type", "header"}, {"data", {{"text", "Главный <b>заголовок</b>"}, {"level", 1}}}},
                     {{"type", "header"}, {"data", {{"text", "Второй"}, {"level", 1}}}}});
    const auto r = import(blocks, json::object());
    REQUIRE(r.ok);
    const json article = json::parse(r.article_json);
    CHECK(article["title"] == "Главный заголовок");
    CHECK(article["body"] == json::array({{{"type", "heading"}, {"level", 2}, {"text", "Второй"}}}));
    const Diagnostic* d = find(r, "import.heading-level");
    REQUIRE(d);
    CHECK(d->path == "/blocks/1/data/level");

    const auto with_meta = import(json::array({blocks[0]}), {{"title", "Из meta"}});
    const json article2 = json::parse(with_meta.article_json);
    CHECK(article2["title"] == "Из meta");
    CHECK(article2["body"][0] == json{{"type", "heading"}, {"level", 2}, {"text", "Главный **заголовок**"}});
}

TEST_CASE("header levels 5 and 6 become 4, with a warning") {
    for (int level : {5, 6}) {
        const auto r =
            import(json::array({{{"type", "header"}, {"data", {{"text", "x"}, {"level", level}}}}}));
        CHECK(body_of(r)[0]["level"] == 4);
        CHECK(find(r, "import.heading-level"));
    }
}

TEST_CASE("no title anywhere is an error that says where to give one") {
    const auto r = import(json::array({{{"type", "paragraph"}, {"data", {{"text", "x"}}}}}), json::object());
    CHECK_FALSE(r.ok);
    CHECK(r.article_json.empty());
    const Diagnostic* d = find(r, "article.missing-title");
    REQUIRE(d);
    CHECK(d->message.find("meta") != std::string::npos);
}

TEST_CASE("meta is merged over the result; body in meta is ignored with a warning") {
    const json meta = {{"title", "T"},
                       {"lead", "Лид"},
                       {"rubric", "Общество"},
                       {"published", "2024-09-13T10:00:00+03:00"},
                       {"cover", {{"src", "/c.jpg"}}},
                       {"links", {{"full", {{"url", "https://e.org"}}}}},
                       {"body", json::array()}};
    const auto r = import(json::array({{{"type", "paragraph"}, {"data", {{"text", "абзац"}}}}}), meta);
    REQUIRE(r.ok);
    const json article = json::parse(r.article_json);
    CHECK(article["lead"] == "Лид");
    CHECK(article["rubric"] == "Общество");
    CHECK(article["cover"]["src"] == "/c.jpg");
    CHECK(article["body"].size() == 1);
    CHECK(find(r, "import.meta-body-ignored"));
}

TEST_CASE("meta takes the shorthands of every importer: a cover and links as bare URLs; null removes") {
    const json meta = {{"title", "T"},
                       {"cover", "https://e.org/c.jpg"},
                       {"links", {{"full", "https://e.org/a"}, {"next", "https://e.org/b"}}}};
    const json blocks = json::array({{{"type", "header"}, {"data", {{"text", "Подзаголовок"}, {"level", 2}}}},
                                     {{"type", "paragraph"}, {"data", {{"text", "абзац"}}}}});
    const auto r = import(blocks, meta);
    REQUIRE(r.ok);
    const json article = json::parse(r.article_json);
    CHECK(article["cover"] == json{{"src", "https://e.org/c.jpg"}});
    CHECK(article["links"]["full"] == json{{"url", "https://e.org/a"}});
    CHECK(article["links"]["next"] == json{{"url", "https://e.org/b"}});

    const auto level_one = json::array({{{"type", "header"}, {"data", {{"text", "Заголовок"}, {"level", 1}}}},
                                        {{"type", "paragraph"}, {"data", {{"text", "абзац"}}}}});
    const auto removed = import(level_one, {{"lead", nullptr}, {"rubric", "Общество"}});
    REQUIRE(removed.ok);
    const json article2 = json::parse(removed.article_json);
    CHECK_FALSE(article2.contains("lead"));
    CHECK(article2["rubric"] == "Общество");
}

TEST_CASE("a bad meta field is reported as meta's, with its path in meta") {
    const auto r = import(json::array(), {{"title", "T"}, {"published", "вчера"}});
    CHECK_FALSE(r.ok);
    const Diagnostic* d = find(r, "article.bad-date");
    REQUIRE(d);
    CHECK(d->path == "/published");
    CHECK(d->message.rfind("meta: ", 0) == 0);
    const auto not_object = verstka::detail::import_editorjs_document(R"({"blocks":[]})", "[1]", {});
    CHECK(find(not_object, "import.bad-meta"));
    const auto syntax = verstka::detail::import_editorjs_document(R"({"blocks":[]})", "{", {});
    CHECK(find(syntax, "json.syntax"));
}

TEST_CASE("unknown tools are skipped with a warning at the block; the rest is kept") {
    const auto r = import(json::array({{{"type", "carousel"}, {"data", json::object()}},
                                       {{"type", "paragraph"}, {"data", {{"text", "остаюсь"}}}}}));
    REQUIRE(r.ok);
    const Diagnostic* d = find(r, "import.unknown-tool");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0");
    CHECK(d->severity == Severity::warning);
    CHECK(d->line > 0);
    CHECK(body_of(r).size() == 1);
}

TEST_CASE("an embed of a service verstka does not show is a link card, with a warning") {
    const auto r = import(json::array(
        {{{"type", "embed"}, {"data", {{"service", "vimeo"}, {"source", "https://vimeo.com/1"}}}}}));
    CHECK(body_of(r)[0] == json{{"type", "embed"}, {"provider", "link"}, {"url", "https://vimeo.com/1"}});
    const Diagnostic* d = find(r, "import.embed-as-link");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/service");
}

TEST_CASE("raw HTML is dropped with a warning when rawHtml is drop") {
    EditorJsOptions options;
    options.raw_html = verstka::RawHtml::drop;
    const auto r = import(json::array({{{"type", "raw"}, {"data", {{"html", "<script>x</script>"}}}}}),
                          {{"title", "T"}}, options);
    CHECK(body_of(r).empty());
    const Diagnostic* d = find(r, "import.raw-html");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/html");
}

TEST_CASE("addresses outside the URL policy: the link keeps its text, a picture or embed its caption") {
    const auto r = import(json::array(
        {{{"type", "paragraph"}, {"data", {{"text", R"x(<a href="javascript:alert(1)">жми</a>)x"}}}},
         {{"type", "image"}, {"data", {{"file", {{"url", "javascript:alert(1)"}}}, {"caption", "Подпись"}}}},
         {{"type", "embed"}, {"data", {{"service", "youtube"}, {"source", "data:text/html,x"}}}},
         {{"type", "linkTool"}, {"data", {{"link", "vbscript:x"}}}}}));
    INFO(dump(r));
    const json body = body_of(r);
    CHECK(body == json::array({{{"type", "paragraph"}, {"text", "жми"}},
                               {{"type", "paragraph"}, {"text", "Подпись"}}}));
    std::vector<std::string> rejected;
    for (const Diagnostic& d : r.diagnostics) {
        if (d.code == "url.rejected") rejected.push_back(d.path);
    }
    CHECK(rejected == std::vector<std::string>{"/blocks/0/data/text", "/blocks/1/data/file/url",
                                               "/blocks/2/data/source", "/blocks/3/data/link"});
}

TEST_CASE("empty blocks are left out quietly: they hold nothing to lose") {
    const auto r = import(
        json::array({{{"type", "paragraph"}, {"data", {{"text", "&nbsp; <br>"}}}},
                     {{"type", "paragraph"}, {"data", {{"text", ""}}}},
                     {{"type", "code"}, {"data", {{"code", "  "}}}},
                     {{"type", "table"}, {"data", {{"content", json::array({json::array({"", ""})})}}}}}));
    INFO(dump(r));
    CHECK(body_of(r).empty());
    CHECK(r.diagnostics.empty());
}

TEST_CASE(
    "wrong types at every level: the document is refused, a block or field is left out with a warning") {
    struct Case {
        const char* document;
        const char* code;
        const char* path;
        bool ok;
    };
    const Case cases[] = {
        {"[]", "import.bad-document", "", false},
        {"\"text\"", "import.bad-document", "", false},
        {"{}", "import.bad-document", "/blocks", false},
        {R"({"blocks":{}})", "import.bad-document", "/blocks", false},
        {R"({"blocks":[1]})", "import.bad-block", "/blocks/0", true},
        {R"({"blocks":[{"data":{}}]})", "import.bad-block", "/blocks/0/type", true},
        {R"({"blocks":[{"type":5}]})", "import.bad-block", "/blocks/0/type", true},
        {R"({"blocks":[{"type":"paragraph","data":"x"}]})", "import.bad-block", "/blocks/0/data", true},
        {R"({"blocks":[{"type":"paragraph","data":{"text":5}}]})", "import.bad-field", "/blocks/0/data/text",
         true},
        {R"({"blocks":[{"type":"header","data":{"text":"x","level":"2"}}]})", "import.bad-field",
         "/blocks/0/data/level", true},
        {R"({"blocks":[{"type":"list","data":{"items":"a"}}]})", "import.bad-field", "/blocks/0/data/items",
         true},
        {R"({"blocks":[{"type":"list","data":{"items":[5]}}]})", "import.bad-field", "/blocks/0/data/items/0",
         true},
        {R"({"blocks":[{"type":"list","data":{"items":[{"content":[]}]}}]})", "import.bad-field",
         "/blocks/0/data/items/0/content", true},
        {R"({"blocks":[{"type":"list","data":{"style":7,"items":["a"]}}]})", "import.bad-field",
         "/blocks/0/data/style", true},
        {R"({"blocks":[{"type":"table","data":{"content":[["a",5]]}}]})", "import.bad-field",
         "/blocks/0/data/content/0/1", true},
        {R"({"blocks":[{"type":"table","data":{"content":["a"]}}]})", "import.bad-field",
         "/blocks/0/data/content/0", true},
        {R"({"blocks":[{"type":"table","data":{"content":"a"}}]})", "import.bad-field",
         "/blocks/0/data/content", true},
        {R"({"blocks":[{"type":"image","data":{"file":"x"}}]})", "import.bad-field", "/blocks/0/data/file",
         true},
        {R"({"blocks":[{"type":"image","data":{"file":{"url":1}}}]})", "import.bad-field",
         "/blocks/0/data/file/url", true},
        {R"({"blocks":[{"type":"image","data":{}}]})", "import.missing-field", "/blocks/0/data/url", true},
        {R"({"blocks":[{"type":"linkTool","data":{"link":"https://e.org","meta":[]}}]})", "import.bad-field",
         "/blocks/0/data/meta", true},
        {R"({"blocks":[{"type":"attaches","data":{"file":null}}]})", "import.bad-field",
         "/blocks/0/data/file", true},
        {R"({"blocks":[{"type":"quote","data":{"text":{},"caption":"Автор"}}]})", "import.bad-field",
         "/blocks/0/data/text", true},
        {"{", "json.syntax", "", false},
        {"\xFF", "input.invalid-utf8", "", false},
    };
    for (const Case& c : cases) {
        const std::string shown_document = c.document;
        CAPTURE(shown_document);
        const auto r = verstka::detail::import_editorjs_document(c.document, R"({"title":"T"})", {});
        INFO(dump(r));
        CHECK(r.ok == c.ok);
        const Diagnostic* d = find(r, c.code);
        REQUIRE(d);
        CHECK(d->path == c.path);
    }
}

TEST_CASE("limits: too many blocks and too large a table are errors, found before anything is converted") {
    json blocks = json::array();
    for (int i = 0; i < 2001; ++i) blocks.push_back({{"type", "delimiter"}, {"data", json::object()}});
    const auto many = import(blocks);
    CHECK_FALSE(many.ok);
    REQUIRE(find(many, "import.too-many-blocks"));
    CHECK(find(many, "import.too-many-blocks")->path == "/blocks");
    blocks.erase(blocks.begin());
    CHECK(import(blocks).ok);

    json wide = json::array({json::array()});
    for (int i = 0; i < 51; ++i) wide[0].push_back("x");
    const auto table = import(json::array({{{"type", "table"}, {"data", {{"content", wide}}}}}));
    CHECK_FALSE(table.ok);
    REQUIRE(find(table, "import.table-too-large"));
    CHECK(find(table, "import.table-too-large")->path == "/blocks/0/data/content");
}

TEST_CASE("a problem of the produced article is reported at the Editor.js block it came from") {
    // A NUL character is verbatim in code, and the article format refuses it.
    const auto r = import(json::array({{{"type", "paragraph"}, {"data", {{"text", "ok"}}}},
                                       {{"type", "code"}, {"data", {{"code", std::string("a\0b", 3)}}}}}));
    CHECK_FALSE(r.ok);
    const Diagnostic* d = find(r, "article.nul-character");
    REQUIRE(d);
    CHECK(d->path == "/blocks/1");
    CHECK(d->message.find("/body/1") != std::string::npos);
    CHECK(d->line > 0);
}

TEST_CASE("a string over 1 MiB is refused before it is converted, at its field") {
    EditorJsOptions options;
    options.max_input_bytes = 8 << 20;
    const auto r =
        import(json::array({{{"type", "paragraph"}, {"data", {{"text", std::string((1 << 20) + 1, 'a')}}}}}),
               {{"title", "T"}}, options);
    CHECK_FALSE(r.ok);
    const Diagnostic* d = find(r, "import.string-too-long");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/text");
}

TEST_CASE("an ok import is article JSON that validates with no error") {
    const auto r = import(json::array({{{"type", "paragraph"}, {"data", {{"text", "a"}}}}}));
    REQUIRE(r.ok);
    const json article = json::parse(r.article_json);
    CHECK(article["v"] == 1);
    CHECK(article["title"] == "Заголовок");
}
