// Plain text written into inline CommonMark fields: markup characters escaped, nothing else.
#include <doctest/doctest.h>

#include "import/inline_markdown.hpp"

using verstka::detail::plain_to_inline_markdown;

TEST_CASE("plain text is escaped exactly where CommonMark would read markup") {
    struct Case {
        const char* plain;
        const char* markdown;
    };
    const Case cases[] = {
        {"Обычный текст, «кавычки» и (скобки).", "Обычный текст, «кавычки» и (скобки)."},
        {"5*3 и snake_case", "5\\*3 и snake\\_case"},
        {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
        {"[ссылка](javascript:alert(1))", "\\[ссылка\\](javascript:alert(1))"},
        {"`код` и \\", "\\`код\\` и \\\\"},
        {"AT&T и &amp; и &#169; и & ;", "AT&T и \\&amp; и \\&#169; и & ;"},
        {"# не заголовок, 1. не список", "# не заголовок, 1. не список"},
        {"!", "!"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.plain);
        CHECK(plain_to_inline_markdown(c.plain) == c.markdown);
    }
}
