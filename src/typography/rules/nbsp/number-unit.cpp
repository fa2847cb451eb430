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

bool is_unit_token(const Context& c, std::size_t i) {
    if (is_sign_unit(c, i)) return true;
    return c.is_word(i) && has(c.t[i], lex::unit) && word_ends(c, i);
}

bool is_quantity(const Context& c, std::size_t i) {
    if (i == npos) return false;
    const Token& t = c.t[i];
    if (t.kind == Kind::number) return !(t.flags & kPhone);
    return t.kind == Kind::punct && (t.cp == 0x00BD || t.cp == 0x00BC || t.cp == 0x00BE);
}

// `12мм`, `1995г.`, `600dpi`, `7м³` read as the spaced `12 мм` … that apply() binds.
void separate(Context& c) {
    for (const std::size_t i : c.positions(Kind::number)) {
        if (is_quantity(c, i) && glued_unit(c, i)) c.insert_space(i + 1, kSpace);
    }
}

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::number, Kind::punct)) {
        if (!is_quantity(c, i)) continue;
        std::size_t s = c.next(i);
        if (!c.is_space(s)) continue;
        std::size_t u = c.next(s);
        // `5 тыс. руб.`, `3 млн руб.`: a chain of units binds together.
        while (is_unit_token(c, u)) {
            c.set_nbsp(s);
            std::size_t end = u;
            if (c.is_text(c.next(u), ".") && c.next(u) == u + 1) end = u + 1;
            s = c.next(end);
            if (!c.is_space(s)) break;
            u = c.next(s);
        }
    }
}

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
                                 apply,
                                 kExamples,
                                 std::size(kExamples),
                                 need::number,
                                 separate};

}  // namespace verstka::detail::typo
