// «опубликовано(на сайте)» → «опубликовано (на сайте)»: a space before an opening bracket
// glued to a word, when the brackets hold a phrase. Word-internal brackets (`участник(и)`,
// `Coca-Cola(r)`, `f(x)`) hold no space and stay.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// The bracket at `open` holds a phrase: a space before its `)` in the same run (not one
// inside a number in groups, and a mark between words counts as one), nothing glued after
// the `)` but punctuation or a space.
bool holds_phrase(const Context& c, std::size_t open) {
    bool space = false;
    for (std::size_t k = open + 1; k < c.t.size(); ++k) {
        const Token& t = c.t[k];
        if (t.run != c.t[open].run || t.kind == Kind::markup) return false;
        if (t.kind == Kind::space) {
            if (k == open + 1) return false;
            // Between two numbers it is a group separator (`45 000`): one word, no phrase; a
            // fraction or a power is the number it was made of (`м3 8` and `м³ 8`).
            if (!(is_numeral(c, k - 1) && is_numeral(c, k + 1))) space = true;
            continue;
        }
        if (t.kind == Kind::punct && t.cp == '(') return false;
        // A mark glued between two words is where the output may put a space (`т.е.` →
        // `т.⍽е.`): it counts as one, so the bracket reads the same with it or without.
        if (t.kind == Kind::punct && t.cp != ')' && is_trailing_punct(t.cp) && c.is_word(k - 1) &&
            c.is_word(k + 1)) {
            space = true;
        }
        if (t.kind == Kind::punct && t.cp == ')') {
            const std::size_t n = k + 1;
            return space && (n >= c.t.size() || c.t[n].kind == Kind::space ||
                             (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp)));
        }
    }
    return false;
}

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (i == 0) continue;
        if (!c.is_punct(i, '(') || !c.is_word(i - 1) || c.t[i - 1].run != c.t[i].run) continue;
        if (holds_phrase(c, i)) c.insert_space(i, kSpace);
    }
}

constexpr Example kExamples[] = {
    {"опубликовано(на сайте)", "опубликовано (на сайте)"},
    {"участник(и) и Coca-Cola(r)", "участник(и) и Coca-Cola(r)"},
};

}  // namespace

const Rule rule_space_before_bracket{"space/before-bracket",
                                     "Пробел перед скобкой, приклеенной к слову",
                                     "Space before a bracket glued to a word",
                                     true,
                                     apply,
                                     need::bracket};
const RuleExamples examples_space_before_bracket{"space/before-bracket", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
