// classify() (lexicon.hpp) rejects most words by a filter before any lookup: the filter must
// pass every word of every list in each case form the list accepts, and classify() must
// agree with the lists' own predicates.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"
#include "typography/lexicon.hpp"
#include "typography/token.hpp"

namespace {

namespace typo = verstka::detail::typo;
namespace lex = typo::lex;

std::string upper(std::string_view word, bool all) {
    std::string out;
    std::size_t i = 0;
    bool first = true;
    while (i < word.size()) {
        char32_t c = verstka::detail::utf8::decode(word, i);
        if (first || all) {
            if (c >= 'a' && c <= 'z') c -= 32;
            if (c >= 0x0430 && c <= 0x044F) c -= 0x20;
        }
        first = false;
        verstka::detail::utf8::append(out, c);
    }
    return out;
}

// The lists' predicates; weekdays and the halves of compounds have none, the table below
// covers them.
std::uint16_t by_predicates(std::string_view w) {
    std::uint16_t bits = 0;
    if (typo::is_function_word(w)) bits |= lex::function_word;
    if (typo::is_particle(w)) bits |= lex::particle;
    if (typo::is_month_genitive(w)) bits |= lex::month_genitive;
    if (typo::is_month_nominative(w)) bits |= lex::month_nominative;
    if (typo::is_unit(w)) bits |= lex::unit;
    if (typo::is_prepositive_abbreviation(w)) bits |= lex::prepositive;
    if (typo::is_postpositive_abbreviation(w)) bits |= lex::postpositive;
    if (typo::is_company_form(w)) bits |= lex::company;
    if (typo::is_ordinal_suffix(w)) bits |= lex::ordinal_suffix;
    return bits;
}

}  // namespace

TEST_CASE("classify: list words in lowercase, Capitalised and UPPERCASE forms") {
    struct Case {
        std::string_view word;
        std::uint16_t lower;  // bits of the word as written
        std::uint16_t capitalised;
        std::uint16_t uppercase;
    };
    const Case cases[] = {
        {"для", lex::function_word, lex::function_word, lex::function_word},
        {"если", lex::function_word, lex::function_word, lex::function_word},
        {"же", lex::particle, 0, 0},  // particles bind in lowercase only
        {"января", lex::month_genitive, lex::month_genitive, lex::month_genitive},
        {"декабря", lex::month_genitive, lex::month_genitive, lex::month_genitive},
        {"мае", lex::month_nominative, lex::month_nominative, lex::month_nominative},
        {"сентябрь", lex::month_nominative, lex::month_nominative, lex::month_nominative},
        {"воскресенье", lex::weekday, lex::weekday, lex::weekday},
        {"пн", lex::weekday, lex::weekday, lex::weekday},
        {"вт", lex::weekday, lex::weekday | lex::unit, lex::weekday},  // Вт: watt
        {"мкм", lex::unit, 0, 0},
        {"моль", lex::unit, 0, 0},
        {"dpi", lex::unit, 0, 0},
        {"г", lex::unit | lex::prepositive | lex::postpositive, 0, 0},
        {"просп", lex::prepositive, 0, 0},
        {"р-н", lex::postpositive, 0, 0},
        {"ми", lex::ordinal_suffix, 0, 0},
        {"слово", 0, 0, 0},
        {"при", lex::function_word, lex::function_word, lex::function_word},
        {"пари", 0, 0, 0},
        {"то", lex::compound_end, 0, 0},  // `То` starts a sentence, ends no compound
        {"нибудь", lex::compound_end, 0, 0},
        {"под", lex::function_word | lex::compound_end, lex::function_word, lex::function_word},
        {"кое", lex::compound_start, lex::compound_start, lex::compound_start},
        {"кой", lex::compound_start, lex::compound_start, lex::compound_start},
        {"тот", 0, 0, 0},
    };
    for (const Case& c : cases) {
        const std::string cap = upper(c.word, false);
        const std::string all = upper(c.word, true);
        INFO(c.word);
        CHECK(typo::classify(c.word, false) == c.lower);
        CHECK(typo::classify(cap, true) == c.capitalised);
        if (all != cap) CHECK(typo::classify(all, true) == c.uppercase);
    }
    CHECK(typo::classify("ООО", true) == lex::company);
    CHECK(typo::classify("ГГц", true) == lex::unit);
    CHECK(typo::classify("МВт", true) == lex::unit);
    CHECK(typo::classify("", true) == 0);
    CHECK(typo::classify("воскресеньеворскресенье", true) == 0);
}

TEST_CASE("classify agrees with the lists' predicates on every word of up to three letters") {
    // Every lowercase, Capitalised and UPPERCASE word of one to three Russian letters and of
    // one to three Latin letters (most keys are that short), with the weekday and compound bits
    // aside.
    std::vector<std::string> letters;
    for (char32_t c = 0x0430; c <= 0x044F; ++c) {
        std::string s;
        verstka::detail::utf8::append(s, c);
        letters.push_back(s);
    }
    letters.push_back("ё");
    for (char c = 'a'; c <= 'z'; ++c) letters.emplace_back(1, c);
    const std::size_t n = letters.size();
    constexpr std::uint16_t kNoPredicate = lex::weekday | lex::compound_end | lex::compound_start;
    int listed = 0;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b <= n; ++b) {
            for (std::size_t c = 0; c <= n; ++c) {
                if (b == n && c != n) continue;
                std::string word = letters[a];
                if (b < n) word += letters[b];
                if (c < n) word += letters[c];
                for (int form = 0; form < 3; ++form) {
                    const std::string w = form == 0 ? word : upper(word, form == 2);
                    // In these three forms the any-case lists' keys match as their predicates do.
                    const std::uint16_t expected = by_predicates(w);
                    const std::uint16_t got = typo::classify(w, form != 0) & ~kNoPredicate;
                    if (got != expected) {
                        INFO(w);
                        CHECK(got == expected);
                    }
                    listed += got != 0 ? 1 : 0;
                }
            }
        }
    }
    CHECK(listed > 100);
}
