// Blind to its own output (issue 12, design point 2): every character the engine writes
// (typography/glyphs.hpp) tokenizes like the input it is made from, in every context a rule
// can put it in: the same kind of token, the same neighbours, the same protected spans. The
// fuzz targets' idempotence property is the check that this suffices.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rule_cases.hpp"
#include "typography/glyphs.hpp"
#include "typography/tokenizer.hpp"

namespace {

using verstka::detail::typo::Glyph;
using verstka::detail::typo::Kind;
using verstka::detail::typo::Token;

// `{}` is where the glyph or its source goes: the places the rules write it, beside words,
// numbers, brackets, quotes and protected spans (URLs, paths, e-mails).
struct Places {
    char32_t written;
    std::vector<std::string_view> contexts;
};

const std::vector<Places>& places() {
    static const std::vector<Places> all = {
        {0x00A0,
         {"в{}Сочи", "5{}см", "слово{}— слово", "№{}5", "в{}www.site.ru/a", "в{}/etc/hosts", "т.{}е."}},
        {0x2014,
         {"слово {} слово", "слово, {} слово", "{} Да", "Нет. {} А", "i.ru/a {} b", "{} www.site.ru"}},
        {0x2013, {"5{}7", "XVIII{}XIX", "10:00{}18:00", "май{}июнь", "1870{}1953 гг.", "(5{}7)"}},
        {0x2212, {"{}5", "было {}5", "({}5)", "= {}5", "\"{}5\"", "от {}10 до 3", ">= {}5", "{}45000"}},
        {0x00AB, {"{}слово", " {}слово", "({}слово", "{}www.site.ru/a", "{}/etc/hosts", "{}a@b.ru"}},
        {0x00BB, {"слово{}", "слово{} и", "слово{}.", "site.ru/a{}", "docs/a.md{}", "a@b.ru{}", "5{} и"}},
        {0x201E, {"«{}слово", "« {}слово", "{}www.site.ru/a"}},
        {0x201C, {"слово{}»", "слово{} и", "site.ru/a{}", "5{}»", "he said {}hello"}},
        {0x201D, {"hello{}", "world{} and", "site.ru/a{}"}},
        {0x2018, {"{}hello", " {}hello", "{}www.site.ru/a"}},
        {0x2019, {"д{}Артаньян", "McDonald{}s", "hello{}", "hello{} and"}},
        {0x2026, {"слово{}", "{}слово", "слово{} слово", "слово{} i.ru/a", "({}) слово", "1{}"}},
        {0x00D7, {"10{}20", "3{}3 м", "10{}20 см", "(10{}20)", "a{}b", "Я{} 5", "«{}»"}},
        {0x00B1, {"5{}2", "{}5", "({}5)", "5 {} 2"}},
        {0x2265, {"a {} b", "1 {} 2", "a{}b", "{}5"}},
        {0x2264, {"a {} b", "1 {} 2", "a{}b", "{}5"}},
        {0x2260, {"a {} b", "1 {} 2", "a{}b"}},
        {0x2192, {"a {} b", "a{}b", "{} www.site.ru", "{}www.site.ru/a"}},
        {0x2190, {"a {} b", "a{}b", "{} www.site.ru"}},
        {0x2194, {"a {} b", "a{}b", "{}www.site.ru/a"}},
        {0x00A9, {"{} 2024", "{}Яндекс", "Яндекс {}", "{} i.ru/a"}},
        {0x00AE, {"Coca-Cola{}", "Coca-Cola{} и", "Cola{}i.ru/a"}},
        {0x2122, {"Windows{}", "Windows{} и"}},
        {0x00BD, {"{} стакана", "1 {} стакана", "({})"}},
        {0x00BC, {"{} пути", "({})"}},
        {0x00BE, {"{} пути", "({})"}},
        {0x00B2, {"м{}", "7 м{} и", "км{}.", "7 м{}/с"}},
        {0x00B3, {"м{}", "7 м{} и", "см{},"}},
        {0x2033, {"55{}", "55{} экран", "55{}.", "«55{}»"}},
        {0x2032, {"6{}", "6{} и", "6{},"}},
        {0x2116, {"{} 5", "{}5", "({} 5)"}},
    };
    return all;
}

std::string with(std::string_view context, std::string_view piece) {
    std::string out(context);
    const std::size_t at = out.find("{}");
    out.replace(at, 2, piece);
    return out;
}

std::string kind_name(Kind k) {
    constexpr const char* names[] = {"none",  "word", "number", "space", "punct",
                                     "quote", "dash", "opaque", "markup"};
    return names[static_cast<int>(k)];
}

std::vector<Token> tokens_of(const std::string& text) {
    std::vector<Token> out;
    char32_t prev = 0;
    std::uint32_t needs = 0;
    verstka::detail::typo::tokenize(text, 0, 0, prev, out, needs);
    return out;
}

struct Shape {
    std::string outside;                  // the tokens before and after the piece, with kinds
    std::vector<Kind> piece;              // kinds of the tokens that make the piece
    std::vector<std::string> protected_;  // protected spans, the piece written as its source
};

Shape shape(std::string_view context, std::string_view piece, std::string_view source) {
    const std::string text = with(context, piece);
    const std::size_t from = context.find("{}");
    const std::size_t to = from + piece.size();
    Shape s;
    for (const Token& t : tokens_of(text)) {
        const std::size_t begin = t.offset;
        const std::size_t end = begin + t.text.size();
        if (t.kind == Kind::opaque) {
            std::string span(t.text);
            if (begin < to && end > from) span.replace(from - std::min(from, begin), piece.size(), source);
            s.protected_.push_back(span);
            s.outside += "[opaque]";
        } else if (end <= from || begin >= to) {
            s.outside += kind_name(t.kind) + ":" + std::string(t.text) + " ";
        } else {
            if (s.piece.empty()) s.outside += "{} ";  // the piece, however many tokens
            s.piece.push_back(t.kind);
        }
    }
    return s;
}

}  // namespace

// Right after a dash glued to a path's first run (`./L—`), where what follows decides whether
// the dash goes on into the path: every glyph decides it as its source does.
TEST_CASE("glyph class: after a dash glued to a path every glyph goes on as its source does") {
    for (const Glyph& g : verstka::detail::typo::kGlyphs) {
        for (std::string_view context : {"'./L—{}", "'./L—{}x", "./L–{} a"}) {
            const Shape source = shape(context, g.source, g.source);
            const Shape written = shape(context, g.written->utf8, g.source);
            CHECK_MESSAGE(written.protected_ == source.protected_,
                          verstka::test::show(with(context, g.written->utf8)), " (", g.written->entity,
                          " from ", g.source, ")");
        }
    }
}

TEST_CASE("glyph class: every character the engine writes tokenizes like its source") {
    for (const Glyph& g : verstka::detail::typo::kGlyphs) {
        const Places* where_written = nullptr;
        for (const Places& p : places()) {
            if (p.written == g.written->cp) where_written = &p;
        }
        REQUIRE_MESSAGE(where_written != nullptr, g.written->entity, " has no places in this test");
        for (std::string_view context : where_written->contexts) {
            const Shape source = shape(context, g.source, g.source);
            const Shape written = shape(context, g.written->utf8, g.source);
            const std::string where = verstka::test::show(with(context, g.written->utf8)) + " (" +
                                      std::string(g.written->entity) + " from " + std::string(g.source) + ")";
            CHECK_MESSAGE(written.outside == source.outside, where, "\n  source  ", source.outside,
                          "\n  written ", written.outside);
            CHECK_MESSAGE(written.protected_ == source.protected_, where);
            // A one-token source: the written character is a token of the same kind.
            if (source.piece.size() == 1 && written.piece.size() == 1) {
                CHECK_MESSAGE(kind_name(written.piece[0]) == kind_name(source.piece[0]), where);
            }
        }
    }
}
