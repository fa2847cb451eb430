// «(c) 2024» → «© 2024», «(r)» → «®», «(tm)» → «™».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// `(c)` only where a sign fits: before a year or a name, or at the end of a name;
// glued to a brand; not as a list item `(a), (b), (c) третий`.
bool sign_context(const Context& c, std::size_t open, std::size_t close) {
    const std::size_t before = c.before(open);
    if (c.is_word(before) || is_numeral(c, before)) return true;
    const std::size_t n = c.next(close);
    if (n == npos || (c.t[n].kind == Kind::punct && is_trailing_punct(c.t[n].cp))) {
        // A hyphen of a sign (`+-`, `<-`) reads as the sign, a mark.
        const std::size_t p = c.prev(open);
        return p == npos || (c.t[p].kind != Kind::punct && !sign_hyphen(c, p));
    }
    if (!c.is_space(n)) return false;
    const std::size_t w = c.next(n);
    if (w == npos) return false;
    const Token& t = c.t[w];
    return t.kind == Kind::number || t.kind == Kind::opaque || (t.kind == Kind::word && t.upper) ||
           t.kind == Kind::quote;
}

// At a `(`.
bool rewrite(Context& c, std::size_t i) {
    if (!c.is_punct(i, '(')) return false;
    const std::size_t w = c.next(i);
    if (!c.is_word(w)) return false;
    const std::size_t close = c.next(w);
    if (!c.is_punct(close, ')')) return false;
    const std::string_view word = c.t[w].text;
    const chars::Named* sign = nullptr;
    if ((word == "c" || word == "C" || word == "с" || word == "С") && sign_context(c, i, close)) {
        sign = &chars::copyright;
    } else if ((word == "r" || word == "R") && sign_context(c, i, close)) {
        sign = &chars::registered;
    } else if (word == "tm" || word == "TM") {
        sign = &chars::trade_mark;
    } else {
        return false;
    }
    replace(c, i, *sign, Kind::punct);
    c.erase(w);
    c.erase(close);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::punct, '(', rewrite}};

constexpr Example kExamples[] = {
    {"(c) 2024 Редакция", "© 2024 Редакция"},
    {"Coca-Cola(r)", "Coca-Cola®"},
    {"Windows(tm)", "Windows™"},
};

}  // namespace

const Rule rule_symbols_copyright{"symbols/copyright",
                                  "Знаки ©, ® и ™ вместо (c), (r) и (tm)",
                                  "©, ® and ™ instead of (c), (r) and (tm)",
                                  true,
                                  nullptr,
                                  need::bracket,
                                  nullptr,
                                  nullptr,
                                  0,
                                  kGlyphs,
                                  std::size(kGlyphs)};
const RuleExamples examples_symbols_copyright{"symbols/copyright", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
