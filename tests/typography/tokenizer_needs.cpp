// The tokenizer collects the `need::` bits (rule.hpp) of the tokens it makes: the same bits
// as a pass over the tokens (`present_kinds`), so that a rule is skipped only where its
// tokens are absent.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "typography/lexicon.hpp"
#include "typography/rule.hpp"
#include "typography/tokenizer.hpp"

namespace {

using verstka::detail::typo::Token;

std::uint32_t needs_while_tokenizing(const std::string& text, std::vector<Token>& tokens) {
    char32_t prev = 0;
    std::uint32_t needs = 0;
    verstka::detail::typo::tokenize(text, 0, 0, prev, tokens, needs);
    return needs;
}

}  // namespace

TEST_CASE("tokenize: need bits equal present_kinds over the tokens of every corpus sentence") {
    std::ifstream file(VERSTKA_SOURCE_DIR "/tests/corpus/typography.tsv");
    REQUIRE(file.good());
    std::string line;
    int sentences = 0;
    std::uint32_t seen = 0;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        for (const std::string& text : {line.substr(0, line.find('\t')), line.substr(line.find('\t') + 1)}) {
            std::vector<Token> tokens;
            const std::uint32_t needs = needs_while_tokenizing(text, tokens);
            INFO(text);
            CHECK(needs == verstka::detail::typo::present_kinds(tokens));
            seen |= needs;
        }
        ++sentences;
    }
    CHECK(sentences > 300);
    namespace need = verstka::detail::typo::need;
    CHECK(seen ==
          (need::quote | need::dash | need::number | need::bracket | need::plus | need::angle | need::slash |
           need::dots | need::sign | need::percent | need::dot | need::initial | need::spacing));
}

TEST_CASE("tokenize: need::spacing of several runs equals present_kinds, which reads run ends from tokens") {
    namespace typo = verstka::detail::typo;
    const std::vector<std::vector<std::string>> paragraphs = {
        {"а ", " б"},      // two spaces of two runs side by side
        {"а ", "б"},       // a run ends with a space
        {"а", " б"},       // a run starts with one
        {"а б", "в г"},    // plain spaces inside the runs only
        {"а б", "", "в"},  // an empty run between
    };
    for (const std::vector<std::string>& runs : paragraphs) {
        std::vector<Token> tokens;
        char32_t prev = 0;
        std::uint32_t needs = 0;
        std::uint32_t base = 0;
        for (std::size_t k = 0; k < runs.size(); ++k) {
            typo::tokenize(runs[k], static_cast<std::uint32_t>(k), base, prev, tokens, needs);
            base += static_cast<std::uint32_t>(runs[k].size());
        }
        INFO(runs.front() << "|" << runs.back());
        CHECK(needs == typo::present_kinds(tokens));
        CHECK(((needs & typo::need::spacing) != 0) == (runs.front() != "а б"));
    }
}

TEST_CASE("tokenize: need bits of single signs, and none for words, spaces and protected spans") {
    namespace need = verstka::detail::typo::need;
    struct Case {
        std::string text;
        std::uint32_t needs;
    };
    const Case cases[] = {
        {"слово word слово", 0},
        {"\"да\"", need::quote},
        {"«да»", need::quote},
        {"а - б", need::dash},
        {"а — б", need::dash},
        {"в 1995", need::number},
        {"(а)", need::bracket},
        {"[а]", need::bracket},
        {"{а}", 0},
        {"a+b", need::plus},
        {"a < b", need::angle},
        {"и/или", need::slash},
        {"так...", need::dots},
        {"так…", need::dots},
        {"так.", need::dot},
        {"А. С. Пушкин", need::dot | need::initial},
        {"Л.Н.Толстой", need::dot | need::initial},
        {"А . Б", need::dot | need::initial},  // the space before the dot goes: `А.`
        {"я. Б", need::dot},                   // lowercase: no initial
        {"Ан. Б", need::dot},                  // two letters: no initial
        {"А... Б", need::dots},                // no single dot
        {"А, . Б", need::dot},                 // a comma between
        {"№ 5", need::sign | need::number},
        {"§ 5", need::sign | need::number},
        {"½", need::number},
        {"5²", need::number},
        {"5″", need::number | need::quote},
        {"5%", need::number | need::percent},
        {"5‰", need::number | need::percent},
        {"https://site.ru/a-b/1.html", 0},
        {"a@b.ru", 0},
        {"а  б", need::spacing},
        {"а\tб", need::spacing},
        {"а\nб", need::spacing},
        {"а\u00A0б", need::spacing},
        {" а", need::spacing},
        {"а ", need::spacing},
    };
    for (const Case& c : cases) {
        std::vector<Token> tokens;
        INFO(c.text);
        CHECK(needs_while_tokenizing(c.text, tokens) == c.needs);
    }
}

TEST_CASE("tokenize: Cyrillic words of any length end where the letters end, across eight-byte steps") {
    using verstka::detail::typo::Kind;
    using verstka::detail::typo::Script;
    const std::string letters[] = {"а", "Я", "ё", "Ѐ", "ѿ"};  // U+0430 U+042F U+0451 U+0400 U+047F
    // Every ASCII character but the Latin letters ends the word, whether or not it may go on
    // to a URL or path (`.`, `/`, `@` … at the end of the text continue none).
    std::vector<std::string> ends = {"", "x", "\xC2\xA0", "«", "ӑ"};
    for (int b = 1; b < 0x80; ++b) {
        if ((b | 0x20) < 'a' || (b | 0x20) > 'z') ends.emplace_back(1, static_cast<char>(b));
    }
    for (std::size_t count = 1; count <= 20; ++count) {
        for (const std::string& end : ends) {
            std::string word;
            for (std::size_t k = 0; k < count; ++k) word += letters[k % 5];
            for (std::size_t lead = 0; lead < 3; ++lead) {
                const std::string text = std::string(lead, ' ') + word + end;
                std::vector<Token> tokens;
                needs_while_tokenizing(text, tokens);
                const std::size_t w = lead > 0 ? 1 : 0;
                INFO(text);
                REQUIRE(tokens.size() > w);
                if (end == "x" || end == "ӑ") {
                    CHECK(tokens[w].text == word + end);  // one word: Latin or Cyrillic beyond U+047F
                    CHECK(tokens[w].script == (end == "x" ? Script::mixed : Script::cyrillic));
                    continue;
                }
                CHECK(tokens[w].kind == Kind::word);
                CHECK(tokens[w].text == word);
                CHECK(tokens[w].chars == count);
                CHECK(tokens[w].script == Script::cyrillic);
                CHECK(tokens[w].cp == U'а');
                CHECK_FALSE(tokens[w].upper);
                CHECK(tokens[w].lex == verstka::detail::typo::classify(word, false));
            }
        }
    }
}

TEST_CASE("tokenize: a Cyrillic word that goes on into a domain, e-mail or path is one protected span") {
    using verstka::detail::typo::Kind;
    const struct {
        const char* text;
        const char* first;  // the first token's text
        Kind kind;
    } cases[] = {
        {"сайт.рф", "сайт.рф", Kind::opaque},
        {"москва.рф/новости дня", "москва.рф/новости", Kind::opaque},
        {"пример.рф@почта", "пример.рф", Kind::opaque},  // the host before an `@`
        {"почта@пример.рф,", "почта", Kind::word},       // no e-mail: its local part is ASCII
        {"Сочи.рф:8080/a", "Сочи.рф:8080/a", Kind::opaque},
        {"кое-что", "кое", Kind::word},         // a hyphen continues no domain here
        {"конец.Начало", "конец", Kind::word},  // no top-level domain
        {"слово. Дальше", "слово", Kind::word},
        {"г.Омск", "г", Kind::word},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const std::string text = c.text;  // the tokens point into it
        std::vector<Token> tokens;
        needs_while_tokenizing(text, tokens);
        REQUIRE_FALSE(tokens.empty());
        CHECK(tokens[0].text == c.first);
        CHECK(tokens[0].kind == c.kind);
    }
}
