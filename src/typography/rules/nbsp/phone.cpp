// «8 (343) 222-33-44» → «8⍽(343)⍽222-33-44»: the author's grouping kept, never broken.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::space)) {
        if (c.is_space(i) && (c.t[i].flags & kPhone)) c.set_nbsp(i);
    }
}

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
                           apply,
                           kExamples,
                           std::size(kExamples),
                           need::number};

}  // namespace verstka::detail::typo
