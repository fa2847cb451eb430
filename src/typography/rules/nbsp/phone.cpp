// «8 (343) 222-33-44» → «8⍽(343)⍽222-33-44»: the author's grouping kept, never broken.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// The spaces of a phone number carry `kPhone` from the analysis of the paragraph (phone.hpp).
bool binds(const Context& c, const Gap& g) { return (c.t[g.space].flags & kPhone) != 0; }

// Phone numbers are made of numbers, brackets and hyphens only (phone.hpp).
constexpr std::uint16_t kPhonePart = kind_bit(Kind::number) | kind_bit(Kind::punct) | kind_bit(Kind::dash);
constexpr GapRow kGaps[] = {{{kPhonePart}, {kPhonePart}, binds}};

constexpr Example kExamples[] = {
    {"звоните 8 (343) 222-33-44", "звоните 8⍽(343)⍽222-33-44"},
    {"+7 999 123 45 67", "+7⍽999⍽123⍽45⍽67"},
    {"в 2019 2020 2021 годах", "в 2019 2020 2021 годах"},
};

}  // namespace

const Rule rule_nbsp_phone{"nbsp/phone",
                           "Неразрывные пробелы внутри телефонного номера",
                           "No-break spaces inside a phone number",
                           true,
                           nullptr,
                           need::number,
                           nullptr,
                           kGaps,
                           std::size(kGaps)};
const RuleExamples examples_nbsp_phone{"nbsp/phone", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
