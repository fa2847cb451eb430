// «фильм 18+» → «фильм⍽18+»; «(18+)» stays intact.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_age(std::string_view n) { return n == "0" || n == "6" || n == "12" || n == "16" || n == "18"; }

// An age rating glued to its `+` and ending there, after something a no-break space may bind.
bool binds(const Context& c, const Gap& g) {
    const std::size_t i = g.right;
    if (!is_age(c.t[i].text)) return false;
    const std::size_t plus = c.next(i);
    if (plus != i + 1 || !c.is_punct(plus, '+')) return false;
    const std::size_t after = c.next(plus);
    if (after == plus + 1 && (c.is_number(after) || c.is_word(after))) return false;
    return binds_left(c, g.left);
}

constexpr GapRow kGaps[] = {{{}, {kind_bit(Kind::number), 0, 2}, binds}};

constexpr Example kExamples[] = {
    {"фильм 18+", "фильм⍽18+"},
    {"неделя (18+) проходит", "неделя (18+) проходит"},
    {"счёт 2 18+5", "счёт 2 18+5"},
};

}  // namespace

const Rule rule_nbsp_age_mark{"nbsp/age-mark",
                              "Возрастная маркировка (18+) не отрывается от предыдущего слова",
                              "Age rating (18+) bound to the word before it",
                              true,
                              nullptr,
                              need::plus | need::number,
                              nullptr,
                              kGaps,
                              std::size(kGaps)};
const RuleExamples examples_nbsp_age_mark{"nbsp/age-mark", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
