// One typography rule: a stable id, titles, default state, examples and its pass.
#ifndef VERSTKA_TYPOGRAPHY_RULE_HPP
#define VERSTKA_TYPOGRAPHY_RULE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "typography/context.hpp"

namespace verstka::detail::typo {

/// An input and the output of this rule alone; rendered into docs/typography-rules.md.
struct Example {
    std::string_view input;
    std::string_view output;
};

/// Kinds of tokens a rule needs; a paragraph without all of them skips the rule.
namespace need {
constexpr std::uint32_t quote = 1 << 0;
constexpr std::uint32_t dash = 1 << 1;
constexpr std::uint32_t number = 1 << 2;
constexpr std::uint32_t bracket = 1 << 3;  ///< ( ) [ ]
constexpr std::uint32_t plus = 1 << 4;     ///< +
constexpr std::uint32_t angle = 1 << 5;    ///< < >
constexpr std::uint32_t slash = 1 << 6;    ///< /
constexpr std::uint32_t dots = 1 << 7;     ///< ... or …
constexpr std::uint32_t sign = 1 << 8;     ///< № §
constexpr std::uint32_t percent = 1 << 9;  ///< % ‰
constexpr std::uint32_t dot = 1 << 10;     ///< a single .
}  // namespace need

/// The `need::` bits present among `tokens`.
std::uint32_t present_kinds(const std::vector<Token>& tokens) noexcept;

struct Rule {
    std::string_view id;  ///< `group/name`, also the path of its source and test files
    std::string_view title_ru;
    std::string_view title_en;
    bool on_by_default;
    void (*apply)(Context&);
    const Example* examples;
    std::size_t example_count;
    std::uint32_t needs = 0;  ///< `need::` bits; 0 runs on every paragraph
    /// Optional: separates what the rule reads as two words written together (`12мм`). It runs
    /// before every rule's pass, so that each rule sees on the first run the gaps a second run
    /// would see.
    void (*separate)(Context&) = nullptr;
};

/// Every rule in application order (the registry, rules/registry.cpp).
const Rule* const* all_rules(std::size_t& count) noexcept;

/// The rule with this id, or null.
const Rule* find_rule(std::string_view id) noexcept;

}  // namespace verstka::detail::typo

#endif
