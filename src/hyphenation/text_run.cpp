#include "hyphenation/text_run.hpp"

#include <array>
#include <cstdint>

#include "common/chars.hpp"
#include "common/utf8.hpp"
#include "hyphenation/alphabet.hpp"
#include "hyphenation/patterns.hpp"

namespace verstka::detail::hyphenation {

namespace {

// One character of the run: a code point, or in HTML an entity.
struct Unit {
    CharClass kind = CharClass::other;
    int letter = -1;  // the Russian letter index, or -1
    std::size_t end = 0;
};

// The code point of the entity at s[i] == '&' and its length, or 0 when it is not one.
std::size_t read_entity(std::string_view s, std::size_t i, char32_t& cp) noexcept {
    std::size_t semi = i + 1;
    while (semi < s.size() && semi - i <= 32 && s[semi] != ';' && s[semi] != '&' && s[semi] != '<' &&
           classify(static_cast<unsigned char>(s[semi])) != CharClass::space) {
        ++semi;
    }
    if (semi >= s.size() || s[semi] != ';' || semi == i + 1) return 0;
    const std::string_view body = s.substr(i + 1, semi - i - 1);
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        std::size_t k = hex ? 2 : 1;
        if (k >= body.size()) return 0;
        char32_t value = 0;
        for (; k < body.size(); ++k) {
            const char c = body[k];
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            if (digit < 0) return 0;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            if (value > 0x10FFFF) return 0;
        }
        cp = value;
    } else if (body == "amp") {
        cp = '&';
    } else if (body == "lt" || body == "gt" || body == "quot" || body == "apos") {
        cp = '"';  // markup punctuation: an `other` character
    } else if (const chars::Named* named = chars::by_entity(body)) {
        cp = named->cp;
    } else {
        cp = '*';  // an entity verstka has no table entry for: punctuation to the hyphenator
    }
    return semi - i + 1;
}

// The class of each ASCII byte, read once per character of every run.
constexpr auto kAsciiClasses = [] {
    std::array<CharClass, 0x80> classes{};
    for (char32_t c = 0; c < 0x80; ++c) classes[c] = classify(c);
    return classes;
}();

// Any character but the two common ones below: an entity, another script, invalid UTF-8.
[[gnu::noinline]] Unit read_rare_unit(std::string_view s, std::size_t i, bool html) noexcept {
    Unit unit;
    char32_t cp = 0;
    if (html && s[i] == '&') {
        const std::size_t length = read_entity(s, i, cp);
        if (length == 0) {
            unit.kind = classify('&');
            unit.end = i + 1;
            return unit;
        }
        unit.end = i + length;
    } else {
        std::size_t next = i;
        cp = utf8::decode(s, next);
        unit.end = next;
    }
    unit.kind = classify(cp);
    if (unit.kind == CharClass::russian_lower || unit.kind == CharClass::russian_upper) {
        unit.letter = russian_letter(cp);
    }
    return unit;
}

// Every character is read here, several times per chunk: ASCII and the two-byte Cyrillic
// sequences (lead byte D0 or D1, always well-formed with a continuation byte) stay inline.
inline Unit read_unit(std::string_view s, std::size_t i, bool html) noexcept {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80 && !(html && byte == '&')) return {kAsciiClasses[byte], -1, i + 1};
    if ((byte == 0xD0 || byte == 0xD1) && i + 1 < s.size()) {
        const auto next = static_cast<unsigned char>(s[i + 1]);
        if ((next & 0xC0) == 0x80) {
            const auto cp = static_cast<char32_t>(((byte & 0x1FU) << 6) | (next & 0x3FU));
            const int letter = russian_letter(cp);
            if (letter >= 0) {
                const bool lower = cp >= 0x0430;  // а … я (U+0430 …) and ё (U+0451); А … Я, Ё below
                return {lower ? CharClass::russian_lower : CharClass::russian_upper, letter, i + 2};
            }
        }
    }
    return read_rare_unit(s, i, html);
}

constexpr bool is_word(CharClass kind) noexcept {
    return kind == CharClass::russian_lower || kind == CharClass::russian_upper ||
           kind == CharClass::other_word;
}

class RunHyphenator {
public:
    RunHyphenator(std::string_view run, const RunSettings& settings, RunEdges edges, std::string& out)
        : run_(run), settings_(settings), edges_(edges), out_(out), patterns_(*Patterns::russian()) {}

    void run() {
        std::size_t i = 0;
        while (i < run_.size()) {
            const Unit unit = read_unit(run_, i, settings_.html);
            if (unit.kind == CharClass::space) {
                i = unit.end;
                continue;
            }
            std::size_t end = unit.end;
            while (end < run_.size()) {
                const Unit next = read_unit(run_, end, settings_.html);
                if (next.kind == CharClass::space) break;
                end = next.end;
            }
            if (!is_address(i, end)) chunk(i, end);
            i = end;
        }
        out_.append(run_, emitted_, run_.size() - emitted_);
    }

private:
    // @ / \ _ # anywhere, or . : ? = & % between two word characters.
    bool is_address(std::size_t begin, std::size_t end) const noexcept {
        CharClass before = CharClass::space;
        bool pending_inner = false;  // an inner mark right after a word character
        for (std::size_t i = begin; i < end;) {
            const Unit unit = read_unit(run_, i, settings_.html);
            if (unit.kind == CharClass::url_mark) return true;
            if (pending_inner && is_word(unit.kind)) return true;
            pending_inner = unit.kind == CharClass::inner_mark && is_word(before);
            before = unit.kind;
            i = unit.end;
        }
        return false;
    }

    // Finds the compounds of a chunk and hyphenates those made of Russian letters only.
    void chunk(std::size_t begin, std::size_t end) {
        std::size_t i = begin;
        while (i < end) {
            Unit unit = read_unit(run_, i, settings_.html);
            if (!is_word(unit.kind)) {
                i = unit.end;
                continue;
            }
            const std::size_t compound_begin = i;
            bool russian_only = true;
            while (true) {
                while (i < end && is_word(unit.kind)) {  // one part
                    if (unit.kind == CharClass::other_word) russian_only = false;
                    i = unit.end;
                    if (i < end) unit = read_unit(run_, i, settings_.html);
                }
                if (i >= end || unit.kind != CharClass::joiner || unit.end >= end) break;
                const Unit after = read_unit(run_, unit.end, settings_.html);
                if (!is_word(after.kind)) break;
                i = unit.end;
                unit = after;
            }
            const std::size_t compound_end = i;  // where the last part ended
            const bool glued = (compound_begin == 0 && edges_.glued_before) ||
                               (compound_end == run_.size() && edges_.glued_after);
            if (russian_only && !glued) compound(compound_begin, compound_end);
        }
    }

    // Hyphenates each part of a compound of Russian letters (parts joined by joiners).
    void compound(std::size_t begin, std::size_t end) {
        std::size_t i = begin;
        while (i < end) {
            std::size_t count = 0;
            bool has_lower = false;
            while (i < end) {
                const Unit unit = read_unit(run_, i, settings_.html);
                if (unit.letter < 0) {  // the joiner after this part
                    i = unit.end;
                    break;
                }
                if (count < Patterns::kMaxLetters) {
                    letters_[count] = static_cast<std::uint8_t>(unit.letter);
                    offsets_[count] = i;
                }
                ++count;
                has_lower = has_lower || unit.kind == CharClass::russian_lower;
                i = unit.end;
            }
            if (count >= settings_.min_word_length && count <= Patterns::kMaxLetters && has_lower) {
                part(count);
            }
        }
    }

    void part(std::size_t count) {
        patterns_.find_breaks(letters_, count, breaks_);
        for (std::size_t k = 1; k < count; ++k) {
            if (breaks_[k] == 0) continue;
            const std::size_t at = offsets_[k];  // the letter after the break
            out_.append(run_, emitted_, at - emitted_);
            if (settings_.entities) {
                out_ += "&shy;";
            } else {
                out_ += chars::soft_hyphen.utf8;
            }
            emitted_ = at;
        }
    }

    std::string_view run_;
    const RunSettings& settings_;
    RunEdges edges_;
    std::string& out_;
    const Patterns& patterns_;
    std::size_t emitted_ = 0;  // run_[0, emitted_) is in out_
    std::uint8_t letters_[Patterns::kMaxLetters] = {};
    std::size_t offsets_[Patterns::kMaxLetters] = {};
    std::uint8_t breaks_[Patterns::kMaxLetters + 1] = {};
};

}  // namespace

void hyphenate_run(std::string_view run, const RunSettings& settings, RunEdges edges, std::string& out) {
    if (Patterns::russian() == nullptr) {  // a wasm build whose wrapper has not loaded the table
        out.append(run);
        return;
    }
    RunHyphenator(run, settings, edges, out).run();
}

bool starts_with_word(std::string_view run, bool html) noexcept {
    return !run.empty() && is_word(read_unit(run, 0, html).kind);
}

bool ends_with_word(std::string_view run, bool html) noexcept {
    if (run.empty()) return false;
    // The last character: step back over UTF-8 continuation bytes, or to an entity's '&'.
    std::size_t i = run.size() - 1;
    if (html && run[i] == ';') {
        const std::size_t amp = run.rfind('&', i);
        if (amp != std::string_view::npos && i - amp <= 33 && read_unit(run, amp, true).end == run.size()) {
            return is_word(read_unit(run, amp, true).kind);
        }
    }
    while (i > 0 && (static_cast<unsigned char>(run[i]) & 0xC0) == 0x80 && run.size() - i < 4) --i;
    const Unit unit = read_unit(run, i, html);
    return unit.end == run.size() && is_word(unit.kind);
}

}  // namespace verstka::detail::hyphenation
