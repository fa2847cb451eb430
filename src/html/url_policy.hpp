// The one URL policy: which link and image addresses may appear in our HTML.
#ifndef VERSTKA_HTML_URL_POLICY_HPP
#define VERSTKA_HTML_URL_POLICY_HPP

#include <string>
#include <string_view>

namespace verstka::detail {

struct UrlVerdict {
    bool allowed = false;
    std::string url;     ///< the address to write (trimmed) when allowed
    std::string reason;  ///< why it was rejected, for a diagnostic
};

/// Allows http:, https:, mailto:, tel: and relative addresses (path, query, fragment,
/// protocol-relative `//host`). Anything else — `javascript:`, `data:`, `vbscript:`, unknown
/// schemes, and schemes disguised with case, whitespace or control characters — is rejected.
/// Callers must pass the *decoded* address (after entity and percent decoding of the scheme).
UrlVerdict check_url(std::string_view url);

/// True for an absolute http(s) address (external links get `rel="noopener noreferrer"`).
bool is_external_url(std::string_view url) noexcept;

}  // namespace verstka::detail

#endif
