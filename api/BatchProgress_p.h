#pragma once

#include "BatchProgress.h"
#include "ExactJson.h"

#include <optional>

namespace migo::api::parse {

/// A frame's or a result's JSON (contract §18); nothing and `problem` set when `batchId` or the counts are missing.
/// Private to api/: CmsClient.h stays free of nlohmann/json.
std::optional<BatchProgress> batchProgress(const json::Json& value, QString& problem);

} // namespace migo::api::parse
