// migo-bench-money: Google Benchmark micro-benchmark of the client's exact-decimal JSON parse (issue 7, "Money
// parse"). BM_ExactParse is api::json::exactParse (every non-integer number kept as its exact text, ExactJson.h);
// BM_NlohmannParse is plain nlohmann::json::parse of the same bytes (the reference); BM_DecodeCards is the whole
// decode the client runs on a partner card list (envelope, exact parse, 200,000 api::Card with api::Money).
//
//   migo-bench-money [--payload=FILE] [Google Benchmark options]
//
// Without --payload a 200,000-card list in the sandbox's wire format is generated (fixed seed).

#include "Envelope.h"
#include "ExactJson.h"
#include "Parsers.h"

#include <benchmark/benchmark.h>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string g_payload;

/// A card list envelope like GET /app/partners/{p}/cards answers: `cards` cards with exact decimal balances.
std::string generatedPayload(int cards) {
    std::mt19937_64 random(7);
    std::string text = R"({"success":true,"message":"ok","data":[)";
    for (int index = 0; index < cards; ++index) {
        const auto units = std::uniform_int_distribution<long long>(0, 99999999)(random);
        if (index > 0)
            text += ',';
        text += R"({"cardId":)" + std::to_string(index + 1) + R"(,"maskedPan":"459301******)" +
                std::to_string(1000 + index % 9000) +
                R"(","alias":"Principal","type":"PHYSICAL","status":"ACTIVE","balance":)" +
                std::to_string(units / 100) + '.' + std::to_string(10 + units % 90) +
                R"(,"currency":"GTQ","cardholderId":)" + std::to_string(index / 2 + 1) +
                R"(,"cardholderName":"Selvin Hernández Cojulún"})";
    }
    text += "]}";
    return text;
}

void BM_NlohmannParse(benchmark::State& state) {
    for (auto _ : state) {
        nlohmann::json parsed = nlohmann::json::parse(g_payload);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(g_payload.size()));
}

void BM_ExactParse(benchmark::State& state) {
    for (auto _ : state) {
        std::optional<migo::api::json::Json> parsed =
            migo::api::json::exactParse(QByteArrayView(g_payload.data(), qsizetype(g_payload.size())));
        if (!parsed)
            state.SkipWithError("exactParse failed");
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(g_payload.size()));
}

void BM_DecodeCards(benchmark::State& state) {
    for (auto _ : state) {
        auto envelope = migo::api::decodeEnvelope(200, QByteArrayView(g_payload.data(), qsizetype(g_payload.size())));
        auto* data = std::get_if<migo::api::EnvelopeData>(&envelope);
        if (!data) {
            state.SkipWithError("the envelope was refused");
            break;
        }
        QString problem;
        auto cards = migo::api::parse::list<migo::api::Card>(data->data, problem, &migo::api::parse::card);
        if (!cards)
            state.SkipWithError("the card list was refused");
        benchmark::DoNotOptimize(cards);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(g_payload.size()));
}

BENCHMARK(BM_NlohmannParse)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExactParse)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DecodeCards)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    // Our own option first; Google Benchmark rejects what it does not know.
    std::vector<char*> arguments;
    std::string payloadPath;
    for (int index = 0; index < argc; ++index) {
        if (std::strncmp(argv[index], "--payload=", 10) == 0)
            payloadPath = argv[index] + 10;
        else
            arguments.push_back(argv[index]);
    }
    if (payloadPath.empty()) {
        g_payload = generatedPayload(200000);
    } else {
        std::ifstream file(payloadPath, std::ios::binary);
        std::stringstream buffer;
        buffer << file.rdbuf();
        g_payload = buffer.str();
        if (g_payload.empty()) {
            std::fprintf(stderr, "migo-bench-money: cannot read %s\n", payloadPath.c_str());
            return 1;
        }
    }
    int count = int(arguments.size());
    benchmark::Initialize(&count, arguments.data());
    if (benchmark::ReportUnrecognizedArguments(count, arguments.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
