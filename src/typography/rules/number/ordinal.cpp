// «5-ый» → «5-й», «2-ого» → «2-го»: short ordinal endings after digits.
#include "common/utf8.hpp"
#include "typography/rules/helpers.hpp"
#include "typography/rules/rules.hpp"

namespace verstka::detail::typo {

namespace {

// At a number: the ending glued after its hyphen.
bool rewrite(Context& c, std::size_t i) {
    if (c.t[i].flags & kPhone) return false;
    const std::size_t d = c.after(i);
    if (!c.is_text(d, "-")) return false;
    const std::size_t w = c.after(d);
    if (!c.is_word(w) || !word_ends(c, w)) return false;
    const std::string_view short_form = short_ordinal_ending(c.t[w].text);
    if (short_form.empty()) return false;
    // The ending as it tokenizes: its own first letter, letter count and word lists.
    std::size_t first = 0;
    c.t[w].text = short_form;
    c.t[w].cp = utf8::decode(short_form, first);
    c.t[w].chars = static_cast<std::uint32_t>(short_form.size() / 2);
    c.t[w].lex = classify(short_form);
    return true;
}

constexpr GlyphRow kGlyphs[] = {{Kind::number, 0, rewrite}};

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
                               nullptr,
                               need::number | need::dash,
                               nullptr,
                               nullptr,
                               0,
                               kGlyphs,
                               std::size(kGlyphs)};
const RuleExamples examples_number_ordinal{"number/ordinal", kExamples, std::size(kExamples)};

}  // namespace verstka::detail::typo
