// Typographer (the engine as the renderer uses it) over runs of one paragraph.
#include "typography/typographer.hpp"

#include "common/utf8.hpp"
#include "typography/engine.hpp"
#include "typography/output.hpp"
#include "typography/scratch_paragraph.hpp"

namespace verstka::detail {

struct Typographer::Impl {
    explicit Impl(const TypographOptions& options) : engine(options) {}
    typo::Engine engine;
};

Typographer::Typographer(const TypographOptions& options) : impl_(new Impl(options)) {}
Typographer::~Typographer() = default;
Typographer::Typographer(Typographer&&) noexcept = default;
Typographer& Typographer::operator=(Typographer&&) noexcept = default;

void Typographer::typeset(std::vector<TextRun>& runs, Diagnostics* diagnostics) const {
    if (runs.empty()) return;
    for (TextRun& run : runs) {
        if (!run.verbatim && !utf8::is_valid(run.text)) {
            run.text = utf8::sanitize(run.text);
        }
    }
    std::vector<typo::Piece> pieces;
    pieces.reserve(runs.size());
    for (const TextRun& run : runs) {
        pieces.push_back({run.text, run.verbatim ? typo::Piece::Type::verbatim : typo::Piece::Type::text});
    }
    typo::ScratchParagraph scratch;
    typo::Paragraph& paragraph = scratch.get();
    impl_->engine.process(pieces, paragraph, true, diagnostics);
    // Build every run's new text before replacing any: tokens point into the old texts. The
    // tokens of a run stand together, in the order of the runs.
    std::vector<std::string> out(runs.size());
    const typo::Token* const end = paragraph.tokens.data() + paragraph.tokens.size();
    for (const typo::Token* first = paragraph.tokens.data(); first != end;) {
        const typo::Token* last = first;
        while (last != end && last->run == first->run) ++last;
        typo::append_tokens(out[first->run], first, last, false);
        first = last;
    }
    for (std::size_t k = 0; k < runs.size(); ++k) {
        if (!runs[k].verbatim) runs[k].text = std::move(out[k]);
    }
}

std::string Typographer::typeset(std::string_view text, Diagnostics* diagnostics) const {
    std::string clean;
    if (!utf8::is_valid(text)) {
        clean = utf8::sanitize(text);
        text = clean;
    }
    const std::vector<typo::Piece> pieces{{text, typo::Piece::Type::text}};
    typo::ScratchParagraph scratch;
    typo::Paragraph& paragraph = scratch.get();
    impl_->engine.process(pieces, paragraph, true, diagnostics);
    std::string out;
    typo::append_tokens(out, paragraph.tokens.data(), paragraph.tokens.data() + paragraph.tokens.size(),
                        false);
    return out;
}

}  // namespace verstka::detail
