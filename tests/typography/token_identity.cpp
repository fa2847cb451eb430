// Blind to its own output (issue 12, design point 2), token by token: the tokens the engine
// ends a paragraph with are the tokens its output text reads as — the same kinds, texts, first
// code points and, for words and numbers, the same letter counts, scripts, case and word lists.
// A second pass then starts from what the first one decided on, which is why it changes
// nothing; glyph_class.cpp holds each written character to its source, this holds whole
// paragraphs.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "rule_cases.hpp"
#include "typography/engine.hpp"
#include "typography/tokenizer.hpp"

namespace {

using verstka::detail::typo::Engine;
using verstka::detail::typo::Kind;
using verstka::detail::typo::Paragraph;
using verstka::detail::typo::Piece;
using verstka::detail::typo::Token;

std::string describe(const Token& t) {
    constexpr const char* names[] = {"none",  "word", "number", "space", "punct",
                                     "quote", "dash", "opaque", "markup"};
    std::string out =
        std::string(names[static_cast<int>(t.kind)]) + " " + verstka::test::show(std::string(t.text));
    // A space reads by its text alone: every gap is decided afresh.
    if (t.kind != Kind::space) out += " cp " + std::to_string(static_cast<std::uint32_t>(t.cp));
    if (t.kind == Kind::word || t.kind == Kind::number) {
        out += " chars " + std::to_string(t.chars) + " script " + std::to_string(static_cast<int>(t.script)) +
               " upper " + std::to_string(t.upper) + " lex " + std::to_string(t.lex);
    }
    return out;
}

// The engine's final tokens (erased ones left out) against the tokens of its output, as one
// line each; the first difference, or an empty string.
std::string first_difference(const Engine& engine, const std::string& input) {
    Paragraph paragraph;
    engine.process({{input, Piece::Type::text}}, paragraph, true, nullptr);
    std::string output;
    std::vector<std::string> decided;
    for (const Token& t : paragraph.tokens) {
        if (t.kind == Kind::none || t.text.empty()) continue;
        output += t.text;
        decided.push_back(describe(t));
    }
    std::vector<Token> reread;
    char32_t prev = 0;
    std::uint32_t needs = 0;
    verstka::detail::typo::tokenize(output, 0, 0, prev, reread, needs);
    for (std::size_t k = 0; k < decided.size() || k < reread.size(); ++k) {
        const std::string a = k < decided.size() ? decided[k] : "(none)";
        const std::string b = k < reread.size() ? describe(reread[k]) : "(none)";
        if (a != b)
            return "token " + std::to_string(k) + " of " + verstka::test::show(output) + ": " + a + " / " + b;
    }
    return {};
}

// An HTML-like text as the pieces HTML mode hands the engine: each tag (`<…>`) a markup piece,
// the text between them text pieces. (HTML mode also decodes entities and keeps code-like
// elements verbatim before this; the engine sees pieces either way.)
std::vector<Piece> pieces_of(std::string_view html) {
    std::vector<Piece> pieces;
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t open = html.find('<', i);
        const std::size_t close = open == std::string_view::npos ? open : html.find('>', open);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            pieces.push_back({html.substr(i), Piece::Type::text});
            break;
        }
        if (open > i) pieces.push_back({html.substr(i, open - i), Piece::Type::text});
        pieces.push_back({html.substr(open, close + 1 - open), Piece::Type::markup});
        i = close + 1;
    }
    return pieces;
}

// The same over pieces, as HTML mode typesets them (untrimmed): each piece's output is made of
// the tokens of its run, and read again by an engine of no rules.
std::string first_difference_in_pieces(const Engine& engine, const Engine& reader, std::string_view html) {
    const std::vector<Piece> pieces = pieces_of(html);
    Paragraph paragraph;
    engine.process(pieces, paragraph, false, nullptr);
    std::vector<std::string> texts(pieces.size());
    std::vector<std::string> decided;
    for (const Token& t : paragraph.tokens) {
        if (t.kind == Kind::none || t.text.empty()) continue;
        texts[t.run] += t.text;
        decided.push_back(describe(t));
    }
    std::vector<Piece> output;
    std::string joined;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        output.push_back({texts[k], pieces[k].type});
        joined += texts[k];
    }
    Paragraph reread;
    reader.process(output, reread, false, nullptr);
    std::vector<std::string> read;
    for (const Token& t : reread.tokens) {
        if (t.kind != Kind::none && !t.text.empty()) read.push_back(describe(t));
    }
    for (std::size_t k = 0; k < decided.size() || k < read.size(); ++k) {
        const std::string a = k < decided.size() ? decided[k] : "(none)";
        const std::string b = k < read.size() ? read[k] : "(none)";
        if (a != b)
            return "token " + std::to_string(k) + " of " + verstka::test::show(joined) + ": " + a + " / " + b;
    }
    return {};
}

}  // namespace

TEST_CASE("token identity: every corpus paragraph ends as the tokens of its output") {
    const verstka::TypographOptions options;
    const Engine engine(options);
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file);
    std::string line;
    int paragraphs = 0;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::string input = verstka::test::nbsp(line.substr(0, line.find('\t')));
        CHECK_MESSAGE(first_difference(engine, input).empty(), first_difference(engine, input));
        ++paragraphs;
    }
    CHECK(paragraphs >= 500);
}

TEST_CASE("token identity: what a rule writes carries what its text reads as") {
    const verstka::TypographOptions options;
    const Engine engine(options);
    for (const char* input : {
             // number/ordinal: the short ending's own first letter (й, not the ы it replaced).
             "Это 5-ый этаж, 2-ого мая, 7-ым рейсом",
             // number/percent: a % glued to an address keeps its space, or 12%a@b.ru would be
             // one e-mail.
             "ли12 %a@b.ru и -5 %a@b.ru",
             // symbols/multiplication: × is a word of no script, case or word list.
             "поле 3 х 3 и 10 X 20",
             // number/unit-power and number/prime: numbers and quote tokens.
             "50 м2 и 7м3, экран 55\" и рост 6'",
             // Signs, dashes, quotes and spaces of every kind.
             "\"Проект \"Север\" готов\" -- (c) 1/2 +- 5 -> 10 ... т.е. 12мм 1995г.",
         }) {
        CHECK_MESSAGE(first_difference(engine, input).empty(), first_difference(engine, input));
    }
}

TEST_CASE("token identity: across tags, each piece ends as the tokens of its output") {
    verstka::TypographOptions options;
    options.mode = verstka::TextMode::html;
    const Engine engine(options);
    const Engine reader(options, std::vector<std::string_view>{});
    for (const char* input : {
             // A space written between touching tokens goes into the piece of the token after it.
             "<p>Л.Н.<b>Толстой</b> и Сочи<i>—</i>курорт</p>",
             "Нет. <b>—А</b> почему? <i>Сочи</i> —курорт, <b>5-7</b> см",
             "в <a href=\"x\">Сочи</a> 45000 руб. и т.<b>е.</b> P.<i>S.</i> Пушкин А. <b>С.</b>",
             "\"Проект <b>\"Север\"</b> готов\" <br> -- (c) 1/2 +- 5 -> 10 ... 12мм 1995г.",
         }) {
        const std::string difference = first_difference_in_pieces(engine, reader, input);
        CHECK_MESSAGE(difference.empty(), difference);
    }
    // Every corpus paragraph, its tags as markup pieces.
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file);
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::string input = verstka::test::nbsp(line.substr(0, line.find('\t')));
        const std::string difference = first_difference_in_pieces(engine, reader, input);
        CHECK_MESSAGE(difference.empty(), difference);
    }
}
