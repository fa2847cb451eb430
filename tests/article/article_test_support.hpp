// Shared helpers for the article model tests.
#ifndef VERSTKA_TESTS_ARTICLE_SUPPORT_HPP
#define VERSTKA_TESTS_ARTICLE_SUPPORT_HPP

#include <optional>
#include <string>
#include <string_view>

#include "article/parse_article.hpp"

namespace verstka::test {

struct Parsed {
    std::optional<detail::Article> article;
    Diagnostics diagnostics;
};

inline Parsed parse(std::string_view json, ParseOptions options = {}) {
    Parsed p;
    p.article = detail::parse_article(json, options, p.diagnostics);
    return p;
}

/// The first diagnostic with `code`, or nothing.
inline const Diagnostic* find_code(const Diagnostics& diagnostics, std::string_view code) {
    for (const Diagnostic& d : diagnostics) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

/// All diagnostics on one line each, for failure messages.
inline std::string dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + severity_name(d.severity) +
               " " + d.code + " at '" + d.path + "': " + d.message + "\n";
    }
    return out.empty() ? "(no diagnostics)" : out;
}

}  // namespace verstka::test

#endif
