// «5-ый» → «5-й», «2-ого» → «2-го»: short ordinal endings after digits.
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

void apply(Context& c) {
    for (const std::size_t i : c.positions(Kind::number)) {
        if (!c.is_number(i) || (c.t[i].flags & kPhone)) continue;
        const std::size_t d = c.next(i);
        if (d != i + 1 || !c.is_text(d, "-")) continue;
        const std::size_t w = c.next(d);
        if (w != d + 1 || !c.is_word(w) || !word_ends(c, w)) continue;
        const std::string_view short_form = short_ordinal_ending(c.t[w].text);
        if (short_form.empty()) continue;
        c.t[w].text = short_form;
        c.t[w].chars = static_cast<std::uint32_t>(short_form.size() / 2);
        c.t[w].lex = classify(short_form);
    }
}

constexpr Example kExamples[] = {
    {"5-ый этаж", "5-й этаж"},
    {"до 2-ого октября", "до 2-го октября"},
    {"5-летний юбилей", "5-летний юбилей"},
};

}  // namespace

const Rule rule_number_ordinal{"number/ordinal",
                               "Короткие окончания порядковых числительных",
                               "Short ordinal endings after digits",
                               true,
                               apply,
                               kExamples,
                               std::size(kExamples),
                               need::number | need::dash};

}  // namespace verstka::detail::typo
