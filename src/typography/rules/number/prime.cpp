// «55"» → «55″» (inches), «5'» → «5′» (feet, minutes), when no quotation is open.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    // Parity of the quotation marks seen so far (of any kind, apostrophes between letters
    // aside): odd means a quotation is open and a `"` after a number closes it
    // (`"Группа 5"`), even means it is an inch mark. Counting every kind keeps the decision
    // the same when the marks have already been typeset.
    int quotes = 0;
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
        if (straight && after_number && free_after && quotes % 2 == 0) {
            if (t.cp == '"') {
                replace(c, i, "\xE2\x80\xB3", 0x2033, Kind::punct);
            } else {
                replace(c, i, "\xE2\x80\xB2", 0x2032, Kind::punct);
            }
            continue;
        }
        ++quotes;
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
