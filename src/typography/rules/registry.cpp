// The registry: every rule, listed explicitly in the order the engine applies them.
// Normalise spaces and punctuation first, then symbols, quotes, numbers and dashes,
// and bind with no-break spaces last, when every sign is in its final form.
#include <iterator>

#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

constexpr const Rule* kRules[] = {
    &rule_space_collapse,
    &rule_space_before_punctuation,
    &rule_punctuation_ellipsis,
    &rule_punctuation_question_exclamation,
    &rule_symbols_copyright,
    &rule_symbols_plus_minus,
    &rule_symbols_arrows,
    &rule_symbols_comparison,
    &rule_symbols_fractions,
    &rule_symbols_multiplication,
    &rule_quotes_apostrophe,
    &rule_number_prime,
    &rule_quotes_pairs,
    &rule_space_after_punctuation,
    // Compounds are read between words whose spaces after punctuation are in place.
    &rule_dash_compound,
    &rule_space_before_bracket,
    &rule_number_ordinal,
    &rule_number_unit_power,
    // Percent signs stand glued to their numbers where ranges are read: `5 %-10 %` is `5%-10%`.
    &rule_number_percent,
    &rule_dash_range,
    &rule_dash_em,
    &rule_dash_dialogue,
    &rule_number_minus,
    &rule_number_grouping,
    &rule_nbsp_phone,
    &rule_nbsp_numero,
    &rule_nbsp_number_unit,
    &rule_nbsp_initials,
    &rule_nbsp_abbreviation,
    &rule_nbsp_company,
    &rule_nbsp_number_month,
    &rule_nbsp_age_mark,
    &rule_nbsp_short_word,
    &rule_nbsp_particle,
    &rule_nbsp_sentence_end,
};

}  // namespace

const Rule* const* all_rules(std::size_t& count) noexcept {
    count = std::size(kRules);
    return kRules;
}

const Rule* find_rule(std::string_view id) noexcept {
    for (const Rule* rule : kRules) {
        if (rule->id == id) return rule;
    }
    return nullptr;
}

}  // namespace verstka::detail::typo
