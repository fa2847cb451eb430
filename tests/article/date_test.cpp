// ISO 8601 date-times with offsets and their Russian rendering.
#include <doctest/doctest.h>

#include <string>

#include "article/date_time.hpp"
#include "article/russian_date.hpp"

using verstka::detail::DateTime;
using verstka::detail::format_date_ru;
using verstka::detail::iso_date;
using verstka::detail::parse_date_time;

TEST_CASE("valid date-times") {
    struct Case {
        const char* text;
        int year, month, day, hour, minute, second, offset;
    };
    const Case cases[] = {
        {"2024-09-13T10:00:00+03:00", 2024, 9, 13, 10, 0, 0, 180},
        {"2024-09-13T10:00+03:00", 2024, 9, 13, 10, 0, 0, 180},
        {"2024-09-13T07:00:00Z", 2024, 9, 13, 7, 0, 0, 0},
        {"2024-09-13T07:00Z", 2024, 9, 13, 7, 0, 0, 0},
        {"2024-09-13T07:00:05.123Z", 2024, 9, 13, 7, 0, 5, 0},
        {"2024-09-13T07:00:05.123456789-00:00", 2024, 9, 13, 7, 0, 5, 0},
        {"2024-01-31T23:59:59-05:30", 2024, 1, 31, 23, 59, 59, -330},
        {"2024-02-29T00:00:00+14:00", 2024, 2, 29, 0, 0, 0, 840},
        {"2000-02-29T12:00:00+00:00", 2000, 2, 29, 12, 0, 0, 0},
        {"1996-02-29T12:00Z", 1996, 2, 29, 12, 0, 0, 0},
        {"2023-12-31T23:59:59+23:59", 2023, 12, 31, 23, 59, 59, 1439},
        {"0001-01-01T00:00Z", 1, 1, 1, 0, 0, 0, 0},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const auto dt = parse_date_time(c.text);
        REQUIRE(dt.has_value());
        CHECK(dt->year == c.year);
        CHECK(dt->month == c.month);
        CHECK(dt->day == c.day);
        CHECK(dt->hour == c.hour);
        CHECK(dt->minute == c.minute);
        CHECK(dt->second == c.second);
        CHECK(dt->offset_minutes == c.offset);
        CHECK(dt->iso == c.text);
    }
}

TEST_CASE("invalid date-times") {
    const char* const cases[] = {
        "",
        "2024-09-13",                       // no time
        "2024-09-13T10:00:00",              // no offset
        "2024-09-13 10:00:00+03:00",        // space instead of T
        "2024-09-13t10:00:00+03:00",        // lowercase t
        "2024-09-13T10:00:00z",             // lowercase z
        "2024-09-13T10:00:00+03",           // offset without minutes
        "2024-09-13T10:00:00+0300",         // offset without colon
        "2024-09-13T10:00:00+24:00",        // offset hour out of range
        "2024-09-13T10:00:00+03:60",        // offset minute out of range
        "2024-9-13T10:00:00+03:00",         // one-digit month
        "24-09-13T10:00:00+03:00",          // two-digit year
        "0000-01-01T00:00Z",                // year zero
        "2024-00-10T10:00Z",                // month 0
        "2024-13-10T10:00Z",                // month 13
        "2024-09-00T10:00Z",                // day 0
        "2024-04-31T10:00Z",                // April has 30 days
        "2023-02-29T10:00Z",                // not a leap year
        "1900-02-29T10:00Z",                // century, not a leap year
        "2024-02-30T10:00Z",                // February never has 30 days
        "2024-09-13T24:00:00Z",             // 24:00 is rejected
        "2024-09-13T10:60Z",                // minute 60
        "2024-09-13T23:59:60Z",             // no leap seconds
        "2024-09-13T10:00.5Z",              // fraction without seconds
        "2024-09-13T10:00:00.Z",            // empty fraction
        "2024-09-13T10:00:00.1234567890Z",  // more than 9 fraction digits
        "2024-09-13T10:00:00+03:00 ",       // trailing space
        " 2024-09-13T10:00:00+03:00",       // leading space
        "2024-09-13T10:00:00Z+03:00",       // two offsets
        "２０２４-09-13T10:00Z",            // full-width digits
    };
    for (const char* text : cases) {
        CAPTURE(text);
        CHECK_FALSE(parse_date_time(text).has_value());
    }
}

TEST_CASE("leap years") {
    CHECK(verstka::detail::is_leap_year(2024));
    CHECK(verstka::detail::is_leap_year(2000));
    CHECK_FALSE(verstka::detail::is_leap_year(1900));
    CHECK_FALSE(verstka::detail::is_leap_year(2023));
    CHECK(verstka::detail::days_in_month(2024, 2) == 29);
    CHECK(verstka::detail::days_in_month(2023, 2) == 28);
    CHECK(verstka::detail::days_in_month(2023, 11) == 30);
    CHECK(verstka::detail::days_in_month(2023, 12) == 31);
}

TEST_CASE("Russian dates use genitive month names for all twelve months") {
    const char* const expected[] = {
        "1 января 2024, 09:05",   "1 февраля 2024, 09:05", "1 марта 2024, 09:05",  "1 апреля 2024, 09:05",
        "1 мая 2024, 09:05",      "1 июня 2024, 09:05",    "1 июля 2024, 09:05",   "1 августа 2024, 09:05",
        "1 сентября 2024, 09:05", "1 октября 2024, 09:05", "1 ноября 2024, 09:05", "1 декабря 2024, 09:05",
    };
    for (int month = 1; month <= 12; ++month) {
        CAPTURE(month);
        DateTime dt;
        dt.year = 2024;
        dt.month = month;
        dt.day = 1;
        dt.hour = 9;
        dt.minute = 5;
        CHECK(format_date_ru(dt, true) == expected[month - 1]);
    }
}

TEST_CASE("Russian dates are written in the author's own offset") {
    const auto dt = parse_date_time("2024-09-13T10:00:00+03:00");
    REQUIRE(dt.has_value());
    CHECK(format_date_ru(*dt, true) == "13 сентября 2024, 10:00");
    CHECK(format_date_ru(*dt, false) == "13 сентября 2024");
    // Late evening in Moscow stays on its own calendar day, not UTC's.
    const auto late = parse_date_time("2024-12-31T23:30-05:00");
    REQUIRE(late.has_value());
    CHECK(format_date_ru(*late, true) == "31 декабря 2024, 23:30");
}

TEST_CASE("canonical ISO form") {
    const auto a = parse_date_time("2024-09-13T10:00+03:00");
    REQUIRE(a.has_value());
    CHECK(iso_date(*a) == "2024-09-13T10:00:00+03:00");
    const auto b = parse_date_time("2024-09-13T07:00:05.5+00:00");
    REQUIRE(b.has_value());
    CHECK(iso_date(*b) == "2024-09-13T07:00:05Z");
    const auto c = parse_date_time("2024-09-13T07:00-09:30");
    REQUIRE(c.has_value());
    CHECK(iso_date(*c) == "2024-09-13T07:00:00-09:30");
}
