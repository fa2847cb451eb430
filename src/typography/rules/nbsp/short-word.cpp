// «в Сочи», «для детей» → «в⍽Сочи», «для⍽детей»: short and function words bind forward.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// The particles ли, же, бы … are two letters long but bind only backwards (TYPOGRAPHY.md):
// `Знает⍽ли директор`, never `ли⍽директор`.
bool is_short(const Token& t) {
    if (t.script != Script::cyrillic && t.script != Script::latin) return false;
    if (has(t, lex::particle)) return false;
    return t.chars <= 2 || (t.chars <= 4 && has(t, lex::function_word));
}

// What a short word may bind to: a word, a number, a protected token, an opening mark.
bool bindable(const Context& c, std::size_t n) {
    if (n == npos) return false;
    const Token& t = c.t[n];
    switch (t.kind) {
        case Kind::word:
        case Kind::number:
        case Kind::opaque:
            return true;
        case Kind::quote:
            return t.cp != 0x00BB && t.cp != 0x201D;
        case Kind::punct:
            return !is_trailing_punct(t.cp) && t.cp != '/';
        case Kind::dash:
            return t.cp == chars::minus.cp;  // a negative number: `до⍽−5`
        default:
            return false;
    }
}

// A short word standing alone, right before the gap, binds to what may follow it.
bool binds(const Context& c, const Gap& g) {
    const std::size_t i = g.left;
    if (g.space != i + 1 || !is_short(c.t[i]) || !standalone(c, i)) return false;
    // `20 кг попалась`: a unit after a number belongs to the number, not to the next word.
    const std::size_t before = c.prev(i);
    if (c.is_space(before) && has(c.t[i], lex::unit) && c.is_number(c.prev(before))) return false;
    return bindable(c, g.right);
}

// A function word of three or four letters: words of one or two are asked by the first row.
bool binds_function_word(const Context& c, const Gap& g) { return c.t[g.left].chars > 2 && binds(c, g); }

// Words of one or two letters, and function words of up to four (`для`, `если`).
constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::word), 0, 2}, {}, binds},
    {{kind_bit(Kind::word), lex::function_word, 4}, {}, binds_function_word},
};

constexpr Example kExamples[] = {
    {"в Сочи для детей", "в⍽Сочи для⍽детей"},
    {"с 10 по 13", "с⍽10 по⍽13"},
    {"центр «IT-куб», ВНОТ-2024", "центр «IT-куб», ВНОТ-2024"},
};

}  // namespace

const Rule rule_nbsp_short_word{"nbsp/short-word",
                                "Неразрывный пробел после коротких и служебных слов",
                                "No-break space after short and function words",
                                true,
                                nullptr,
                                0,
                                nullptr,
                                kGaps,
                                std::size(kGaps)};
const RuleExamples examples_nbsp_short_word{"nbsp/short-word", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
