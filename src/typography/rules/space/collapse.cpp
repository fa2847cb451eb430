// «a   b» → «a b»: one space between words (an NBSP wins), the paragraph trimmed.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

bool contains(std::string_view text, std::string_view what) {
    return text.find(what) != std::string_view::npos;
}

void apply(Context& c) {
    for (std::size_t i = 0; i < c.t.size(); ++i) {
        Token& t = c.t[i];
        if (t.kind != Kind::space) continue;
        const std::size_t p = c.prev(i);
        if (t.text.size() == 1 && t.text[0] == ' ' && !c.is_space(p)) continue;  // the usual case
        if (c.is_space(p)) {
            // A space split over two runs: keep the first, but an NBSP wins.
            if (contains(t.text, kNbsp)) c.set_nbsp(p);
            c.erase(i);
            continue;
        }
        if (contains(t.text, kNbsp) || contains(t.text, "\xE2\x80\xAF")) {
            t.text = kNbsp;
        } else if (t.text == "\xE2\x80\x89") {
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
    {"слово ⍽ слово", "слово⍽слово"},
};

}  // namespace

const Rule rule_space_collapse{"space/collapse",
                               "Сжатие повторяющихся пробелов и обрезка краёв",
                               "Collapse repeated spaces and trim the paragraph",
                               true,
                               apply,
                               kExamples,
                               std::size(kExamples)};

}  // namespace verstka::detail::typo
