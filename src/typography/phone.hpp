// Finds phone numbers among the tokens so that no rule regroups or re-dashes them.
#ifndef VERSTKA_TYPOGRAPHY_PHONE_HPP
#define VERSTKA_TYPOGRAPHY_PHONE_HPP

#include "typography/context.hpp"

namespace verstka::detail::typo {

/// Sets `kPhone` on every token (numbers, separators, spaces) of a phone number:
/// `8 (343) 222-33-44`, `+7 999 123 45 67`, `8-800-555-35-35`, `+79161234567`, `222-33-44`.
void mark_phones(Context& c);

}  // namespace verstka::detail::typo

#endif
