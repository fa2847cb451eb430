// Memory for one cmark document: a bump allocator behind cmark's `cmark_mem` interface.
//
// cmark allocates one node per delimiter, period and bracket, and frees them one by one:
// with the system allocator a field of 10,000 quote marks spent most of its time in malloc
// and free. In an arena each allocation is a pointer bump, `free` is nothing, and the whole
// document goes at once when the arena's scope ends.
#ifndef VERSTKA_MARKDOWN_CMARK_ARENA_HPP
#define VERSTKA_MARKDOWN_CMARK_ARENA_HPP

#include <cmark.h>

#include <cstddef>
#include <vector>

namespace verstka::detail {

/// While a `CmarkArena` is alive, `memory()` allocates from it on this thread; scopes nest,
/// the innermost one serves. Free and realloc go to the arena a block came from. Everything
/// cmark made from `memory()` in a scope is released at the scope's end, so no cmark object
/// may outlive it (and none needs `cmark_node_free`).
class CmarkArena {
public:
    CmarkArena();
    ~CmarkArena();
    CmarkArena(const CmarkArena&) = delete;
    CmarkArena& operator=(const CmarkArena&) = delete;

    /// The allocator to give `cmark_parser_new_with_mem`.
    static cmark_mem* memory() noexcept;

    void* allocate(std::size_t size) noexcept;
    void* reallocate(void* pointer, std::size_t size) noexcept;
    void release(void* pointer) noexcept;

private:
    struct Block {
        unsigned char* data;
        std::size_t size;
    };

    std::vector<Block> blocks_;
    unsigned char* next_ = nullptr;  // free space of the last block: [next_, end_)
    unsigned char* end_ = nullptr;
    unsigned char* last_ = nullptr;  // the latest allocation: it may grow or shrink in place
    CmarkArena* outer_;
};

}  // namespace verstka::detail

#endif
