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

}  // namespace

// The WHATWG URL parser strips leading and trailing C0 controls and spaces and removes every
// tab and line break inside, so "java\tscript:" and " javascript:" are judged as the browser
// will read them: the scheme is looked at after the same clean-up. One scan over the address.
UrlVerdict check_url(std::string_view url) {
    UrlVerdict verdict;
    std::size_t begin = 0;
    std::size_t end = url.size();
    while (begin < end && is_c0_or_space(static_cast<unsigned char>(url[begin]))) ++begin;
    while (end > begin && is_c0_or_space(static_cast<unsigned char>(url[end - 1]))) --end;
    // Both ends are now printable, so the address is empty only when nothing is left.
    if (begin == end) {
        verdict.reason = "the address is empty";
        return verdict;
    }
    bool breaks = false;  // a tab or line break inside, which the clean-up drops
    for (std::size_t i = begin; i < end; ++i) {
        const auto c = static_cast<unsigned char>(url[i]);
        if (c >= 0x20 && c != 0x7F) continue;
        if (c != '\t' && c != '\n' && c != '\r') {
            verdict.reason = "the address contains a control character";
            return verdict;
        }
        breaks = true;
    }
    std::string candidate;
    if (breaks) {
        candidate.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i) {
            if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') candidate += url[i];
        }
    } else {
        candidate.assign(url.data() + begin, end - begin);
    }
    // A scheme is whatever precedes the first ':' when no '/', '?' or '#' comes before it.
    std::size_t colon = std::string::npos;
    bool path_or_query = false;  // a '/' or '?' before the colon
    bool delimiter = false;      // a '/', '?' or '#' before the colon
    bool encoded = false;        // a '&', '%' or '\\' before the colon
    for (std::size_t i = 0; i < candidate.size(); ++i) {
        const char c = candidate[i];
        if (c == ':') {
            colon = i;
            break;
        }
        if (c == '/' || c == '?') {
            path_or_query = true;
            delimiter = true;
        } else if (c == '#') {
            delimiter = true;
        } else if (c == '&' || c == '%' || c == '\\') {
            encoded = true;
        }
    }
    // "&#106;avascript:" or "%6Aavascript:" is harmless to a browser reading our escaped
    // attribute, but becomes "javascript:" for any consumer that decodes once more.
    if (colon != std::string::npos && !path_or_query && encoded) {
        verdict.reason = "the address has an encoded or disguised scheme";
        return verdict;
    }
    if (colon == std::string::npos || delimiter) {
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
