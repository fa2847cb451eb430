// «- Привет!» at a paragraph start → «—⍽Привет!»: the dialogue dash.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    const std::size_t d = c.first();
    if (!c.is(d, Kind::dash)) return;
    const Token& t = c.t[d];
    const bool dash = t.text == "-" || t.text == "--" || t.cp == 0x2013 || t.cp == 0x2014;
    if (!dash) return;
    const std::size_t n = c.next(d);
    if (c.is_space(n) && c.next(n) != npos) {
        replace(c, d, "\xE2\x80\x94", 0x2014, Kind::dash);
        c.set_nbsp(n);
    } else if (t.cp == 0x2014 && c.is_word(n) && n == d + 1) {
        c.insert_space(n, kNbsp);
    }
}

constexpr Example kExamples[] = {
    {"- Привет!", "—⍽Привет!"},
    {"— Традиционно на неделе", "—⍽Традиционно на неделе"},
    {"-5 градусов", "-5 градусов"},
};

}  // namespace

const Rule rule_dash_dialogue{"dash/dialogue",
                              "Тире в начале реплики диалога",
                              "Dialogue dash at the paragraph start",
                              true,
                              apply,
                              kExamples,
                              std::size(kExamples),
                              need::dash};

}  // namespace verstka::detail::typo
