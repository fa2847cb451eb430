#include "typography/scratch_paragraph.hpp"

namespace verstka::detail::typo {

namespace {

// A buffer grown past this goes back to the allocator after its paragraph: 10 MiB of tokens
// is a paragraph of about 1 MB, the largest string an article may hold.
constexpr std::size_t kKeptTokens = std::size_t{1} << 18;

struct Kept {
    Paragraph paragraph;
    bool in_use = false;
};

thread_local Kept kept;

}  // namespace

ScratchParagraph::ScratchParagraph() : paragraph_(&own_) {
    if (!kept.in_use) {
        kept.in_use = true;
        paragraph_ = &kept.paragraph;
    }
}

ScratchParagraph::~ScratchParagraph() {
    if (paragraph_ != &kept.paragraph) return;
    // The tokens point into texts that are about to go: keep only the storage.
    kept.paragraph.arena.clear();
    if (kept.paragraph.tokens.capacity() > kKeptTokens) {
        std::vector<Token>().swap(kept.paragraph.tokens);  // `= {}` would keep the capacity
    } else {
        kept.paragraph.tokens.clear();
    }
    kept.in_use = false;
}

}  // namespace verstka::detail::typo
