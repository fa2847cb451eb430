#include "cli/report.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

namespace verstka::cli {

namespace {

using json = nlohmann::ordered_json;

json diagnostic_json(const Diagnostic& d) {
    json j = {
        {"severity", severity_name(d.severity)}, {"code", d.code}, {"message", d.message}, {"path", d.path}};
    if (d.line > 0) {
        j["line"] = d.line;
        j["column"] = d.column;
    }
    return j;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

void print_diagnostics(std::ostream& err, std::string_view file, const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        err << file;
        if (d.line > 0) err << ':' << d.line << ':' << d.column;
        err << ": " << severity_name(d.severity) << ": " << d.message << " [" << d.code << ']';
        if (!d.path.empty()) err << " at " << d.path;
        err << '\n';
    }
}

std::string result_record(std::size_t line, const RenderResult& result) {
    json diagnostics = json::array();
    for (const Diagnostic& d : result.diagnostics) diagnostics.push_back(diagnostic_json(d));
    json record = {
        {"line", line}, {"ok", result.ok}, {"html", result.html}, {"diagnostics", std::move(diagnostics)}};
    return dump(record);
}

std::string rules_listing(bool as_json) {
    const std::vector<RuleInfo> rules = typography_rules();
    if (as_json) {
        json list = json::array();
        for (const RuleInfo& r : rules) {
            list.push_back({{"id", r.id},
                            {"title", {{"ru", r.title_ru}, {"en", r.title_en}}},
                            {"default", r.on_by_default}});
        }
        return dump(list) + "\n";
    }
    std::string out;
    for (const RuleInfo& r : rules) {
        out += r.on_by_default ? "on   " : "off  ";
        out += r.id;
        out.append(r.id.size() < 28 ? 28 - r.id.size() : 1, ' ');
        out += r.title_en;
        out += '\n';
    }
    return out;
}

}  // namespace verstka::cli
