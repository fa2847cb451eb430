// The arena cmark allocates from (src/markdown/cmark_arena.*): what cmark's allocator
// contract needs — zeroed calloc, realloc that keeps the contents, free of anything — and that
// frees reach the arena a block came from when scopes nest.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "markdown/cmark_arena.hpp"

using verstka::detail::CmarkArena;

namespace {

bool aligned(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % alignof(std::max_align_t) == 0; }

}  // namespace

TEST_CASE("cmark arena: calloc gives zeroed, aligned, distinct memory") {
    const CmarkArena arena;
    cmark_mem* mem = CmarkArena::memory();
    std::vector<unsigned char*> blocks;
    for (std::size_t size : {1u, 7u, 16u, 100u, 1000u, 70000u, 5000000u}) {
        auto* p = static_cast<unsigned char*>(mem->calloc(1, size));
        REQUIRE(p != nullptr);
        CHECK(aligned(p));
        bool zero = true;
        for (std::size_t i = 0; i < size; ++i) zero = zero && p[i] == 0;
        CHECK(zero);
        std::memset(p, 0xAB, size);
        blocks.push_back(p);
    }
    // Writing each block to its end did not touch the first byte of any other.
    for (unsigned char* p : blocks) CHECK(p[0] == 0xAB);
}

TEST_CASE("cmark arena: realloc keeps the contents, in place or by copy") {
    const CmarkArena arena;
    cmark_mem* mem = CmarkArena::memory();
    auto* grown = static_cast<char*>(mem->realloc(nullptr, 8));
    std::memcpy(grown, "abcdefg", 8);
    std::string expected = "abcdefg";
    // The latest allocation grows where it is, across block boundaries too.
    for (std::size_t size = 16; size <= (1u << 20); size *= 2) {
        grown = static_cast<char*>(mem->realloc(grown, size));
        CHECK(std::string(grown) == expected);
    }
    // Once something else was allocated, growing copies.
    auto* other = static_cast<char*>(mem->calloc(1, 32));
    auto* moved = static_cast<char*>(mem->realloc(grown, (1u << 21)));
    CHECK(moved != grown);
    CHECK(std::string(moved) == expected);
    CHECK(other[0] == 0);
    // Shrinking keeps the prefix.
    auto* small = static_cast<char*>(mem->realloc(moved, 4));
    CHECK(std::string(small, 4) == "abcd");
}

TEST_CASE("cmark arena: freeing the latest allocation gives its space back") {
    const CmarkArena arena;
    cmark_mem* mem = CmarkArena::memory();
    void* a = mem->calloc(1, 64);
    mem->free(a);
    void* b = mem->calloc(1, 64);
    CHECK(a == b);
    // Must not reuse: an earlier allocation freed out of order stays taken.
    void* c = mem->calloc(1, 64);
    mem->free(b);
    void* d = mem->calloc(1, 64);
    CHECK(d != c);
    mem->free(nullptr);  // allowed, like free(NULL)
}

TEST_CASE("cmark arena: scopes nest and a free reaches the block's own arena") {
    cmark_mem* mem = CmarkArena::memory();
    const CmarkArena outer;
    void* from_outer = mem->calloc(1, 64);
    {
        const CmarkArena inner;
        void* from_inner = mem->calloc(1, 64);
        CHECK(from_inner != from_outer);
        // The outer arena's latest block is freed while the inner one serves: the outer
        // arena takes it back, the inner one is untouched.
        mem->free(from_outer);
        void* next_inner = mem->calloc(1, 64);
        CHECK(next_inner != from_outer);
    }
    CHECK(mem->calloc(1, 64) == from_outer);
}

TEST_CASE("cmark arena: documents one after another reuse a kept block") {
    cmark_mem* mem = CmarkArena::memory();
    void* first = nullptr;
    {
        const CmarkArena arena;
        first = mem->calloc(1, 100);
    }
    for (int i = 0; i < 100; ++i) {
        const CmarkArena arena;
        CHECK(mem->calloc(1, 100) == first);
    }
}

TEST_CASE("cmark arena: a whole cmark document parses and walks from it") {
    const CmarkArena arena;
    const std::string text = "*a* [b](c) `d`\n\n- e\n- \"f\" ... --\n";
    cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, CmarkArena::memory());
    cmark_parser_feed(parser, text.data(), text.size());
    cmark_node* root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    int nodes = 0;
    cmark_iter* it = cmark_iter_new(root);
    while (cmark_iter_next(it) != CMARK_EVENT_DONE) ++nodes;
    cmark_iter_free(it);
    CHECK(nodes > 10);
    char* html = cmark_render_html(root, CMARK_OPT_DEFAULT);
    CHECK(std::string(html).find("<em>a</em>") != std::string::npos);
    // cmark renders with the tree's allocator: the string is the arena's too.
    CmarkArena::memory()->free(html);
}
