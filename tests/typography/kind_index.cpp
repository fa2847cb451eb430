// The kind index (context.hpp) stays true to the tokens: every list Context holds as up to date
// lists exactly the tokens of its kind, in order — after erasures, insertions and changes of
// kind, when only the lists they touched are built again, and after every rule of the registry.
#include <doctest/doctest.h>

#include <cstdint>
#include <forward_list>
#include <fstream>
#include <string>
#include <vector>

#include "typography/context.hpp"
#include "typography/glyph_table.hpp"
#include "typography/phone.hpp"
#include "typography/quote_analysis.hpp"
#include "typography/rule.hpp"
#include "typography/tokenizer.hpp"

namespace {

using namespace verstka::detail::typo;

constexpr Kind kAllKinds[] = {Kind::none,  Kind::word, Kind::number, Kind::space, Kind::punct,
                              Kind::quote, Kind::dash, Kind::opaque, Kind::markup};

std::vector<std::uint32_t> scan(const std::vector<Token>& tokens, Kind kind) {
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].kind == kind) out.push_back(static_cast<std::uint32_t>(k));
    }
    return out;
}

// Every list the index holds as up to date equals a scan of the tokens; returns how many.
int check_fresh_lists(const std::vector<Token>& tokens, const KindIndex& kinds, const std::string& where) {
    int checked = 0;
    for (const Kind kind : kAllKinds) {
        if ((kinds.fresh & KindIndex::bit(kind)) == 0) continue;
        INFO(where << ", kind " << static_cast<int>(kind));
        const Positions list = kinds.of(kind);
        CHECK(std::vector<std::uint32_t>(list.begin(), list.end()) == scan(tokens, kind));
        ++checked;
    }
    return checked;
}

void ask_every_kind(Context& c) {
    for (const Kind kind : kAllKinds) c.positions(kind);
}

Token make(Kind kind, std::string_view text) {
    Token tok;
    tok.kind = kind;
    tok.text = text;
    return tok;
}

struct Paragraph {
    std::vector<Token> tokens;
    std::forward_list<std::string> arena;
    QuoteMarks quotes;
    KindIndex kinds;
    verstka::TypographOptions options;
};

std::vector<Token> tokens_of(const std::string& text) {
    std::vector<Token> tokens;
    char32_t prev = 0;
    std::uint32_t needs = 0;
    tokenize(text, 0, 0, prev, tokens, needs);
    return tokens;
}

}  // namespace

TEST_CASE(
    "kind index: a change of kind makes only the lists of both kinds stale, and a rebuild keeps the others") {
    Paragraph p;
    p.tokens = tokens_of("а, б 12 - в");  // а , _ б _ 12 _ - _ в
    REQUIRE(p.tokens.size() == 10);
    Context c(p.tokens, p.arena, p.options, p.quotes, p.kinds);
    ask_every_kind(c);
    CHECK(p.kinds.fresh == KindIndex::kAll);
    c.set_kind(7, Kind::punct);  // the hyphen
    CHECK(p.kinds.fresh == (KindIndex::kAll & ~(KindIndex::bit(Kind::dash) | KindIndex::bit(Kind::punct))));
    CHECK(c.positions(Kind::word).size() == 3);  // fresh: no rebuild
    CHECK(p.kinds.fresh != KindIndex::kAll);
    CHECK(c.positions(Kind::dash).size() == 0);
    CHECK(p.kinds.fresh == KindIndex::kAll);
    CHECK(check_fresh_lists(p.tokens, p.kinds, "after set_kind") == static_cast<int>(KindIndex::kKinds));
    c.erase(3);  // б
    CHECK((p.kinds.fresh & KindIndex::bit(Kind::word)) == 0);
    CHECK((p.kinds.fresh & KindIndex::bit(Kind::space)) != 0);
    c.compact();
    CHECK(p.kinds.fresh == 0);  // the tokens moved
    ask_every_kind(c);
    CHECK(check_fresh_lists(p.tokens, p.kinds, "after compaction") == static_cast<int>(KindIndex::kKinds));
}

TEST_CASE("kind index: lists built after each kind of edit equal a scan of the tokens") {
    struct Case {
        const char* name;
        void (*edit)(Context&);
    };
    const Case cases[] = {
        {"erase a space", [](Context& c) { c.erase(2); }},
        {"erase the first and the last token",
         [](Context& c) {
             c.erase(0);
             c.erase(c.t.size() - 1);
         }},
        {"insert a space before a word", [](Context& c) { c.insert(3, make(Kind::space, " ")); }},
        {"insert at the end", [](Context& c) { c.insert(c.t.size(), make(Kind::word, "г")); }},
        {"insert after the last token",
         [](Context& c) { c.insert_after(c.t.size() - 1, make(Kind::punct, ".")); }},
        {"two insertions at one place and an erasure before it",
         [](Context& c) {
             c.erase(1);
             c.insert(4, make(Kind::space, " "));
             c.insert(4, make(Kind::number, "7"));
         }},
        {"a change of kind and an insertion of the new kind",
         [](Context& c) {
             c.set_kind(6, Kind::dash);
             c.insert(0, make(Kind::dash, "-"));
         }},
        {"insertions between every token",
         [](Context& c) {
             const std::size_t n = c.t.size();
             for (std::size_t k = 0; k <= n; ++k) c.insert(k, make(Kind::space, " "));
         }},
        {"erase everything",
         [](Context& c) {
             for (std::size_t k = 0; k < c.t.size(); ++k) c.erase(k);
         }},
    };
    for (const Case& test : cases) {
        Paragraph p;
        p.tokens = tokens_of("а, б 12 - в");
        REQUIRE(p.tokens.size() == 10);
        Context c(p.tokens, p.arena, p.options, p.quotes, p.kinds);
        ask_every_kind(c);
        test.edit(c);
        c.compact();
        ask_every_kind(c);
        CHECK(check_fresh_lists(p.tokens, p.kinds, test.name) == static_cast<int>(KindIndex::kKinds));
    }
}

TEST_CASE("kind index: every list stays true after each rule and the glyph table on every corpus sentence") {
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file.good());
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    const GlyphTable glyphs(std::vector<const Rule*>(rules, rules + count));
    std::string line;
    int sentences = 0;
    int checked = 0;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::string text = line.substr(0, line.find('\t'));
        Paragraph p;
        p.tokens = tokens_of(text);
        Context c(p.tokens, p.arena, p.options, p.quotes, p.kinds);
        for (std::size_t r = 0; r < count; ++r) {
            if (!rules[r]->separate) continue;
            ask_every_kind(c);
            rules[r]->separate(c);
            c.compact();
            // Some lists may be stale now: asking for one kind builds them all again.
            c.positions(Kind::word);
            checked += check_fresh_lists(p.tokens, p.kinds,
                                         text + " after separating by " + std::string(rules[r]->id));
        }
        mark_phones(c);
        analyze_quotes(c, p.quotes);
        const std::uint32_t present = present_kinds(p.tokens);
        for (std::size_t r = 0; r < count; ++r) {
            if (const int group = glyphs.group_starting_at(r); group >= 0) {
                ask_every_kind(c);
                glyphs.rewrite(c, glyphs.active(present), group);
                c.compact();
                c.positions(Kind::word);
                checked += check_fresh_lists(p.tokens, p.kinds, text + " after the glyph table");
            }
            if (!rules[r]->apply) continue;
            ask_every_kind(c);
            rules[r]->apply(c);
            c.compact();
            c.positions(Kind::word);
            checked += check_fresh_lists(p.tokens, p.kinds, text + " after " + std::string(rules[r]->id));
        }
        ++sentences;
    }
    CHECK(sentences > 300);
    CHECK(checked > 300 * 20 * static_cast<int>(KindIndex::kKinds));
}
