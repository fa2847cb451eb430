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

// The initial that follows initial `i` after its dot, apart by one space or glued; npos if none.
std::size_t next_initial(const Context& c, std::size_t i) {
    std::size_t n = c.next(c.next(i));
    if (c.is_space(n)) n = c.next(n);
    return is_initial(c, n) ? n : npos;
}

// The initial before initial `i` that next_initial() leads from to `i`; npos if none.
std::size_t previous_initial(const Context& c, std::size_t i) {
    std::size_t dot = c.prev(i);
    if (c.is_space(dot)) dot = c.prev(dot);
    if (!c.is_text(dot, ".") || dot == 0) return npos;
    const std::size_t p = dot - 1;
    return is_initial(c, p) && next_initial(c, p) == i ? p : npos;
}

// Initials bound together, `first` to `last` (at most three), with the surname after them
// (`forward`) or before them.
struct Chain {
    std::size_t first = npos;
    std::size_t last = npos;
    bool forward = false;
};

// The chain that starts at initial `i`, or none (`first` is npos): up to three initials, the
// last of them followed by a surname, or the first preceded by one and the last ending a
// phrase. A run of more initials binds from its last three only.
Chain chain_from(const Context& c, std::size_t i) {
    Chain chain;
    if (!standalone(c, i) || in_postscript(c, i)) return chain;
    std::size_t last = i;
    for (int count = 1; count < 3; ++count) {
        const std::size_t n = next_initial(c, last);
        if (n == npos) break;
        last = n;
    }
    if (next_initial(c, last) != npos) return chain;
    const std::size_t last_dot = c.next(last);
    const std::size_t after = c.next(last_dot);
    const bool glued_surname =
        after == last_dot + 1 && is_surname(c, after) && c.t[after].run == c.t[last_dot].run;
    const bool forward = glued_surname || (c.is_space(after) && is_surname(c, c.next(after)));
    const std::size_t before = c.prev(i);
    const bool backward = !forward && c.is_space(before) && is_surname(c, c.prev(before)) &&
                          (after == npos || c.is_space(after) || c.t[after].kind == Kind::punct ||
                           c.t[after].kind == Kind::quote);
    if (forward || backward) chain = Chain{i, last, forward};
    return chain;
}

// The chain that holds initial `i`, if any. A chain ends where its run of initials ends and
// holds at most three, so only the run's last three initials can start one (from further back,
// more initials follow the third), and `i` must be one of them: the run is read at most three
// initials either way, however long it is. Of those starts, the first that makes a chain wins.
// Cold: asked only beside an initial.
[[gnu::cold]] Chain chain_of_run(const Context& c, std::size_t i) {
    std::size_t last = i;
    for (int step = 0; step < 2; ++step) {
        const std::size_t n = next_initial(c, last);
        if (n == npos) break;
        last = n;
    }
    if (next_initial(c, last) != npos) return Chain{};
    std::size_t first = last;
    for (int step = 0; step < 2; ++step) {
        const std::size_t p = previous_initial(c, first);
        if (p == npos) break;
        first = p;
    }
    for (std::size_t start = first;; start = next_initial(c, start)) {
        const Chain chain = chain_from(c, start);
        if (chain.first != npos || start == last) return chain;
    }
}

// The gaps of a chain: between two of its initials, after its last dot before the surname,
// and between the surname and its first initial. Each gap is read from the run of initials
// beside it, so the gaps are decided alike in any order.

// Right after the dot of an initial: `А.⍽С.`, `С.⍽Пушкин`, spaced or glued.
bool binds_after_dot(const Context& c, const Gap& g) {
    if (g.left == 0 || !is_initial(c, g.left - 1)) return false;  // g.left is a `.`: the rows' left side
    if (is_initial(c, g.right)) {
        const Chain chain = chain_of_run(c, g.right);
        return chain.first != npos && g.right > chain.first && g.right <= chain.last;
    }
    const Chain chain = chain_of_run(c, g.left - 1);
    return chain.forward && chain.last == g.left - 1;
}

// Between a surname and the first initial after it: `Пушкин⍽А.⍽С.`.
bool binds_surname_before(const Context& c, const Gap& g) {
    if (!is_initial(c, g.right)) return false;
    const Chain chain = chain_of_run(c, g.right);
    return chain.first == g.right && !chain.forward;
}

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::punct), 0, 1, '.'}, {kind_bit(Kind::word)}, binds_after_dot},
    {{kind_bit(Kind::punct), 0, 1, '.'}, {kind_bit(Kind::word)}, binds_after_dot, true},
    {{kind_bit(Kind::word)}, {kind_bit(Kind::word), 0, 1}, binds_surname_before},
};

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
                              nullptr,
                              need::initial,
                              nullptr,
                              kGaps,
                              std::size(kGaps)};
const RuleExamples examples_nbsp_initials{"nbsp/initials", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
