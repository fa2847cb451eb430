// «д'Артаньян», «McDonald's» → «д’Артаньян», «McDonald’s»: the apostrophe between letters.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::quote)) {
        const Token& t = c.t[i];
        if (t.kind != Kind::quote || (t.cp != '\'' && t.cp != 0x2018)) continue;
        const std::size_t p = c.prev(i);
        const std::size_t n = c.next(i);
        if (p + 1 != i || n != i + 1 || !c.is_word(p) || !c.is_word(n)) continue;
        replace(c, i, chars::rsquo, Kind::quote);
    }
}

constexpr Example kExamples[] = {
    {"д'Артаньян", "д’Артаньян"},
    {"McDonald's", "McDonald’s"},
    {"'слово'", "'слово'"},
};

}  // namespace

const Rule rule_quotes_apostrophe{"quotes/apostrophe",
                                  "Апостроф ’ внутри слова",
                                  "Apostrophe ’ inside a word",
                                  true,
                                  apply,
                                  kExamples,
                                  std::size(kExamples),
                                  need::quote};

}  // namespace verstka::detail::typo
