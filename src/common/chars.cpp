#include "common/chars.hpp"

#include <iterator>

#include "common/utf8.hpp"

namespace verstka::detail::chars {

namespace {

// Sorted by code point (checked by tests/common/chars.cpp), so lookups are binary searches.
constexpr Named kTable[] = {
    nbsp,
    pound,
    yen,
    section,
    copyright,
    laquo,
    soft_hyphen,
    registered,
    degree,
    plus_minus,
    superscript_two,
    superscript_three,
    pilcrow,
    middle_dot,
    raquo,
    one_quarter,
    one_half,
    three_quarters,
    times,
    en_space,
    em_space,
    thin_space,
    hyphen,
    figure_dash,
    en_dash,
    em_dash,
    horizontal_bar,
    lsquo,
    rsquo,
    sbquo,
    ldquo,
    rdquo,
    bdquo,
    bullet,
    hellip,
    narrow_nbsp,
    per_mille,
    prime,
    double_prime,
    euro,
    ruble,
    numero,
    trade_mark,
    left_arrow,
    right_arrow,
    left_right_arrow,
    minus,
    not_equal,
    less_equal,
    greater_equal,
};

}  // namespace

const Named* entity_table(std::size_t& count) noexcept {
    count = std::size(kTable);
    return kTable;
}

const Named* by_code_point(char32_t cp) noexcept {
    std::size_t lo = 0;
    std::size_t hi = std::size(kTable);
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (kTable[mid].cp < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < std::size(kTable) && kTable[lo].cp == cp ? &kTable[lo] : nullptr;
}

const Named* by_entity(std::string_view name) noexcept {
    for (const Named& named : kTable) {
        if (named.entity == name) return &named;
    }
    return nullptr;
}

void append_with_entities(std::string& out, std::string_view utf8) {
    std::size_t plain = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0xC2) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        const Named* named = by_code_point(utf8::decode(utf8, i));
        if (named == nullptr) continue;
        out.append(utf8, plain, start - plain);
        out += '&';
        out += named->entity;
        out += ';';
        plain = i;
    }
    out.append(utf8, plain, utf8.size() - plain);
}

}  // namespace verstka::detail::chars
