#include "article/date_time.hpp"

#include <cstddef>

namespace verstka::detail {

namespace {

// Reads exactly `count` ASCII digits at `text[pos]`.
bool read_digits(std::string_view text, std::size_t& pos, int count, int& value) noexcept {
    if (pos + static_cast<std::size_t>(count) > text.size()) return false;
    int v = 0;
    for (int k = 0; k < count; ++k) {
        const char c = text[pos + static_cast<std::size_t>(k)];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += static_cast<std::size_t>(count);
    value = v;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) noexcept {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

}  // namespace

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) noexcept {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return days[month - 1];
}

std::optional<DateTime> parse_date_time(std::string_view text) {
    DateTime dt;
    std::size_t pos = 0;
    if (!read_digits(text, pos, 4, dt.year) || !expect(text, pos, '-') ||
        !read_digits(text, pos, 2, dt.month) || !expect(text, pos, '-') ||
        !read_digits(text, pos, 2, dt.day) || !expect(text, pos, 'T') ||
        !read_digits(text, pos, 2, dt.hour) || !expect(text, pos, ':') ||
        !read_digits(text, pos, 2, dt.minute)) {
        return std::nullopt;
    }
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!read_digits(text, pos, 2, dt.second)) return std::nullopt;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            std::size_t digits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos, ++digits;
            if (digits == 0 || digits > 9) return std::nullopt;
        }
    }
    if (pos >= text.size()) return std::nullopt;  // the offset is required
    if (text[pos] == 'Z') {
        ++pos;
        dt.offset_minutes = 0;
    } else if (text[pos] == '+' || text[pos] == '-') {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!read_digits(text, pos, 2, oh) || !expect(text, pos, ':') || !read_digits(text, pos, 2, om) ||
            oh > 23 || om > 59) {
            return std::nullopt;
        }
        dt.offset_minutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    if (pos != text.size()) return std::nullopt;
    if (dt.year < 1 || dt.month < 1 || dt.month > 12 || dt.day < 1 ||
        dt.day > days_in_month(dt.year, dt.month) || dt.hour > 23 || dt.minute > 59 || dt.second > 59) {
        return std::nullopt;
    }
    dt.iso = std::string(text);
    return dt;
}

}  // namespace verstka::detail
