#include "import/direct_speech.hpp"

#include <vector>

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "import/text_case.hpp"
#include "import/text_lexicon.hpp"
#include "import/text_lines.hpp"

namespace verstka::detail {

namespace {

constexpr std::size_t kMaxAuthorBytes = 120;
constexpr std::size_t kMaxRoleBytes = 400;
constexpr std::size_t kMaxAuthorWords = 5;

char32_t code_point_at(std::string_view text, std::size_t at) noexcept {
    return at < text.size() ? utf8::decode(text, at) : 0;
}

// The byte length of the code point at `at`.
std::size_t width_at(std::string_view text, std::size_t at) noexcept {
    std::size_t i = at;
    utf8::decode(text, i);
    return i - at;
}

// `text` at `at` reads « — » (any dash between white space); `end` is set after it.
bool spaced_dash_at(std::string_view text, std::size_t at, std::size_t& end) noexcept {
    std::size_t i = at;
    if (i >= text.size() || !chars::is_space_like(utf8::decode(text, i))) return false;
    if (i >= text.size() || !chars::is_dash_like(utf8::decode(text, i))) return false;
    if (i >= text.size() || !chars::is_space_like(utf8::decode(text, i))) return false;
    end = i;
    return true;
}

// The word starting at `at` (letters and hyphens) and its end.
std::string_view word_at(std::string_view text, std::size_t at, std::size_t& end) noexcept {
    std::size_t i = at;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = utf8::decode(text, next);
        if (!text_case::is_letter(c) && c != '-') break;
        i = next;
    }
    end = i;
    return text.substr(at, i - at);
}

bool is_terminal(char32_t c) noexcept { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

std::string join(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from) out.push_back(' ');
        out.append(words[i]);
    }
    return out;
}

// Where the attribution ends: at the first «. » (or the end) that is not after an initial
// («Д. Д. Жилинский»). `rest` is set to what follows.
std::size_t attribution_end(std::string_view text, std::string_view& rest) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '.') continue;
        if (i + 1 < text.size() && text[i + 1] != ' ') continue;
        // An initial: one capital letter between a space (or the start) and the dot.
        std::size_t letter = i;
        while (letter > 0 && (static_cast<unsigned char>(text[letter - 1]) & 0xC0) == 0x80) --letter;
        if (letter > 0) --letter;
        while (letter > 0 && (static_cast<unsigned char>(text[letter]) & 0xC0) == 0x80) --letter;
        const bool initial =
            text_case::is_upper(code_point_at(text, letter)) && (letter == 0 || text[letter - 1] == ' ');
        if (initial) continue;
        rest = trim(text.substr(i + 1));
        return i;
    }
    rest = {};
    return text.size();
}

// An initial: «Д.».
bool is_initial(std::string_view word) noexcept {
    return word.size() >= 2 && word.back() == '.' && code_point_count(word) == 2;
}

// A patronymic: «Владимирович», «Сергеевна», «Ильинична».
bool is_patronymic(std::string_view word) {
    const std::string folded = text_case::fold(word);
    for (const std::string_view ending : {"вич", "вна", "чна"}) {
        if (folded.size() > ending.size() + 2 &&
            folded.compare(folded.size() - ending.size(), ending.size(), ending) == 0) {
            return true;
        }
    }
    return false;
}

// Where the name starts in the capitalised words `words[run..]` at the end of an attribution:
// the surname, with the initials before it («Д. Д. Жилинский») or the first name (and the
// patronymic) before it. What comes before the name («мэр Казани») is the role.
std::size_t name_start(const std::vector<std::string_view>& words, std::size_t run) {
    std::size_t start = words.size() - 1;
    if (start > run && is_initial(words[start - 1])) {
        while (start > run && is_initial(words[start - 1])) --start;
        return start;
    }
    if (start > run) --start;  // the first name
    if (start > run && is_patronymic(words[start])) --start;
    return start;
}

// «Елена Канюк, заместитель главы Сочи» / «глава города Андрей Петров» → author and role.
bool read_attribution(std::string_view text, DirectSpeech& out) {
    std::string_view name_part = text;
    std::string_view comma_role;
    const std::size_t comma = text.find(", ");
    if (comma != std::string_view::npos) {
        name_part = text.substr(0, comma);
        comma_role = trim(text.substr(comma + 2));
    }
    const std::vector<std::string_view> words = words_of(name_part);
    // The speaker: the capitalised words at the end (not a «quoted» name of an organisation).
    std::size_t run = words.size();
    while (run > 0 && text_case::is_upper(code_point_at(words[run - 1], 0))) --run;
    if (run == words.size() || words.size() - run > kMaxAuthorWords) return false;
    const std::size_t first = name_start(words, run);
    if (first > 0 && text_lexicon::is_attribution_filler(text_case::fold(words[0]))) return false;
    out.author = join(words, first, words.size());
    std::string role = join(words, 0, first);
    if (!comma_role.empty()) {
        if (!role.empty()) role += ", ";
        role.append(comma_role);
    }
    out.role = std::move(role);
    return out.author.size() <= kMaxAuthorBytes && out.role.size() <= kMaxRoleBytes;
}

// After the verb: the attribution, then nothing or a continuation of the speech after a dash.
bool read_after_verb(std::string_view after, DirectSpeech& out, bool allow_continuation) {
    std::string_view rest;
    const std::size_t end = attribution_end(after, rest);
    if (!read_attribution(trim(after.substr(0, end)), out)) return false;
    if (rest.empty()) return true;
    if (!allow_continuation) return false;
    std::size_t i = 0;
    const char32_t dash = utf8::decode(rest, i);
    if (!chars::is_dash_like(dash) || i >= rest.size() || !chars::is_space_like(utf8::decode(rest, i))) {
        return false;
    }
    out.text += ' ';
    out.text.append(trim(rest.substr(i)));
    return true;
}

// «— Текст, — сказал …»: the speech, then «[,!?…] — VERB».
std::optional<DirectSpeech> read_dash_speech(std::string_view body) {
    for (std::size_t i = 0; i < body.size(); i += width_at(body, i)) {
        const char32_t c = code_point_at(body, i);
        if (c != ',' && !is_terminal(c)) continue;
        std::size_t after_dash = 0;
        const std::size_t punct_end = i + width_at(body, i);
        if (!spaced_dash_at(body, punct_end, after_dash)) continue;
        std::size_t verb_end = 0;
        const std::string_view verb = word_at(body, after_dash, verb_end);
        if (!text_lexicon::is_speech_verb(text_case::fold(verb))) continue;
        DirectSpeech out;
        out.text = std::string(trim(body.substr(0, i)));
        if (out.text.empty()) return std::nullopt;
        out.text.append(c == ',' ? std::string_view(".") : body.substr(i, punct_end - i));
        if (!read_after_verb(trim(body.substr(verb_end)), out, true)) return std::nullopt;
        return out;
    }
    return std::nullopt;
}

// «Текст», — заявил …: the closing mark matching the opening one, then «[,] — VERB».
std::optional<DirectSpeech> read_quoted_speech(std::string_view paragraph, char32_t open, std::size_t start) {
    const char32_t close = open == 0x00AB ? 0x00BB : open == 0x201E ? 0x201C : open == 0x201C ? 0x201D : open;
    int depth = 1;
    for (std::size_t i = start; i < paragraph.size(); i += width_at(paragraph, i)) {
        const char32_t c = code_point_at(paragraph, i);
        if (c == open && open != close) {
            ++depth;
            continue;
        }
        if (c != close || --depth > 0) continue;
        std::size_t after = i + width_at(paragraph, i);
        if (code_point_at(paragraph, after) == ',') ++after;
        std::size_t after_dash = 0;
        if (!spaced_dash_at(paragraph, after, after_dash)) return std::nullopt;
        std::size_t verb_end = 0;
        const std::string_view verb = word_at(paragraph, after_dash, verb_end);
        if (!text_lexicon::is_speech_verb(text_case::fold(verb))) return std::nullopt;
        DirectSpeech out;
        out.text = std::string(trim(paragraph.substr(start, i - start)));
        if (out.text.empty()) return std::nullopt;
        std::size_t last = out.text.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(out.text[last]) & 0xC0) == 0x80) --last;
        if (!is_terminal(code_point_at(out.text, last))) out.text.push_back('.');
        if (!read_after_verb(trim(paragraph.substr(verb_end)), out, false)) return std::nullopt;
        return out;
    }
    return std::nullopt;
}

}  // namespace

std::optional<DirectSpeech> read_direct_speech(std::string_view paragraph) {
    std::size_t i = 0;
    const char32_t first = utf8::decode(paragraph, i);
    if (chars::is_dash_like(first)) {
        if (i >= paragraph.size() || !chars::is_space_like(utf8::decode(paragraph, i))) return std::nullopt;
        return read_dash_speech(trim(paragraph.substr(i)));
    }
    if (first == 0x00AB || first == '"' || first == 0x201E || first == 0x201C) {
        return read_quoted_speech(paragraph, first, i);
    }
    return std::nullopt;
}

}  // namespace verstka::detail
