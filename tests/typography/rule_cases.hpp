// Table-driven rule tests: each case runs the one rule alone, then again on its own output.
#ifndef VERSTKA_TESTS_TYPOGRAPHY_RULE_CASES_HPP
#define VERSTKA_TESTS_TYPOGRAPHY_RULE_CASES_HPP

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "show.hpp"
#include "typography/engine.hpp"

namespace verstka::test {

/// `⍽` in test tables and the corpus stands for NBSP (U+00A0), so tables stay reviewable.
inline std::string nbsp(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const std::string_view marker = "⍽";
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, marker.size(), marker) == 0) {
            out += "\xC2\xA0";
            i += marker.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

/// The inverse of `nbsp()`: NBSP written as `⍽`.
inline std::string marked(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC2\xA0") == 0) {
            out += "⍽";
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

/// Runs the rules selected by `ids` (ids or masks) on one paragraph.
inline std::string run_rules(const std::vector<std::string_view>& ids, std::string_view text,
                             const TypographOptions& options = {}) {
    const detail::typo::Engine engine(options, ids);
    detail::typo::Paragraph paragraph;
    engine.process({{text, detail::typo::Piece::Type::text}}, paragraph, true, nullptr);
    std::string out;
    for (const detail::typo::Token& t : paragraph.tokens) out += t.text;
    return out;
}

struct RuleCase {
    std::string_view input;
    std::string_view expected;
};

/// Checks every case with only rule `id` enabled, and that a second run changes nothing.
inline void check_rule(std::string_view id, std::initializer_list<RuleCase> cases) {
    CHECK_MESSAGE(cases.size() >= 6, "rule ", id, " needs at least 6 cases");
    for (const RuleCase& c : cases) {
        const std::string input = nbsp(c.input);
        const std::string expected = nbsp(c.expected);
        const std::string once = run_rules({id}, input);
        CHECK_MESSAGE(once == expected, id, ": ", show(input), " → ", show(once), ", expected ",
                      show(expected));
        const std::string twice = run_rules({id}, once);
        CHECK_MESSAGE(twice == once, id, " is not idempotent on ", show(input), ": ", show(once), " → ",
                      show(twice));
    }
}

/// Checks every case typeset by typograph() as an HTML fragment, every default rule on.
inline void check_html(std::initializer_list<RuleCase> cases) {
    TypographOptions html;
    html.mode = TextMode::html;
    for (const RuleCase& c : cases) {
        const std::string input = nbsp(c.input);
        CHECK_MESSAGE(show(typograph(input, html).text) == show(nbsp(c.expected)), show(input));
    }
}

}  // namespace verstka::test

#endif
