// ISO 8601 date-times with an explicit offset, as article format v1 writes them.
#ifndef VERSTKA_ARTICLE_DATE_TIME_HPP
#define VERSTKA_ARTICLE_DATE_TIME_HPP

#include <optional>
#include <string_view>

#include "article/article.hpp"

namespace verstka::detail {

/// Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|+HH:MM|-HH:MM)`, checking real calendar values
/// (month lengths, leap years; hour 00..23, so 24:00 is rejected; no leap seconds).
/// Fractions (1–9 digits) are accepted and ignored. `iso` keeps the text as written.
std::optional<DateTime> parse_date_time(std::string_view text);

/// True for Gregorian leap years.
bool is_leap_year(int year) noexcept;

/// Days in `month` (1..12) of `year`.
int days_in_month(int year, int month) noexcept;

}  // namespace verstka::detail

#endif
