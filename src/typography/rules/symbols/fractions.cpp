// «1/2» → «½», «1/4» → «¼», «3/4» → «¾»; other fractions and dates stay.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// Not part of a date, a path or a longer number: `1/2/2024`, `11/2`, `1/25`, `а1/2`.
bool free_left(const Context& c, std::size_t i) {
    const std::size_t p = c.prev(i);
    if (p == npos) return true;
    const Token& t = c.t[p];
    // `№ 1/2`, `§ 1/2` are numbers of things, not halves (with or without the space).
    if (t.kind == Kind::space) {
        const std::size_t pp = c.prev(p);
        return !(c.is_punct(pp, 0x2116) || c.is_punct(pp, 0x00A7));
    }
    // Not after a dash or a sign (`-1/2`, `−1/2`: a minus reads as the hyphen it was), but
    // after the multiplication sign of `3×1/2`, made of `3x1/2` or `3 x 1/2` alike.
    return t.kind == Kind::quote || (t.kind == Kind::punct && is_open_bracket(t.cp)) || is_times_sign(c, p);
}

bool free_right(const Context& c, std::size_t i) {
    const std::size_t n = c.next(i);
    if (n == npos) return true;
    const Token& t = c.t[n];
    // A glued × is the word x it is made of (`1/2x5`, `1/2×5`), across markup too (`1/2<b>x9`).
    if (t.kind == Kind::word || t.kind == Kind::number || t.kind == Kind::opaque) return false;
    // A mark between numbers makes a date or a decimal (`1/2.5`); three dots read as `…`,
    // which makes none (`1/2...1`).
    if (t.kind == Kind::punct && (t.cp == '/' || (t.cp == '.' && t.chars < 3) || t.cp == ',')) {
        const std::size_t nn = c.next(n);
        return !c.is_number(nn);
    }
    return true;
}

// At a numerator: `1` or `3`.
bool rewrite(Context& c, std::size_t i) {
    const std::size_t slash = c.next(i);
    if (!c.is_punct(slash, '/')) return false;
    const std::size_t d = c.next(slash);
    if (!c.is_number(d)) return false;
    const std::string_view num = c.t[i].text;
    const std::string_view den = c.t[d].text;
    const chars::Named* sign = nullptr;
    if (num == "1" && den == "2") {
        sign = &chars::one_half;
    } else if (num == "1" && den == "4") {
        sign = &chars::one_quarter;
    } else if (num == "3" && den == "4") {
        sign = &chars::three_quarters;
    } else {
        return false;
    }
    if (!free_left(c, i) || !free_right(c, d)) return false;
    replace(c, i, *sign, Kind::punct);
    c.erase(slash);
    c.erase(d);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::number, '1', rewrite}, {Kind::number, '3', rewrite}};

constexpr Example kExamples[] = {
    {"1/2 стакана", "½ стакана"},
    {"3/4 дистанции", "¾ дистанции"},
    {"1/2/2024 и 2/3", "1/2/2024 и 2/3"},
};

}  // namespace

const Rule rule_symbols_fractions{"symbols/fractions",
                                  "Дроби ½, ¼ и ¾",
                                  "Fraction characters ½, ¼ and ¾",
                                  true,
                                  nullptr,
                                  need::slash | need::number,
                                  nullptr,
                                  nullptr,
                                  0,
                                  kGlyphs,
                                  std::size(kGlyphs)};
const RuleExamples examples_symbols_fractions{"symbols/fractions", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
