// «слово - слово», «слово -- слово», «слово – слово» → «слово⍽— слово».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A dash right after an opening bracket starts the bracket's text: no word before it to bind.
bool opens_bracket(const Context& c, std::size_t a) {
    return a != npos && c.t[a].kind == Kind::punct && is_open_bracket(c.t[a].cp);
}

// Sentence dash `d` stands between spaces, after something (not an opening bracket) and
// before something, neither of them a dash (`- —`, `- −7` are no sentence dash).
bool spaced_between(const Context& c, std::size_t d) {
    const std::size_t s1 = c.prev(d);
    const std::size_t s2 = c.next(d);
    if (!c.is_space(s1) || !c.is_space(s2)) return false;
    const std::size_t a = c.prev(s1);
    const std::size_t b = c.next(s2);
    if (a == npos || b == npos || opens_bracket(c, a)) return false;
    return !c.is(a, Kind::dash) && !c.is(b, Kind::dash);
}

// `слово —слово`, `слово —i.ru`: an em dash spaced before and glued to a word after reads as
// spaced on both sides.
bool glued_after(const Context& c, std::size_t d) {
    if (c.t[d].cp != 0x2014) return false;
    const std::size_t s1 = c.prev(d);
    const std::size_t s2 = c.next(d);
    if (!c.is_space(s1) || s2 != d + 1 || !(c.is_word(s2) || c.is(s2, Kind::opaque))) return false;
    const std::size_t a = c.prev(s1);
    return a != npos && !c.is(a, Kind::dash) && !opens_bracket(c, a);
}

// `слово— слово`: an em dash glued to a word before and spaced after reads as spaced.
bool glued_before(const Context& c, std::size_t d) {
    if (c.t[d].cp != 0x2014) return false;
    const std::size_t s1 = c.prev(d);
    const std::size_t s2 = c.next(d);
    if (!c.is_word(s1) || s1 + 1 != d || !c.is_space(s2)) return false;
    const std::size_t b = c.next(s2);
    return b != npos && !c.is(b, Kind::dash);
}

bool between_words(const Context& c, std::size_t d) {
    return is_sentence_dash(c.t[d]) && !opens_dialogue_line(c, d) &&
           (spaced_between(c, d) || glued_after(c, d) || glued_before(c, d));
}

// The dash between words is an em dash.
bool rewrite(Context& c, std::size_t d) {
    // Most dashes are hyphens inside words: the space before is read first.
    if (!c.is_space(c.prev(d)) || c.t[d].cp == 0x2014 || !is_sentence_dash(c.t[d])) return false;
    if (opens_dialogue_line(c, d) || !spaced_between(c, d)) return false;
    replace(c, d, chars::em_dash, Kind::dash);
    return true;
}

// The space before an em dash between words binds: `Сочи⍽— столица`.
bool binds_before(const Context& c, const Gap& g) {
    return c.t[g.right].cp == 0x2014 && between_words(c, g.right);
}

// `Сочи— курорт` → `Сочи⍽— курорт`.
bool binds_glued_before(const Context& c, const Gap& g) {
    return c.t[g.right].cp == 0x2014 && g.right == g.left + 1 && !opens_dialogue_line(c, g.right) &&
           glued_before(c, g.right);
}

// `Сочи —курорт` → `Сочи⍽— курорт`: the space after the dash.
bool spaces_glued_after(const Context& c, const Gap& g) {
    return c.t[g.left].cp == 0x2014 && !opens_dialogue_line(c, g.left) && glued_after(c, g.left);
}

constexpr GlyphRow kGlyphs[] = {{Kind::dash, 0, rewrite}};

constexpr GapRow kGaps[] = {
    {{}, {kind_bit(Kind::dash)}, binds_before},
    {{kind_bit(Kind::word)}, {kind_bit(Kind::dash)}, binds_glued_before, true},
    {{kind_bit(Kind::dash)}, {kind_bit(Kind::word) | kind_bit(Kind::opaque)}, spaces_glued_after, true, true},
};

constexpr Example kExamples[] = {
    {"Сочи - столица", "Сочи⍽— столица"},
    {"подходы, -- отметила", "подходы,⍽— отметила"},
    {"из-за, что-то, IT-куб", "из-за, что-то, IT-куб"},
};

}  // namespace

const Rule rule_dash_em{"dash/em",
                        "Длинное тире — между словами, с неразрывным пробелом перед ним",
                        "Em dash — between words, with NBSP before it",
                        true,
                        nullptr,
                        need::dash,
                        nullptr,
                        kGaps,
                        std::size(kGaps),
                        kGlyphs,
                        std::size(kGlyphs)};
const RuleExamples examples_dash_em{"dash/em", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
