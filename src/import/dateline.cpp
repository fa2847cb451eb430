// A dateline is read left to right, each part optional where agencies leave it out:
//   [PLACE (","|".")] DAY MONTH [YEAR] ("." [AGENCY] | "—" AGENCY ".")
// where AGENCY is «/ТАСС/.», «(ТАСС).», «INTERFAX.RU —» after the dot, or «— РИА Новости.».
#include "import/dateline.hpp"

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "import/text_case.hpp"
#include "import/text_lexicon.hpp"

namespace verstka::detail {

namespace {

constexpr std::size_t kMaxPlaceBytes = 80;  // «САНКТ-ПЕТЕРБУРГ», «ЮЖНО-САХАЛИНСК» fit
constexpr std::size_t kMaxAgencyBytes = 60;  // «РИА Новости», «Интерфакс-Юг»

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    std::size_t pos() const noexcept { return pos_; }
    void seek(std::size_t pos) noexcept { pos_ = pos; }
    bool done() const noexcept { return pos_ >= text_.size(); }
    std::string_view text() const noexcept { return text_; }

    char32_t peek() const noexcept {
        std::size_t i = pos_;
        return done() ? 0 : utf8::decode(text_, i);
    }
    char32_t next() noexcept { return done() ? 0 : utf8::decode(text_, pos_); }

    bool skip_spaces() noexcept {
        const std::size_t start = pos_;
        while (!done() && chars::is_space_like(peek())) next();
        return pos_ > start;
    }
    bool accept(char32_t c) noexcept {
        if (peek() != c) return false;
        next();
        return true;
    }
    /// A dash of any kind between spaces: « — », « - », « – ».
    bool accept_spaced_dash() noexcept {
        const std::size_t start = pos_;
        skip_spaces();
        if (chars::is_dash_like(peek())) {
            next();
            if (skip_spaces()) return true;
        }
        pos_ = start;
        return false;
    }
    /// 1–4 ASCII digits; -1 when there are none.
    int number(int max_digits) noexcept {
        int value = 0, digits = 0;
        while (digits < max_digits && !done() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + static_cast<int>(next() - '0');
            ++digits;
        }
        if (digits == 0 || (!done() && peek() >= '0' && peek() <= '9')) return -1;
        return value;
    }
    std::string_view word() noexcept {
        const std::size_t start = pos_;
        while (!done() && text_case::is_letter(peek())) next();
        return text_.substr(start, pos_ - start);
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

int max_day(int month) noexcept {
    constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return kDays[month - 1];
}

// Each part (between spaces and hyphens) capitalised, or a particle after the first: «Ростов-на-Дону».
bool is_place_name(std::string_view place) {
    std::size_t i = 0;
    bool first = true;
    int words = 0;
    while (i <= place.size()) {
        std::size_t end = i;
        while (end < place.size() && place[end] != ' ' && place[end] != '-') ++end;
        const std::string_view part = place.substr(i, end - i);
        if (part.empty()) return false;
        if (!text_case::starts_upper(part) &&
            (first || !text_lexicon::is_place_particle(text_case::fold(part)))) {
            return false;
        }
        if (end < place.size() && place[end] == ' ') ++words;
        first = false;
        i = end + 1;
    }
    return words < 4;
}

// PLACE: words of letters, spaces and hyphens, each starting with a capital, up to «,» or «.»
// before the day. The cursor is left after the separator and its spaces.
std::optional<std::string> read_place(Cursor& c) {
    const std::size_t start = c.pos();
    while (!c.done() && c.pos() - start <= kMaxPlaceBytes) {
        const char32_t ch = c.peek();
        if (ch == ',' || ch == '.') break;
        if (!text_case::is_letter(ch) && ch != ' ' && ch != '-') {
            return std::nullopt;
        }
        c.next();
    }
    const std::string_view place = c.text().substr(start, c.pos() - start);
    if (place.empty() || c.done() || !is_place_name(place)) return std::nullopt;
    c.next();  // the separator
    if (!c.skip_spaces()) return std::nullopt;
    return text_case::is_all_caps(place) ? text_case::place_name_case(place) : std::string(place);
}

// An agency name after the date: up to `stop` (a «/», «)», «.» …), not too long, capitalised.
std::optional<std::string> read_agency(Cursor& c, char32_t stop) {
    const std::size_t start = c.pos();
    while (!c.done() && c.peek() != stop && c.pos() - start <= kMaxAgencyBytes) c.next();
    if (c.done() && stop != 0) return std::nullopt;
    const std::string_view name = c.text().substr(start, c.pos() - start);
    if (name.empty() || name.size() > kMaxAgencyBytes || !text_case::starts_upper(name)) return std::nullopt;
    return std::string(name);
}

// The part after the date's dot: « /ТАСС/.», « (ТАСС).», « INTERFAX.RU —» or nothing.
void read_agency_after_dot(Cursor& c, Dateline& d) {
    const std::size_t start = c.pos();
    c.skip_spaces();
    const char32_t open = c.peek();
    if (open == '/' || open == '(') {
        c.next();
        const std::optional<std::string> name = read_agency(c, open == '/' ? '/' : ')');
        if (name) {
            c.next();  // the closing mark
            c.accept('.');
            d.source = *name;
            d.length = c.pos();
            return;
        }
    } else if (text_case::is_upper(open)) {
        // «INTERFAX.RU —»: one word of capitals (dots allowed), then a spaced dash.
        const std::size_t word_start = c.pos();
        while (!c.done() && !chars::is_space_like(c.peek())) c.next();
        const std::string_view word = c.text().substr(word_start, c.pos() - word_start);
        if (text_case::is_all_caps(word) && word.size() <= kMaxAgencyBytes && c.accept_spaced_dash()) {
            d.source = std::string(word);
            d.length = c.pos();
            return;
        }
    }
    c.seek(start);
}

}  // namespace

std::optional<Dateline> read_dateline(std::string_view paragraph) {
    Cursor c(paragraph);
    Dateline d;
    if (!(c.peek() >= '0' && c.peek() <= '9')) {
        std::optional<std::string> place = read_place(c);
        if (!place) return std::nullopt;
        d.place = std::move(*place);
    }
    d.day = c.number(2);
    if (d.day < 1 || !c.skip_spaces()) return std::nullopt;
    d.month = text_lexicon::month_number(text_case::fold(c.word()));
    if (d.month == 0 || d.day > max_day(d.month)) return std::nullopt;
    const bool abbreviation_dot = c.peek() == '.';
    // «2 сентября 2024» / «2 сент. 2024»: a year after the month.
    const std::size_t after_month = c.pos();
    if (abbreviation_dot) c.next();
    if (c.skip_spaces()) {
        const int year = c.number(4);
        if (year >= 1000) {
            d.year = year;
        } else {
            c.seek(after_month);
        }
    } else {
        c.seek(after_month);
    }
    if (c.accept('.')) {
        d.length = c.pos();
        read_agency_after_dot(c, d);
        return d;
    }
    // «МОСКВА, 2 сен — РИА Новости.»
    if (c.accept_spaced_dash()) {
        std::optional<std::string> agency = read_agency(c, '.');
        if (!agency || !c.accept('.')) return std::nullopt;
        d.source = std::move(*agency);
        d.length = c.pos();
        return d;
    }
    return std::nullopt;
}

}  // namespace verstka::detail
