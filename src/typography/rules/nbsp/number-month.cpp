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

// A day before a month in the genitive (the row's right word).
bool binds(const Context& c, const Gap& g) { return is_day(c, g.left); }

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::number) | kind_bit(Kind::word)}, {kind_bit(Kind::word), lex::month_genitive}, binds}};

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
                                  nullptr,
                                  need::number,
                                  nullptr,
                                  kGaps,
                                  std::size(kGaps)};
const RuleExamples examples_nbsp_number_month{"nbsp/number-month", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
