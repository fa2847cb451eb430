// Decides once per paragraph, before the rules, which quote tokens open, close or are no
// quotation marks (apostrophes, inch marks, stray runs), and pairs them with a stack. The
// engine keeps the result beside the tokens (Context::quotes() and the `kQuote*` token flags):
// every rule and the diagnostics read it, none decides a quote's role again.
#ifndef VERSTKA_TYPOGRAPHY_QUOTE_ANALYSIS_HPP
#define VERSTKA_TYPOGRAPHY_QUOTE_ANALYSIS_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "typography/context.hpp"

namespace verstka::detail::typo {

/// Quote marks of the paragraph in order. Direction comes from the neighbours (a quote after
/// a space and before a word opens), so one missing quote does not flip all later ones;
/// a closing quote pops whatever is open, and what is still open at the end stays unmatched.
/// Apostrophes, inch marks and quotes with spaces on both sides are not marks. Each mark's
/// token gets `kQuoteOpen` or `kQuoteClose` (and `kQuotePaired` when it has a partner).
void analyze_quotes(Context& c, QuoteMarks& out);

/// Sets `index` of every mark to the current position of its token (tokens move when rules
/// insert or erase), or `npos` when that token is no longer a quote. `quote_tokens` are the
/// positions of the quote tokens (KindIndex): one pass over them.
void locate_quotes(const std::vector<Token>& tokens, Positions quote_tokens, QuoteMarks& marks);

}  // namespace verstka::detail::typo

#endif
