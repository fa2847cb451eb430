// «"Проект "Север" готов"» → ««Проект „Север“ готов»»: «ёлочки» outside, „лапки“ inside;
// a Latin quotation takes «ёлочки» too (TYPOGRAPHY.md v2 §1); English “…” (‘…’ inside) only
// when the option asks for it (English text).
#include "typography/quote_analysis.hpp"
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

struct Style {
    const chars::Named* open;
    const chars::Named* close;
};

constexpr Style kGuillemets{&chars::laquo, &chars::raquo};
constexpr Style kLapki{&chars::bdquo, &chars::ldquo};
constexpr Style kEnglishDouble{&chars::ldquo, &chars::rdquo};
constexpr Style kEnglishSingle{&chars::lsquo, &chars::rsquo};

// Whether the single quote at `k`, no quotation mark, may close an open ‘: ’ is the apostrophe
// too, and only glued between two letters or between a digit and a letter is it never a
// closing mark (quote_analysis.cpp).
bool may_close_single(const Context& c, std::size_t k) {
    const Token& t = c.t[k];
    if (t.kind != Kind::quote || !chars::is_single_quote_like(t.cp)) return false;
    const std::size_t p = c.prev(k);
    return !((c.is_word(p) || c.is_number(p)) && c.is_word(c.next(k)));
}

// A quotation is English when it is a Latin phrase (two words or more, none Cyrillic);
// a single Latin name in Russian text keeps «ёлочки»: «Lego», «O’Hara». A nested one keeps
// «» around a single quote that may close: ‘ would pair with it (`"90’ club"` is «90’ club»,
// not ‘90’ club’).
// Token `k` is a quotation mark of the analysis, where it still stands.
bool is_mark(const Context& c, std::size_t k) {
    return c.t[k].kind == Kind::quote && (c.t[k].flags & (kQuoteOpen | kQuoteClose)) != 0;
}

bool latin_phrase(const Context& c, std::size_t from, std::size_t to, bool nested) {
    // Words are counted apart by anything but an apostrophe or a hyphen (`O’Hara` is one),
    // whatever spaces stand between them.
    int words = 0;
    for (std::size_t k = from + 1; k < to; ++k) {
        const Token& t = c.t[k];
        if (nested && !is_mark(c, k) && may_close_single(c, k)) return false;
        if (t.kind != Kind::word) continue;
        if (t.script == Script::cyrillic || t.script == Script::mixed) return false;
        if (t.script != Script::latin) continue;
        const Token& before = c.t[k - 1];
        // A dash glued between two words (`IT-cube`, `XVIII-XX`, `XVIII–XX`) and an
        // apostrophe join; a quotation mark (even a ’ closing one) separates, and so does a
        // dash with a space on one side (`r —a`, as `r — a`).
        const bool glued_dash = before.kind == Kind::dash && k >= 2 && c.is_word(k - 2);
        const bool joined = glued_dash || (before.kind == Kind::quote && !is_mark(c, k - 1) &&
                                           (before.cp == '\'' || before.cp == 0x2019));
        if (!joined || words == 0) ++words;
    }
    return words >= 2 || (words == 1 && nested);
}

void apply(Context& c) {
    std::vector<QuoteMark>& marks = c.quotes().marks;
    if (marks.empty()) return;
    locate_quotes(c.t, c.positions(Kind::quote), c.quotes());
    // A mark at a token that is no quote (an inch mark) is none, and its pair has none.
    auto paired = [&](const QuoteMark& m) { return m.partner != npos && marks[m.partner].index != npos; };
    const bool allow_english = c.options().english_quotes_for_latin;
    for (std::size_t k = 0; k < marks.size(); ++k) {
        QuoteMark& m = marks[k];
        if (!m.open || m.index == npos) continue;
        const std::size_t parent = m.parent;
        m.russian = parent == npos ? 0 : marks[parent].russian + (marks[parent].english < 0 ? 1 : 0);
        const bool in_english = parent != npos && marks[parent].english >= 0;
        // Inside a Russian quotation a Latin phrase keeps „лапки“, as a “ right after an open
        // „ is its closing mark. Marks glued to letters outside (`z"W"`) keep «»: ‘ ’ glued to
        // letters are apostrophes.
        const std::size_t before_open = c.prev(m.index);
        const std::size_t after_close = paired(m) ? c.next(marks[m.partner].index) : npos;
        const bool glued_outside = c.is_word(before_open) || c.is_word(after_close);
        if (allow_english && paired(m) && (parent == npos || in_english) && !glued_outside &&
            latin_phrase(c, m.index, marks[m.partner].index, in_english)) {
            m.english = in_english ? marks[parent].english + 1 : 0;
        }
    }
    for (std::size_t k = 0; k < marks.size(); ++k) {
        const QuoteMark& m = marks[k];
        if (m.index == npos) continue;
        const std::size_t o = m.open ? k : paired(m) ? m.partner : npos;
        Style style = kGuillemets;
        if (o != npos && marks[o].english >= 0) {
            style = marks[o].english == 0 ? kEnglishDouble : kEnglishSingle;
        } else if (o != npos && marks[o].russian > 0) {
            style = kLapki;
        }
        if (m.open) {
            replace(c, m.index, *style.open, Kind::quote);
        } else {
            replace(c, m.index, *style.close, Kind::quote);
        }
    }
}

constexpr Example kExamples[] = {
    {"центр \"IT-куб\"", "центр «IT-куб»"},
    {"\"Проект \"Север\" готов\"", "«Проект „Север“ готов»"},
    {"<<Юнармия>>", "«Юнармия»"},
    {"альбом \"Abbey Road\" и \"Yesterday\"", "альбом «Abbey Road» и «Yesterday»"},
};

}  // namespace

const Rule rule_quotes_pairs{"quotes/pairs",
                             "Кавычки «ёлочки» и вложенные „лапки“",
                             "«Guillemets» with „low-high“ quotes inside",
                             true,
                             apply,
                             need::quote};
const RuleExamples examples_quotes_pairs{"quotes/pairs", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
