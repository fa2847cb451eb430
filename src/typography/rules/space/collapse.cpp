// «a   b» → «a b»: one space between words, the paragraph trimmed. An NBSP already in the
// input reads as a space (TYPOGRAPHY.md v2 §17): every gap is decided afresh, so a stale one
// (`И тем⍽более`) goes, and an NBSP of the engine's output reads as the space it was made from.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool contains(std::string_view text, std::string_view what) {
    return text.find(what) != std::string_view::npos;
}

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::space)) {
        Token& t = c.t[i];
        if (t.kind != Kind::space) continue;
        const bool after_space = i > 0 && c.t[i - 1].kind == Kind::space;
        if (t.text.size() == 1 && t.text[0] == ' ' && !after_space) continue;  // the usual case
        if (after_space) {
            // A space split over two runs: the first one stays. Spaces on both sides of a tag
            // or a comment (`и </a> и`) both stay: a space next to markup is never moved.
            c.erase(i);
            continue;
        }
        if (t.text == chars::thin_space.utf8) {
            // A lone thin space is the author's choice (for example in numbers): kept.
        } else if (contains(t.text, "\n")) {
            t.text = "\n";  // a soft line break stays a line break
        } else {
            t.text = kSpace;
        }
    }
    if (!c.trim) return;
    const std::size_t first = c.first();
    if (c.is_space(first)) c.erase(first);
    const std::size_t last = c.prev(c.t.size());
    if (c.is_space(last)) c.erase(last);
}

constexpr Example kExamples[] = {
    {"Сочи   принял  делегацию", "Сочи принял делегацию"},
    {"  в начале и в конце  ", "в начале и в конце"},
    {"слово ⍽ слово, И тем⍽более", "слово слово, И тем более"},
};

}  // namespace

const Rule rule_space_collapse{"space/collapse",
                               "Сжатие повторяющихся пробелов и обрезка краёв",
                               "Collapse repeated spaces and trim the paragraph",
                               true,
                               apply,
                               need::spacing};
const RuleExamples examples_space_collapse{"space/collapse", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
