// «->» → «→», «<-» → «←», «<->» → «↔».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a `<`: `<-` and `<->`.
bool rewrite_left(Context& c, std::size_t i) {
    if (!c.is_punct(i, '<')) return false;
    // Not in runs of angle brackets (`<<-`, `->>`): `<<` and `>>` are quotes, each mark theirs.
    const std::size_t b = c.before(i);
    if (c.is_punct(b, '<') || c.is(b, Kind::quote)) return false;
    const std::size_t d = c.after(i);
    if (!c.is_text(d, "-")) return false;
    const std::size_t g = c.after(d);
    const std::size_t beyond = c.after(g);
    const bool more = c.is_punct(beyond, '>') || c.is(beyond, Kind::quote);
    if (c.is_punct(g, '>') && !more) {
        replace(c, i, chars::left_right_arrow, Kind::punct);
        c.erase(g);
    } else {
        replace(c, i, chars::left_arrow, Kind::punct);
    }
    c.erase(d);
    return true;
}

// At a hyphen: `->`.
bool rewrite_right(Context& c, std::size_t i) {
    if (!c.is_text(i, "-")) return false;
    const std::size_t g = c.after(i);
    if (!c.is_punct(g, '>')) return false;
    const std::size_t beyond = c.after(g);
    if (c.is_punct(beyond, '>') || c.is(beyond, Kind::quote)) return false;
    replace(c, i, chars::right_arrow, Kind::punct);
    c.erase(g);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::punct, '<', rewrite_left}, {Kind::dash, '-', rewrite_right}};

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
                               nullptr,
                               need::angle,
                               nullptr,
                               nullptr,
                               0,
                               kGlyphs,
                               std::size(kGlyphs)};
const RuleExamples examples_symbols_arrows{"symbols/arrows", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
