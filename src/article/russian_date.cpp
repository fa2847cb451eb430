#include "article/russian_date.hpp"

#include <cstdio>
#include <cstdlib>

namespace verstka::detail {

const char* russian_month_genitive(int month) noexcept {
    static constexpr const char* names[] = {
        "января", "февраля", "марта",    "апреля",  "мая",    "июня",
        "июля",   "августа", "сентября", "октября", "ноября", "декабря",
    };
    if (month < 1 || month > 12) return "";
    return names[month - 1];
}

std::string format_date_ru(const DateTime& date, bool with_time) {
    std::string out = std::to_string(date.day);
    out += ' ';
    out += russian_month_genitive(date.month);
    out += ' ';
    out += std::to_string(date.year);
    if (with_time) {
        char buf[16];
        std::snprintf(buf, sizeof buf, ", %02d:%02d", date.hour % 100, date.minute % 100);
        out += buf;
    }
    return out;
}

std::string iso_date(const DateTime& date) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", date.year % 10000, date.month % 100,
                  date.day % 100, date.hour % 100, date.minute % 100, date.second % 100);
    std::string out = buf;
    if (date.offset_minutes == 0) {
        out += 'Z';
    } else {
        const int m = std::abs(date.offset_minutes) % (24 * 60);
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", date.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
        out += buf;
    }
    return out;
}

}  // namespace verstka::detail
