// Decides which quote tokens open, close or are apostrophes, and pairs them with a stack.
// Shared by the quotes/pairs rule (to rewrite) and the diagnostics (to report imbalance).
#ifndef VERSTKA_TYPOGRAPHY_QUOTE_ANALYSIS_HPP
#define VERSTKA_TYPOGRAPHY_QUOTE_ANALYSIS_HPP

#include <cstddef>
#include <vector>

#include "typography/context.hpp"

namespace verstka::detail::typo {

struct QuoteMark {
    std::size_t index = 0;       ///< token index
    bool open = false;           ///< opening (else closing)
    std::size_t partner = npos;  ///< index into the marks of the other half, npos if unmatched
    std::size_t parent = npos;   ///< index into the marks of the enclosing opening quote
    int depth = 0;               ///< nesting depth of the pair, 0 = outermost
};

/// Quote marks of the paragraph in order. Direction comes from the neighbours (a quote after
/// a space and before a word opens), so one missing quote does not flip all later ones;
/// a closing quote pops whatever is open, and what is still open at the end stays unmatched.
/// Apostrophes, inch marks and quotes with spaces on both sides are not marks.
void analyze_quotes(const Context& c, std::vector<QuoteMark>& marks);

}  // namespace verstka::detail::typo

#endif
