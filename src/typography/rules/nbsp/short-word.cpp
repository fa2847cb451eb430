// «в Сочи», «для детей» → «в⍽Сочи», «для⍽детей»: short and function words bind forward.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// The particles ли, же, бы … are two letters long but bind only backwards (nbsp/particle):
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

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::word)) {
        if (!c.is_word(i) || !is_short(c.t[i]) || !standalone(c, i)) continue;
        // `20 кг попалась`: a unit after a number belongs to the number, not to the next word.
        const std::size_t before = c.prev(i);
        if (c.is_space(before) && has(c.t[i], lex::unit) && c.is_number(c.prev(before))) continue;
        const std::size_t s = c.next(i);
        if (!c.is_space(s) || s != i + 1) continue;
        if (bindable(c, c.next(s))) c.set_nbsp(s);
    }
}

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
                                apply,
                                kExamples,
                                std::size(kExamples)};

}  // namespace verstka::detail::typo
