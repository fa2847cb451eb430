// «сказал мэр.» → «сказал⍽мэр.», «их было 5.» → «их было⍽5.»: no short word alone on a line.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_end_mark(const Context& c, std::size_t i) {
    if (i == npos || c.t[i].kind != Kind::punct) return false;
    const char32_t cp = c.t[i].cp;
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

// The sentence really ends: after the marks (and closing quotes or brackets) comes the end,
// or a space and a capital letter, an opening quote or a dash. A lowercase word or a number
// after the dot means an abbreviation: `см. рис. 3`, `т. е. замену`.
bool sentence_ends(const Context& c, std::size_t i) {
    std::size_t n = i;
    while (n != npos && (is_end_mark(c, n) || (c.t[n].kind == Kind::quote) ||
                         (c.t[n].kind == Kind::punct && is_close_bracket(c.t[n].cp)))) {
        n = c.next(n);
    }
    if (n == npos) return true;
    if (!c.is_space(n)) return false;
    const std::size_t w = c.next(n);
    if (w == npos) return true;
    const Token& t = c.t[w];
    return (t.kind == Kind::word && t.upper) || t.kind == Kind::quote || t.kind == Kind::dash;
}

// Abbreviations end with a dot too: `ул.`, `пос.`, `обл.`, `Дж.` are no sentence ends.
bool abbreviation_like(const Context& c, std::size_t i) {
    const Token& t = c.t[i];
    if (t.kind != Kind::word || !c.is_text(c.next(i), ".")) return false;
    return t.upper || has(t, lex::prepositive | lex::postpositive);
}

// A short word or number right after the gap that ends a sentence binds back to a word, a
// number or a closing mark.
bool binds(const Context& c, const Gap& g) {
    const std::size_t i = g.right;
    // Most short words are mid-sentence: the mark glued after the word is read first.
    if (i + 1 >= c.t.size() || c.t[i + 1].kind != Kind::punct) return false;
    const Token& t = c.t[i];
    const bool short_word =
        t.kind == Kind::word && t.chars <= 3 && (t.script == Script::cyrillic || t.script == Script::latin);
    const bool short_number = t.kind == Kind::number && t.text.size() <= 2;
    if (!short_word && !short_number) return false;
    const std::size_t e = i + 1;
    if (!is_end_mark(c, e)) return false;
    if (short_word && abbreviation_like(c, i)) return false;
    if (!sentence_ends(c, e)) return false;
    if (g.space + 1 != i) return false;
    const Token& before = c.t[g.left];
    return before.kind == Kind::word || before.kind == Kind::number || before.kind == Kind::opaque ||
           (before.kind == Kind::quote && before.cp != 0x00AB && before.cp != 0x201E) ||
           (before.kind == Kind::punct && is_close_bracket(before.cp));
}

constexpr GapRow kGaps[] = {{{}, {kind_bit(Kind::word) | kind_bit(Kind::number), 0, 3}, binds}};

constexpr Example kExamples[] = {
    {"Об этом сказал мэр.", "Об этом сказал⍽мэр."},
    {"Их было 5. Потом", "Их было⍽5. Потом"},
    {"Сочи, мэр, город.", "Сочи, мэр, город."},
};

}  // namespace

const Rule rule_nbsp_sentence_end{"nbsp/sentence-end",
                                  "Неразрывный пробел перед коротким словом в конце предложения",
                                  "No-break space before a short last word of a sentence",
                                  true,
                                  nullptr,
                                  0,
                                  nullptr,
                                  kGaps,
                                  std::size(kGaps)};
const RuleExamples examples_nbsp_sentence_end{"nbsp/sentence-end", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
