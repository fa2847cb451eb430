// Splits paragraph text into tokens: words with script, numbers, spaces, punctuation, quotes,
// dashes and protected spans (URLs with or without scheme, domains, e-mails, file paths).
#ifndef VERSTKA_TYPOGRAPHY_TOKENIZER_HPP
#define VERSTKA_TYPOGRAPHY_TOKENIZER_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "typography/token.hpp"

namespace verstka::detail::typo {

/// Tokenizes `text` (valid UTF-8), appending to `out`. `prev` is the last code point before
/// `text` in the paragraph (0 at its start) and is updated, so runs tokenize as one text.
/// The `need::` bits (rule.hpp) of the tokens made are added to `needs`.
void tokenize(std::string_view text, std::uint32_t run, std::uint32_t base_offset, char32_t& prev,
              std::vector<Token>& out, std::uint32_t& needs);

/// The `need::` bits (rule.hpp) one token brings to its paragraph.
std::uint32_t needs_of(const Token& token) noexcept;

/// `tokens[dot]` is a single `.` after a one-letter capitalised word, with only spaces
/// between: the pair whose presence `need::initial` records.
bool ends_initial(const std::vector<Token>& tokens, std::size_t dot) noexcept;

/// Length of the protected span (URL, domain, e-mail, path) starting at `text[i]`, or 0.
std::size_t match_protected(std::string_view text, std::size_t i);

}  // namespace verstka::detail::typo

#endif
