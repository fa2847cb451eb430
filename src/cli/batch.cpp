#include "cli/batch.hpp"

#include <algorithm>
#include <atomic>
#include <istream>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "cli/report.hpp"

namespace verstka::cli {

namespace {

// Lines are rendered in chunks so memory stays bounded on endless input while every
// worker has enough to do between synchronisations.
constexpr std::size_t kChunkLines = 512;

struct Job {
    std::size_t line = 0;
    std::string input;
    std::string output;
    bool failed = false;
};

void render_chunk(std::vector<Job>& jobs, const RenderOptions& options, unsigned workers) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            RenderResult result = render_article(jobs[i].input, options);
            jobs[i].failed = !result.ok;
            jobs[i].output = result_record(jobs[i].line, result);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
}

}  // namespace

BatchSummary render_batch(std::istream& in, std::ostream& out, const RenderOptions& options,
                          std::ostream* progress) {
    const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    BatchSummary summary;
    std::size_t line_number = 0;
    std::vector<Job> jobs;
    std::string line;
    bool more = true;
    while (more) {
        jobs.clear();
        while (jobs.size() < kChunkLines && (more = static_cast<bool>(std::getline(in, line)))) {
            ++line_number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            jobs.push_back(Job{line_number, std::move(line), {}, false});
        }
        render_chunk(jobs, options, workers);
        for (const Job& job : jobs) {
            out << job.output << '\n';
            summary.failed += job.failed ? 1 : 0;
        }
        summary.records += jobs.size();
        if (progress) *progress << "\rrendered " << summary.records << " articles" << std::flush;
    }
    out.flush();
    if (progress && summary.records > 0) *progress << '\n';
    return summary;
}

}  // namespace verstka::cli
