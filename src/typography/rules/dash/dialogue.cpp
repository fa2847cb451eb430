// «- Привет!» at a paragraph start → «—⍽Привет!»: the dialogue dash; also where a new line of
// dialogue starts after a sentence end inside the paragraph (`Нет… - А почему?` →
// `Нет… —⍽А почему?`).
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::dash)) {
        if (!opens_dialogue_line(c, i)) continue;
        replace(c, i, chars::em_dash, Kind::dash);
        c.set_text(i - 1, kSpace);
        c.set_nbsp(i + 1);
    }
    const std::size_t d = c.first();
    if (!c.is(d, Kind::dash)) return;
    const Token& t = c.t[d];
    const bool dash = t.text == "-" || t.text == "--" || t.cp == 0x2013 || t.cp == 0x2014;
    if (!dash) return;
    const std::size_t n = c.next(d);
    if (c.is_space(n) && c.next(n) != npos) {
        replace(c, d, chars::em_dash, Kind::dash);
        c.set_nbsp(n);
    } else if (t.cp == 0x2014 && (c.is_word(n) || c.is(n, Kind::opaque)) && n == d + 1) {
        c.insert_space(n, kNbsp);
    }
}

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
                              apply,
                              need::dash};
const RuleExamples examples_dash_dialogue{"dash/dialogue", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
