// Placeholder engine, replaced by the rule engine (issue 4): returns text unchanged.
#include "typography/typographer.hpp"

namespace verstka::detail {

struct Typographer::Impl {
    TypographOptions options;
};

Typographer::Typographer(const TypographOptions& options) : impl_(new Impl{options}) {}
Typographer::~Typographer() = default;
Typographer::Typographer(Typographer&&) noexcept = default;
Typographer& Typographer::operator=(Typographer&&) noexcept = default;

void Typographer::typeset(std::vector<TextRun>&, Diagnostics*) const {}

std::string Typographer::typeset(std::string_view text, Diagnostics*) const {
    return std::string(text);
}

}  // namespace verstka::detail

namespace verstka {

TypographResult typograph(std::string_view text, const TypographOptions& options) {
    detail::Typographer engine(options);
    TypographResult result;
    result.text = engine.typeset(text, &result.diagnostics);
    return result;
}

std::vector<RuleInfo> typography_rules() { return {}; }

}  // namespace verstka
