// «фильм 18+» → «фильм⍽18+»; «(18+)» stays intact.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_age(std::string_view n) { return n == "0" || n == "6" || n == "12" || n == "16" || n == "18"; }

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::number)) {
        if (!c.is_number(i) || !is_age(c.t[i].text)) continue;
        const std::size_t plus = c.next(i);
        if (plus != i + 1 || !c.is_punct(plus, '+')) continue;
        const std::size_t after = c.next(plus);
        if (after == plus + 1 && (c.is_number(after) || c.is_word(after))) continue;
        const std::size_t s = c.prev(i);
        if (c.is_space(s) && binds_left(c, c.prev(s))) c.set_nbsp(s);
    }
}

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
                              apply,
                              kExamples,
                              std::size(kExamples),
                              need::plus | need::number};

}  // namespace verstka::detail::typo
