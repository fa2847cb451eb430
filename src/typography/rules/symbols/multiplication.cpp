// «10x20», «3 х 3» → «10×20», «3×3»: the multiplication sign in dimensions.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a number: the first factor.
bool rewrite(Context& c, std::size_t i) {
    if (c.t[i].flags & kPhone) return false;
    std::size_t x = c.next(i);
    std::size_t s1 = npos;
    if (c.is_space(x)) {
        s1 = x;
        x = c.next(x);
    }
    // `x`, `х` or the `×` made of them, a word alike (token.hpp, is_letter_sign).
    if (!c.is_word(x) || !is_times_letter(c.t[x].text)) return false;
    std::size_t r = c.next(x);
    std::size_t s2 = npos;
    if (c.is_space(r)) {
        s2 = r;
        r = c.next(r);
    }
    // A fraction reads as the number it is made of (`3 x ½`, `3 x 1/2`).
    if (!is_numeral(c, r) || (s1 == npos) != (s2 == npos)) return false;
    // `0x1F` is hexadecimal.
    if (c.t[i].text == "0" && s1 == npos) return false;
    replace(c, x, chars::times, Kind::word);
    // The word × as it tokenizes, whichever letter it is made of: no script, case or lexicon.
    c.t[x].script = Script::none;
    c.t[x].upper = false;
    c.t[x].lex = 0;
    if (s1 != npos) {
        c.erase(s1);
        c.erase(s2);
    }
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::number, 0, rewrite}};

constexpr Example kExamples[] = {
    {"комната 10x20 м", "комната 10×20 м"},
    {"поле 3 х 3", "поле 3×3"},
    {"код 0x1F", "код 0x1F"},
};

}  // namespace

const Rule rule_symbols_multiplication{"symbols/multiplication",
                                       "Знак умножения × в размерах",
                                       "Multiplication sign × in dimensions",
                                       true,
                                       nullptr,
                                       need::number,
                                       nullptr,
                                       nullptr,
                                       0,
                                       kGlyphs,
                                       std::size(kGlyphs)};
const RuleExamples examples_symbols_multiplication{"symbols/multiplication", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
