// «55"» → «55″» (inches), «5'» → «5′» (feet, minutes): the marks the quote analysis found to
// be primes (kPrime), so `"Рубин 55"` and a nested `"Ростсельмаш-2"` keep their quotes.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a quote the quote analysis read as a prime.
bool rewrite(Context& c, std::size_t i) {
    const Token& t = c.t[i];
    if ((t.flags & kPrime) == 0) return false;
    const bool double_mark = t.cp == '"' || t.cp == chars::double_prime.cp;
    replace(c, i, double_mark ? chars::double_prime : chars::prime, Kind::quote);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::quote, 0, rewrite}};

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
                             nullptr,
                             need::quote | need::number,
                             nullptr,
                             nullptr,
                             0,
                             kGlyphs,
                             std::size(kGlyphs)};
const RuleExamples examples_number_prime{"number/prime", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
