// One typography rule: a stable id, titles, default state, examples and its pass.
#ifndef VERSTKA_TYPOGRAPHY_RULE_HPP
#define VERSTKA_TYPOGRAPHY_RULE_HPP

#include <cstddef>
#include <string_view>

#include "typography/context.hpp"

namespace verstka::detail::typo {

/// An input and the output of this rule alone; rendered into docs/typography-rules.md.
struct Example {
    std::string_view input;
    std::string_view output;
};

struct Rule {
    std::string_view id;  ///< `group/name`, also the path of its source and test files
    std::string_view title_ru;
    std::string_view title_en;
    bool on_by_default;
    void (*apply)(Context&);
    const Example* examples;
    std::size_t example_count;
};

/// Every rule in application order (the registry, rules/registry.cpp).
const Rule* const* all_rules(std::size_t& count) noexcept;

/// The rule with this id, or null.
const Rule* find_rule(std::string_view id) noexcept;

}  // namespace verstka::detail::typo

#endif
