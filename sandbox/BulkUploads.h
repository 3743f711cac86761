#pragma once

#include "BulkJob.h"
#include "HttpRouter.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QHttpServerResponder;
class QTcpSocket;
struct SandboxContext;

/// Bulk uploads (contract §18): the two upload routes, the progress stream and the batch result. Each upload
/// becomes a batch row and one job on a worker thread (bulk::runJob); the job's frames are kept here, in memory,
/// and written to every open progress stream as they come. Streams are served on the answering thread by taking
/// the connection from QHttpServer (HttpResponse::takeOver): an SSE head without a length, then frames, then the
/// server closes after the final frame. Lives on the answering thread.
class BulkUploads final : public QObject {
public:
    BulkUploads(SandboxContext& context, HttpRouter& router);
    /// Waits for the running jobs, then closes the open streams.
    ~BulkUploads() override;
    BulkUploads(const BulkUploads&) = delete;
    BulkUploads& operator=(const BulkUploads&) = delete;

private:
    /// A batch the jobs of this run know: its frames so far (frame n has `seq` n) and whether the last came.
    struct Batch {
        qint64 partnerId = 0;
        std::vector<QByteArray> frames;
        bool finished = false;
    };
    /// One open progress stream: the connection taken from QHttpServer and the next frame it needs.
    struct Stream {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        qint64 batchId = 0;
        std::size_t next = 0;
    };

    HttpResponse upload(HttpRequest& request, bulk::Kind kind);
    HttpResponse progress(HttpRequest& request);
    HttpResponse result(HttpRequest& request);
    /// The batch `batchId` of `partnerId` from the table (404 7010 otherwise); marks one left running by a previous
    /// run of the sandbox as failed. Returns its status.
    QString requireBatch(qint64 partnerId, qint64 batchId);
    /// Worker thread: keeps `frame` and wakes the streams on the answering thread.
    void publish(qint64 batchId, const Json& frame, bool final);
    /// Writes to every stream of `batchId` the frames it has not had; closes those that had the final one.
    void flush(qint64 batchId);
    void open(QHttpServerResponder&& responder, qint64 batchId, std::size_t after, QByteArray storedFinal);

    SandboxContext& m_context;
    QThreadPool m_jobs;
    QMutex m_mutex; ///< guards m_batches (the jobs append, the answering thread reads)
    std::map<qint64, Batch> m_batches;
    std::vector<Stream> m_streams; ///< answering thread only
    QTimer m_keepAlive;
};
