// The JSON Pointer locator and source positions.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "article/json_locator.hpp"
#include "article/message_text.hpp"

using verstka::detail::find_too_deep;
using verstka::detail::locate_values;
using verstka::detail::PositionCounter;
using verstka::detail::source_position;

namespace {

// locate_values() as a map from pointer to offset; pointers that name nothing are left out.
std::map<std::string, std::size_t> locate(std::string_view text, std::vector<std::string> pointers) {
    const std::vector<std::string> sorted = verstka::detail::sorted_pointers(std::move(pointers));
    const std::vector<std::size_t> offsets = locate_values(text, sorted);
    REQUIRE(offsets.size() == sorted.size());
    std::map<std::string, std::size_t> found;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (offsets[i] != std::string_view::npos) found[sorted[i]] = offsets[i];
    }
    return found;
}

}  // namespace

TEST_CASE("source positions count lines and characters") {
    const std::string text = "ab\nжж\r\nx\ry";
    struct Case {
        std::size_t offset;
        int line, column;
    };
    const Case cases[] = {
        {0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {7, 2, 3}, {9, 3, 1}, {10, 3, 2}, {11, 4, 1}, {99, 4, 2},
    };
    for (const Case& c : cases) {
        CAPTURE(c.offset);
        const auto p = source_position(text, c.offset);
        CHECK(p.line == c.line);
        CHECK(p.column == c.column);
    }
}

TEST_CASE("locate_values finds each value's first byte") {
    const std::string text =
        R"( {"a": [1, {"b~c": "x", "d/e": [true, null]}, "s\"]"], "f": {}, "g": 2, "\u0068": 3} )";
    const std::vector<std::string> wanted = {"",   "/a", "/a/0", "/a/1/b~0c", "/a/1/d~1e/1", "/a/2",
                                             "/f", "/g", "/h",   "/missing",  "/a/9"};
    const auto found = locate(text, wanted);
    CHECK(found.at("") == text.find('{'));
    CHECK(found.at("/a") == text.find('['));
    CHECK(found.at("/a/0") == text.find('1'));
    CHECK(found.at("/a/1/b~0c") == text.find("\"x\""));
    CHECK(found.at("/a/1/d~1e/1") == text.find("null"));
    CHECK(found.at("/a/2") == text.find("\"s"));
    CHECK(found.at("/f") == text.find("{}"));
    CHECK(found.at("/g") == text.find('2'));
    CHECK(found.at("/h") == text.find('3'));  // "\u0068" is "h"
    CHECK(found.count("/missing") == 0);
    CHECK(found.count("/a/9") == 0);
}

TEST_CASE("locate_values takes the last of duplicate keys, as the parser does") {
    const std::string text = R"({"k": 1, "k": {"z": 2}})";
    const auto found = locate(text, {"/k", "/k/z"});
    CHECK(found.at("/k") == text.find('{', 1));
    CHECK(found.at("/k/z") == text.find('2'));
}

TEST_CASE("locate_values stops quietly on malformed text") {
    for (const char* text : {"", "{", "[1,", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "\"open"}) {
        CAPTURE(text);
        const auto found = locate(text, {"/a", "/b", "/0"});
        CHECK(found.count("/b") == 0);
    }
}

TEST_CASE("locate_values skips containers no pointer leads into, brackets in their strings too") {
    const std::string text =
        R"({"a": {"x": "}]", "y": [[1], {"z": "\"{"}]}, "a-b": [2], "b": {"c": [3, {"d": 4}]}, "e": 5})";
    // "/a-b" sorts before "/a/…" ('-' < '/'): the search for a pointer inside "/a" must not stop there.
    const auto found = locate(text, {"/a-b/0", "/b/c/1/d", "/e", "/a/y/1/z"});
    CHECK(found.at("/a-b/0") == text.find('2'));
    CHECK(found.at("/b/c/1/d") == text.find('4'));
    CHECK(found.at("/e") == text.find('5'));
    CHECK(found.at("/a/y/1/z") == text.find(R"("\"{")"));
    // Only siblings: everything but "/e" is skipped whole.
    CHECK(locate(text, {"/e"}).at("/e") == text.find('5'));
    CHECK(locate(text, {"/nothing"}).empty());
}

TEST_CASE("a position counter gives source_position's answer, in any order of offsets") {
    const std::string text =
        "\xEF\xBB\xBF"
        "ab\nжж\r\nx\ry\r";
    PositionCounter counter(text);
    for (const std::size_t offset : {0, 3, 4, 6, 9, 9, 12, 2, 14, 15, 99, 5, 1}) {
        CAPTURE(offset);
        const auto expected = source_position(text, offset);
        const auto got = counter.at(offset);
        CHECK(got.line == expected.line);
        CHECK(got.column == expected.column);
    }
}

TEST_CASE("find_too_deep ignores brackets inside strings") {
    CHECK(find_too_deep("[[[]]]", 3) == std::string::npos);
    CHECK(find_too_deep("[[[[]]]]", 3) == 3);
    CHECK(find_too_deep(R"(["[[[[", {"a":"{{{{"}])", 2) == std::string::npos);
    CHECK(find_too_deep(R"(["\"[[", [[1]]])", 2) == 10);
}

TEST_CASE("a leading BOM is skipped by both the locator and the position counter") {
    const std::string text = "\xEF\xBB\xBF{\"a\": [1, 2]}";
    const auto found = locate(text, {"", "/a/1"});
    CHECK(found.at("") == 3);
    CHECK(found.at("/a/1") == text.find('2'));
    const auto at = source_position(text, found.at("/a/1"));
    CHECK(at.line == 1);
    CHECK(at.column == 11);
    CHECK(source_position(text, 3).column == 1);
}

TEST_CASE("input quoted in messages stays on one line and short") {
    using verstka::detail::quote_for_message;
    CHECK(quote_for_message("Сочи") == "\"Сочи\"");
    CHECK(quote_for_message("a\nb\tc\x01\x7F") == "\"a\\nb\\tc\\u0001\\u007F\"");
    CHECK(quote_for_message("abcdef", 3) == "\"abc…\"");
    CHECK(quote_for_message("жжж", 3) == "\"ж…\"");  // never cuts a character in half
    CHECK(quote_for_message("", 3) == "\"\"");
}
