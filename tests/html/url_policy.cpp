#include "html/url_policy.hpp"

#include <doctest/doctest.h>

#include <string>

using verstka::detail::check_url;
using verstka::detail::is_external_url;

namespace {

struct UrlCase {
    const char* input;
    bool allowed;
    const char* written;  // what the writer emits when allowed
};

}  // namespace

TEST_CASE("url policy: allowed addresses") {
    const UrlCase cases[] = {
        {"https://example.org/news/1", true, "https://example.org/news/1"},
        {"http://example.org", true, "http://example.org"},
        {"HTTPS://EXAMPLE.ORG/", true, "HTTPS://EXAMPLE.ORG/"},
        {"mailto:editor@example.org", true, "mailto:editor@example.org"},
        {"tel:+78622640000", true, "tel:+78622640000"},
        {"/news/sochi", true, "/news/sochi"},
        {"news/sochi.html", true, "news/sochi.html"},
        {"../images/a.jpg", true, "../images/a.jpg"},
        {"?page=2", true, "?page=2"},
        {"#comments", true, "#comments"},
        {"//cdn.example.org/a.jpg", true, "//cdn.example.org/a.jpg"},
        {"  https://example.org  ", true, "https://example.org"},
        {"https://example.org/a b", true, "https://example.org/a b"},
        {"/path/with:colon", true, "/path/with:colon"},
        {"#section:2", true, "#section:2"},
        {"/search?q=a&b:c", true, "/search?q=a&b:c"},
        {"https://ru.wikipedia.org/wiki/Сочи", true, "https://ru.wikipedia.org/wiki/Сочи"},
    };
    for (const UrlCase& c : cases) {
        CAPTURE(c.input);
        const auto verdict = check_url(c.input);
        CHECK(verdict.allowed);
        CHECK(verdict.url == c.written);
    }
}

TEST_CASE("url policy: dangerous and disguised schemes are rejected") {
    const char* cases[] = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "javascript\t:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://example.org",
        "blob:https://example.org/uuid",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "%6Aavascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript\x0B:alert(1)",
        "\xE2\x80\x8Bjavascript:alert(1)",  // zero-width space before the scheme
        "",
        "   ",
        "unknown:thing",
    };
    for (const char* c : cases) {
        const std::string input(c, std::char_traits<char>::length(c));
        CAPTURE(input);
        const auto verdict = check_url(input);
        CHECK_FALSE(verdict.allowed);
        CHECK_FALSE(verdict.reason.empty());
    }
}

TEST_CASE("url policy: NUL in the middle is rejected") {
    const std::string input("java\0script:alert(1)", 20);
    CHECK_FALSE(check_url(input).allowed);
}

TEST_CASE("url policy: external addresses") {
    CHECK(is_external_url("https://example.org"));
    CHECK(is_external_url("HTTP://example.org"));
    CHECK(is_external_url("//cdn.example.org/x"));
    CHECK_FALSE(is_external_url("/news"));
    CHECK_FALSE(is_external_url("mailto:a@b.c"));
    CHECK_FALSE(is_external_url("#top"));
}
