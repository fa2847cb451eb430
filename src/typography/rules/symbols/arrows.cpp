// «->» → «→», «<-» → «←», «<->» → «↔».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct, Kind::dash)) {
        if (c.is_punct(i, '<')) {
            // Not in runs of angle brackets (`<<-`, `->>`): `<<` and `>>` are quotes, each mark theirs.
            if (i > 0 && (c.is_punct(i - 1, '<') || c.is(i - 1, Kind::quote))) continue;
            const std::size_t d = c.next(i);
            if (!c.is_text(d, "-") || d != i + 1) continue;
            const std::size_t g = c.next(d);
            const bool more = g + 1 < c.t.size() && (c.is_punct(g + 1, '>') || c.is(g + 1, Kind::quote));
            if (c.is_punct(g, '>') && g == d + 1 && !more) {
                replace(c, i, chars::left_right_arrow, Kind::punct);
                c.erase(g);
            } else {
                replace(c, i, chars::left_arrow, Kind::punct);
            }
            c.erase(d);
        } else if (c.is_text(i, "-") && c.t[i].kind == Kind::dash) {
            const std::size_t g = c.next(i);
            if (!c.is_punct(g, '>') || g != i + 1) continue;
            if (g + 1 < c.t.size() && (c.is_punct(g + 1, '>') || c.is(g + 1, Kind::quote))) continue;
            replace(c, i, chars::right_arrow, Kind::punct);
            c.erase(g);
        }
    }
}

constexpr Example kExamples[] = {
    {"Москва -> Сочи", "Москва → Сочи"},
    {"назад <- вперёд", "назад ← вперёд"},
    {"A <-> B", "A ↔ B"},
};

}  // namespace

const Rule rule_symbols_arrows{"symbols/arrows",
                               "Стрелки вместо -> и <-",
                               "Arrows instead of -> and <-",
                               true,
                               apply,
                               kExamples,
                               std::size(kExamples),
                               need::angle};

}  // namespace verstka::detail::typo
