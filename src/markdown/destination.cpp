#include "markdown/destination.hpp"

#include "common/ascii.hpp"
#include "html/url_policy.hpp"

namespace verstka::detail {

namespace {

using ascii::hex_value;

// Decodes %XX up to the first '/', '?' or '#': what a scheme could hide behind.
std::string decode_scheme_part(std::string_view url) {
    std::string out;
    out.reserve(url.size());
    std::size_t i = 0;
    for (; i < url.size(); ++i) {
        const char c = url[i];
        if (c == '/' || c == '?' || c == '#') break;
        if (c == '%' && i + 2 < url.size()) {
            const int hi = hex_value(url[i + 1]), lo = hex_value(url[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    out.append(url.substr(i));
    return out;
}

// RFC 3986 reserved and unreserved characters, plus '%' (existing escapes are kept as they
// are, so encoding twice changes nothing). Everything else — spaces, quotes, '<', '>', '\\',
// '`', '{', '}', '|', '^', '[', ']', control and non-ASCII bytes — is percent-encoded.
bool is_href_safe(unsigned char c) noexcept {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    switch (c) {
        case '-':
        case '_':
        case '.':
        case '~':
        case '!':
        case '$':
        case '&':
        case '\'':
        case '(':
        case ')':
        case '*':
        case '+':
        case ',':
        case ';':
        case '=':
        case ':':
        case '@':
        case '/':
        case '?':
        case '#':
        case '%':
            return true;
        default:
            return false;
    }
}

std::string percent_encode(std::string_view url) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(url.size());
    for (char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_href_safe(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out;
}

}  // namespace

Destination resolve_destination(std::string_view url) {
    Destination d;
    const UrlVerdict decoded = check_url(decode_scheme_part(url));
    if (!decoded.allowed) {
        d.reason = decoded.reason;
        return d;
    }
    // The decoded form is only for the verdict: the address is written as the editor gave it
    // (trimmed), percent-encoded, and checked once more in that form.
    std::size_t begin = 0, end = url.size();
    while (begin < end && static_cast<unsigned char>(url[begin]) <= 0x20) ++begin;
    while (end > begin && static_cast<unsigned char>(url[end - 1]) <= 0x20) --end;
    const UrlVerdict written = check_url(percent_encode(url.substr(begin, end - begin)));
    if (!written.allowed) {
        d.reason = written.reason;
        return d;
    }
    d.allowed = true;
    d.href = written.url;
    d.external = is_external_url(d.href);
    return d;
}

std::string code_language(std::string_view info) {
    std::string out;
    for (char c : info) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (out.empty()) continue;
            break;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
            c == '+' || c == '-') {
            out += c;
        }
    }
    return out;
}

}  // namespace verstka::detail
