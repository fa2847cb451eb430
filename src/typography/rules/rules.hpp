// Every rule object and its examples, declared once; defined in rules/<group>/<name>.cpp.
#ifndef VERSTKA_TYPOGRAPHY_RULES_RULES_HPP
#define VERSTKA_TYPOGRAPHY_RULES_RULES_HPP

#include "typography/rule.hpp"

namespace verstka::detail::typo {

extern const Rule rule_space_collapse;
extern const Rule rule_number_unit_power;
extern const Rule rule_dash_compound;
extern const Rule rule_space_before_punctuation;
extern const Rule rule_space_after_punctuation;
extern const Rule rule_space_before_bracket;
extern const Rule rule_punctuation_ellipsis;
extern const Rule rule_punctuation_question_exclamation;
extern const Rule rule_symbols_comparison;
extern const Rule rule_symbols_copyright;
extern const Rule rule_symbols_plus_minus;
extern const Rule rule_symbols_arrows;
extern const Rule rule_symbols_fractions;
extern const Rule rule_symbols_multiplication;
extern const Rule rule_quotes_apostrophe;
extern const Rule rule_number_prime;
extern const Rule rule_quotes_pairs;
extern const Rule rule_number_ordinal;
extern const Rule rule_dash_range;
extern const Rule rule_dash_em;
extern const Rule rule_dash_dialogue;
extern const Rule rule_number_minus;
extern const Rule rule_number_percent;
extern const Rule rule_number_grouping;
extern const Rule rule_nbsp_phone;
extern const Rule rule_nbsp_numero;
extern const Rule rule_nbsp_initials;
extern const Rule rule_nbsp_abbreviation;
extern const Rule rule_nbsp_company;
extern const Rule rule_nbsp_number_unit;
extern const Rule rule_nbsp_number_month;
extern const Rule rule_nbsp_age_mark;
extern const Rule rule_nbsp_short_word;
extern const Rule rule_nbsp_particle;
extern const Rule rule_nbsp_sentence_end;

/// Each rule's examples, defined beside it (rules/examples.cpp lists them).
extern const RuleExamples examples_dash_compound;
extern const RuleExamples examples_dash_dialogue;
extern const RuleExamples examples_dash_em;
extern const RuleExamples examples_dash_range;
extern const RuleExamples examples_nbsp_abbreviation;
extern const RuleExamples examples_nbsp_age_mark;
extern const RuleExamples examples_nbsp_company;
extern const RuleExamples examples_nbsp_initials;
extern const RuleExamples examples_nbsp_number_month;
extern const RuleExamples examples_nbsp_number_unit;
extern const RuleExamples examples_nbsp_numero;
extern const RuleExamples examples_nbsp_particle;
extern const RuleExamples examples_nbsp_phone;
extern const RuleExamples examples_nbsp_sentence_end;
extern const RuleExamples examples_nbsp_short_word;
extern const RuleExamples examples_number_grouping;
extern const RuleExamples examples_number_minus;
extern const RuleExamples examples_number_ordinal;
extern const RuleExamples examples_number_percent;
extern const RuleExamples examples_number_prime;
extern const RuleExamples examples_number_unit_power;
extern const RuleExamples examples_punctuation_ellipsis;
extern const RuleExamples examples_punctuation_question_exclamation;
extern const RuleExamples examples_quotes_apostrophe;
extern const RuleExamples examples_quotes_pairs;
extern const RuleExamples examples_space_after_punctuation;
extern const RuleExamples examples_space_before_bracket;
extern const RuleExamples examples_space_before_punctuation;
extern const RuleExamples examples_space_collapse;
extern const RuleExamples examples_symbols_arrows;
extern const RuleExamples examples_symbols_comparison;
extern const RuleExamples examples_symbols_copyright;
extern const RuleExamples examples_symbols_fractions;
extern const RuleExamples examples_symbols_multiplication;
extern const RuleExamples examples_symbols_plus_minus;

}  // namespace verstka::detail::typo

#endif
