// Scraped plain text → article. The text is read as lines, top to bottom:
//   title (the first line) · lead (a short line after it) · photo caption (the title repeated,
//   or a line before the credit) · credit («Фото: …») · body: dateline at the start of the
//   first paragraph, paragraphs, direct speech, lists, dividers · site boilerplate anywhere.
// Every guess is an `import.*` info diagnostic with the line:column of what it read, and
// everything of the text that is not in the article is quoted in an `import.dropped` note.
#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "article/date_time.hpp"
#include "article/parse_article.hpp"
#include "common/chars.hpp"
#include "common/json_pointer.hpp"
#include "common/utf8.hpp"
#include "import/dateline.hpp"
#include "import/direct_speech.hpp"
#include "import/import_meta.hpp"
#include "import/inline_markdown.hpp"
#include "import/text_case.hpp"
#include "import/text_lexicon.hpp"
#include "import/text_lines.hpp"
#include "verstka/import.hpp"
#include "verstka/render.hpp"

namespace verstka {

namespace detail {

namespace {

using text_lexicon::Boilerplate;

constexpr std::size_t kMaxLeadCodePoints = 400;
constexpr std::size_t kMaxCaptionCodePoints = 300;
constexpr std::size_t kMaxCreditCodePoints = 200;
constexpr std::size_t kMaxListItemCodePoints = 300;
constexpr std::size_t kMaxHeadlineCodePoints = 200;
constexpr std::size_t kQuotedCodePoints = 80;  // how much of a line a note quotes
constexpr std::size_t kMaxSourceWords = 5;
/// A news text has a few hundred lines; an article at most 2,000 blocks. The cap keeps a hostile
/// text of millions of short lines from costing memory in proportion.
constexpr std::size_t kMaxLines = 10000;

// What a line is, once the whole text has been looked at.
enum class Role {
    unread,
    title,        ///< the first line
    boilerplate,  ///< a line of site boilerplate (`Line::boilerplate` says which)
    next_title,   ///< the title of the next article, after «Следующая новость»
    headline,     ///< a related article's headline, after «Читайте также»
    age_mark,     ///< «18+» alone
};

// «…» around the start of `text`, cut at kQuotedCodePoints.
std::string quote_of(std::string_view text) {
    std::string out = "«";
    std::size_t n = 0, i = 0;
    while (i < text.size() && n < kQuotedCodePoints) {
        utf8::decode(text, i);
        ++n;
    }
    out.append(text.substr(0, i));
    if (i < text.size()) out.append("…");
    out.append("»");
    return out;
}

char32_t last_code_point(std::string_view text) noexcept {
    if (text.empty()) return 0;
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return utf8::decode(text, start);
}

char32_t first_code_point(std::string_view text) noexcept {
    std::size_t i = 0;
    return text.empty() ? 0 : utf8::decode(text, i);
}

// The code points after the first `n`.
std::string_view skip_code_points(std::string_view text, std::size_t n) noexcept {
    std::size_t i = 0;
    for (std::size_t k = 0; k < n && i < text.size(); ++k) utf8::decode(text, i);
    return text.substr(i);
}

// What follows a phrase at the start of a line: without the spaces, colons, dashes and arrows
// («>>>», «→», «»») around it.
std::string_view rest_after(std::string_view text) noexcept {
    std::string_view rest = trim(text);
    while (!rest.empty()) {
        const char32_t c = first_code_point(rest);
        if (c != ':' && c != '>' && c != 0x2192 && c != 0x00BB && !chars::is_dash_like(c)) break;
        rest = trim(skip_code_points(rest, 1));
    }
    while (!rest.empty()) {
        const char32_t c = last_code_point(rest);
        if (c != '>' && c != 0x2192 && c != 0x00BB && c != ':') break;
        std::size_t start = rest.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(rest[start]) & 0xC0) == 0x80) --start;
        rest = trim(rest.substr(0, start));
    }
    return rest;
}

// The age mark of a line that is nothing else: «18+», «(16+)».
const char* age_mark_of(std::string_view text) noexcept {
    std::string_view t = text;
    if (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = t.substr(1, t.size() - 2);
    for (const char* mark : {"0+", "6+", "12+", "16+", "18+"}) {
        if (t == mark) return mark;
    }
    return nullptr;
}

int age_rank(std::string_view mark) noexcept {
    if (mark == "18+") return 5;
    if (mark == "16+") return 4;
    if (mark == "12+") return 3;
    if (mark == "6+") return 2;
    return mark == "0+" ? 1 : 0;
}

// A divider line: «***», «* * *», «---», «———».
bool is_divider(std::string_view text) noexcept {
    int marks = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::decode(text, i);
        if (c == '*' || c == '-' || c == 0x2014 || c == 0x2013 || c == '_') {
            ++marks;
        } else if (c != ' ') {
            return false;
        }
    }
    return marks >= 3;
}

// A line that is only a web address (share links, «https://t.me/…» after a subscription call).
bool is_bare_url(std::string_view folded) noexcept {
    const bool scheme = folded.substr(0, 7) == "http://" || folded.substr(0, 8) == "https://" ||
                        folded.substr(0, 4) == "www.";
    return scheme && folded.find(' ') == std::string_view::npos;
}

// A list item marker: «• », «- », «— », «1. », «2) ».
struct Marker {
    enum Kind { none, bullet, dash, number } kind = none;
    int value = 0;            ///< for numbers
    std::size_t content = 0;  ///< byte offset of the item's text
};

Marker marker_of(std::string_view text) noexcept {
    Marker m;
    std::size_t i = 0;
    const char32_t c = utf8::decode(text, i);
    if (c == 0x2022 || c == 0x00B7 || c == 0x25CF || c == 0x25AA || c == 0x25E6 || c == 0x2023 || c == '*') {
        m.kind = Marker::bullet;
    } else if (chars::is_dash_like(c)) {
        m.kind = Marker::dash;
    } else if (c >= '0' && c <= '9') {
        int value = static_cast<int>(c - '0');
        int digits = 1;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 3) {
            value = value * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        if (i >= text.size() || (text[i] != '.' && text[i] != ')')) return {};
        ++i;
        m.kind = Marker::number;
        m.value = value;
    } else {
        return {};
    }
    if (i >= text.size() || text[i] != ' ') return {};
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return {};
    m.content = i;
    return m;
}

std::string date_text(int day, int month, int year) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT00:00:00+03:00", year, month, day);
    return buffer;
}

class PlainTextImporter {
public:
    PlainTextImporter(std::vector<TextLine> lines, const ImportMeta& meta, Diagnostics& diagnostics)
        : lines_(std::move(lines)),
          roles_(lines_.size(), Role::unread),
          kinds_(lines_.size()),
          meta_(meta),
          diagnostics_(diagnostics) {}

    Json run() {
        join_broken_lines();
        find_boilerplate();
        find_age_marks();
        read_title();
        std::size_t i = read_header(1);
        read_body(i);
        return build();
    }

private:
    std::vector<TextLine> lines_;
    std::vector<Role> roles_;
    std::vector<Boilerplate> kinds_;
    const ImportMeta& meta_;
    Diagnostics& diagnostics_;

    std::string title_, lead_, caption_, credit_, credit_prefix_;
    std::string age_rating_;
    std::optional<Dateline> dateline_;
    std::string source_;
    Json body_ = Json::array();
    Json links_ = Json::object();
    Json tags_ = Json::array();
    bool first_paragraph_done_ = false;
    const TextLine* dateline_line_ = nullptr;

    void note(Severity severity, const char* code, std::string path, const TextLine* at,
              std::string message) {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.path = std::move(path);
        d.message = std::move(message);
        if (at) {
            d.line = at->line;
            d.column = at->column;
        }
        diagnostics_.push_back(std::move(d));
    }
    void info(const char* code, std::string path, const TextLine& at, std::string message) {
        note(Severity::info, code, std::move(path), &at, std::move(message));
    }
    void dropped(const TextLine& at, const char* why) {
        note(Severity::info, "import.dropped", "", &at,
             std::string("dropped ") + why + ": " + quote_of(at.text));
    }

    // A paragraph broken across lines (hard-wrapped text): the line stops mid-sentence (after a
    // letter or a comma) and the next goes on in lower case. The title line is never joined.
    void join_broken_lines() {
        std::vector<TextLine> joined;
        joined.reserve(lines_.size());
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            TextLine& line = lines_[i];
            if (joined.size() >= 2 && marker_of(line.text).kind == Marker::none &&
                text_case::is_lower(first_code_point(line.text)) &&
                marker_of(joined.back().text).kind == Marker::none) {
                const char32_t last = last_code_point(joined.back().text);
                if (text_case::is_letter(last) || last == ',') {
                    info("import.joined-lines", "", line,
                         "this line goes on with the sentence of the line before: one paragraph");
                    joined.back().text += ' ';
                    joined.back().text += line.text;
                    joined.back().folded += ' ';
                    joined.back().folded += line.folded;
                    ++joined.back().joined;
                    continue;
                }
            }
            joined.push_back(std::move(line));
        }
        lines_ = std::move(joined);
        roles_.assign(lines_.size(), Role::unread);
        kinds_.assign(lines_.size(), Boilerplate::dropped);
    }

    // --- boilerplate, anywhere after the title ------------------------------------------
    void find_boilerplate() {
        for (std::size_t i = 1; i < lines_.size(); ++i) {
            if (roles_[i] != Role::unread) continue;
            const TextLine& line = lines_[i];
            const text_lexicon::BoilerplatePhrase* phrase = text_lexicon::find_boilerplate(line.folded);
            if (phrase == nullptr) continue;
            // «Источник:» and «Теги:» take a colon; «Источник информации сообщает…» is text.
            const std::string_view after = std::string_view(line.folded).substr(phrase->folded.size());
            if ((phrase->kind == Boilerplate::source || phrase->kind == Boilerplate::tags) &&
                (after.empty() || after.front() != ':')) {
                continue;
            }
            roles_[i] = Role::boilerplate;
            kinds_[i] = phrase->kind;
            const bool alone = rest_after(after).empty();
            const bool next_free = i + 1 < lines_.size() && roles_[i + 1] == Role::unread &&
                                   code_point_count(lines_[i + 1].text) <= kMaxHeadlineCodePoints;
            if (!alone || !next_free) continue;
            // A headline after the phrase: the last line, or one without a full stop.
            const bool last = i + 2 == lines_.size();
            if (phrase->kind == Boilerplate::link_next &&
                (last || last_code_point(lines_[i + 1].text) != '.')) {
                roles_[i + 1] = Role::next_title;
            } else if (phrase->kind == Boilerplate::related && last_code_point(lines_[i + 1].text) != '.') {
                roles_[i + 1] = Role::headline;
            }
        }
    }

    void find_age_marks() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (const char* mark = age_mark_of(lines_[i].text)) {
                if (lines_.size() > 1) roles_[i] = Role::age_mark;
                take_age_mark(mark, lines_[i]);
            }
        }
        // Marks inside the text: «(18+)», «16+» between non-alphanumerics.
        for (const TextLine& line : lines_) {
            const std::string& t = line.text;
            for (std::size_t plus = t.find('+'); plus != std::string::npos; plus = t.find('+', plus + 1)) {
                std::size_t start = plus;
                while (start > 0 && t[start - 1] >= '0' && t[start - 1] <= '9') --start;
                if (start == plus || plus - start > 2) continue;
                if (start > 0 &&
                    (text_case::is_letter(static_cast<unsigned char>(t[start - 1])) || t[start - 1] == '+')) {
                    continue;
                }
                const char next = plus + 1 < t.size() ? t[plus + 1] : ' ';
                if ((next >= '0' && next <= '9') || (next >= 'A' && next <= 'z')) continue;
                const std::string_view mark = std::string_view(t).substr(start, plus + 1 - start);
                if (age_rank(mark) > 0 && age_mark_of(t) == nullptr)
                    take_age_mark(std::string(mark).c_str(), line);
            }
        }
    }

    void take_age_mark(const char* mark, const TextLine& at) {
        if (age_rank(mark) <= age_rank(age_rating_)) return;
        age_rating_ = mark;
        info("import.age-rating", "/ageRating", at,
             std::string("ageRating: ") + mark + ", the age mark in the text");
    }

    // --- title and header ------------------------------------------------------------------
    void read_title() {
        std::size_t i = 0;
        while (i + 1 < lines_.size() && roles_[i] == Role::age_mark) ++i;
        roles_[i] = Role::title;
        title_ = lines_[i].text;
        info("import.title", "/title", lines_[i], "title: the first line");
        title_line_ = i;
    }
    std::size_t title_line_ = 0;

    bool is_title_repeat(const TextLine& line) const {
        std::string_view a = line.folded, b = lines_[title_line_].folded;
        if (!a.empty() && a.back() == '.') a.remove_suffix(1);
        if (!b.empty() && b.back() == '.') b.remove_suffix(1);
        return a == b;
    }

    // «Фото: пресс-служба» → prefix «Фото», credit «пресс-служба»; also «Фото ©ТАСС», «Фото РИА».
    bool read_credit(const TextLine& line, std::string& prefix, std::string& credit,
                     bool& copyright_sign) const {
        std::size_t words = 0;
        if (code_point_count(line.text) > kMaxCreditCodePoints) return false;
        if (!text_lexicon::is_credit_start(line.folded, words)) return false;
        const std::string_view rest_full = skip_code_points(line.text, words);
        std::string_view rest = trim(rest_full);
        copyright_sign = false;
        if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
        if (rest.substr(0, 2) == "\xC2\xA9") {  // ©
            rest = trim(rest.substr(2));
            copyright_sign = true;
        }
        if (rest.empty() || (rest_full.size() == rest.size() && !copyright_sign)) return false;
        // «Фото» then a lower-case word is a sentence («Фото сделаны в …») unless a colon came.
        const bool colon = trim(rest_full).substr(0, 1) == ":";
        if (!colon && !copyright_sign && text_case::is_lower(first_code_point(rest)) &&
            code_point_count(rest) > 60) {
            return false;
        }
        prefix = std::string(line.text.substr(0, line.text.size() - rest_full.size()));
        credit = std::string(rest);
        return true;
    }

    std::size_t read_header(std::size_t i) {
        i = next_unread(i);
        // The lead: a short line that is not a caption, a credit or the start of the body.
        if (i < lines_.size() && roles_[i] == Role::unread) {
            const TextLine& line = lines_[i];
            std::string p, c;
            bool sign = false;
            const bool more = next_unread(i + 1) < lines_.size();
            const char32_t last = last_code_point(line.text);
            const bool ends_open = last == ',' || last == ':' || last == ';' || chars::is_dash_like(last);
            if (more && !ends_open && line.joined == 1 && !is_title_repeat(line) &&
                !read_credit(line, p, c, sign) && !read_dateline(line.text) &&
                code_point_count(line.text) <= kMaxLeadCodePoints &&
                marker_of(line.text).kind == Marker::none && !read_direct_speech(line.text)) {
                lead_ = line.text;
                info("import.lead", "/lead", line, "lead: the short line after the title");
                i = next_unread(i + 1);
            }
        }
        while (i < lines_.size() && roles_[i] == Role::unread) {
            const TextLine& line = lines_[i];
            std::string prefix, credit;
            bool sign = false;
            if (caption_.empty() && credit_.empty() && is_title_repeat(line)) {
                caption_ = line.text;
                info("import.caption", "/cover/caption", line,
                     "cover caption: the line that repeats the title");
            } else if (credit_.empty() && read_credit(line, prefix, credit, sign)) {
                credit_ = credit;
                credit_prefix_ = std::string(trim(prefix));
                info("import.credit", "/cover/credit", line,
                     "cover credit: " + quote_of(credit_) + " with the prefix " + quote_of(credit_prefix_) +
                         (sign ? " (the © sign is left to the prefix's place)" : ""));
            } else if (caption_.empty() && credit_.empty() && next_unread(i + 1) < lines_.size() &&
                       read_credit(lines_[next_unread(i + 1)], prefix, credit, sign) &&
                       code_point_count(line.text) <= kMaxCaptionCodePoints) {
                caption_ = line.text;
                info("import.caption", "/cover/caption", line,
                     "cover caption: the line before the photo credit");
            } else {
                break;
            }
            i = next_unread(i + 1);
        }
        return i;
    }

    std::size_t next_unread(std::size_t i) const noexcept {
        while (i < lines_.size() && roles_[i] != Role::unread) {
            // Boilerplate in the header is handled where the body would meet it.
            if (roles_[i] != Role::title && roles_[i] != Role::age_mark) break;
            ++i;
        }
        return i;
    }

    // --- body -----------------------------------------------------------------------------------
    void read_body(std::size_t i) {
        while (i < lines_.size()) {
            const TextLine& line = lines_[i];
            switch (roles_[i]) {
                case Role::title:
                    ++i;
                    continue;
                case Role::age_mark:
                    dropped(line, "an age mark line (it is the article's ageRating)");
                    ++i;
                    continue;
                case Role::boilerplate:
                    take_boilerplate(i);
                    ++i;
                    continue;
                case Role::next_title:
                    links_["next"]["title"] = line.text;
                    info("import.link", "/links/next/title", line,
                         "links.next.title: the headline after the label");
                    ++i;
                    continue;
                case Role::headline:
                    dropped(line, "a related article's headline");
                    ++i;
                    continue;
                case Role::unread:
                    break;
            }
            if (is_divider(line.text)) {
                info("import.divider", body_path(), line, "divider: a line of asterisks or dashes");
                body_.push_back(Json{{"type", "divider"}});
                ++i;
                continue;
            }
            if (is_bare_url(line.folded)) {
                dropped(line, "a web address alone on its line");
                ++i;
                continue;
            }
            std::string prefix, credit;
            bool sign = false;
            if (read_credit(line, prefix, credit, sign)) {
                dropped(line, "a photo credit without a picture in the text");
                ++i;
                continue;
            }
            const std::size_t list_lines = read_list(i);
            if (list_lines > 0) {
                i += list_lines;
                continue;
            }
            i = read_paragraph(i);
        }
    }

    std::string body_path() const { return pointer_to_index("/body", body_.size()); }

    void take_boilerplate(std::size_t i) {
        const TextLine& line = lines_[i];
        const text_lexicon::BoilerplatePhrase* phrase = text_lexicon::find_boilerplate(line.folded);
        const std::size_t phrase_points = code_point_count(phrase->folded);
        const std::string_view rest = rest_after(skip_code_points(line.text, phrase_points));
        switch (kinds_[i]) {
            case Boilerplate::link_full:
            case Boilerplate::link_next: {
                const char* name = kinds_[i] == Boilerplate::link_full ? "full" : "next";
                if (links_.contains(name) && links_[name].contains("label")) {
                    dropped(line, "a second link label of the same kind");
                    return;
                }
                // The label as written, without its arrows; a headline after a colon is the title.
                const std::string_view label_text = skip_code_points(line.text, 0);
                std::string label = std::string(rest_after(label_text));
                const std::size_t colon = label.find(':');
                if (kinds_[i] == Boilerplate::link_next && colon != std::string::npos) {
                    links_[name]["title"] = std::string(trim(std::string_view(label).substr(colon + 1)));
                    label.erase(colon);
                }
                links_[name]["label"] = label;
                info("import.link", std::string("/links/") + name + "/label", line,
                     std::string("links.") + name + ".label: " + quote_of(label));
                return;
            }
            case Boilerplate::source:
                if (source_.empty() && !rest.empty()) {
                    source_ = std::string(rest);
                    if (!source_.empty() && source_.back() == '.') source_.pop_back();
                    info("import.source", "/source/name", line,
                         "source.name: " + quote_of(source_) + " from «Источник:»");
                } else {
                    dropped(line, "a source line (the article has its source)");
                }
                return;
            case Boilerplate::tags: {
                std::size_t start = 0;
                const std::string text(rest);
                while (start <= text.size()) {
                    std::size_t end = text.find(',', start);
                    if (end == std::string::npos) end = text.size();
                    std::string_view tag = trim(std::string_view(text).substr(start, end - start));
                    if (!tag.empty() && tag.back() == '.') tag.remove_suffix(1);
                    if (!trim(tag).empty()) tags_.push_back(std::string(trim(tag)));
                    start = end + 1;
                }
                info("import.tags", "/tags", line, "tags: the words after «Теги:»");
                return;
            }
            case Boilerplate::related:
                dropped(line, "a «read also» line");
                return;
            case Boilerplate::dropped:
                dropped(line, "site boilerplate");
                return;
        }
    }

    // Lists written as lines: bullets, numbers, dashes after a colon, or lines ending with «;»
    // after a line ending with «:». Returns the lines taken (0: not a list).
    std::size_t read_list(std::size_t i) {
        const bool after_colon = !body_.empty() && body_.back().value("type", "") == "paragraph" &&
                                 last_code_point(previous_text_) == ':';
        const Marker first = marker_of(lines_[i].text);
        std::size_t end = i;
        if (first.kind != Marker::none) {
            int expected = first.value;
            while (end < lines_.size() && roles_[end] == Role::unread) {
                const Marker m = marker_of(lines_[end].text);
                if (m.kind != first.kind || (m.kind == Marker::number && m.value != expected)) break;
                if (code_point_count(lines_[end].text) > kMaxListItemCodePoints && m.kind != Marker::bullet)
                    break;
                if (m.kind == Marker::dash && read_direct_speech(lines_[end].text)) break;
                ++expected;
                ++end;
            }
            const std::size_t count = end - i;
            const bool semicolons = count >= 2 && last_code_point(lines_[i].text) == ';';
            bool accept = false;
            if (first.kind == Marker::bullet) accept = true;
            if (first.kind == Marker::number) accept = count >= 2 || after_colon;
            if (first.kind == Marker::dash) accept = after_colon || semicolons;
            if (!accept || count == 0) return 0;
            Json items = Json::array();
            for (std::size_t k = i; k < end; ++k) {
                const Marker m = marker_of(lines_[k].text);
                items.push_back(plain_to_inline_markdown(std::string_view(lines_[k].text).substr(m.content)));
            }
            info("import.list", body_path(), lines_[i],
                 std::to_string(count) + (first.kind == Marker::number ? " numbered" : "") +
                     " lines with item markers: a list");
            push_list(first.kind == Marker::number, std::move(items));
            return count;
        }
        if (!after_colon) return 0;
        // Unmarked: «паспорт;» «полис;» «СНИЛС.»
        while (end < lines_.size() && roles_[end] == Role::unread &&
               code_point_count(lines_[end].text) <= kMaxListItemCodePoints) {
            const char32_t last = last_code_point(lines_[end].text);
            ++end;
            if (last != ';' && last != ',') break;
        }
        const std::size_t count = end - i;
        if (count < 2 || last_code_point(lines_[i].text) != ';') return 0;
        Json items = Json::array();
        for (std::size_t k = i; k < end; ++k) items.push_back(plain_to_inline_markdown(lines_[k].text));
        info("import.list", body_path(), lines_[i],
             std::to_string(count) + " lines ending with «;» after a line ending with «:»: a list");
        push_list(false, std::move(items));
        return count;
    }

    void push_list(bool ordered, Json items) {
        Json block{{"type", "list"}};
        if (ordered) block["ordered"] = true;
        block["items"] = std::move(items);
        body_.push_back(std::move(block));
        previous_text_.clear();
    }

    std::string previous_text_;  // the last paragraph's text, for lists after a colon

    std::size_t read_paragraph(std::size_t i) {
        const TextLine& line = lines_[i];
        std::string text = line.text;
        const std::size_t next = i + 1;
        if (!first_paragraph_done_) {
            first_paragraph_done_ = true;
            take_dateline(text, line);
        }
        find_source(text, line);
        if (std::optional<DirectSpeech> speech = read_direct_speech(text)) {
            Json block{{"type", "quote"}, {"text", plain_to_inline_markdown(speech->text)}};
            block["author"] = speech->author;
            if (!speech->role.empty()) block["role"] = speech->role;
            info("import.quote", body_path(), line,
                 "direct speech: a quote by " + quote_of(speech->author) +
                     (speech->role.empty() ? std::string() : ", " + quote_of(speech->role)));
            body_.push_back(std::move(block));
            previous_text_.clear();
            return next;
        }
        body_.push_back(Json{{"type", "paragraph"}, {"text", plain_to_inline_markdown(text)}});
        previous_text_ = std::move(text);
        return next;
    }

    void take_dateline(std::string_view text, const TextLine& line) {
        dateline_line_ = &line;
        dateline_ = read_dateline(text);
        if (!dateline_) return;
        const std::string written(text.substr(0, dateline_->length));
        if (!dateline_->place.empty()) {
            info("import.dateline", "/dateline", line,
                 "dateline: " + quote_of(dateline_->place) + " from " + quote_of(trim(written)));
        }
        if (!dateline_->source.empty()) {
            source_ = dateline_->source;
            info("import.source", "/source/name", line,
                 "source.name: " + quote_of(source_) + " from the dateline");
        }
    }

    // «…, сообщает ИА SochiMedia со ссылкой на…» → «ИА SochiMedia».
    void find_source(std::string_view text, const TextLine& line) {
        if (!source_.empty()) return;
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && text[i] == ' ') ++i;
            std::size_t end = text.find(' ', i);
            if (end == std::string_view::npos) end = text.size();
            std::string_view word = text.substr(i, end - i);
            i = end;
            while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
            if (!text_lexicon::is_source_verb(text_case::fold(word))) continue;
            std::string name;
            for (std::size_t count = 0; count < kMaxSourceWords && i < text.size(); ++count) {
                while (i < text.size() && text[i] == ' ') ++i;
                std::size_t w_end = text.find(' ', i);
                if (w_end == std::string_view::npos) w_end = text.size();
                std::string_view w = text.substr(i, w_end - i);
                if (!text_case::starts_upper(w)) break;
                i = w_end;
                bool stop = false;
                while (!w.empty() &&
                       (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':')) {
                    w.remove_suffix(1);
                    stop = true;
                }
                if (!name.empty()) name += ' ';
                name.append(w);
                if (stop) break;
            }
            if (name.empty()) continue;
            source_ = name;
            info("import.source", "/source/name", line,
                 "source.name: " + quote_of(name) + " after «" + std::string(word) + "»");
            return;
        }
    }

    // --- the article --------------------------------------------------------------------------
    void set_published(Json& article) {
        if (!dateline_) return;
        const TextLine& at = *dateline_line_;
        const Dateline& d = *dateline_;
        if (meta_.published) {
            if (meta_.published->month != d.month || meta_.published->day != d.day) {
                info("import.published", "/published", at,
                     "the dateline's date differs from meta.published; meta.published is kept");
            }
            return;
        }
        int year = d.year;
        const char* from = "the dateline";
        if (year == 0 && meta_.year != 0) {
            year = meta_.year;
            from = "meta.year";
        }
        if (year == 0) {
            note(Severity::warning, "import.no-year", "/published", &at,
                 "the dateline has a day and a month but no year: give meta.year or meta.published to set "
                 "published");
            return;
        }
        if (d.day > days_in_month(year, d.month)) {
            note(Severity::warning, "import.no-year", "/published", &at,
                 "the dateline's day does not exist in " + std::to_string(year) + "; published is not set");
            return;
        }
        article["published"] = date_text(d.day, d.month, year);
        info("import.published", "/published", at,
             std::string("published: the dateline's day and month, the year from ") + from +
                 "; the time is not in the text, so 00:00 Moscow time (+03:00) is written: give "
                 "meta.published for the exact time");
    }

    Json build() {
        Json article = Json::object();
        article["v"] = 1;
        article["title"] = title_;
        if (!lead_.empty()) article["lead"] = plain_to_inline_markdown(lead_);
        set_published(article);
        if (dateline_ && !dateline_->place.empty()) article["dateline"] = dateline_->place;
        if (!age_rating_.empty()) article["ageRating"] = age_rating_;
        if (!source_.empty()) article["source"] = Json{{"name", source_}};
        if (!caption_.empty() || !credit_.empty()) {
            Json cover = Json::object();
            if (!caption_.empty()) cover["caption"] = plain_to_inline_markdown(caption_);
            if (!credit_.empty()) {
                cover["credit"] = credit_;
                cover["creditPrefix"] = credit_prefix_;
            }
            article["cover"] = std::move(cover);
        }
        article["body"] = std::move(body_);
        if (!links_.empty()) article["links"] = std::move(links_);
        if (!tags_.empty()) article["tags"] = std::move(tags_);
        return article;
    }
};

}  // namespace

}  // namespace detail

ImportResult import_text(std::string_view text, std::string_view meta_json) {
    using namespace detail;
    ImportResult result;
    const ParseOptions limits;
    if (text.size() > limits.max_input_bytes) {
        result.diagnostics.push_back(input_too_large(text.size(), limits.max_input_bytes));
        return result;
    }
    std::optional<ImportMeta> meta = read_import_meta(meta_json, result.diagnostics);
    if (!meta) return result;

    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string clean;
    const std::size_t bad = utf8::find_invalid(text);
    if (bad != std::string_view::npos) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = "import.invalid-utf8";
        d.message = "the text is not valid UTF-8 (byte offset " + std::to_string(bad) +
                    "); each invalid byte became U+FFFD";
        result.diagnostics.push_back(std::move(d));
        clean = utf8::sanitize(text);
    } else {
        clean = std::string(text);
    }
    // U+0000 is no character of any text and the article format refuses it.
    for (std::size_t nul = clean.find('\0'); nul != std::string::npos; nul = clean.find('\0', nul)) {
        clean.replace(nul, 1, chars::replacement.utf8);
    }

    std::vector<TextLine> lines = split_lines(clean, kMaxLines);
    if (lines.size() > kMaxLines) {
        Diagnostic d;
        d.code = "import.too-many-lines";
        d.message = "the text has more than " + std::to_string(kMaxLines) + " lines that are not blank";
        d.line = lines.back().line;
        d.column = lines.back().column;
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    if (lines.empty()) {
        Diagnostic d;
        d.code = "import.empty";
        d.message = "the text is empty: its first line would be the title";
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    const std::size_t first_note = result.diagnostics.size();
    PlainTextImporter importer(std::move(lines), *meta, result.diagnostics);
    Json article = importer.run();
    // The notes in the order of the text (those without a line last), as the validator lists.
    std::stable_sort(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(first_note),
                     result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
                         const int la = a.line > 0 ? a.line : INT_MAX, lb = b.line > 0 ? b.line : INT_MAX;
                         return la != lb ? la < lb : a.column < b.column;
                     });
    apply_import_meta(article, *meta, result.diagnostics);
    std::string json = write_article_json(article);
    // What the importer writes must be an article the renderer takes.
    ParseOptions unlimited;
    unlimited.max_input_bytes = json.size();
    parse_article(json, unlimited, result.diagnostics);
    result.ok = !has_errors(result.diagnostics);
    if (result.ok) result.article_json = std::move(json);
    return result;
}

}  // namespace verstka
