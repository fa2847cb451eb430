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

// Binds `т.` + `е.` (spaced or glued). Returns true when the pair was handled.
// `spaced` gets the second word when its space is only queued (glued `т.е.`): a word with a
// space queued before it stands apart, as in `т. е.`, and may start a pair itself (`т.н.э.`).
bool bind_pair(Context& c, std::size_t i, std::size_t& spaced) {
    const std::size_t dot = i + 1;
    std::size_t n = c.next(dot);
    std::size_t gap = npos;
    if (c.is_space(n)) {
        gap = n;
        n = c.next(n);
    }
    if (!c.is_word(n) || c.next(n) != n + 1 || !c.is_text(n + 1, ".")) return false;
    if (!is_abbreviation_pair(c.t[i].text, c.t[n].text)) return false;
    if (gap != npos) {
        c.set_nbsp(gap);
    } else {
        c.insert_space(n, kNbsp);
        spaced = n;
    }
    return true;
}

// The second half of a pair (`д` of `т. д.`) never binds forward.
bool second_of_pair(const Context& c, std::size_t i) {
    std::size_t p = c.prev(i);
    if (c.is_space(p)) p = c.prev(p);
    if (!c.is_text(p, ".")) return false;
    const std::size_t w = c.prev(p);
    return c.is_word(w) && is_abbreviation_pair(c.t[w].text, c.t[i].text);
}

// `P.S.`, `P. P. S.` → `P.⍽S.`, `P.⍽P.⍽S.`. Returns the index of the last letter, or npos.
std::size_t bind_postscript(Context& c, std::size_t i) {
    if (!c.is_text(i, "P") || !abbreviation(c, i)) return npos;
    std::size_t gaps[2] = {npos, npos};  // the token after each dot but the last
    std::size_t k = i;
    for (int n = 0; n < 2; ++n) {
        std::size_t next = k + 2;
        if (next < c.t.size() && c.is_space(next) && c.t[next].text.find('\n') == std::string_view::npos)
            ++next;
        if (next + 1 >= c.t.size() || !c.is_text(next + 1, ".")) return npos;
        gaps[n] = k + 2;
        if (c.is_text(next, "S")) {
            k = next;
            break;
        }
        if (n == 1 || !c.is_text(next, "P")) return npos;
        k = next;
    }
    if (!c.is_text(k, "S")) return npos;
    for (std::size_t g : gaps) {
        if (g == npos) continue;
        if (c.is_space(g)) {
            c.set_nbsp(g);
        } else {
            c.insert_space(g, kNbsp);
        }
    }
    return k;
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

// `г.Омск`, `стр.12`, `см.таблицу` read as the spaced `г. Омск` … that apply() binds: a name,
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

void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    std::size_t spaced = npos;
    // Every match starts at a word glued to a dot: the dots are fewer than the words.
    for (const std::size_t dot : c.positions(Kind::punct)) {
        const std::size_t i = dot - 1;
        if (dot == 0 || i < resume || !c.is_word(i) || !c.is_text(dot, ".")) continue;
        if (const std::size_t last = bind_postscript(c, i); last != npos) {
            resume = last + 1;
            continue;
        }
        if (!abbreviation(c, i) && i != spaced) continue;
        if (c.t[i].chars == 1 && bind_pair(c, i, spaced)) continue;
        const std::string_view word = c.t[i].text;
        const std::size_t before = c.prev(i);
        if (binds_back(c, i)) {
            c.set_nbsp(before);
            continue;
        }
        // Prepositive: `г. Казань`, `ул. Тверская`, `д. 7`, `см. рис. 3`, `им. Горького`.
        if (!binds_forward(c, i)) continue;
        const std::size_t gap = c.next(i + 1);
        if (!c.is_space(gap)) continue;
        const std::size_t n = c.next(gap);
        if (n == npos) continue;
        const Token& t = c.t[n];
        bool binds = t.kind == Kind::number || t.kind == Kind::opaque ||
                     (t.kind == Kind::quote && t.cp != 0x00BB && t.cp != 0x201C);
        // One-letter abbreviations are also words or sentence ends: bind only to a name.
        if (t.kind == Kind::word) binds = word.size() > 2 || t.upper;
        if (binds) c.set_nbsp(gap);
    }
}

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
                                  apply,
                                  need::dot,
                                  separate};
const RuleExamples examples_nbsp_abbreviation{"nbsp/abbreviation", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
