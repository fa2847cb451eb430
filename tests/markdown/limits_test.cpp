// Deep nesting and pathological inputs: the walk is iterative (cmark's iterator), so depth
// costs no stack, and the markup stays balanced.
#include <doctest/doctest.h>

#include <string>

#include "markdown_helpers.hpp"

namespace {

std::size_t count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
    return n;
}

std::string repeat(std::string_view s, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("deeply nested block quotes and lists stay balanced") {
    const int depth = 5000;
    const std::string quotes = verstka::test::render_block(repeat("> ", depth) + "глубоко").html;
    CHECK(count(quotes, "<blockquote>") == depth);
    CHECK(count(quotes, "</blockquote>") == depth);
    CHECK(quotes.find("<p>глубоко</p>") != std::string::npos);

    std::string list;
    for (int i = 0; i < 500; ++i) list += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- x\n";
    const std::string lists = verstka::test::render_block(list).html;
    CHECK(count(lists, "<ul>") == 500);
    CHECK(count(lists, "</ul>") == 500);
    CHECK(count(lists, "<li>") == count(lists, "</li>"));
}

TEST_CASE("deeply nested emphasis and many links in an inline field") {
    const std::string nested = repeat("*a **b ", 3000) + "c" + repeat("** a*", 3000);
    const std::string html = verstka::test::render_inline(nested).html;
    CHECK(count(html, "<em>") == count(html, "</em>"));
    CHECK(count(html, "<strong>") == count(html, "</strong>"));
    CHECK(count(html, "<em>") > 1000);

    const std::string links = repeat("[a](/b) ", 20000);
    const verstka::test::Rendered r = verstka::test::render_inline(links);
    CHECK(count(r.html, "<a ") == 20000);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("pathological openers from cmark's own test suite") {
    const std::string inputs[] = {
        repeat("[", 50000) + "a" + repeat("]", 50000),
        repeat("*a ", 50000),
        repeat("<", 50000),
        repeat("`", 50000) + "a",
        repeat("![", 30000) + "a",
        repeat("- ", 5000) + "x",
    };
    for (const std::string& input : inputs) {
        const verstka::test::Rendered block = verstka::test::render_block(input);
        const verstka::test::Rendered inline_field = verstka::test::render_inline(input);
        CHECK(!block.html.empty());
        CHECK(!inline_field.html.empty());
    }
}
