// «Сочи,Адлер» → «Сочи, Адлер»: a space after , ; : ! ? when a word follows (not in 2,5 or 10:00).
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::punct)) {
        const Token& t = c.t[i];
        if (t.kind != Kind::punct || t.chars != 1) continue;
        if (t.cp != ',' && t.cp != ';' && t.cp != ':' && t.cp != '!' && t.cp != '?') continue;
        const std::size_t p = c.prev(i);
        if (p == npos || c.is_space(p)) continue;
        const std::size_t n = c.next(i);
        if (n == npos) continue;
        const Token& next = c.t[n];
        const bool word = next.kind == Kind::word && next.script != Script::none;
        const bool quote = next.kind == Kind::quote && (next.cp == 0x00AB || next.cp == 0x201E);
        if (!word && !quote) continue;
        c.insert_space(n, kSpace);
    }
}

constexpr Example kExamples[] = {
    {"Сочи,Адлер;Хоста", "Сочи, Адлер; Хоста"},
    {"Итог:победа", "Итог: победа"},
    {"2,5 кг в 10:00", "2,5 кг в 10:00"},
};

}  // namespace

const Rule rule_space_after_punctuation{"space/after-punctuation",
                                        "Пробел после знаков препинания перед словом",
                                        "Space after punctuation before a word", true, apply};
const RuleExamples examples_space_after_punctuation{"space/after-punctuation", kExamples,
                                                    std::size(kExamples)};

}  // namespace verstka::detail::typo
