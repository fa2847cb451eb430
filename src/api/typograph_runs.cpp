// The public typograph_runs(): the engine's run-based entry (detail::Typographer) behind the
// public TextRun, for callers that keep their own markup between the runs (a rehype tree).
#include <utility>

#include "typography/typographer.hpp"
#include "verstka/typograph.hpp"

namespace verstka {

// Cold: the engine is not inlined here a second time (the renderer's call keeps it), which
// keeps the wasm within its size budget; a rehype pass is not a hot path.
[[gnu::cold]] Diagnostics typograph_runs(std::vector<TextRun>& runs, const TypographOptions& options) {
    Diagnostics diagnostics;
    if (runs.empty()) return diagnostics;
    std::vector<detail::TextRun> engine_runs(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        engine_runs[i].text = std::move(runs[i].text);
        engine_runs[i].verbatim = runs[i].verbatim;
    }
    const detail::Typographer typographer(options);
    typographer.typeset(engine_runs, &diagnostics);
    for (std::size_t i = 0; i < runs.size(); ++i) runs[i].text = std::move(engine_runs[i].text);
    return diagnostics;
}

}  // namespace verstka
