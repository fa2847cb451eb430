// «Итак...» → «Итак…»; «?...» → «?..»; «Итак…Далее» → «Итак… Далее».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        Token& t = c.t[i];
        if (t.kind != Kind::punct) continue;
        const std::size_t p = c.prev(i);
        if (t.cp == '.' && t.chars >= 3) {
            if (c.is_punct(p, '?') || c.is_punct(p, '!')) {
                t.text = "..";  // `?..` and `!..` are the Russian forms
                t.chars = 2;
                continue;
            }
            replace(c, i, chars::hellip, Kind::punct);
        }
        if (t.cp != 0x2026) continue;
        const std::size_t n = c.next(i);
        // A word glued after an ellipsis that itself follows a word starts the next phrase.
        // Not at the start of a phrase: after a space, an opening bracket or an opening quote
        // (`«…и тогда`); a quote after a word is a prime or a closing quote.
        // A mark glued to a number opens nothing: it may be an inch mark (`1"` → `1″`).
        const bool after_number = p != npos && p > 0 && c.is_number(p - 1);
        const bool opening_quote = c.is(p, Kind::quote) && !after_number &&
                                   ((c.t[p].flags & kQuoteOpen) || c.t[p].cp == 0x00AB ||
                                    c.t[p].cp == 0x201E || c.prev(p) == npos || c.is_space(c.prev(p)));
        if (c.is_word(n) && p != npos && !c.is_space(p) && !opening_quote &&
            !(c.t[p].kind == Kind::punct && is_open_bracket(c.t[p].cp))) {
            c.insert_space(n, kSpace);
        }
    }
}

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
                                     apply,
                                     kExamples,
                                     std::size(kExamples),
                                     need::dots};

}  // namespace verstka::detail::typo
