#include "typography/engine.hpp"

#include "typography/context.hpp"
#include "typography/phone.hpp"
#include "typography/quote_analysis.hpp"
#include "typography/tokenizer.hpp"

namespace verstka::detail::typo {

std::uint32_t present_kinds(const std::vector<Token>& tokens) noexcept {
    std::uint32_t bits = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bits |= needs_of(tokens[i]);
        if (ends_initial(tokens, i)) bits |= need::initial;
        if (tokens[i].kind == Kind::space) {
            const std::uint32_t run = tokens[i].run;
            const bool first = i == 0 || tokens[i - 1].run != run;
            const bool last = i + 1 == tokens.size() || tokens[i + 1].run != run;
            if (tokens[i].text != " " || first || last) bits |= need::spacing;
        }
    }
    return bits;
}

bool mask_matches(std::string_view mask, std::string_view id) noexcept {
    if (mask == "*") return true;
    if (mask.size() >= 2 && mask.substr(mask.size() - 2) == "/*") {
        const std::string_view group = mask.substr(0, mask.size() - 1);  // keeps the '/'
        return id.substr(0, group.size()) == group;
    }
    return mask == id;
}

// Once per rule set, which the default options build once per process.
[[gnu::cold]] void RuleSet::plan() {
    glyphs = GlyphTable(rules);
    gaps = GapTable(rules);
    for (std::size_t position = 0; position < rules.size(); ++position) {
        const Rule* rule = rules[position];
        if (rule->separate) separating.push_back(rule);
        const Step step{glyphs.group_starting_at(position), rule->apply ? rule : nullptr};
        if (step.group >= 0 || step.pass) steps.push_back(step);
    }
}

namespace {

// Once per process for the default options (cold: kept small rather than fast).
[[gnu::cold]] RuleSet resolve(const std::vector<std::string>& enable,
                              const std::vector<std::string>& disable) {
    RuleSet set;
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    set.rules.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        bool on = rules[i]->on_by_default;
        for (const std::string& mask : enable) {
            if (mask_matches(mask, rules[i]->id)) on = true;
        }
        for (const std::string& mask : disable) {
            if (mask_matches(mask, rules[i]->id)) on = false;
        }
        if (on) set.rules.push_back(rules[i]);
    }
    set.plan();
    return set;
}

}  // namespace

Engine::Engine(const TypographOptions& options) : options_(options) {
    if (options.enable.empty() && options.disable.empty()) {
        static const RuleSet defaults = resolve(options.enable, options.disable);  // both empty
        set_ = &defaults;
    } else {
        own_ = std::make_unique<RuleSet>(resolve(options.enable, options.disable));
        set_ = own_.get();
    }
}

Engine::Engine(const TypographOptions& options, const std::vector<std::string_view>& ids)
    : options_(options), own_(std::make_unique<RuleSet>()), set_(own_.get()) {
    std::size_t count = 0;
    const Rule* const* rules = all_rules(count);
    for (std::size_t i = 0; i < count; ++i) {
        for (std::string_view id : ids) {
            if (mask_matches(id, rules[i]->id)) {
                own_->rules.push_back(rules[i]);
                break;
            }
        }
    }
    own_->plan();
}

void Engine::process(const std::vector<Piece>& pieces, Paragraph& out, bool trim, Diagnostics* diagnostics,
                     Position origin) const {
    out.tokens.clear();
    out.arena.clear();
    std::size_t total = 0;
    for (const Piece& piece : pieces) total += piece.text.size();
    out.tokens.reserve(total / 3 + 4);
    char32_t prev = 0;
    std::uint32_t present = 0;
    std::uint32_t base = 0;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const Piece& piece = pieces[k];
        const auto run = static_cast<std::uint32_t>(k);
        if (piece.type == Piece::Type::text) {
            tokenize(piece.text, run, base, prev, out.tokens, present);
        } else if (!piece.text.empty()) {
            Token tok;
            tok.kind = piece.type == Piece::Type::verbatim ? Kind::opaque : Kind::markup;
            tok.text = piece.text;
            tok.run = run;
            tok.offset = base;
            out.tokens.push_back(tok);
            if (piece.type == Piece::Type::verbatim) prev = U'x';
        }
        base += static_cast<std::uint32_t>(piece.text.size());
    }
    Context context(out.tokens, out.arena, options_, out.quotes, out.kinds);
    context.trim = trim;
    // Rules only turn tokens into other forms of the same kind, so what is present before
    // the first rule (`present`, as the tokenizer found it) is all any rule can need.
    // Words written together are separated first, so that the phones, the quotes and every
    // rule read `12мм` with the gap of `12 мм`.
    for (const Rule* rule : set_->separating) {
        if ((rule->needs & present) == rule->needs) {
            rule->separate(context);
            context.compact();
        }
    }
    mark_phones(context);
    if (present & need::quote) {
        analyze_quotes(context, out.quotes);
    } else {
        out.quotes.clear();
    }
    const std::uint32_t glyph_rows = set_->glyphs.active(present);
    for (const RuleSet::Step& step : set_->steps) {
        if (step.group >= 0) {
            set_->glyphs.rewrite(context, glyph_rows, step.group);
            context.compact();
        }
        if (step.pass && (step.pass->needs & present) == step.pass->needs) {
            step.pass->apply(context);
            context.compact();
        }
    }
    // Every sign is in its final form and every space in place: the gaps are decided last.
    set_->gaps.decide(context, present);
    if (diagnostics) diagnose(out.tokens, out.quotes, out.kinds, pieces, origin, *diagnostics);
}

}  // namespace verstka::detail::typo
