// Size limits: deep nesting, huge strings, huge arrays. Each fails fast with its own code.
#include <doctest/doctest.h>

#include <tuple>

#include "hostile_support.hpp"

using namespace verstka;
using namespace verstka::hostile;

namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

RenderOptions raised_limit(std::size_t bytes) {
    RenderOptions options;
    options.parse.max_input_bytes = bytes;
    return options;
}

void check_single(const RenderResult& r, std::string_view code, std::string_view path) {
    INFO(dump(r.diagnostics));
    CHECK_FALSE(r.ok);
    CHECK(r.html.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == code);
    CHECK(r.diagnostics[0].path == path);
    CHECK(r.diagnostics[0].severity == Severity::error);
}

}  // namespace

TEST_CASE("100,000-deep nesting stops at level 65") {
    struct Case {
        const char* name;
        std::string json;
        int column;  // of the first bracket too deep
    };
    const std::string prefix = R"({"title":"t","body":[],"x":)";
    const Case cases[] = {
        {"100,000 '[' alone", repeat("[", 100000), 65},
        {"100,000 '{\"a\":' alone", repeat("{\"a\":", 100000), 1 + 64 * 5},
        {"100,000 balanced brackets in a field", prefix + repeat("[", 100000) + repeat("]", 100000) + "}",
         static_cast<int>(prefix.size()) + 64},
        {"100,000 open brackets in a block", R"({"title":"t","body":[)" + repeat("[", 100000),
         static_cast<int>(std::string(R"({"title":"t","body":[)").size()) + 63},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const RenderResult r = render_all_layouts(c.name, c.json);
        INFO(dump(r.diagnostics));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "json.too-deep");
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column == c.column);
    }
}

TEST_CASE(
    "50 MB strings: input.too-large by default, article.string-too-long when the byte limit is raised") {
    const std::size_t big = 50 * 1000 * 1000;
    struct Case {
        const char* name;
        std::string json;
        const char* path;
    };
    const std::string cyrillic = repeat("\xD1\x8F", big / 2);  // "я" × 25,000,000
    const Case cases[] = {
        {"50 MB ASCII title", "{\"title\":\"" + std::string(big, 'a') + "\",\"body\":[]}", "/title"},
        {"50 MB Cyrillic lead", "{\"title\":\"t\",\"lead\":\"" + cyrillic + "\",\"body\":[]}", "/lead"},
        {"50 MB of a\\n escapes in a paragraph",
         "{\"title\":\"t\",\"body\":[{\"type\":\"paragraph\",\"text\":\"" + repeat("a\\n", big / 3) + "\"}]}",
         "/body/0/text"},
        {"50 MB markdown block",
         "{\"title\":\"t\",\"body\":[{\"type\":\"markdown\",\"text\":\"" + repeat("> *a* ", big / 6) +
             "\"}]}",
         "/body/0/text"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        check_single(render_timed(std::string(c.name) + " (default limit)", c.json), "input.too-large", "");
        check_single(render_timed(std::string(c.name) + " (limit 64 MiB)", c.json, raised_limit(64 * kMiB)),
                     "article.string-too-long", c.path);
    }
}

// Regression (hardening finding): keys had no limit, and the unknown-field warning carried the
// whole key in its JSON Pointer path. Keys are now limited to 1,024 bytes.
TEST_CASE("a 50 MB key is reported without copying it into the diagnostic") {
    const std::string json = "{\"title\":\"t\",\"body\":[],\"" + std::string(50 * 1000 * 1000, 'k') + "\":1}";
    const RenderResult r = render_timed("50 MB unknown key (limit 64 MiB)", json, raised_limit(64 * kMiB));
    INFO(dump(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.empty());
    std::size_t bytes = 0;
    for (const Diagnostic& d : r.diagnostics) bytes += d.message.size() + d.path.size();
    CHECK(bytes < 64 * 1024);
    CHECK(r.diagnostics[0].code == "article.key-too-long");
}

TEST_CASE("1,000,000 blocks: over the byte limit by default, over the block limit when it is raised") {
    const std::string dividers = "{\"title\":\"t\",\"body\":[" + repeat("{\"type\":\"divider\"},", 999999) +
                                 "{\"type\":\"divider\"}]}";
    check_single(render_timed("1,000,000 divider blocks (default limit)", dividers), "input.too-large", "");
    const RenderResult r =
        render_timed("1,000,000 divider blocks (limit 64 MiB)", dividers, raised_limit(64 * kMiB));
    check_single(r, "article.too-many-blocks", "/body");
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].column == 21);
    CHECK(r.diagnostics[0].message.find("1000000") != std::string::npos);

    // Small enough for the default byte limit: the block limit stops it first; the first 2,000
    // blocks are still checked, and their problems are capped at 100 plus one summary.
    const std::string empty_objects = "{\"title\":\"t\",\"body\":[" + repeat("{},", 999999) + "{}]}";
    const std::string zeros = "{\"title\":\"t\",\"body\":[" + repeat("0,", 999999) + "0]}";
    REQUIRE(empty_objects.size() < 4 * kMiB);
    for (const auto& [name, json, per_block] :
         {std::tuple{"1,000,000 empty blocks", empty_objects, "article.missing-field"},
          std::tuple{"1,000,000 numbers as blocks", zeros, "article.bad-type"}}) {
        CAPTURE(name);
        const RenderResult many = render_all_layouts(name, json);
        INFO(dump(many.diagnostics).substr(0, 1000));
        CHECK_FALSE(many.ok);
        REQUIRE(many.diagnostics.size() == 101);
        CHECK(many.diagnostics[0].code == "article.too-many-blocks");
        CHECK(many.diagnostics[0].path == "/body");
        CHECK(many.diagnostics[1].code == per_block);
        CHECK(many.diagnostics[1].path.rfind("/body/0", 0) == 0);
        CHECK(many.diagnostics[100].code == "article.too-many-problems");
    }
}

TEST_CASE("many problems are listed up to the cap") {
    // 2,000 blocks (the limit) each with a wrong type: 100 listed, one summary.
    const std::string json = "{\"title\":\"t\",\"body\":[" + repeat("{\"type\":7},", 1999) + "{\"type\":7}]}";
    const RenderResult r = render_all_layouts("2,000 bad blocks", json);
    INFO(dump(r.diagnostics).substr(0, 2000));
    CHECK_FALSE(r.ok);
    CHECK(r.diagnostics.size() == 101);
    CHECK(r.diagnostics.back().code == "article.too-many-problems");
    // 100,000 duplicate keys (under the byte limit).
    std::string dup = "{\"title\":\"t\",\"body\":[]";
    for (int i = 0; i < 100000; ++i) dup += ",\"tags\":[]";
    dup += "}";
    const RenderResult d = render_all_layouts("100,000 duplicate keys", dup);
    INFO(dump(d.diagnostics).substr(0, 2000));
    CHECK(d.ok);  // duplicates are warnings
    CHECK(d.diagnostics.size() <= 101);
}
