// Dates written the Russian way: «13 сентября 2024, 10:00».
#ifndef VERSTKA_ARTICLE_RUSSIAN_DATE_HPP
#define VERSTKA_ARTICLE_RUSSIAN_DATE_HPP

#include <string>

#include "article/article.hpp"

namespace verstka::detail {

/// Month name in the genitive case as used after a day number: 9 → "сентября".
/// Empty for a month outside 1..12.
const char* russian_month_genitive(int month) noexcept;

/// "13 сентября 2024" or, with `with_time`, "13 сентября 2024, 10:00": no leading zero on the
/// day, HH:MM in the author's own offset (never converted to another zone).
std::string format_date_ru(const DateTime& date, bool with_time);

/// Canonical ISO 8601 form: "2024-09-13T10:00:00+03:00" ("Z" for a zero offset).
std::string iso_date(const DateTime& date);

}  // namespace verstka::detail

#endif
