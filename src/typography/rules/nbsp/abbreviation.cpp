// «т. е.», «т.е.» → «т.⍽е.»; «г. Казань» → «г.⍽Казань»; «Московской обл.» → «Московской⍽обл.».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A lowercase abbreviation word followed by its dot.
bool abbreviation(const Context& c, std::size_t i) {
    return c.is_word(i) && i + 1 < c.t.size() && c.is_text(i + 1, ".") && standalone(c, i);
}

bool is_number_like(const Context& c, std::size_t i) {
    if (i == npos) return false;
    if (is_numeral(c, i)) return true;  // a fraction or a power too (`½`, `м³`)
    if (c.is_punct(i, '%')) return true;
    if (!c.is_word(i)) return false;
    if (is_roman_numeral(c.t[i].text)) return true;
    // `1990-х`, `XIX-го`: an ordinal ending after a number.
    const std::size_t d = c.prev(i);
    return c.is_text(d, "-") && c.is_number(c.prev(d)) && has(c.t[i], lex::ordinal_suffix);
}

// A pair `т. е.` (spaced or glued) starts at the one-letter word `i`.
bool pair_starts(const Context& c, std::size_t i) {
    if (c.t[i].chars != 1) return false;
    std::size_t n = c.next(i + 1);
    if (c.is_space(n)) n = c.next(n);
    return c.is_word(n) && c.next(n) == n + 1 && c.is_text(n + 1, ".") &&
           is_abbreviation_pair(c.t[i].text, c.t[n].text);
}

// The second half of a pair (`д` of `т. д.`) never binds forward.
bool second_of_pair(const Context& c, std::size_t i) {
    std::size_t p = c.prev(i);
    if (c.is_space(p)) p = c.prev(p);
    if (!c.is_text(p, ".")) return false;
    const std::size_t w = c.prev(p);
    return c.is_word(w) && is_abbreviation_pair(c.t[w].text, c.t[i].text);
}

// `P.S.`, `P. P. S.` from the `P` at `i`: the index of the last letter, or npos. `gaps` gets the
// token after each dot but the last: the gap, or the letter glued to the dot.
std::size_t postscript(const Context& c, std::size_t i, std::size_t (&gaps)[2]) {
    gaps[0] = gaps[1] = npos;
    if (!c.is_text(i, "P") || !c.is_text(i + 1, ".") || !word_starts(c, i)) return npos;
    std::size_t k = i;
    for (int n = 0; n < 2; ++n) {
        std::size_t next = k + 2;
        if (next < c.t.size() && c.is_space(next) && c.t[next].text.find('\n') == std::string_view::npos)
            ++next;
        if (next + 1 >= c.t.size() || !c.is_text(next + 1, ".")) return npos;
        gaps[n] = k + 2;
        if (c.is_text(next, "S")) return next;
        if (n == 1 || !c.is_text(next, "P")) return npos;
        k = next;
    }
    return npos;
}

// Postpositive: `Московской обл.`, `1990-х гг.`, `XIX в.`, `и др.` bind to the word before.
bool binds_back(const Context& c, std::size_t i) {
    if (!has(c.t[i], lex::postpositive)) return false;
    const std::size_t before = c.prev(i);
    const std::size_t left = c.is_space(before) ? c.prev(before) : npos;
    if (left == npos) return false;
    const std::string_view word = c.t[i].text;
    if (word == "г" || word == "в") return is_number_like(c, left);
    if (word == "др" || word == "пр") return c.is_word(left) && equals_folded(c.t[left].text, "и");
    return c.is_word(left) || is_number_like(c, left);
}

// A prepositive abbreviation (`г.`, `ул.`, `стр.`) that may bind to what follows it.
bool binds_forward(const Context& c, std::size_t i) {
    if (!has(c.t[i], lex::prepositive) || second_of_pair(c, i)) return false;
    const std::size_t before = c.prev(i);
    return !is_number_like(c, c.is_space(before) ? c.prev(before) : npos);
}

// `г.Омск`, `стр.12`, `см.таблицу` read as the spaced `г. Омск` … that the gap rows bind: a
// name, a number, or a word after an abbreviation longer than one letter, glued to the dot,
// gets its space before any rule reads the gaps.
void separate_glued_word(Context& c, std::size_t i) {
    // Glued: the dot, then at once a word or a number of the same run.
    const std::size_t gap = i + 2;
    if (gap >= c.t.size() || (c.t[gap].kind != Kind::word && c.t[gap].kind != Kind::number)) return;
    if (!c.is_text(i + 1, ".") || c.t[gap].run != c.t[i].run) return;
    if (!word_starts(c, i) || pair_starts(c, i) || binds_back(c, i) || !binds_forward(c, i)) return;
    const Token& t = c.t[gap];
    const bool binds = t.kind == Kind::number || (t.kind == Kind::word && t.script == Script::cyrillic &&
                                                  (c.t[i].text.size() > 2 || t.upper));
    if (binds && !(t.kind == Kind::word && c.is_text(c.next(gap), "."))) c.insert_space(gap, kSpace);
}

// `т.е.`, `P.S.`, `P.P.S.` read as the spaced `т. е.`, `P. S.` … that the gap rows bind.
void separate(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a postscript
    for (const std::size_t i : c.positions(Kind::word)) {
        separate_glued_word(c, i);
        // A postscript and a pair start at a one-letter word.
        if (i < resume || c.t[i].chars != 1 || !c.is_text(i + 1, ".")) continue;
        std::size_t gaps[2];
        if (const std::size_t last = postscript(c, i, gaps); last != npos) {
            for (const std::size_t g : gaps) {
                if (g != npos && !c.is_space(g)) c.insert_space(g, kSpace);
            }
            resume = last + 1;
            continue;
        }
        if (word_starts(c, i) && pair_starts(c, i)) {
            const std::size_t second = c.next(i + 1);
            if (!c.is_space(second)) c.insert_space(second, kSpace);
        }
    }
}

// The word glued to the dot on the left of a gap, if the dot follows one.
std::size_t word_before_dot(const Context& c, std::size_t dot) {
    return dot > 0 && c.is_punct(dot, '.') && c.is_word(dot - 1) ? dot - 1 : npos;
}

// The gap after the `P.` of a postscript: `P.⍽S.`, `P.⍽P.⍽S.`. The match starts at this `P`
// or at a `P.` right before it.
bool in_postscript(const Context& c, std::size_t p, std::size_t gap) {
    std::size_t gaps[2];
    for (const std::size_t start : {p, p - 2, p - 3}) {
        if (start <= p && postscript(c, start, gaps) != npos && (gaps[0] == gap || gaps[1] == gap))
            return true;
    }
    return false;
}

// After an abbreviation's dot: the pair `т.⍽е.`, the postscript `P.⍽S.`, and a prepositive
// abbreviation before a name, a number or a quotation: `г.⍽Казань`, `д.⍽7`, `см.⍽рис.⍽3`.
bool binds_after(const Context& c, const Gap& g) {
    const std::size_t i = word_before_dot(c, g.left);
    // Each case below needs a one-letter word (`P.`, `т.`) or a prepositive one: sentence ends,
    // the usual gap after a dot, are out at once.
    if (i == npos || (c.t[i].chars != 1 && !has(c.t[i], lex::prepositive))) return false;
    if (g.space == g.left + 1 && in_postscript(c, i, g.space)) return true;
    if (word_starts(c, i) && pair_starts(c, i)) return true;
    if (!abbreviation(c, i) || binds_back(c, i) || !binds_forward(c, i)) return false;
    const Token& t = c.t[g.right];
    // One-letter abbreviations are also words or sentence ends: bind only to a name.
    if (t.kind == Kind::word) return c.t[i].text.size() > 2 || t.upper;
    return t.kind == Kind::number || t.kind == Kind::opaque ||
           (t.kind == Kind::quote && t.cp != 0x00BB && t.cp != 0x201C);
}

// Before a postpositive abbreviation: `Московской⍽обл.`, `1990-х⍽гг.`, `XIX⍽в.`, `и⍽др.`; not
// the first half of a pair, which binds forward (`и т.⍽д.`).
bool binds_before(const Context& c, const Gap& g) {
    const std::size_t i = g.right;
    return abbreviation(c, i) && !pair_starts(c, i) && binds_back(c, i);
}

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::punct), 0, 1}, {}, binds_after},
    {{}, {kind_bit(Kind::word), lex::postpositive}, binds_before},
};

constexpr Example kExamples[] = {
    {"т. е. и т.д.", "т.⍽е. и т.⍽д."},
    {"г. Казань, ул. Тверская, д. 7", "г.⍽Казань, ул.⍽Тверская, д.⍽7"},
    {"см. рис. 3", "см.⍽рис.⍽3"},
    {"Московской обл. и 1990-х гг.", "Московской⍽обл. и 1990-х⍽гг."},
    {"г.Омск, стр.12", "г.⍽Омск, стр.⍽12"},
    {"P.S. и P. P. S.", "P.⍽S. и P.⍽P.⍽S."},
};

}  // namespace

const Rule rule_nbsp_abbreviation{"nbsp/abbreviation",
                                  "Неразрывные пробелы в сокращениях",
                                  "No-break spaces in abbreviations",
                                  true,
                                  nullptr,
                                  kExamples,
                                  std::size(kExamples),
                                  need::dot,
                                  separate,
                                  kGaps,
                                  std::size(kGaps)};

}  // namespace verstka::detail::typo
