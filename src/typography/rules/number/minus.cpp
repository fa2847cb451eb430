// «-5 °C» → «−5 °C»: the minus sign U+2212 before a negative number.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a hyphen before a number.
bool rewrite(Context& c, std::size_t i) {
    if (!c.is_text(i, "-")) return false;
    const std::size_t n = c.after(i);
    if (!c.is_number(n) || (c.t[n].flags & kPhone)) return false;
    const std::size_t p = c.prev(i);
    bool sign_place = p == npos;
    if (!sign_place) {
        const Token& t = c.t[p];
        if (t.kind == Kind::space) {
            // `5 -3` may be arithmetic or a sloppy range: left alone.
            const std::size_t pp = c.prev(p);
            sign_place = pp == npos || c.t[pp].kind != Kind::number;
        } else if (t.kind == Kind::punct) {
            sign_place = is_open_bracket(t.cp) || t.cp == '=' || t.cp == '/' || t.cp == 0x2026 || t.cp == ':';
        } else if (t.kind == Kind::quote) {
            sign_place = true;
        }
    }
    if (!sign_place) return false;
    replace(c, i, chars::minus, Kind::dash);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::dash, '-', rewrite}};

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
                             nullptr,
                             need::dash | need::number,
                             nullptr,
                             nullptr,
                             0,
                             kGlyphs,
                             std::size(kGlyphs)};
const RuleExamples examples_number_minus{"number/minus", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
