// «ООО "Ромашка"» → «ООО⍽«Ромашка»»: the legal form binds to the name.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// A legal form (the row's left word) before a name: an opening quote or a capitalised word.
bool binds(const Context& c, const Gap& g) {
    const Token& t = c.t[g.right];
    return (t.kind == Kind::quote && t.cp != 0x00BB) || (t.kind == Kind::word && t.upper);
}

constexpr GapRow kGaps[] = {
    {{kind_bit(Kind::word), lex::company}, {kind_bit(Kind::quote) | kind_bit(Kind::word)}, binds}};

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
                             nullptr,
                             0,
                             nullptr,
                             kGaps,
                             std::size(kGaps)};
const RuleExamples examples_nbsp_company{"nbsp/company", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
