// The character module: the entity table is consistent and its lookups find every entry.
#include "common/chars.hpp"

#include <doctest/doctest.h>

#include <string>

#include "common/utf8.hpp"

namespace chars = verstka::detail::chars;

TEST_CASE("chars: the entity table is sorted, and every UTF-8 form encodes its code point") {
    std::size_t count = 0;
    const chars::Named* table = chars::entity_table(count);
    REQUIRE(count > 40);
    for (std::size_t k = 0; k < count; ++k) {
        std::string utf8;
        verstka::detail::utf8::append(utf8, table[k].cp);
        CHECK_MESSAGE(utf8 == table[k].utf8, "entity ", table[k].entity);
        CHECK(!table[k].entity.empty());
        if (k > 0) CHECK(table[k - 1].cp < table[k].cp);
        CHECK(chars::by_code_point(table[k].cp) == &table[k]);
        CHECK(chars::by_entity(table[k].entity) == &table[k]);
    }
}

TEST_CASE("chars: lookups of characters and names outside the table find nothing") {
    CHECK(chars::by_code_point('a') == nullptr);
    CHECK(chars::by_code_point(0x0416) == nullptr);  // Ж
    CHECK(chars::by_code_point(0x10FFFF) == nullptr);
    CHECK(chars::by_entity("amp") == nullptr);  // markup-significant: never decoded as text
    CHECK(chars::by_entity("") == nullptr);
    CHECK(chars::by_entity("NBSP") == nullptr);  // entity names are case-sensitive
}

TEST_CASE("chars: text with entities") {
    std::string out;
    chars::append_with_entities(out, "№\u00A05 — «да» ↔ 2 м² ≥ 1, Жук & <b>");
    CHECK(out == "&numero;&nbsp;5 &mdash; &laquo;да&raquo; &harr; 2 м&sup2; &ge; 1, Жук & <b>");
}

TEST_CASE("chars: predicates") {
    for (char32_t c : {U'-', U'\u2010', U'\u2012', U'\u2013', U'\u2014', U'\u2015', U'\u2212'})
        CHECK(chars::is_dash_like(c));
    for (char32_t c : {U'+', U'_', U'~', U'\u2016'}) CHECK_FALSE(chars::is_dash_like(c));
    for (char32_t c : {U'"', U'\'', U'«', U'»', U'„', U'“', U'”', U'‘', U'’', U'‚'})
        CHECK(chars::is_quote_like(c));
    CHECK_FALSE(chars::is_quote_like(U'`'));
    CHECK(chars::is_single_quote_like(U'’'));
    CHECK_FALSE(chars::is_single_quote_like(U'”'));
    for (char32_t c : {U' ', U'\t', U'\n', U'\u00A0', U'\u2009', U'\u202F', U'\u3000'})
        CHECK(chars::is_space_like(c));
    CHECK_FALSE(chars::is_space_like(U'\u200B'));  // zero width: joins, does not separate
}
