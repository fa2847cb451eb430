#include "typography/phone.hpp"

#include "typography/rules/helpers.hpp"

namespace verstka::detail::typo {

namespace {

bool is_separator(const Context& c, std::size_t i) {
    const Token& t = c.t[i];
    if (t.kind == Kind::dash) return t.text == "-";
    // Phones are found before any space is decided: every run of spaces separates, a line
    // break inside a paragraph (HTML mode) too, so `(\n22` and `(22` read alike.
    if (t.kind == Kind::space) return true;
    return t.kind == Kind::punct && (t.cp == '(' || t.cp == ')') && t.chars == 1;
}

bool is_sign(char32_t cp) { return cp == 0x2116 || cp == 0x00A7; }

// The second factor of a product is no phone's start; × is the word `x` it is made of, so
// `10 x 28 (343)`, `10 × 28 (343)` and `10×28 (343)` read alike, and the first factor may be a
// power, the number ³ of `м³` (`м³ x +799 …` as `м3 x +799 …`).
bool after_times(const Context& c, std::size_t p) {
    const std::size_t x = c.is_space(p) ? c.prev(p) : p;
    if (x == npos) return false;
    if (!c.is_word(x) || !is_times_letter(c.t[x].text)) return false;
    std::size_t left = c.prev(x);
    if (c.is_space(left)) left = c.prev(left);
    return is_numeral(c, left);
}

// A phone candidate starts after a space, an opening bracket or at the paragraph start.
bool may_start(const Context& c, std::size_t i) {
    const std::size_t p = c.prev(i);
    if (p == npos) return true;
    const Token& t = c.t[p];
    // Not in the middle of a run of number groups (`45 000 222 33 44`, `м³ 8343`), nor after a fraction
    // (`1/2 28343` and `½ 28343` alike), nor after № and § (`№ 58 3432-33-44`, `№ 8 (343`):
    // what follows the sign is its number.
    const std::size_t pp = t.kind == Kind::space ? c.prev(p) : npos;
    if (is_numeral(c, pp) || (pp != npos && is_sign(c.t[pp].cp))) return false;
    if (after_times(c, p)) return false;
    // Any opening bracket, spaced or not: `[ 20(343…` and `[20(343…` read alike.
    return t.kind == Kind::space || (t.kind == Kind::punct && (t.cp == ':' || is_open_bracket(t.cp))) ||
           t.kind == Kind::quote;
}

// Whether the phone candidate at `i` (a number, or a `+` before one when `plus`) is a phone;
// if so its tokens get kPhone and `last` is its last number.
bool mark_phone_at(Context& c, std::size_t i, bool plus, std::size_t& last) {
    std::vector<Token>& t = c.t;
    // Without a plus a phone has two groups at least, with separators between them: a number
    // followed by anything else (`12 марта`) is none, whatever comes before it.
    if (!plus && (i + 2 >= t.size() || !is_separator(c, i + 1) ||
                  !(t[i + 2].kind == Kind::number || is_separator(c, i + 2)))) {
        return false;
    }
    int digits = 0;
    int groups = 0;
    int short_groups = 0;
    int long_groups = 0;
    int hyphens = 0;
    int brackets = 0;
    // Separators count once a group follows them: a bracket that ends the run (`1995(c)`,
    // `1995(`) joins nothing, as `©` in `1995©` joins nothing.
    int pending_hyphens = 0;
    int pending_brackets = 0;
    int opens = 0;
    int closes = 0;
    std::size_t first_group = 0;
    std::size_t end = plus ? i + 1 : i;
    std::size_t last_number = end;
    std::size_t k = end;
    while (k < t.size()) {
        if (t[k].kind == Kind::number) {
            if (k > end && t[k - 1].kind == Kind::number) break;
            // A fraction's numerator (`1/2`) is no group, as `½` is none.
            if (k + 2 < t.size() && c.is_punct(k + 1, '/') && t[k + 2].kind == Kind::number) break;
            hyphens += pending_hyphens;
            brackets += pending_brackets;
            pending_hyphens = pending_brackets = 0;
            const std::size_t len = t[k].text.size();
            if (groups == 0) first_group = len;
            digits += static_cast<int>(len);
            ++groups;
            if (len == 2) ++short_groups;
            if (len > 4) ++long_groups;
            last_number = k;
        } else if (is_separator(c, k)) {
            // A hyphen joins two digit groups directly: `222-33`, not `222- 33`.
            if (t[k].kind == Kind::dash &&
                !(t[k - 1].kind == Kind::number && k + 1 < t.size() && t[k + 1].kind == Kind::number)) {
                break;
            }
            if (t[k].kind == Kind::dash) ++pending_hyphens;
            if (t[k].kind == Kind::punct) ++pending_brackets;
            // One `(` and one `)` at most, spaced or not: `221) )343` is no phone, as
            // `221))343` is none.
            if (t[k].kind == Kind::punct && (t[k].cp == '(' ? ++opens : ++closes) > 1) break;
            if (k > 0 && is_separator(c, k - 1) && t[k].kind == t[k - 1].kind) break;
        } else {
            break;
        }
        ++k;
    }
    bool phone = false;
    if (plus && groups == 1 && digits >= 11 && digits <= 12) phone = true;
    if (digits >= 10 && digits <= 12 && groups >= 2 && (plus || brackets > 0)) phone = true;
    if (digits >= 10 && digits <= 12 && groups >= 4 && long_groups == 0 &&
        (short_groups > 0 || hyphens > 0 || brackets > 0 || plus)) {
        phone = true;
    }
    if (!plus && groups == 3 && digits == 7 && hyphens == 2 && first_group == 3 && brackets == 0) {
        phone = true;
    }
    // The groups alone rule out most numbers (a date, an amount): what comes before and after
    // is read only for a candidate.
    if (!phone || !may_start(c, i)) return false;
    // A number glued to a letter or to more digits (`222-33-44-й`, `8.800`) is no phone.
    std::size_t after = last_number + 1;
    // So is one glued to an `x` or the `×` made of it (`44x0`, `44×0`).
    if (after < t.size() && t[after].kind == Kind::word) return false;
    // A number after a dash continues it (`222 - 896`, `222–343`, `222-343` past 12
    // digits): a range or a code, no phone, and so is `222–343` with its en dash. A fraction
    // counts as the number it was made of (`9- 1/4` and `9- ¼`).
    std::size_t d = last_number + 1;
    if (d < t.size() && t[d].kind == Kind::space) ++d;
    if (d < t.size() && t[d].kind == Kind::dash) {
        std::size_t e = d + 1;
        if (e < t.size() && t[e].kind == Kind::space) ++e;
        if (e < t.size() && (t[e].kind == Kind::number || chars::is_vulgar_fraction(t[e].cp))) return false;
    }
    // A space before a mark reads as none: `4010 ,1` reads as `4010,1`.
    while (after < t.size() && t[after].kind == Kind::space) ++after;
    if (after < t.size()) {
        if ((c.is_punct(after, '.') || c.is_punct(after, ',')) && after + 1 < t.size() &&
            t[after + 1].kind == Kind::number) {
            return false;
        }
    }
    for (std::size_t m = i; m <= last_number; ++m) t[m].flags |= kPhone;
    last = last_number;
    return true;
}

}  // namespace

void mark_phones(Context& c) {
    // A phone starts at a number or at a `+` before one. The kind index lists the numbers; a
    // list still up to date costs nothing to ask for.
    std::size_t decided = 0;  // the tokens before it are a phone's or start none
    for (const std::uint32_t j : c.positions(Kind::number)) {
        if (j < decided) continue;
        std::size_t last = 0;
        if ((j > 0 && c.is_punct(j - 1, '+') && mark_phone_at(c, j - 1, true, last)) ||
            mark_phone_at(c, j, false, last)) {
            decided = last + 1;
        }
    }
}

}  // namespace verstka::detail::typo
