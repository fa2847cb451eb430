// Link and image destinations and code-block info strings, as they may appear in our HTML.
#ifndef VERSTKA_MARKDOWN_DESTINATION_HPP
#define VERSTKA_MARKDOWN_DESTINATION_HPP

#include <string>
#include <string_view>

namespace verstka::detail {

struct Destination {
    bool allowed = false;
    std::string href;    ///< percent-encoded address to write, when allowed
    std::string reason;  ///< why it was rejected
    bool external = false;
};

/// Checks a destination as cmark decoded it (entities and backslash escapes resolved) against
/// the URL policy, after also decoding percent-escapes in the part that could be a scheme
/// (`%6Aavascript:`), and percent-encodes what is left for an attribute (`/a b` → `/a%20b`).
Destination resolve_destination(std::string_view url);

/// The class-safe language name of a fenced code block: the info string's first word with
/// everything outside [A-Za-z0-9_+-] removed (`c++`, `js`); empty when nothing is left.
std::string code_language(std::string_view info);

}  // namespace verstka::detail

#endif
