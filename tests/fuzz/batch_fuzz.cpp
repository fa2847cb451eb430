// libFuzzer target: the CLI's NDJSON batch reader. One record per non-blank line, in order,
// each a JSON object whose html passes the card checks.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/batch.hpp"
#include "properties.hpp"

using namespace verstka;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::size_t expected = 0;
    std::istringstream lines(input);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos) ++expected;
    }

    std::istringstream in(input);
    std::ostringstream out;
    const cli::BatchSummary summary = cli::render_batch(in, out, RenderOptions{}, nullptr);
    fuzz::require(summary.records == expected ? "" : "record count differs from non-blank lines", "batch",
                  input);

    std::istringstream records(out.str());
    std::size_t count = 0, failed = 0;
    long long previous_line = 0;
    for (std::string record; std::getline(records, record); ++count) {
        fuzz::require(fuzz::check_utf8(record), "record UTF-8", record);
        const nlohmann::json j = nlohmann::json::parse(record, nullptr, false);
        fuzz::require(j.is_object() && j["line"].is_number_integer() && j["ok"].is_boolean() &&
                              j["html"].is_string() && j["diagnostics"].is_array()
                          ? ""
                          : "record is not {line, ok, html, diagnostics}",
                      "batch record", record);
        const long long line = j["line"].get<long long>();
        fuzz::require(line > previous_line ? "" : "line numbers not increasing", "batch record", record);
        previous_line = line;
        if (j["ok"].get<bool>()) {
            fuzz::require(fuzz::check_card_html(j["html"].get<std::string>()), "card HTML", record);
        } else {
            ++failed;
        }
    }
    fuzz::require(count == summary.records && failed == summary.failed ? "" : "summary differs from records",
                  "batch", input);
    return 0;
}
