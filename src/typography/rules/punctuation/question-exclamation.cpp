// «Что!?» → «Что?!»: the question mark comes first. Repeated marks (`??`, `!!`, `!!?`) are
// the author's and stay as they are.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool mark(const Context& c, std::size_t k) {
    return k < c.t.size() && c.t[k].kind == Kind::punct && (c.t[k].cp == '!' || c.t[k].cp == '?');
}

void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    for (const std::size_t i : c.positions(Kind::punct)) {
        if (i + 1 >= c.t.size()) break;
        if (i < resume) continue;
        if (!c.is_punct(i, '!') || !c.is_punct(i + 1, '?') || c.t[i + 1].run != c.t[i].run) continue;
        if ((i > 0 && mark(c, i - 1)) || mark(c, i + 2)) continue;
        replace(c, i, "?", '?', Kind::punct);
        replace(c, i + 1, "!", '!', Kind::punct);
        resume = i + 2;
    }
}

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
                                                 apply,
                                                 kExamples,
                                                 std::size(kExamples)};

}  // namespace verstka::detail::typo
