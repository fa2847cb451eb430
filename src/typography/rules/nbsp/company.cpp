// «ООО "Ромашка"» → «ООО⍽«Ромашка»»: the legal form binds to the name.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::word)) {
        if (!c.is_word(i) || !has(c.t[i], lex::company) || !word_ends(c, i)) continue;
        const std::size_t s = c.next(i);
        if (!c.is_space(s)) continue;
        const std::size_t n = c.next(s);
        if (n == npos) continue;
        const Token& t = c.t[n];
        if ((t.kind == Kind::quote && t.cp != 0x00BB) || (t.kind == Kind::word && t.upper)) {
            c.set_nbsp(s);
        }
    }
}

constexpr Example kExamples[] = {
    {"ООО «Ромашка»", "ООО⍽«Ромашка»"},
    {"ПАО Сбербанк", "ПАО⍽Сбербанк"},
    {"ООО и ИП", "ООО и ИП"},
};

}  // namespace

const Rule rule_nbsp_company{"nbsp/company",
                             "Неразрывный пробел после ООО, ПАО, АО и других форм",
                             "No-break space after legal forms (ООО, ПАО, АО …)",
                             true,
                             apply,
                             kExamples,
                             std::size(kExamples)};

}  // namespace verstka::detail::typo
