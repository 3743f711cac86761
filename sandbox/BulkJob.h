#pragma once

#include "JsonSupport.h"

#include <QByteArray>
#include <QString>

#include <functional>

/// One bulk upload's background work (contract §18): reads the workbook's first sheet, creates its rows in chunks
/// of kChunkRows, one transaction each, on the calling (worker) thread's own database connection, keeps each row's
/// outcome in `bulk_batch_rows` and the counts in `bulk_batches`, and hands a progress frame to `publish` after the
/// sheet is read and after each chunk.
namespace bulk {

enum class Kind { Cardholders, Cards };
/// "cardholders" or "cards", as in the frames and the upload's answer.
const char* kindName(Kind kind);

inline constexpr int kChunkRows = 200;

struct JobSpec {
    qint64 batchId = 0;
    qint64 partnerId = 0;
    Kind kind = Kind::Cardholders;
    QByteArray file;      ///< the .xlsx bytes as uploaded
    QString databasePath; ///< a file (the worker opens its own connection)
    int chunkDelayMs = 0; ///< pause after each chunk (sandbox --bulk-chunk-delay, for tests and demos)
};

/// Receives each frame (contract §18, `seq` set) on the worker thread; `final` for the last one.
using Publish = std::function<void(const Json& frame, bool final)>;

/// Runs the batch to its end; never throws (a failure becomes a `failed` frame). Worker thread only.
void runJob(const JobSpec& spec, const Publish& publish);

/// The batch id as the wire writes it: "bat_<id>".
QString batchIdText(qint64 batchId);

} // namespace bulk
