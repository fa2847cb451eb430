// «сказал бы», «он же», «так ли» → «сказал⍽бы», «он⍽же», «так⍽ли».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A particle (the row's right word) right after the gap binds back to a word, a number or
// a closing mark.
bool binds(const Context& c, const Gap& g) {
    const std::size_t i = g.right;
    if (g.space + 1 != i || !word_ends(c, i)) return false;
    // `ж.` and `б.` with a dot are abbreviations (ж.-д., б. Ленина), not particles.
    const std::size_t n = c.next(i);
    if (c.t[i].chars == 1 && (c.is_text(n, ".") || c.is_punct(n, '/'))) return false;
    const Token& before = c.t[g.left];
    return before.kind == Kind::word || before.kind == Kind::number ||
           (before.kind == Kind::quote && before.cp != 0x00AB && before.cp != 0x201E) ||
           (before.kind == Kind::punct && is_close_bracket(before.cp));
}

constexpr GapRow kGaps[] = {{{}, {kind_bit(Kind::word), lex::particle}, binds}};

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
                              nullptr,
                              0,
                              nullptr,
                              kGaps,
                              std::size(kGaps)};
const RuleExamples examples_nbsp_particle{"nbsp/particle", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
