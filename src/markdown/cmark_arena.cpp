#include "markdown/cmark_arena.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

// Under AddressSanitizer a kept block is poisoned, so that reading a tree after its document
// ended is still reported.
#if defined(__SANITIZE_ADDRESS__)
#define VERSTKA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VERSTKA_ASAN 1
#endif
#endif
#ifdef VERSTKA_ASAN
#include <sanitizer/asan_interface.h>
#define VERSTKA_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define VERSTKA_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define VERSTKA_POISON(p, n) ((void)(p), (void)(n))
#define VERSTKA_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace verstka::detail {

namespace {

// Every allocation is preceded by its size (for `reallocate` to copy) and its arena (so that
// free and realloc reach the right one); both keep the alignment malloc gives.
struct Header {
    std::size_t size;
    CmarkArena* owner;
};
constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kHeader = (sizeof(Header) + kAlign - 1) & ~(kAlign - 1);
// Blocks double from the first size up to the largest; a larger request gets its own block.
constexpr std::size_t kFirstBlock = 64 * 1024;
constexpr std::size_t kLargestBlock = 4 * 1024 * 1024;
// Up to this much of the blocks is kept per thread between documents: most renders then
// allocate nothing for cmark, and natively large ones do not fault in fresh pages every time
// (as glibc keeps up to 64 MiB at the top of its heap). Wasm has no pages to fault in, and
// what its allocator gets back it can reuse for anything.
#ifdef __EMSCRIPTEN__
constexpr std::size_t kKeptBytes = 4 * 1024 * 1024;
#else
constexpr std::size_t kKeptBytes = 32 * 1024 * 1024;
#endif

thread_local CmarkArena* current = nullptr;

// The kept blocks; freed when their thread ends.
struct KeptBlocks {
    std::vector<std::pair<unsigned char*, std::size_t>> blocks;
    std::size_t bytes = 0;
    ~KeptBlocks() {
        for (const auto& b : blocks) {
            VERSTKA_UNPOISON(b.first, b.second);
            std::free(b.first);
        }
    }
    // The latest kept block that fits: the one the previous document used, still in cache.
    unsigned char* take(std::size_t& size) {
        for (std::size_t i = blocks.size(); i-- > 0;) {
            if (blocks[i].second < size) continue;
            unsigned char* data = blocks[i].first;
            size = blocks[i].second;
            bytes -= size;
            blocks[i] = blocks.back();
            blocks.pop_back();
            VERSTKA_UNPOISON(data, size);
            return data;
        }
        return nullptr;
    }
};
thread_local KeptBlocks kept;

std::size_t aligned(std::size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

Header* header_of(void* pointer) {
    return reinterpret_cast<Header*>(static_cast<unsigned char*>(pointer) - kHeader);
}

// cmark cannot go on after a failed allocation (its own allocator aborts), nor can we; the
// input limits keep a document far from this.
[[noreturn]] void out_of_memory() { std::abort(); }

void* arena_calloc(std::size_t count, std::size_t size) {
    if (current == nullptr || (size != 0 && count > SIZE_MAX / 4 / size)) out_of_memory();
    void* p = current->allocate(count * size);
    std::memset(p, 0, count * size);
    return p;
}

void* arena_realloc(void* pointer, std::size_t size) {
    if (pointer != nullptr) return header_of(pointer)->owner->reallocate(pointer, size);
    if (current == nullptr) out_of_memory();
    return current->allocate(size);
}

void arena_free(void* pointer) {
    if (pointer != nullptr) header_of(pointer)->owner->release(pointer);
}

cmark_mem arena_memory = {arena_calloc, arena_realloc, arena_free};

}  // namespace

CmarkArena::CmarkArena() : outer_(current) { current = this; }

CmarkArena::~CmarkArena() {
    for (const Block& b : blocks_) {
        if (kept.bytes + b.size <= kKeptBytes) {
            VERSTKA_POISON(b.data, b.size);
            kept.blocks.emplace_back(b.data, b.size);
            kept.bytes += b.size;
        } else {
            std::free(b.data);
        }
    }
    current = outer_;
}

cmark_mem* CmarkArena::memory() noexcept { return &arena_memory; }

void* CmarkArena::allocate(std::size_t size) noexcept {
    if (size > SIZE_MAX / 4) out_of_memory();
    const std::size_t need = kHeader + aligned(size);
    if (static_cast<std::size_t>(end_ - next_) < need) {
        // Blocks double up to kLargestBlock; a larger request gets a block of its own size.
        std::size_t block = blocks_.empty() ? kFirstBlock : blocks_.back().size * 2;
        if (block > kLargestBlock) block = kLargestBlock;
        if (block < need) block = need;
        unsigned char* data = kept.take(block);
        if (data == nullptr) data = static_cast<unsigned char*>(std::malloc(block));
        if (data == nullptr) out_of_memory();
        blocks_.push_back({data, block});
        next_ = data;
        end_ = data + block;
    }
    unsigned char* p = next_ + kHeader;
    *header_of(p) = {size, this};
    next_ += need;
    last_ = p;
    return p;
}

void* CmarkArena::reallocate(void* pointer, std::size_t size) noexcept {
    auto* p = static_cast<unsigned char*>(pointer);
    const std::size_t old = header_of(p)->size;
    // cmark's buffers grow by realloc: the latest allocation grows where it is.
    if (p == last_ && size <= SIZE_MAX / 4 && static_cast<std::size_t>(end_ - p) >= aligned(size)) {
        header_of(p)->size = size;
        next_ = p + aligned(size);
        return p;
    }
    auto* fresh = static_cast<unsigned char*>(allocate(size));
    std::memcpy(fresh, p, old < size ? old : size);
    return fresh;
}

void CmarkArena::release(void* pointer) noexcept {
    // Only the latest allocation gives its space back; the rest waits for the arena's end.
    if (pointer == last_) {
        next_ = last_ - kHeader;
        last_ = nullptr;
    }
}

}  // namespace verstka::detail
