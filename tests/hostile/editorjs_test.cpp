// Hostile Editor.js documents through the public API (verstka::import_editorjs): wrong types at
// every level, 100,000 blocks, lists nested 10,000 deep, a 2,000 × 2,000 table, a 50 MB
// string. Each gives diagnostics within the usual limits, never a crash, and what is ok renders.
#include <doctest/doctest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "hostile_support.hpp"
#include "verstka/verstka.hpp"

namespace {

using json = nlohmann::json;
using verstka::EditorJsOptions;
using verstka::ImportResult;

const verstka::Diagnostic* find_code(const ImportResult& r, std::string_view code) {
    for (const auto& d : r.diagnostics) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

// Imports under `name`, timed like every hostile case (reported, not asserted); an ok import
// must render ok.
ImportResult import_timed(const std::string& name, const std::string& document,
                          const EditorJsOptions& options = {}) {
    const auto start = std::chrono::steady_clock::now();
    ImportResult r = verstka::import_editorjs(document, R"({"title":"Заголовок"})", options);
    if (r.ok) {
        const verstka::RenderResult rendered = verstka::render_article(r.article_json);
        CHECK_MESSAGE(rendered.ok, name);
    }
    verstka::hostile::record(name, document.size(), std::chrono::steady_clock::now() - start);
    CHECK(r.diagnostics.size() <= 101);  // 100 listed and one summary at most
    return r;
}

// A valid document touching every tool and every nesting level the importer reads.
json every_tool() {
    return json::parse(R"({"time":1,"version":"2.30.0","blocks":[
      {"type":"header","data":{"text":"Заголовок","level":2}},
      {"type":"paragraph","data":{"text":"<b>a</b> <a href=\"/x\">b</a>"}},
      {"type":"list","data":{"style":"ordered","meta":{"start":2,"counterType":"numeric"},
        "items":[{"content":"a","meta":{"checked":true},"items":[{"content":"b","items":[]}]}]}},
      {"type":"checklist","data":{"items":[{"text":"a","checked":true}]}},
      {"type":"quote","data":{"text":"a","caption":"b"}},
      {"type":"image","data":{"file":{"url":"/a.jpg"},"caption":"c","withBorder":true}},
      {"type":"embed","data":{"service":"youtube","source":"https://youtu.be/x","caption":"c"}},
      {"type":"table","data":{"withHeadings":true,"content":[["a","b"],["c","d"]]}},
      {"type":"code","data":{"code":"x"}},
      {"type":"warning","data":{"title":"t","message":"m"}},
      {"type":"raw","data":{"html":"<p>x</p>"}},
      {"type":"linkTool","data":{"link":"https://e.org","meta":{"title":"t","description":"d"}}},
      {"type":"attaches","data":{"file":{"url":"/f","size":1,"extension":"pdf"},"title":"t"}},
      {"type":"delimiter","data":{}}]})");
}

// Every value of `value` (recursively), as a JSON Pointer.
void pointers(const json& value, const std::string& at, std::vector<std::string>& out) {
    out.push_back(at);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) pointers(it.value(), at + "/" + it.key(), out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) pointers(value[i], at + "/" + std::to_string(i), out);
    }
}

}  // namespace

TEST_CASE("editorjs: every value replaced by every other JSON type gives diagnostics, never a crash") {
    const json base = every_tool();
    std::vector<std::string> all;
    pointers(base, "", all);
    const json replacements[] = {nullptr,
                                 true,
                                 0,
                                 -1.5,
                                 "",
                                 "<script>x</script>",
                                 json::array(),
                                 json::object(),
                                 json::array({1, "a", nullptr}),
                                 json::object({{"x", 1}})};
    std::size_t imports = 0, ok = 0;
    for (const std::string& pointer : all) {
        for (const json& replacement : replacements) {
            json document = base;
            if (pointer.empty()) {
                document = replacement;
            } else {
                document[json::json_pointer(pointer)] = replacement;
            }
            const ImportResult r = verstka::import_editorjs(document.dump(), R"({"title":"T"})");
            ++imports;
            if (r.ok) {
                ++ok;
                CHECK(verstka::render_article(r.article_json).ok);
            } else {
                CHECK(verstka::has_errors(r.diagnostics));
            }
        }
    }
    CHECK(imports > 900);
    CHECK(ok > imports / 2);  // most mistakes cost one block or field, not the document
}

TEST_CASE("editorjs: 100,000 blocks are refused with import.too-many-blocks before any is read") {
    std::string document = R"({"blocks":[)";
    for (int i = 0; i < 100000; ++i)
        document += i == 0 ? R"({"type":"delimiter"})" : R"(,{"type":"delimiter"})";
    document += "]}";
    const ImportResult r = import_timed("editorjs: 100,000 blocks", document);
    CHECK_FALSE(r.ok);
    REQUIRE(find_code(r, "import.too-many-blocks"));
}

TEST_CASE("editorjs: a list nested 10,000 deep is json.too-deep, found at the first bracket too deep") {
    std::string items = "[]";
    for (int i = 0; i < 10000; ++i) items = R"([{"content":"x","items":)" + items + "}]";
    const std::string document =
        R"({"blocks":[{"type":"list","data":{"style":"ordered","items":)" + items + "}}]}";
    const ImportResult r = import_timed("editorjs: list nested 10,000 deep", document);
    CHECK_FALSE(r.ok);
    const auto* d = find_code(r, "json.too-deep");
    REQUIRE(d);
    CHECK(d->line == 1);
    // As deep as the nesting limit allows, the list imports (as a markdown block).
    std::string fits = "[]";
    for (int i = 0; i < 28; ++i) fits = R"([{"content":"x","items":)" + fits + "}]";
    const ImportResult deep = import_timed("editorjs: list nested 28 deep",
                                           R"({"blocks":[{"type":"list","data":{"items":)" + fits + "}}]}");
    CHECK(deep.ok);
}

TEST_CASE("editorjs: a 2,000 × 2,000 table is import.table-too-large, with or without the size limit") {
    std::string row = "[";
    for (int c = 0; c < 2000; ++c) row += c == 0 ? "\"x\"" : ",\"x\"";
    row += "]";
    std::string content = "[";
    for (int r = 0; r < 2000; ++r) content += (r == 0 ? "" : ",") + row;
    content += "]";
    const std::string document = R"({"blocks":[{"type":"table","data":{"content":)" + content + "}}]}";
    const ImportResult limited = import_timed("editorjs: 2,000 × 2,000 table (default limit)", document);
    CHECK_FALSE(limited.ok);
    CHECK(find_code(limited, "input.too-large"));
    EditorJsOptions options;
    options.max_input_bytes = 64 << 20;
    const ImportResult r = import_timed("editorjs: 2,000 × 2,000 table", document, options);
    CHECK_FALSE(r.ok);
    const auto* d = find_code(r, "import.table-too-large");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/content");
}

TEST_CASE("editorjs: a 50 MB string is input.too-large, and past the size limit import.string-too-long") {
    const std::string big(50u << 20, 'a');
    const std::string document = R"({"blocks":[{"type":"paragraph","data":{"text":")" + big + "\"}}]}";
    const ImportResult limited = import_timed("editorjs: 50 MB string (default limit)", document);
    CHECK_FALSE(limited.ok);
    CHECK(find_code(limited, "input.too-large"));
    EditorJsOptions options;
    options.max_input_bytes = 64 << 20;
    const ImportResult r = import_timed("editorjs: 50 MB string", document, options);
    CHECK_FALSE(r.ok);
    const auto* d = find_code(r, "import.string-too-long");
    REQUIRE(d);
    CHECK(d->path == "/blocks/0/data/text");
}

TEST_CASE("editorjs: 150,000 nested inline tags in one field cost no more than their text") {
    std::string text;
    for (int i = 0; i < 50000; ++i) text += "<b><i><a href=\\\"/x\\\">";
    text += "x";
    const std::string document = R"({"blocks":[{"type":"paragraph","data":{"text":")" + text + "\"}}]}";
    const ImportResult r = import_timed("editorjs: 150,000 nested inline tags", document);
    INFO(verstka::hostile::dump(r.diagnostics));
    CHECK(r.ok);
}
