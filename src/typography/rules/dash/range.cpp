// «5-7 см», «1870-1953», «10:00-18:00», «XVIII-XIX вв.», «май-июнь» → en dash without spaces.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_range_dash(const Context& c, std::size_t i) {
    if (!c.is(i, Kind::dash)) return false;
    const std::string_view t = c.t[i].text;
    return t == "-" || t == chars::en_dash.utf8 || t == chars::em_dash.utf8 || t == chars::figure_dash.utf8;
}

// A number with its decimal or time part and a trailing `%`: `2,5`, `10:00`, `5%`.
// Returns the first and last token, or npos when a glued neighbour makes it a code or date.
bool number_extent(const Context& c, std::size_t i, std::size_t& first, std::size_t& last) {
    first = i;
    last = i;
    if (c.t[i].flags & kPhone) return false;
    for (;;) {
        const std::size_t p = c.prev(first);
        if (p == npos || p + 1 != first) break;
        if ((c.is_punct(p, ',') || c.is_punct(p, ':') || c.is_punct(p, '.')) && c.is_number(c.prev(p)) &&
            c.prev(p) + 1 == p) {
            first = c.prev(p);
            continue;
        }
        break;
    }
    for (;;) {
        const std::size_t n = c.next(last);
        if (n == npos || n != last + 1) break;
        if ((c.is_punct(n, ',') || c.is_punct(n, ':') || c.is_punct(n, '.')) && c.is_number(c.next(n)) &&
            c.next(n) == n + 1) {
            last = c.next(n);
            continue;
        }
        if (c.is_punct(n, '%')) last = n;
        break;
    }
    return true;
}

// What may stand glued before the left part of a range or after its right part.
bool free_outside_left(const Context& c, std::size_t first) {
    const std::size_t p = c.prev(first);
    // `50 005` is one number in groups, as `50005` is: its last group is no range start,
    // as `50005` is none.
    if (c.is_space(p) && p + 1 == first && c.t[first].chars == 3 && c.is_number(c.prev(p)) &&
        c.prev(p) + 1 == p && c.t[c.prev(p)].chars <= 3) {
        return false;
    }
    if (p == npos || p + 1 != first) return true;
    const Token& t = c.t[p];
    if (t.kind == Kind::space || t.kind == Kind::quote || dot_after_word(c, p)) return true;
    // Not after a dash or a sign (`-33-44`, `−33-44`: a minus reads as the hyphen it was).
    return t.kind == Kind::punct && (is_open_bracket(t.cp) || t.cp == '$');
}

// A decade (`60`, `1990`): a number of 2 or 4 digits ending in 0.
bool decade(const Token& t) { return (t.chars == 2 || t.chars == 4) && t.text.back() == '0'; }

// `70-х`, `1990-е`: a decade with its case ending (the ending the range's two ends share).
bool decade_with_ending(const Context& c, std::size_t last) {
    const std::size_t n = last + 1;
    return c.is_number(last) && decade(c.t[last]) && c.is_text(n, "-") && c.is_word(n + 1) &&
           has(c.t[n + 1], lex::ordinal_suffix) && c.t[n + 1].chars <= 2 && word_ends(c, n + 1);
}

bool free_outside_right(const Context& c, std::size_t last) {
    const std::size_t n = c.next(last);
    if (n == npos || n != last + 1) return true;
    const Token& t = c.t[n];
    if (decade_with_ending(c, last)) return true;
    if (t.kind == Kind::dash || t.kind == Kind::number || t.kind == Kind::opaque) return false;
    if (t.kind == Kind::punct && (t.cp == '/' || t.cp == '.' || t.cp == ',')) {
        return !c.is_number(c.next(n));
    }
    // A unit glued to the right end is free: `10:00-18:00м` reads as `10:00-18:00 м`, and so is
    // a factor (`1–2×5`). `5-7-й`, `10-20-летний` are compound words.
    return t.kind != Kind::word || is_times_sign(c, n) || glued_unit(c, last);
}

bool range_words(const Context& c, std::size_t a, std::size_t b) {
    const std::string_view x = c.t[a].text;
    const std::string_view y = c.t[b].text;
    if (is_roman_numeral(x) && is_roman_numeral(y)) return true;
    constexpr std::uint16_t month = lex::month_nominative | lex::month_genitive;
    if (has(c.t[a], month) && has(c.t[b], month)) return true;
    return has(c.t[a], lex::weekday) && has(c.t[b], lex::weekday);
}

// Ranges go up: `5-7`, `1870-1953`; `12345-89` is a code (ГОСТ). Times are not compared,
// a night shift `22:00-6:00` is a range too.
bool ascending(const Context& c, std::size_t lf, std::size_t ll, std::size_t rf, std::size_t rl) {
    for (std::size_t k = lf; k <= rl; ++k) {
        if (c.is_punct(k, ':')) return true;
    }
    (void)ll;
    const std::string_view a = c.t[lf].text;
    const std::string_view b = c.t[rf].text;
    if (a.size() != b.size()) return a.size() < b.size();
    return a <= b;
}

// A range dash at `d`, glued to the word at `w` on one side and to another word or number
// on the other: `w` is a link in a chain such as `I—V-X`. (`май-июнь— лето` is no chain:
// that dash is a spaced sentence dash.)
bool chained(const Context& c, std::size_t d, std::size_t w) {
    if (d == npos || !is_range_dash(c, d)) return false;
    std::size_t beyond = npos;
    if (d + 1 == w) {
        beyond = c.prev(d);
        if (beyond == npos || beyond + 1 != d) return false;
    } else if (w + 1 == d) {
        beyond = c.next(d);
        if (beyond != d + 1) return false;
    } else {
        return false;
    }
    return c.is_word(beyond) || c.is_number(beyond);
}

void set_en_dash(Context& c, std::size_t d) { replace(c, d, chars::en_dash, Kind::dash); }

// Numbers on both sides of the dash at `d`, glued to it or each one space from it: `5-7`,
// `5 - 7`, `10:00-18:00`, `5%-10%`.
bool number_range(Context& c, std::size_t d) {
    std::size_t s1 = npos;
    std::size_t left = c.prev(d);
    if (c.is_space(left)) {
        s1 = left;
        left = c.prev(left);
    }
    // The left end: a number, or the `%` glued after one.
    const std::size_t number = c.is_punct(left, '%') ? c.prev(left) : left;
    if (!c.is_number(number)) return false;
    std::size_t lf = 0;
    std::size_t ll = 0;
    if (!number_extent(c, number, lf, ll) || ll != left || !free_outside_left(c, lf)) return false;
    // A spaced em dash between numbers is a sentence dash, not a range.
    if (s1 != npos && c.t[d].cp == 0x2014) return false;
    std::size_t s2 = npos;
    std::size_t r = c.next(d);
    if (s1 != npos && c.is_space(r)) {
        s2 = r;
        r = c.next(r);
    }
    if ((s1 == npos) != (s2 == npos)) return false;
    if (!c.is_number(r)) return false;
    std::size_t rf = 0;
    std::size_t rl = 0;
    if (!number_extent(c, r, rf, rl) || rf != r || !free_outside_right(c, rl)) return false;
    if (s1 == npos && (d != ll + 1 || r != d + 1)) return false;
    if (!ascending(c, lf, ll, rf, rl)) return false;
    // `60-70-х`: both ends are decades (`61-70-х` is a compound word).
    if (decade_with_ending(c, rl) && !(lf == ll && decade(c.t[ll]))) return false;
    set_en_dash(c, d);
    if (s1 != npos) {
        c.erase(s1);
        c.erase(s2);
    }
    return true;
}

// Words glued on both sides of the dash at `d`: `XVIII-XIX`, `май-июнь`, `вторник-четверг`.
void word_range(Context& c, std::size_t d) {
    const std::size_t i = d - 1;
    if (d == 0 || !c.is_word(i) || !standalone(c, i)) return;
    const std::size_t r = c.next(d);
    if (r != d + 1 || !c.is_word(r) || !word_ends(c, r)) return;
    // `I—V-X` is a chain, not a range: neither pair changes, whichever dash the
    // other pair has (an en dash reads as the hyphen it may be made of).
    if (chained(c, c.prev(i), i) || chained(c, c.next(r), r) || c.is_text(c.next(r), "-")) return;
    if (!range_words(c, i, r)) return;
    set_en_dash(c, d);
}

// Each dash once: the ends of a range are read from it.
void apply(Context& c) {
    for (const std::size_t d : c.positions(Kind::dash)) {
        if (!is_range_dash(c, d)) continue;
        if (!number_range(c, d)) word_range(c, d);
    }
}

constexpr Example kExamples[] = {
    {"5-7 см", "5–7 см"},
    {"в 1870-1953 годах", "в 1870–1953 годах"},
    {"с 10:00-18:00", "с 10:00–18:00"},
    {"XVIII-XIX вв.", "XVIII–XIX вв."},
    {"вторник-четверг, 60-70-х", "вторник–четверг, 60–70-х"},
    {"ВНОТ-2024, 2024-09-13", "ВНОТ-2024, 2024-09-13"},
};

}  // namespace

const Rule rule_dash_range{"dash/range",
                           "Короткое тире – в диапазонах чисел, лет, времени, веков, месяцев",
                           "En dash – in ranges of numbers, years, times, centuries, months",
                           true,
                           apply,
                           need::dash};
const RuleExamples examples_dash_range{"dash/range", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
