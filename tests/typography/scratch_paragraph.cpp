// The per-thread paragraph buffer (src/typography/scratch_paragraph.*): reused from one
// paragraph to the next, never shared by two live scratches, and not kept when huge.
#include <doctest/doctest.h>

#include <string>
#include <thread>

#include "typography/scratch_paragraph.hpp"

using verstka::detail::typo::Paragraph;
using verstka::detail::typo::ScratchParagraph;
using verstka::detail::typo::Token;

TEST_CASE("scratch paragraph: the next paragraph on a thread reuses the buffer, emptied") {
    const Token* storage = nullptr;
    {
        ScratchParagraph scratch;
        scratch.get().tokens.resize(1000);
        scratch.get().arena.emplace_front("replaced text");
        storage = scratch.get().tokens.data();
    }
    ScratchParagraph scratch;
    CHECK(scratch.get().tokens.empty());
    CHECK(scratch.get().arena.empty());
    CHECK(scratch.get().tokens.capacity() >= 1000);
    scratch.get().tokens.resize(1000);
    CHECK(scratch.get().tokens.data() == storage);
}

TEST_CASE("scratch paragraph: a nested scratch gets a buffer of its own") {
    ScratchParagraph outer;
    outer.get().tokens.resize(3);
    {
        ScratchParagraph inner;
        CHECK(&inner.get() != &outer.get());
        inner.get().tokens.resize(10);
    }
    CHECK(outer.get().tokens.size() == 3);
}

TEST_CASE("scratch paragraph: a buffer grown past the limit is not kept") {
    {
        ScratchParagraph scratch;
        scratch.get().tokens.resize(std::size_t{1} << 19);
    }
    ScratchParagraph scratch;
    CHECK(scratch.get().tokens.capacity() <= (std::size_t{1} << 18));
}

TEST_CASE("scratch paragraph: each thread has its own") {
    ScratchParagraph here;
    const Paragraph* mine = &here.get();
    const Paragraph* theirs = nullptr;
    std::thread([&] {
        ScratchParagraph there;
        theirs = &there.get();
    }).join();
    CHECK(theirs != mine);
}
