// «45000» → «45⍽000», «1 500 000» → «1⍽500⍽000»: thousands grouped with NBSP; years, codes,
// phone numbers and numbers with a leading zero are never grouped.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// Whether the token at `p` ends a glued run that holds a path's slash (`3/t.333333`,
// `a\\b-c.333333`): a path scan stops at no digit, so the whole run is the path's extension and
// no group of it a number of its own. The run is read forward once per pass, however long it
// is: a bound on it would depend on how many tokens the run has, which grouping a number in it
// changes. Asked with `p` ascending (the numbers in order), as apply() does.
class PathRuns {
public:
    bool in_path(const Context& c, std::size_t p) {
        for (; next_ <= p; ++next_) {
            const Token& t = c.t[next_];
            const bool slash = t.kind == Kind::punct && (t.cp == '/' || t.cp == '\\');
            const bool part =
                t.kind == Kind::word || t.kind == Kind::number || t.kind == Kind::dash ||
                (t.kind == Kind::punct && (t.cp == '.' || t.cp == '_' || t.cp == '~' || t.cp == '+'));
            // A hidden token (erased, markup) between two parts ends the run as a space does.
            const bool glued = next_ > 0 && c.prev(next_) == next_ - 1;
            in_ = slash || (part && glued && in_);
        }
        return in_;
    }
    /// Number `i` stands in groups: its last group follows a no-break space, which ends a run
    /// as any space does, so the run starts again there, holding no slash.
    void restart_after(std::size_t i) {
        next_ = i + 1;
        in_ = false;
    }

private:
    std::size_t next_ = 0;  ///< where reading goes on: the tokens before it are read
    bool in_ = false;       ///< the token before `next_` ends a run holding a slash
};

// Glued to letters, codes or other numbers on the left: `А12345`, `#12345`, `1.12345`.
bool free_left(const Context& c, std::size_t i, PathRuns& runs) {
    const std::size_t p = c.prev(i);
    if (p == npos) return true;
    // `№ 12345`, `§ 20000`: numbers of documents, not amounts (with or without the space).
    const std::size_t sign = c.is_space(p) ? c.prev(p) : p;
    if (c.is_punct(sign, 0x2116) || c.is_punct(sign, 0x00A7)) return false;
    if (p + 1 != i) return true;
    const Token& t = c.t[p];
    if (t.kind == Kind::space || t.kind == Kind::quote) return true;
    if (t.kind == Kind::punct) {
        if (dot_after_word(c, p)) return !runs.in_path(c, p);  // `т.45000`, not `3/t.333333`
        // `~45000` is about an amount, `1/t.~33333` a path's part.
        if (t.cp == '~') return p == 0 || c.prev(p) != p - 1 || !runs.in_path(c, p);
        return is_open_bracket(t.cp) || t.cp == 0x00B1 || t.cp == '$' || t.cp == 0x20AC || t.cp == 0x20BD;
    }
    if (t.kind == Kind::dash) {
        if (t.cp == chars::minus.cp) return true;  // a negative amount
        const std::size_t pp = c.prev(p);
        return pp == npos || c.is_space(pp);
    }
    return false;
}

// A mark that joins the parts of a name, a path or an address: `33333.ru`, `45000\e`.
bool joins_names(char32_t cp) {
    return cp == '.' || cp == ':' || cp == '/' || cp == '\\' || cp == '_' || cp == '@' || cp == '~';
}

// Followed by a decimal comma is fine (`45000,5`); by `.5`, `:`, `/`, `-7` or letters not,
// nor by a mark glued on to a word (`33333.ru`): such a number is part of a name, and no group
// of it stands alone (never `33 333.ru`).
bool free_right(const Context& c, std::size_t i) {
    const std::size_t n = c.next(i);
    if (n == npos || n != i + 1) return true;
    if (glued_unit(c, i)) return true;  // `45000руб`: an amount with its unit
    const Token& t = c.t[n];
    if (is_times_sign(c, n)) return true;  // the first factor of a product: `45 000×12`
    if (t.kind == Kind::word || t.kind == Kind::number || t.kind == Kind::opaque) return false;
    if (t.kind == Kind::dash) return !c.is_number(c.next(n)) && !c.is_word(c.next(n));
    if (t.kind == Kind::punct && (t.cp == ',' || joins_names(t.cp))) {
        const std::size_t nn = c.next(n);
        if (c.is_number(nn)) return t.cp == ',';
        // After a dot any word may be a domain's (`33333.рф`); after the others only a Latin
        // one starts a path or an address: `45000/мес` is an amount per month.
        const bool name =
            c.is(nn, Kind::opaque) || (c.is_word(nn) && (t.cp == '.' || c.t[nn].script != Script::cyrillic));
        return !(joins_names(t.cp) && name);
    }
    return true;
}

bool groupable(const Context& c, std::size_t i) {
    const Token& t = c.t[i];
    return t.kind == Kind::number && !(t.flags & kPhone) && t.text[0] != '0';
}

void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    PathRuns runs;
    for (const std::size_t i : c.positions(Kind::number)) {
        if (i < resume) continue;
        if (!groupable(c, i)) continue;
        const std::string_view digits = c.t[i].text;
        if (digits.size() >= 5) {
            // Ten digits or more without separators are a code (ISBN, ИНН, an ID), not an amount.
            if (digits.size() >= 10 || !free_left(c, i, runs) || !free_right(c, i)) continue;
            // Next to other numbers apart by a space (`8 80 5553535`, `(862) 2643010`) it is
            // a part of something (a phone, a code), not an amount.
            const std::size_t p = c.prev(i);
            const std::size_t n = c.next(i);
            const std::size_t pp = c.is_space(p) ? c.prev(p) : npos;
            const std::size_t nn = c.is_space(n) ? c.next(n) : npos;
            if (c.is_number(pp) || c.is_punct(pp, ')') || c.is_number(nn)) continue;
            // The number splits into its groups and no-break spaces, the tokens the tokenizer
            // makes of `45⍽000`, and no text to allocate.
            runs.restart_after(i);
            const std::size_t head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
            Token& number = c.t[i];
            const std::uint32_t offset = number.offset;
            number.text = digits.substr(0, head);
            number.chars = static_cast<std::uint32_t>(head);
            for (std::size_t k = head; k < digits.size(); k += 3) {
                Token gap;
                gap.kind = Kind::space;
                gap.text = kNbsp;
                gap.cp = kNbspCp;
                gap.chars = 1;
                gap.offset = offset + static_cast<std::uint32_t>(k);
                c.insert_after(i, gap);
                Token group = c.t[i];
                group.text = digits.substr(k, 3);
                group.chars = 3;
                group.cp = static_cast<unsigned char>(group.text[0]);
                group.offset = offset + static_cast<std::uint32_t>(k);
                c.insert_after(i, group);
            }
            continue;
        }
        // `1 500 000`, `45 000`: a 1–3-digit head and 3-digit groups apart by spaces.
        if (digits.size() > 3 || !free_left(c, i, runs)) continue;
        // Any one space separates groups, a thin one (U+2009) too: a no-break space between
        // groups reads as any space, so all spaces count as one kind here.
        const auto next_group = [&](std::size_t k) {
            const std::size_t s = c.next(k);
            if (!c.is_space(s) || c.t[s].text == "\n") return npos;
            const std::size_t g = c.next(s);
            return c.is_number(g) && c.t[g].text.size() == 3 && !(c.t[g].flags & kPhone) ? g : npos;
        };
        std::size_t last = i;
        for (std::size_t g = next_group(i); g != npos; g = next_group(g)) last = g;
        if (last == i || !free_right(c, last)) continue;
        for (std::size_t k = i; k != last; k = c.next(c.next(k))) c.set_nbsp(c.next(k));
        resume = last + 1;
    }
}

constexpr Example kExamples[] = {
    {"тираж 45000 экземпляров", "тираж 45⍽000 экземпляров"},
    {"бюджет 1 500 000 рублей", "бюджет 1⍽500⍽000 рублей"},
    {"в 2024 году, индекс 01234", "в 2024 году, индекс 01234"},
};

}  // namespace

const Rule rule_number_grouping{"number/grouping",
                                "Разбивка чисел на разряды неразрывным пробелом",
                                "Group thousands of long numbers with NBSP",
                                true,
                                apply,
                                need::number};
const RuleExamples examples_number_grouping{"number/grouping", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
