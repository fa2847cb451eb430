// JSON Pointers (RFC 6901): the one builder every diagnostic path goes through.
#include <doctest/doctest.h>

#include <string>

#include "common/json_pointer.hpp"

using verstka::detail::append_pointer_index;
using verstka::detail::append_pointer_member;
using verstka::detail::pointer_to_index;
using verstka::detail::pointer_to_member;

TEST_CASE("a member's reference token escapes ~ as ~0 and / as ~1 (RFC 6901)") {
    struct Case {
        const char* key;
        const char* pointer;
    };
    const Case cases[] = {
        {"plain", "/plain"}, {"a/b", "/a~1b"}, {"m~n", "/m~0n"},  {"~/", "/~0~1"},
        {"~1", "/~01"},      {"", "/"},        {"ключ", "/ключ"}, {"a b", "/a b"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.key);
        CHECK(pointer_to_member("", c.key) == c.pointer);
    }
}

TEST_CASE("members and indexes extend a base pointer") {
    CHECK(pointer_to_member("/cover", "src") == "/cover/src");
    CHECK(pointer_to_index("/body", 3) == "/body/3");
    CHECK(pointer_to_index("", 0) == "/0");
    CHECK(pointer_to_member(pointer_to_index("/body", 12), "items") == "/body/12/items");
}

TEST_CASE("appending builds the pointer in place") {
    std::string pointer;
    append_pointer_member(pointer, "links");
    append_pointer_member(pointer, "a/b~c");
    append_pointer_index(pointer, 42);
    CHECK(pointer == "/links/a~1b~0c/42");
}
