// The public typograph() and typography_rules().
#include "verstka/typograph.hpp"

#include "common/utf8.hpp"
#include "typography/engine.hpp"
#include "typography/html.hpp"
#include "typography/output.hpp"
#include "typography/scratch_paragraph.hpp"

namespace verstka {

TypographResult typograph(std::string_view input, const TypographOptions& options) {
    TypographResult result;
    std::string clean;
    std::string_view text = input;
    if (!detail::utf8::is_valid(input)) {
        clean = detail::utf8::sanitize(input);
        text = clean;
    }
    const detail::typo::Engine engine(options);
    if (options.mode == TextMode::html) {
        result.text = detail::typo::typeset_html(engine, text, &result.diagnostics);
        return result;
    }
    // Plain text: every line is a paragraph; line breaks are kept as they are.
    const bool entities = options.chars == CharOutput::entities;
    result.text.reserve(text.size() + text.size() / 8);
    detail::typo::ScratchParagraph scratch;
    detail::typo::Paragraph& paragraph = scratch.get();
    std::vector<detail::typo::Piece> pieces(1);
    std::size_t start = 0;
    int line = 1;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::size_t content_end = end;
        if (content_end > start && text[content_end - 1] == '\r') --content_end;
        pieces[0].text = text.substr(start, content_end - start);
        engine.process(pieces, paragraph, true, &result.diagnostics, detail::typo::Position{line, 1});
        const detail::typo::Token* tokens = paragraph.tokens.data();
        detail::typo::append_tokens(result.text, tokens, tokens + paragraph.tokens.size(), entities);
        result.text.append(text, content_end, end - content_end);
        if (end == text.size()) break;
        result.text += '\n';
        start = end + 1;
        ++line;
    }
    return result;
}

std::vector<RuleInfo> typography_rules() {
    std::size_t count = 0;
    const detail::typo::Rule* const* rules = detail::typo::all_rules(count);
    std::vector<RuleInfo> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        out.push_back({std::string(rules[i]->id), std::string(rules[i]->title_ru),
                       std::string(rules[i]->title_en), rules[i]->on_by_default});
    }
    return out;
}

}  // namespace verstka
