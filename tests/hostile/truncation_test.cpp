// Every prefix of a real article is rejected with one precise diagnostic at its end.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "hostile_support.hpp"

using namespace verstka;
using namespace verstka::hostile;

namespace {

std::string read_example(const char* name) {
    std::ifstream in(std::string(VERSTKA_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// True when the prefix ends inside a multi-byte UTF-8 sequence.
bool cut_inside_character(std::string_view prefix) {
    std::size_t k = prefix.size();
    std::size_t continuation = 0;
    while (k > 0 && (static_cast<unsigned char>(prefix[k - 1]) & 0xC0) == 0x80) {
        --k;
        ++continuation;
    }
    if (k == 0) return continuation > 0;
    const unsigned char lead = static_cast<unsigned char>(prefix[k - 1]);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return length > 1 && continuation + 1 < length;
}

}  // namespace

TEST_CASE(
    "an example article truncated at every byte gives one json.syntax or input.invalid-utf8 at the cut") {
    const std::string json = read_example("sochi-vnot-2024.json");
    REQUIRE(json.size() > 1000);
    REQUIRE(render_article(json).ok);
    const std::size_t complete = json.rfind('}') + 1;  // the shortest prefix that is a document

    std::size_t syntax = 0, utf8 = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t n = 0; n < complete; ++n) {
        const std::string_view prefix(json.data(), n);
        const RenderResult r = render_article(prefix);
        CAPTURE(n);
        INFO(dump(r.diagnostics));
        REQUIRE_FALSE(r.ok);
        CHECK(r.html.empty());
        REQUIRE(r.diagnostics.size() == 1);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.severity == Severity::error);
        CHECK(d.path.empty());
        if (cut_inside_character(prefix)) {
            ++utf8;
            CHECK(d.code == "input.invalid-utf8");
            // It points at the lead byte of the cut character.
            std::size_t lead = n;
            while (lead > 0 && (static_cast<unsigned char>(prefix[lead - 1]) & 0xC0) == 0x80) --lead;
            --lead;
            CHECK(d.message.find("byte offset " + std::to_string(lead)) != std::string::npos);
            const auto [line, column] = position_of(prefix, lead);
            CHECK(d.line == line);
            CHECK(d.column == column);
        } else {
            ++syntax;
            CHECK(d.code == "json.syntax");
            // Parsing stops at the end of the text (or at the last token, when the cut
            // leaves a partial literal or number): never past it, never on an earlier line.
            const auto [line, column] = position_of(prefix, n);
            CHECK(d.line == line);
            CHECK(d.column <= column);
            CHECK(d.column >= 1);
        }
    }
    record("truncated at every byte (" + std::to_string(complete) + " prefixes)", complete,
           std::chrono::steady_clock::now() - start);
    CHECK(syntax > 0);
    CHECK(utf8 > 0);  // the article is Russian: many cuts land inside a Cyrillic letter
}
