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
    if (is_numeral(c, i)) return true;  // a fraction too (`½`)
    if (c.is_punct(i, '%')) return true;
    if (!c.is_word(i)) return false;
    if (is_roman_numeral(c.t[i].text)) return true;
    // `1990-х`, `XIX-го`: an ordinal ending after a number.
    const std::size_t d = c.prev(i);
    return c.is_text(d, "-") && c.is_number(c.prev(d)) && has(c.t[i], lex::ordinal_suffix);
}

// The word of a pair `т. е.` after abbreviation word `i` and its dot (spaced or glued), or
// npos.
std::size_t pair_after(const Context& c, std::size_t i) {
    if (c.t[i].chars != 1) return npos;
    std::size_t n = c.next(i + 1);
    if (c.is_space(n)) n = c.next(n);
    if (!c.is_word(n) || c.next(n) != n + 1 || !c.is_text(n + 1, ".")) return npos;
    return is_abbreviation_pair(c.t[i].text, c.t[n].text) ? n : npos;
}

// The second half of a pair (`д` of `т. д.`) never binds forward.
bool second_of_pair(const Context& c, std::size_t i) {
    std::size_t p = c.prev(i);
    if (c.is_space(p)) p = c.prev(p);
    if (!c.is_text(p, ".")) return false;
    const std::size_t w = c.prev(p);
    return c.is_word(w) && is_abbreviation_pair(c.t[w].text, c.t[i].text);
}

// `P.S.`, `P. P. S.` starting at `i`: the gap after each dot but the last (the space, or the
// letter glued to the dot), or false.
bool postscript_from(const Context& c, std::size_t i, std::size_t (&gaps)[2]) {
    if (!c.is_text(i, "P") || !abbreviation(c, i)) return false;
    gaps[0] = gaps[1] = npos;
    std::size_t k = i;
    for (int n = 0; n < 2; ++n) {
        std::size_t next = k + 2;
        if (next < c.t.size() && c.is_space(next) && c.t[next].text.find('\n') == std::string_view::npos)
            ++next;
        if (next + 1 >= c.t.size() || !c.is_text(next + 1, ".")) return false;
        gaps[n] = k + 2;
        if (c.is_text(next, "S")) return true;
        if (n == 1 || !c.is_text(next, "P")) return false;
        k = next;
    }
    return false;
}

// The gap at `gap` (a space, or the letter glued after a dot) is one of a `P.S.` whose letter
// `p` stands before it: read from `p` and from the one or two `P`s before it. Cold: asked only
// after a `P.` or an `S.`.
[[gnu::cold]] bool in_postscript_gap(const Context& c, std::size_t p, std::size_t gap) {
    for (std::size_t back = 0; back <= 3 && back <= p; ++back) {
        if (back == 1) continue;
        std::size_t gaps[2];
        if (postscript_from(c, p - back, gaps) && (gaps[0] == gap || gaps[1] == gap)) return true;
    }
    return false;
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

// A pair `т. е.` starts at `i`.
bool pair_starts(const Context& c, std::size_t i) {
    if (c.t[i].chars != 1) return false;
    std::size_t n = c.next(i + 1);
    if (c.is_space(n)) n = c.next(n);
    return c.is_word(n) && c.next(n) == n + 1 && c.is_text(n + 1, ".") &&
           is_abbreviation_pair(c.t[i].text, c.t[n].text);
}

// `г.Омск`, `стр.12`, `см.таблицу` read as the spaced `г. Омск` …, whose gaps bind alike: a name,
// a number, or a word after an abbreviation longer than one letter, glued to the dot, is
// separated by a space, so that the glued and the spaced forms read alike everywhere.
void separate(Context& c) {
    const std::size_t n = c.t.size();
    // Every match is a word glued to a dot: the dots are fewer than the words.
    for (const std::size_t dot : c.positions(Kind::punct)) {
        const std::size_t i = dot - 1;
        if (dot == 0 || !c.is_word(i) || !c.is_text(dot, ".")) continue;
        // Glued: the dot, then at once a word or a number of the same run.
        const std::size_t gap = i + 2;
        if (gap >= n || (c.t[gap].kind != Kind::word && c.t[gap].kind != Kind::number)) continue;
        if (c.t[gap].run != c.t[i].run) continue;
        if (!word_starts(c, i) || pair_starts(c, i) || binds_back(c, i) || !binds_forward(c, i)) continue;
        const Token& t = c.t[gap];
        const bool binds = t.kind == Kind::number || (t.kind == Kind::word && t.script == Script::cyrillic &&
                                                      (c.t[i].text.size() > 2 || t.upper));
        if (binds && !(t.kind == Kind::word && c.is_text(c.next(gap), "."))) c.insert_space(gap, kSpace);
    }
}

// Abbreviation word `i` is read as one: standing apart, or the second word of a glued pair,
// which reads as the spaced `т. е.` it binds to. Pairs chain at most as `т.н.э.` does, so the
// reading back is short.
bool reads_alone(const Context& c, std::size_t i) {
    if (abbreviation(c, i)) return true;
    if (i < 2 || !c.is_text(i - 1, ".") || c.next(i - 1) != i) return false;
    const std::size_t w = i - 2;
    return c.is_word(w) && pair_after(c, w) == i && reads_alone(c, w);
}

// Which gap abbreviation word `i` (glued to its dot) binds: its pair's, the one before it
// (postpositive) or the one after its dot (prepositive), in that order of precedence.
enum class Binding { none, pair, back, forward };

Binding binding_of(const Context& c, std::size_t i) {
    // A pair's first word has one letter, and only abbreviations bind back or forward.
    if (!c.is_word(i) || (c.t[i].chars != 1 && !has(c.t[i], lex::prepositive | lex::postpositive)))
        return Binding::none;
    if (!c.is_text(i + 1, ".") || !reads_alone(c, i)) return Binding::none;
    if (pair_after(c, i) != npos) return Binding::pair;
    if (binds_back(c, i)) return Binding::back;
    return binds_forward(c, i) ? Binding::forward : Binding::none;
}

// What a prepositive abbreviation binds to: a number, a protected token, an opening quote, a
// name (a one-letter abbreviation is also a word or a sentence end) or any longer word.
bool takes(const Context& c, std::size_t word, std::size_t n) {
    const Token& t = c.t[n];
    switch (t.kind) {
        case Kind::number:
        case Kind::opaque:
            return true;
        case Kind::quote:
            return t.cp != 0x00BB && t.cp != 0x201C;
        case Kind::word:
            return c.t[word].text.size() > 2 || t.upper;
        default:
            return false;
    }
}

// Right after the dot of an abbreviation: `т.⍽е.`, `г.⍽Казань`, `P.⍽S.`, spaced or glued.
bool binds_after_dot(const Context& c, const Gap& g) {
    if (g.left == 0) return false;  // g.left is a `.`: the rows' left side
    const std::size_t i = g.left - 1;
    // Only a one-letter word (a pair's first, a letter of `P.S.`) or an abbreviation binds.
    if (!c.is_word(i) || (c.t[i].chars != 1 && !has(c.t[i], lex::prepositive | lex::postpositive)))
        return false;
    if ((c.is_text(i, "P") || c.is_text(i, "S")) &&
        in_postscript_gap(c, i, g.space != npos ? g.space : g.right))
        return true;
    switch (binding_of(c, i)) {
        case Binding::pair:
            return pair_after(c, i) == g.right;
        case Binding::forward:
            return g.space != npos && takes(c, i, g.right);
        default:
            return false;
    }
}

// Before a postpositive abbreviation: `Московской⍽обл.`, `1990-х⍽гг.`.
bool binds_before(const Context& c, const Gap& g) { return binding_of(c, g.right) == Binding::back; }

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::punct), 0, 1, '.'},
     {kind_bit(Kind::word) | kind_bit(Kind::number) | kind_bit(Kind::opaque) | kind_bit(Kind::quote)},
     binds_after_dot},
    {{kind_bit(Kind::punct), 0, 1, '.'}, {kind_bit(Kind::word)}, binds_after_dot, true},
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
                                  need::dot,
                                  separate,
                                  kGaps,
                                  std::size(kGaps)};
const RuleExamples examples_nbsp_abbreviation{"nbsp/abbreviation", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
