// «55"» → «55″» (inches), «5'» → «5′» (feet, minutes), where no open quotation can close:
// `"Рубин 55"` and a nested `"Ростсельмаш-2"` keep their quotes.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A quotation mark that opens: « „ always; a straight or English one after the paragraph
// start, a space, an opening bracket or a dash and before a non-space. Typeset marks and the
// straight ones they were made of count the same.
bool opening_context(const Context& c, std::size_t p) {
    return p == npos || c.is_space(p) || c.is(p, Kind::dash) ||
           (c.t[p].kind == Kind::punct && is_open_bracket(c.t[p].cp));
}

bool opens(const Context& c, std::size_t i) {
    const char32_t cp = c.t[i].cp;
    if (cp == 0x00AB || cp == 0x201E || cp == '<') return true;
    if (cp == 0x00BB || cp == 0x201D || cp == '>') return false;
    const std::size_t p = c.prev(i);
    const std::size_t n = c.next(i);
    // After one opening mark too (`"'слово`, `«„слово`).
    const bool left = opening_context(c, p) ||
                      (c.t[p].kind == Kind::quote &&
                       (c.t[p].cp == 0x00AB || c.t[p].cp == 0x201E || opening_context(c, c.prev(p))));
    return left && n != npos && !c.is_space(n);
}

void apply(Context& c) {
    // Depth of the quotations open so far (apostrophes between letters aside): a straight mark
    // after a number closes one when one is open (`"Группа 5"`), else it is an inch mark.
    int depth = 0;
    for (std::size_t i = 0; i < c.t.size(); ++i) {
        const Token& t = c.t[i];
        if (t.kind != Kind::quote) continue;
        const bool apostrophe =
            i > 0 && i + 1 < c.t.size() && c.t[i - 1].kind == Kind::word && c.t[i + 1].kind == Kind::word;
        if (apostrophe) continue;
        const bool straight = t.cp == '"' || t.cp == '\'';
        const bool after_number = i > 0 && c.prev(i) == i - 1 && c.is_number(i - 1);
        const std::size_t n = c.next(i);
        const bool free_after =
            n == npos || c.is_space(n) || (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp));
        if (straight && after_number && free_after) {
            if (depth > 0) {
                --depth;
            } else if (t.cp == '"') {
                replace(c, i, chars::double_prime, Kind::punct);
            } else {
                replace(c, i, chars::prime, Kind::punct);
            }
            continue;
        }
        if (opens(c, i)) {
            ++depth;
        } else if (depth > 0) {
            --depth;
        }
    }
}

constexpr Example kExamples[] = {
    {"телевизор 55\" за 40 тысяч", "телевизор 55″ за 40 тысяч"},
    {"высота 6' 2\"", "высота 6′ 2″"},
    {"\"Группа 5\"", "\"Группа 5\""},
};

}  // namespace

const Rule rule_number_prime{"number/prime",
                             "Дюймы ″ и штрих ′ после чисел",
                             "Inch ″ and prime ′ after numbers",
                             true,
                             apply,
                             kExamples,
                             std::size(kExamples),
                             need::quote | need::number};

}  // namespace verstka::detail::typo
