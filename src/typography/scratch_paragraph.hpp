// A paragraph buffer reused from one typeset call to the next on the same thread.
#ifndef VERSTKA_TYPOGRAPHY_SCRATCH_PARAGRAPH_HPP
#define VERSTKA_TYPOGRAPHY_SCRATCH_PARAGRAPH_HPP

#include "typography/engine.hpp"

namespace verstka::detail::typo {

/// The token buffer of the paragraph being typeset, kept per thread: a card has dozens of
/// paragraphs and a text hundreds of lines, each of which would otherwise allocate its own,
/// and a long paragraph would fault in fresh pages as its buffer doubles. While one scratch is
/// alive on a thread, another one there gets a buffer of its own, so nesting is safe.
class ScratchParagraph {
public:
    ScratchParagraph();
    ~ScratchParagraph();
    ScratchParagraph(const ScratchParagraph&) = delete;
    ScratchParagraph& operator=(const ScratchParagraph&) = delete;

    Paragraph& get() noexcept { return *paragraph_; }

private:
    Paragraph own_;
    Paragraph* paragraph_;
};

}  // namespace verstka::detail::typo

#endif
