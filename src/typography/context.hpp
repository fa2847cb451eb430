// The token sequence of one paragraph as the rules see it, with navigation and edit helpers.
#ifndef VERSTKA_TYPOGRAPHY_CONTEXT_HPP
#define VERSTKA_TYPOGRAPHY_CONTEXT_HPP

#include <cstddef>
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

#include "typography/token.hpp"
#include "verstka/typograph.hpp"

namespace verstka::detail::typo {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

class Context {
public:
    Context(std::vector<Token>& tokens, std::forward_list<std::string>& arena,
            const TypographOptions& options)
        : t(tokens), options_(options), arena_(arena) {}

    std::vector<Token>& t;

    const TypographOptions& options() const { return options_; }

    /// Next/previous token that is not deleted and not markup, or `npos`.
    std::size_t next(std::size_t i) const {
        for (std::size_t k = i + 1; k < t.size(); ++k) {
            if (t[k].kind != Kind::none && t[k].kind != Kind::markup) return k;
        }
        return npos;
    }
    std::size_t prev(std::size_t i) const {
        for (std::size_t k = i; k-- > 0;) {
            if (t[k].kind != Kind::none && t[k].kind != Kind::markup) return k;
        }
        return npos;
    }
    std::size_t first() const { return next(npos); }

    bool is(std::size_t i, Kind k) const { return i != npos && t[i].kind == k; }
    /// Token `i` is exactly `text` (and not a protected token).
    bool is_text(std::size_t i, std::string_view text) const {
        return i != npos && t[i].kind != Kind::opaque && t[i].text == text;
    }
    bool is_punct(std::size_t i, char32_t c) const {
        return i != npos && t[i].kind == Kind::punct && t[i].cp == c && t[i].chars <= 1;
    }
    bool is_space(std::size_t i) const { return is(i, Kind::space); }
    bool is_nbsp(std::size_t i) const { return is_space(i) && t[i].text == kNbsp; }
    bool is_word(std::size_t i) const { return is(i, Kind::word); }
    bool is_number(std::size_t i) const { return is(i, Kind::number); }

    void set_text(std::size_t i, std::string_view text) { t[i].text = text; }
    void set_nbsp(std::size_t i) { t[i].text = kNbsp; }
    void erase(std::size_t i) {
        t[i].kind = Kind::none;
        t[i].text = {};
        ++erased_;
    }
    /// Drops erased tokens, so that the next rule sees neighbours at adjacent indices.
    void compact() {
        if (erased_ == 0) return;
        std::size_t out = 0;
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (t[k].kind != Kind::none) t[out++] = t[k];
        }
        t.resize(out);
        erased_ = 0;
    }
    /// Inserts `tok` before position `i` (run and offset from its neighbour); returns its index.
    std::size_t insert(std::size_t i, Token tok) {
        const Token& near = i < t.size() ? t[i] : t[i - 1];
        tok.run = near.run;
        tok.offset = near.offset;
        t.insert(t.begin() + static_cast<std::ptrdiff_t>(i), tok);
        return i;
    }
    std::size_t insert_space(std::size_t i, std::string_view text) {
        Token tok;
        tok.kind = Kind::space;
        tok.text = text;
        tok.cp = text == kNbsp ? kNbspCp : U' ';
        tok.chars = 1;
        return insert(i, tok);
    }
    /// Stores a computed text for the lifetime of the paragraph.
    std::string_view keep(std::string s) {
        arena_.push_front(std::move(s));
        return arena_.front();
    }

    /// Text mode trims the paragraph; HTML mode keeps edge spaces next to tags.
    bool trim = true;

private:
    const TypographOptions& options_;
    std::forward_list<std::string>& arena_;
    std::size_t erased_ = 0;
};

}  // namespace verstka::detail::typo

#endif
