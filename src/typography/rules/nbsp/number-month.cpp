// «13 сентября», «2-е октября» → «13⍽сентября», «2-е⍽октября».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A day: a number, or an ordinal `2-е`, `1-го` glued to one.
bool is_day(const Context& c, std::size_t i) {
    if (i == npos) return false;
    if (c.is_number(i)) return !(c.t[i].flags & kPhone) && c.t[i].text.size() <= 2;
    if (!c.is_word(i) || !has(c.t[i], lex::ordinal_suffix)) return false;
    const std::size_t d = c.prev(i);
    if (!c.is_text(d, "-")) return false;
    const std::size_t n = c.prev(d);
    return c.is_number(n) && c.t[n].text.size() <= 2;
}

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::word)) {
        if (!c.is_word(i) || !has(c.t[i], lex::month_genitive)) continue;
        const std::size_t s = c.prev(i);
        if (c.is_space(s) && is_day(c, c.prev(s))) c.set_nbsp(s);
    }
}

constexpr Example kExamples[] = {
    {"13 сентября", "13⍽сентября"},
    {"до 2-е октября", "до 2-е⍽октября"},
    {"в 2019 году, 300 мая", "в 2019 году, 300 мая"},
};

}  // namespace

const Rule rule_nbsp_number_month{"nbsp/number-month",
                                  "Неразрывный пробел между числом и месяцем",
                                  "No-break space between a day and its month",
                                  true,
                                  apply,
                                  kExamples,
                                  std::size(kExamples),
                                  need::number};

}  // namespace verstka::detail::typo
