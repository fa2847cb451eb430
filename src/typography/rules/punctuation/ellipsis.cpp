// «Итак...» → «Итак…»; «?...» → «?..»; «Итак…Далее» → «Итак… Далее».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a run of three or more dots: `…`, or `..` after `?` and `!`, the Russian forms.
bool rewrite_dots(Context& c, std::size_t i) {
    Token& t = c.t[i];
    if (t.chars < 3) return false;
    const std::size_t p = c.prev(i);
    if (c.is_punct(p, '?') || c.is_punct(p, '!')) {
        t.text = "..";
        t.chars = 2;
    } else {
        replace(c, i, chars::hellip, Kind::punct);
    }
    return true;
}

// At a `…`: the space before a word glued after it.
bool space_after(Context& c, std::size_t i) {
    const std::size_t p = c.prev(i);
    const std::size_t n = c.next(i);
    // A word glued after an ellipsis that itself follows a word starts the next phrase.
    // Not at the start of a phrase: after a space, an opening bracket or an opening quote
    // (`«…и тогда`); a quote after a word is a prime or a closing quote.
    // A mark glued to a number opens nothing: it reads as an inch mark (`1"` as `1″`).
    const bool after_number = p != npos && is_numeral(c, c.before(p));
    const bool opening_quote = c.is(p, Kind::quote) && !after_number &&
                               ((c.t[p].flags & kQuoteOpen) || c.t[p].cp == 0x00AB || c.t[p].cp == 0x201E ||
                                c.prev(p) == npos || c.is_space(c.prev(p)));
    if (!c.is_word(n) || p == npos || c.is_space(p) || opening_quote ||
        (c.t[p].kind == Kind::punct && is_open_bracket(c.t[p].cp))) {
        return false;
    }
    c.insert_space(n, kSpace);
    return true;
}

// The row of `…` stands after the row of dots: a run of dots written `…` is asked by it too.
constexpr GlyphRow kGlyphs[] = {{Kind::punct, '.', rewrite_dots}, {Kind::punct, 0x2026, space_after}};

constexpr Example kExamples[] = {
    {"Итак... решено", "Итак… решено"},
    {"Неужели?...", "Неужели?.."},
    {"Итак...Далее", "Итак… Далее"},
};

}  // namespace

const Rule rule_punctuation_ellipsis{"punctuation/ellipsis",
                                     "Многоточие вместо трёх точек",
                                     "Ellipsis instead of three dots",
                                     true,
                                     nullptr,
                                     need::dots,
                                     nullptr,
                                     nullptr,
                                     0,
                                     kGlyphs,
                                     std::size(kGlyphs)};
const RuleExamples examples_punctuation_ellipsis{"punctuation/ellipsis", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
