// «сказал бы», «он же», «так ли» → «сказал⍽бы», «он⍽же», «так⍽ли».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::word)) {
        if (!c.is_word(i) || !has(c.t[i], lex::particle)) continue;
        const std::size_t s = c.prev(i);
        if (!c.is_space(s) || s + 1 != i || !word_ends(c, i)) continue;
        // `ж.` and `б.` with a dot are abbreviations (ж.-д., б. Ленина), not particles.
        const std::size_t n = c.next(i);
        if (c.t[i].chars == 1 && (c.is_text(n, ".") || c.is_punct(n, '/'))) continue;
        const std::size_t p = c.prev(s);
        if (p == npos) continue;
        const Token& before = c.t[p];
        const bool ok = before.kind == Kind::word || before.kind == Kind::number ||
                        (before.kind == Kind::quote && before.cp != 0x00AB && before.cp != 0x201E) ||
                        (before.kind == Kind::punct && is_close_bracket(before.cp));
        if (ok) c.set_nbsp(s);
    }
}

constexpr Example kExamples[] = {
    {"сказал бы", "сказал⍽бы"},
    {"он же, так ли", "он⍽же, так⍽ли"},
    {"Же было, б. Ленина", "Же было, б. Ленина"},
};

}  // namespace

const Rule rule_nbsp_particle{"nbsp/particle",
                              "Неразрывный пробел перед частицами ли, ль, же, ж, бы, б",
                              "No-break space before the particles ли, ль, же, ж, бы, б",
                              true,
                              apply,
                              kExamples,
                              std::size(kExamples)};

}  // namespace verstka::detail::typo
