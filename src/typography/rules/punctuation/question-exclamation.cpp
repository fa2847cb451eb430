// «Что!?» → «Что?!»: the question mark comes first. Repeated marks (`??`, `!!`, `!!?`) are
// the author's and stay as they are.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool mark(const Context& c, std::size_t k) {
    return k < c.t.size() && c.t[k].kind == Kind::punct && (c.t[k].cp == '!' || c.t[k].cp == '?');
}

// At a `!` and the `?` right after it.
bool rewrite(Context& c, std::size_t i) {
    const std::size_t question = c.after(i);
    if (!c.is_punct(i, '!') || !c.is_punct(question, '?') || c.t[question].run != c.t[i].run) return false;
    if (mark(c, c.before(i)) || mark(c, c.after(question))) return false;
    replace(c, i, "?", '?', Kind::punct);
    replace(c, question, "!", '!', Kind::punct);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::punct, '!', rewrite}};

constexpr Example kExamples[] = {
    {"Что!? Правда!?", "Что?! Правда?!"},
    {"Как?! Зачем??", "Как?! Зачем??"},
    {"Да!!? Нет!?!", "Да!!? Нет!?!"},
};

}  // namespace

const Rule rule_punctuation_question_exclamation{"punctuation/question-exclamation",
                                                 "?! вместо !?",
                                                 "?! instead of !?",
                                                 true,
                                                 nullptr,
                                                 0,
                                                 nullptr,
                                                 nullptr,
                                                 0,
                                                 kGlyphs,
                                                 std::size(kGlyphs)};
const RuleExamples examples_punctuation_question_exclamation{"punctuation/question-exclamation", kExamples,
                                                             std::size(kExamples)};

}  // namespace verstka::detail::typo
