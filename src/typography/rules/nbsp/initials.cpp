// «А. С. Пушкин», «А.С. Пушкин» → «А.⍽С.⍽Пушкин»; «Пушкин А. С.» → «Пушкин⍽А.⍽С.».
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

#include "common/utf8.hpp"

namespace verstka::detail::typo {

namespace {

bool is_initial(const Context& c, std::size_t i) {
    if (!c.is_word(i)) return false;
    const Token& t = c.t[i];
    return t.chars == 1 && t.upper && c.is_text(c.next(i), ".") && c.next(i) == i + 1;
}

// A capitalised word with a lowercase second letter: `Пушкин`, `Жилинском`, `Rowling`.
bool is_surname(const Context& c, std::size_t i) {
    if (!c.is_word(i)) return false;
    const Token& t = c.t[i];
    if (!t.upper || t.chars < 2) return false;
    std::size_t k = 0;
    utf8::decode(t.text, k);
    return !is_upper(utf8::decode(t.text, k));
}

void apply(Context& c) {
    std::size_t resume = 0;  // the first token not taken by a match
    // An initial is a letter glued to a dot: the dots are fewer than the words.
    for (const std::size_t first_dot : c.positions(Kind::punct)) {
        const std::size_t i = first_dot - 1;
        if (first_dot == 0 || i < resume) continue;
        if (!is_initial(c, i) || !standalone(c, i) || in_postscript(c, i)) continue;
        // Up to three initials, apart by a space or glued: `А. С.`, `А.С.`.
        std::size_t gaps[2] = {npos, npos};   // the space after each initial but the last
        std::size_t glued[2] = {npos, npos};  // or the token to insert a space before
        std::size_t last = i;
        int count = 1;
        while (count < 3) {
            const std::size_t dot = c.next(last);
            std::size_t n = c.next(dot);
            std::size_t gap = npos;
            if (c.is_space(n)) {
                gap = n;
                n = c.next(n);
            }
            if (!is_initial(c, n) || count > 2) break;
            if (count - 1 < 2) {
                gaps[count - 1] = gap;
                glued[count - 1] = gap == npos ? n : npos;
            }
            last = n;
            ++count;
        }
        const std::size_t last_dot = c.next(last);
        const std::size_t after = c.next(last_dot);
        // More initials follow than the three taken: a run of initials is bound from its
        // last three only, whatever stands after the third (glued, a space or a no-break space).
        if (is_initial(c, after) || (c.is_space(after) && is_initial(c, c.next(after)))) continue;
        // `Л.Н.Толстой`: a surname glued to the last initial gets its space.
        const bool glued_surname =
            after == last_dot + 1 && is_surname(c, after) && c.t[after].run == c.t[last_dot].run;
        const bool forward = glued_surname || (c.is_space(after) && is_surname(c, c.next(after)));
        const std::size_t before = c.prev(i);
        const bool backward = !forward && c.is_space(before) && is_surname(c, c.prev(before)) &&
                              (after == npos || c.is_space(after) || c.t[after].kind == Kind::punct ||
                               c.t[after].kind == Kind::quote);
        if (!forward && !backward) continue;
        if (glued_surname) {
            c.insert_space(after, kNbsp);
        } else if (forward) {
            c.set_nbsp(after);
        }
        if (backward) c.set_nbsp(before);
        // Insert from the right so earlier indices stay valid.
        for (int k = 1; k >= 0; --k) {
            if (gaps[k] != npos) c.set_nbsp(gaps[k]);
            if (glued[k] != npos) c.insert_space(glued[k], kNbsp);
        }
        resume = last + 1;
    }
}

constexpr Example kExamples[] = {
    {"художник Д. Д. Жилинский", "художник Д.⍽Д.⍽Жилинский"},
    {"А.С. Пушкин", "А.⍽С.⍽Пушкин"},
    {"Пушкин А. С. писал", "Пушкин⍽А.⍽С. писал"},
    {"сказала М. Захарова", "сказала М.⍽Захарова"},
    {"Л.Н.Толстой", "Л.⍽Н.⍽Толстой"},
};

}  // namespace

const Rule rule_nbsp_initials{"nbsp/initials",
                              "Неразрывные пробелы в инициалах и перед фамилией",
                              "No-break spaces in initials and before the surname",
                              true,
                              apply,
                              need::initial};
const RuleExamples examples_nbsp_initials{"nbsp/initials", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
