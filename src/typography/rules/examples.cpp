// The rules' examples by rule, for docs/typography-rules.md and the tests. Apart from the
// registry: a program that never asks for them (the wasm module) links none of their text.
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

constexpr const RuleExamples* kAllExamples[] = {
    &examples_space_collapse,
    &examples_space_before_punctuation,
    &examples_punctuation_ellipsis,
    &examples_punctuation_question_exclamation,
    &examples_symbols_copyright,
    &examples_symbols_plus_minus,
    &examples_symbols_arrows,
    &examples_symbols_comparison,
    &examples_symbols_fractions,
    &examples_symbols_multiplication,
    &examples_quotes_apostrophe,
    &examples_number_prime,
    &examples_quotes_pairs,
    &examples_space_after_punctuation,
    &examples_dash_compound,
    &examples_space_before_bracket,
    &examples_number_ordinal,
    &examples_number_unit_power,
    &examples_number_percent,
    &examples_dash_range,
    &examples_dash_em,
    &examples_dash_dialogue,
    &examples_number_minus,
    &examples_number_grouping,
    &examples_nbsp_phone,
    &examples_nbsp_numero,
    &examples_nbsp_number_unit,
    &examples_nbsp_initials,
    &examples_nbsp_abbreviation,
    &examples_nbsp_company,
    &examples_nbsp_number_month,
    &examples_nbsp_age_mark,
    &examples_nbsp_short_word,
    &examples_nbsp_particle,
    &examples_nbsp_sentence_end,
};

}  // namespace

const RuleExamples* rule_examples(std::string_view id) noexcept {
    for (const RuleExamples* examples : kAllExamples) {
        if (examples->id == id) return examples;
    }
    return nullptr;
}

}  // namespace verstka::detail::typo
