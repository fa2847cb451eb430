// The JSON Schema and the documentation must agree with the validator.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "article_test_support.hpp"

using verstka::test::dump;
using verstka::test::parse;

namespace {

std::string read_source_file(const std::filesystem::path& relative) {
    std::ifstream in(std::filesystem::path(VERSTKA_SOURCE_DIR) / relative, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

const nlohmann::json& schema() {
    static const nlohmann::json s =
        nlohmann::json::parse(read_source_file("schema/article.schema.json"), nullptr, false);
    return s;
}

// Strings of an enum in the schema, found by JSON Pointer.
std::set<std::string> enum_strings(const char* pointer) {
    std::set<std::string> out;
    const nlohmann::json::json_pointer at(pointer);
    if (!schema().contains(at)) return out;  // at() would abort without exceptions
    const nlohmann::json& values = schema().at(at);
    for (const auto& v : values) {
        if (const auto* s = v.get_ptr<const std::string*>()) out.insert(*s);
    }
    return out;
}

}  // namespace

TEST_CASE("the schema is valid JSON of draft 2020-12") {
    REQUIRE_FALSE(schema().is_discarded());
    REQUIRE(schema().is_object());
    CHECK(schema().value("$schema", "") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema().value("required", nlohmann::json()) == nlohmann::json::array({"title", "body"}));
}

TEST_CASE("the schema's block types are exactly the validator's") {
    using verstka::detail::BlockType;
    std::set<std::string> names;
    for (BlockType t : {BlockType::paragraph, BlockType::heading, BlockType::quote, BlockType::image,
                        BlockType::list, BlockType::callout, BlockType::embed, BlockType::markdown,
                        BlockType::divider, BlockType::table, BlockType::code}) {
        names.insert(verstka::detail::block_type_name(t));
    }
    CHECK(enum_strings("/$defs/block/properties/type/enum") == names);
}

TEST_CASE("the validator accepts every enum value of the schema") {
    const auto age_ratings = enum_strings("/properties/ageRating/enum");
    CHECK(age_ratings.size() == 5);
    for (const std::string& rating : age_ratings) {
        CAPTURE(rating);
        CHECK(parse(R"({"title":"t","body":[],"ageRating":")" + rating + "\"}").diagnostics.empty());
    }
    const auto providers = enum_strings("/$defs/embedBlock/properties/provider/enum");
    CHECK(providers.size() == 5);
    for (const std::string& provider : providers) {
        CAPTURE(provider);
        const auto p =
            parse(R"({"title":"t","body":[{"type":"embed","provider":")" + provider + R"(","url":"u"}]})");
        INFO(dump(p.diagnostics));
        CHECK(p.diagnostics.empty());
    }
}

TEST_CASE("the schema allows exactly the fields the validator knows") {
    // A field the schema lists is never an unknown field to the validator.
    const nlohmann::json::json_pointer at("/properties");
    REQUIRE(schema().contains(at));
    const auto& props = schema().at(at);
    std::string json = R"({"title":"t","body":[])";
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (it.key() != "title" && it.key() != "body") json += ",\"" + it.key() + "\":null";
    }
    const auto p = parse(json + "}");
    INFO(dump(p.diagnostics));
    CHECK(p.diagnostics.empty());
    CHECK(props.size() == 18);
}

TEST_CASE("every diagnostic code in the source is documented") {
    const std::string docs = read_source_file("docs/article-format.md");
    std::set<std::string> codes;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(VERSTKA_SOURCE_DIR) / "src/article")) {
        const std::string text =
            read_source_file(std::filesystem::path("src/article") / entry.path().filename());
        for (const char* prefix : {"\"article.", "\"json.", "\"input."}) {
            for (std::size_t at = text.find(prefix); at != std::string::npos;
                 at = text.find(prefix, at + 1)) {
                const std::size_t end = text.find('"', at + 1);
                const std::string code = text.substr(at + 1, end - at - 1);
                // Only whole codes: lower-case words joined by '.' and '-'.
                if (code.find_first_not_of("abcdefghijklmnopqrstuvwxyz.-") == std::string::npos) {
                    codes.insert(code);
                }
            }
        }
    }
    CHECK(codes.size() >= 20);
    for (const std::string& code : codes) {
        CAPTURE(code);
        CHECK(docs.find("| `" + code + "` |") != std::string::npos);
    }
}
