#include "typography/output.hpp"

#include <cstring>

#include "common/chars.hpp"

namespace verstka::detail::typo {

void append_tokens(std::string& out, const Token* first, const Token* last, bool entities) {
    if (entities) {
        for (const Token* token = first; token != last; ++token) {
            if (token->kind != Kind::opaque && token->kind != Kind::markup) {
                chars::append_with_entities(out, token->text);
            } else {
                out += token->text;
            }
        }
        return;
    }
    // One resize, and one copy per stretch of tokens that still lie side by side in the input
    // (most of a paragraph: rules rewrite few tokens), not one per token.
    std::size_t size = 0;
    for (const Token* token = first; token != last; ++token) size += token->text.size();
    const std::size_t at = out.size();
    out.resize(at + size);
    char* to = &out[at];
    const char* from = nullptr;  // the stretch gathered so far: [from, until)
    const char* until = nullptr;
    for (const Token* token = first; token != last; ++token) {
        const char* begin = token->text.data();
        if (begin == until) {
            until += token->text.size();
            continue;
        }
        if (token->text.empty()) continue;
        if (until != from) std::memcpy(to, from, static_cast<std::size_t>(until - from));
        to += until - from;
        from = begin;
        until = begin + token->text.size();
    }
    if (until != from) std::memcpy(to, from, static_cast<std::size_t>(until - from));
}

}  // namespace verstka::detail::typo
