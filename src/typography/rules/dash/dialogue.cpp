// «- Привет!» at a paragraph start → «—⍽Привет!»: the dialogue dash; also where a new line of
// dialogue starts after a sentence end inside the paragraph (`Нет… - А почему?` →
// `Нет… —⍽А почему?`).
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A dash that opens the paragraph, before a space and more text: `- Привет!`.
bool opens_paragraph(const Context& c, std::size_t d) {
    if (d != c.first()) return false;
    const Token& t = c.t[d];
    if (!(t.text == "-" || t.text == "--" || t.cp == 0x2013 || t.cp == 0x2014)) return false;
    const std::size_t n = c.next(d);
    return c.is_space(n) && c.next(n) != npos;
}

// The dash of a dialogue line is an em dash.
bool rewrite(Context& c, std::size_t d) {
    // A dash to rewrite has a space after it; most dashes are hyphens inside words.
    if (!c.is_space(c.next(d)) || c.is_text(d, chars::em_dash.utf8)) return false;
    if (!opens_dialogue_line(c, d) && !opens_paragraph(c, d)) return false;
    replace(c, d, chars::em_dash, Kind::dash);
    return true;
}

// The space after the dash of a dialogue line binds: `—⍽Привет!`, `Нет… —⍽А почему?`.
bool binds_after(const Context& c, const Gap& g) {
    return g.space == g.left + 1 && c.is_text(g.left, chars::em_dash.utf8) &&
           (opens_dialogue_line(c, g.left) || opens_paragraph(c, g.left));
}

// An em dash glued to the first word of a dialogue line gets its no-break space: `—Да` →
// `—⍽Да`, `Нет. —А` → `Нет. —⍽А`.
bool binds_glued(const Context& c, const Gap& g) {
    if (c.t[g.left].cp != 0x2014 || g.right != g.left + 1) return false;
    if (g.left == c.first()) return c.is_word(g.right) || c.is(g.right, Kind::opaque);
    return opens_dialogue_line(c, g.left);
}

constexpr GlyphRow kGlyphs[] = {{Kind::dash, 0, rewrite}};

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::dash)}, {}, binds_after},
    {{kind_bit(Kind::dash)}, {kind_bit(Kind::word) | kind_bit(Kind::opaque)}, binds_glued, true},
};

constexpr Example kExamples[] = {
    {"- Привет!", "—⍽Привет!"},
    {"— Традиционно на неделе", "—⍽Традиционно на неделе"},
    {"-5 градусов", "-5 градусов"},
    {"Нет… - А почему?", "Нет… —⍽А почему?"},
};

}  // namespace

const Rule rule_dash_dialogue{"dash/dialogue",
                              "Тире в начале реплики диалога, также после конца предложения",
                              "Dialogue dash at the paragraph start and after a sentence end",
                              true,
                              nullptr,
                              need::dash,
                              nullptr,
                              kGaps,
                              std::size(kGaps),
                              kGlyphs,
                              std::size(kGlyphs)};
const RuleExamples examples_dash_dialogue{"dash/dialogue", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
