// «-5 °C» → «−5 °C»: the minus sign U+2212 before a negative number.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::dash)) {
        if (!c.is_text(i, "-") || c.t[i].kind != Kind::dash) continue;
        const std::size_t n = c.next(i);
        if (n != i + 1 || !c.is_number(n) || (c.t[n].flags & kPhone)) continue;
        const std::size_t p = c.prev(i);
        bool sign_place = p == npos;
        if (!sign_place) {
            const Token& t = c.t[p];
            if (t.kind == Kind::space) {
                // `5 -3` may be arithmetic or a sloppy range: left alone.
                const std::size_t pp = c.prev(p);
                sign_place = pp == npos || c.t[pp].kind != Kind::number;
            } else if (t.kind == Kind::punct) {
                sign_place =
                    is_open_bracket(t.cp) || t.cp == '=' || t.cp == '/' || t.cp == 0x2026 || t.cp == ':';
            } else if (t.kind == Kind::quote) {
                sign_place = true;
            }
        }
        if (!sign_place) continue;
        replace(c, i, chars::minus, Kind::dash);
    }
}

constexpr Example kExamples[] = {
    {"ночью -5 °C", "ночью −5 °C"},
    {"от -10 до -3", "от −10 до −3"},
    {"ВНОТ-2024", "ВНОТ-2024"},
};

}  // namespace

const Rule rule_number_minus{"number/minus",
                             "Знак минуса − перед отрицательным числом",
                             "Minus sign − before a negative number",
                             true,
                             apply,
                             kExamples,
                             std::size(kExamples),
                             need::dash | need::number};

}  // namespace verstka::detail::typo
