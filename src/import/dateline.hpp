// The dateline at the start of a news text: «13 сентября.», «МОСКВА, 2 сентября. /ТАСС/.»,
// «МОСКВА, 2 сен — РИА Новости.», «Москва. 2 сентября. INTERFAX.RU —».
#ifndef VERSTKA_IMPORT_DATELINE_HPP
#define VERSTKA_IMPORT_DATELINE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace verstka::detail {

struct Dateline {
    std::string place;   ///< «Москва» (capitals made a place name); empty when none is written
    int day = 0;         ///< 1..31
    int month = 0;       ///< 1..12
    int year = 0;        ///< 0 when the dateline has none
    std::string source;  ///< the agency: «ТАСС», «РИА Новости»; empty when none is written
    std::size_t length = 0;  ///< bytes of the paragraph the dateline takes
};

/// Reads a dateline at the very start of `paragraph`, or nothing. The day is checked against
/// the month (31 at most, 30 for April …), not against the year.
std::optional<Dateline> read_dateline(std::string_view paragraph);

}  // namespace verstka::detail

#endif
