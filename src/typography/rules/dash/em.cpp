// «слово - слово», «слово -- слово», «слово – слово» → «слово⍽— слово».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool is_sentence_dash(const Token& t) {
    return t.kind == Kind::dash && (t.text == "-" || t.text == "--" || t.text == "---" || t.cp == 0x2013 ||
                                    t.cp == 0x2014 || t.cp == 0x2015);
}

void set_em(Context& c, std::size_t d) { replace(c, d, chars::em_dash, Kind::dash); }

// A dash right after an opening bracket starts the bracket's text: no word before it to bind.
bool opens_bracket(const Context& c, std::size_t a) {
    return a != npos && c.t[a].kind == Kind::punct && is_open_bracket(c.t[a].cp);
}

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::dash)) {
        if (!is_sentence_dash(c.t[i]) || opens_dialogue_line(c, i)) continue;
        const std::size_t s1 = c.prev(i);
        const std::size_t s2 = c.next(i);
        const std::size_t a = s1 == npos ? npos : c.prev(s1);
        const std::size_t b = s2 == npos ? npos : c.next(s2);
        if (c.is_space(s1) && c.is_space(s2)) {
            // Between words: something before (not an opening bracket) and after.
            if (a == npos || b == npos) continue;
            const Token& left = c.t[a];
            if (opens_bracket(c, a)) continue;
            // Two dashes in a row (`- —`, `- −7`) are no sentence dash: left alone.
            if (left.kind == Kind::dash || c.is(b, Kind::dash)) continue;
            c.set_nbsp(s1);
            set_em(c, i);
            c.set_text(s2, kSpace);
        } else if (c.t[i].cp == 0x2014 && c.is_space(s1) && a != npos && !c.is(a, Kind::dash) &&
                   !opens_bracket(c, a) && s2 == i + 1 && (c.is_word(s2) || c.is(s2, Kind::opaque))) {
            // `слово —слово`, `слово —i.ru`: the dash belongs between the words.
            c.set_nbsp(s1);
            c.insert_space(s2, kSpace);
        } else if (c.t[i].cp == 0x2014 && c.is_word(s1) && s1 + 1 == i && c.is_space(s2) && b != npos &&
                   !c.is(b, Kind::dash)) {
            // `слово— слово`.
            c.set_text(s2, kSpace);
            c.insert_space(i, kNbsp);
        }
    }
}

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
                        apply,
                        need::dash};
const RuleExamples examples_dash_em{"dash/em", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
