#pragma once

// Private to CardListModel.cpp and CardListStreaming.cpp: the state of a streamed load (issue 19).

#include "CardListModel.h"

#include <QFutureWatcher>

#include <deque>

namespace migo::models {

struct CardListModel::Streaming {
    std::deque<QList<api::Card>> incoming; ///< batches as the client handed them, waiting for a worker
    std::deque<Rows> prepared;             ///< prepared on a worker, waiting for a turn of the event loop
    qsizetype preparedOffset = 0;          ///< rows of prepared.front() already inserted
    QFutureWatcher<Rows>* preparing = nullptr;
    int received = 0; ///< cards handed over so far: the load position of the next one
    bool insertScheduled = false;
    std::optional<api::Result<qsizetype>> end;
    /// Rows inserted per turn, adapted to what the last insertion cost (the view and any proxy react to each).
    qsizetype rowsPerTurn = 1024;
};

} // namespace migo::models
