// «55"» → «55″» (inches), «5'» → «5′» (feet, minutes), where the mark closes no quotation
// (the quote analysis pairs them): `"Рубин 55"` and a nested `"Ростсельмаш-2"` keep their quotes.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::quote)) {
        if (i == 0) continue;
        const Token& t = c.t[i];
        if (t.kind != Kind::quote || (t.cp != '"' && t.cp != '\'')) continue;
        // A straight mark glued after a number that closes a quotation stays (`"Группа 5"`).
        if ((t.flags & kQuoteClose) && (t.flags & kQuotePaired)) continue;
        if (c.prev(i) != i - 1 || !c.is_number(i - 1)) continue;
        const std::size_t n = c.next(i);
        const bool free_after =
            n == npos || c.is_space(n) || (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp));
        if (!free_after) continue;
        replace(c, i, t.cp == '"' ? chars::double_prime : chars::prime, Kind::punct);
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
