#include "html/url_policy.hpp"

#include "common/ascii.hpp"

namespace verstka::detail {

namespace {

constexpr std::string_view kAllowedSchemes[] = {"http", "https", "mailto", "tel"};

bool is_c0_or_space(unsigned char c) noexcept { return c <= 0x20 || c == 0x7F; }

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_scheme_char(char c) noexcept {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// The WHATWG URL parser strips leading/trailing C0 controls and spaces, and removes every
// tab and newline inside; we do the same before looking at the scheme, so "java\tscript:"
// and " javascript:" are seen for what the browser will see.
std::string normalise(std::string_view url) {
    std::size_t begin = 0, end = url.size();
    while (begin < end && is_c0_or_space(static_cast<unsigned char>(url[begin]))) ++begin;
    while (end > begin && is_c0_or_space(static_cast<unsigned char>(url[end - 1]))) --end;
    std::string out;
    out.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
        if (url[i] == '\t' || url[i] == '\n' || url[i] == '\r') continue;
        out += url[i];
    }
    return out;
}

}  // namespace

UrlVerdict check_url(std::string_view url) {
    UrlVerdict verdict;
    std::string candidate = normalise(url);
    if (candidate.empty()) {
        verdict.reason = "the address is empty";
        return verdict;
    }
    for (char c : candidate) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            verdict.reason = "the address contains a control character";
            return verdict;
        }
    }
    // A scheme is whatever precedes the first ':' that comes before any '/', '?' or '#'.
    const std::size_t colon = candidate.find(':');
    const std::size_t delimiter = candidate.find_first_of("/?#");
    // "&#106;avascript:" or "%6Aavascript:" is harmless to a browser reading our escaped
    // attribute, but becomes "javascript:" for any consumer that decodes once more.
    const std::string_view before_colon = std::string_view(candidate).substr(0, colon);
    if (colon != std::string::npos && before_colon.find_first_of("/?") == std::string::npos &&
        before_colon.find_first_of("&%\\") != std::string::npos) {
        verdict.reason = "the address has an encoded or disguised scheme";
        return verdict;
    }
    if (colon == std::string::npos || (delimiter != std::string::npos && delimiter < colon)) {
        verdict.allowed = true;  // relative: path, query, fragment or //host
        verdict.url = std::move(candidate);
        return verdict;
    }
    std::string scheme;
    bool well_formed = colon > 0 && is_alpha(candidate[0]);
    for (std::size_t i = 0; i < colon && well_formed; ++i) {
        well_formed = is_scheme_char(candidate[i]);
        scheme += lower(candidate[i]);
    }
    if (!well_formed) {
        verdict.reason = "the address has a malformed or disguised scheme";
        return verdict;
    }
    for (std::string_view allowed : kAllowedSchemes) {
        if (scheme == allowed) {
            verdict.allowed = true;
            verdict.url = std::move(candidate);
            return verdict;
        }
    }
    verdict.reason = "the scheme \"" + scheme +
                     ":\" is not allowed (only http, https, mailto, tel and relative addresses are)";
    return verdict;
}

bool is_external_url(std::string_view url) noexcept {
    return ascii::starts_with_folded(url, "http://") || ascii::starts_with_folded(url, "https://") ||
           ascii::starts_with_folded(url, "//");
}

}  // namespace verstka::detail
