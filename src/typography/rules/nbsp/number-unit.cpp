// «5 км», «2024 г.», «100 $», «5 тыс. руб.» → NBSP between a number and its unit.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_sign_unit(const Context& c, std::size_t i) {
    if (i == npos || c.t[i].kind != Kind::punct) return false;
    const char32_t cp = c.t[i].cp;
    return cp == '$' || cp == 0x20BD || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 || cp == 0x00B0;
}

// Unit word `i` ends its word, or its power does (`м2`, `м²`). Out of line: the gap row asks
// is_unit_token() of nearly every short word, and few are units.
[[gnu::noinline]] bool unit_ends(const Context& c, std::size_t i) {
    return word_ends(c, i) || power_after_unit(c, i);
}

bool is_unit_token(const Context& c, std::size_t i) {
    if (is_sign_unit(c, i)) return true;
    return c.is_word(i) && has(c.t[i], lex::unit) && unit_ends(c, i);
}

bool is_quantity(const Context& c, std::size_t i) {
    if (i == npos) return false;
    const Token& t = c.t[i];
    if (t.kind == Kind::number) return !(t.flags & kPhone);
    return t.kind == Kind::punct && (t.cp == 0x00BD || t.cp == 0x00BC || t.cp == 0x00BE);
}

// `12мм`, `1995г.`, `600dpi`, `7м³` read as the spaced `12 мм` …, whose gaps bind alike.
void separate(Context& c) {
    for (const std::size_t i : c.positions(Kind::number)) {
        if (is_quantity(c, i) && glued_unit(c, i)) c.insert_space(i + 1, kSpace);
    }
}

// `left` ends a chain of units that starts at a quantity: the quantity itself, or a unit (with
// its glued dot: `тыс.`) whose own gap on the left binds too. `5 тыс. руб.`, `3 млн руб.`: the
// chain binds together. One step back per unit, and chains are a few units long.
bool ends_chain(const Context& c, std::size_t left) {
    for (std::size_t end = left;;) {
        if (is_quantity(c, end)) return true;
        std::size_t unit = end;
        if (c.is_text(end, ".")) {
            if (end == 0 || c.next(end - 1) != end) return false;
            unit = end - 1;
        }
        if (!is_unit_token(c, unit)) return false;
        const std::size_t gap = c.prev(unit);
        if (!c.is_space(gap)) return false;
        end = c.prev(gap);
        if (end == npos) return false;
    }
}

// A unit after a quantity or after a unit of the chain.
bool binds(const Context& c, const Gap& g) { return is_unit_token(c, g.right) && ends_chain(c, g.left); }

// Units are words of the unit list of at most four letters (`ккал`, `млрд`) or one sign.
constexpr std::uint16_t kQuantityOrUnit =
    kind_bit(Kind::number) | kind_bit(Kind::punct) | kind_bit(Kind::word);
constexpr GapRow kGaps[] = {
    {{kQuantityOrUnit}, {kind_bit(Kind::word), lex::unit, 4}, binds},
    {{kQuantityOrUnit}, {kind_bit(Kind::punct), 0, 1}, binds},
};

constexpr Example kExamples[] = {
    {"5 км и 20 кг", "5⍽км и 20⍽кг"},
    {"в 2024 г.", "в 2024⍽г."},
    {"5 тыс. руб.", "5⍽тыс.⍽руб."},
    {"5 лет и 3 человека", "5 лет и 3 человека"},
    {"12мм, 1995г. и 600dpi", "12⍽мм, 1995⍽г. и 600⍽dpi"},
};

}  // namespace

const Rule rule_nbsp_number_unit{"nbsp/number-unit",
                                 "Неразрывный пробел между числом и единицей измерения",
                                 "No-break space between a number and its unit",
                                 true,
                                 nullptr,
                                 need::number,
                                 separate,
                                 kGaps,
                                 std::size(kGaps)};
const RuleExamples examples_nbsp_number_unit{"nbsp/number-unit", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
