// CmsClient's bulk-upload calls (contract §18): the multipart upload, one progress stream read as it arrives
// through a ReplySink, and the batch result.
#include "BatchProgress_p.h"
#include "ClientCore_p.h"
#include "CmsClient.h"
#include "Logging.h"
#include "MultipartForm.h"

namespace migo::api {

using detail::RequestSpec;

namespace {

/// Reads a `text/event-stream` 2xx body frame by frame as it arrives and hands each new frame on; remembers the
/// last frame number handled and whether the final frame came.
class ProgressSink final : public detail::ReplySink {
public:
    struct State {
        BatchStreamEnd end;
    };

    ProgressSink(std::shared_ptr<State> state, std::function<void(const BatchProgress&)> onFrame)
        : m_state(std::move(state))
        , m_onFrame(std::move(onFrame)) {}

    std::optional<ApiError> begin(const QByteArray& contentType, qint64) override {
        m_started = true;
        if (!contentType.toLower().startsWith("text/event-stream"))
            return errors::malformed(200, QStringLiteral("progress: expected text/event-stream, got ") +
                                              QString::fromLatin1(contentType.left(60)));
        return std::nullopt;
    }

    std::optional<ApiError> write(QByteArrayView chunk) override {
        for (const SseParser::Event& event : m_parser.feed(chunk)) {
            QString problem;
            const std::optional<json::Json> parsed = json::exactParse(event.data, &problem);
            std::optional<BatchProgress> frame =
                parsed ? parse::batchProgress(*parsed, problem) : std::optional<BatchProgress>();
            if (!frame)
                return errors::malformed(200, QStringLiteral("progress frame: ") + problem);
            bool numbered = false;
            const int id = event.id.toInt(&numbered);
            if (numbered)
                frame->seq = id;
            // A frame the reader already handled (a server replaying more than asked) is not handed on twice.
            if (frame->seq > 0 && frame->seq <= m_state->end.lastSeq)
                continue;
            m_state->end.lastSeq = frame->seq > 0 ? frame->seq : m_state->end.lastSeq + 1;
            m_state->end.sawFinal = m_state->end.sawFinal || frame->isFinal();
            if (m_onFrame)
                m_onFrame(*frame);
        }
        return std::nullopt;
    }

    std::optional<ApiError> finish() override { return std::nullopt; }
    void discard() override {}
    bool hasStarted() const override { return m_started; }

private:
    std::shared_ptr<State> m_state;
    std::function<void(const BatchProgress&)> m_onFrame;
    SseParser m_parser;
    bool m_started = false;
};

std::optional<BatchTicket> batchTicket(const json::Json& value, QString& problem) {
    json::FieldReader r(value, "upload");
    BatchTicket ticket{r.text({"id", "batchId"}, true)};
    if (!r.ok()) {
        problem = r.problem();
        return std::nullopt;
    }
    return ticket;
}

QString batchPath(const QString& batchId) {
    return QStringLiteral("/cardholders/batch/") + QString::fromLatin1(QUrl::toPercentEncoding(batchId));
}

} // namespace

CallHandle CmsClient::uploadBulk(BulkUploadKind kind, const QString& fileName, const QByteArray& workbook,
                                 const QString& otp, QObject* context, ProgressCallback uploadProgress,
                                 Callback<BatchTicket> done) {
    const bool cards = kind == BulkUploadKind::Cards;
    RequestSpec spec = d->cmsRequest("uploadBulk", "POST",
                                     cards ? QStringLiteral("/cards/upload") : QStringLiteral("/cardholders/upload"),
                                     detail::Access::Write);
    MultipartForm form;
    if (!otp.isEmpty())
        form.addField(QStringLiteral("otp"), otp);
    form.addFile(cards ? QStringLiteral("cards") : QStringLiteral("users"), fileName,
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
    spec.body = form.body();
    spec.contentType = form.contentType();
    CallHandle handle = d->start<BatchTicket>(std::move(spec), context, &batchTicket, std::move(done));
    if (auto* call = qobject_cast<detail::Call*>(handle.m_call.data()); call && uploadProgress)
        call->setUploadProgressHandler(std::move(uploadProgress));
    return handle;
}

CallHandle CmsClient::streamBatchProgress(const QString& batchId, int afterSeq, QObject* context,
                                          std::function<void(const BatchProgress&)> onFrame,
                                          Callback<BatchStreamEnd> done) {
    RequestSpec spec = d->cmsRequest("streamBatchProgress", "GET", batchPath(batchId) + QStringLiteral("/progress"),
                                     detail::Access::Read);
    spec.accept = "text/event-stream";
    spec.timeout = d->m_config.streamTimeout;
    if (afterSeq > 0)
        spec.lastEventId = QByteArray::number(afterSeq);
    auto state = std::make_shared<ProgressSink::State>();
    state->end.lastSeq = afterSeq;
    auto onOutcome = [done, state](detail::Call* call, detail::Outcome outcome) {
        if (ApiError* error = std::get_if<ApiError>(&outcome)) {
            call->finishWith([&] { done(Result<BatchStreamEnd>(std::move(*error))); });
            return;
        }
        const detail::RawReply& raw = std::get<detail::RawReply>(outcome);
        if (raw.httpStatus < 200 || raw.httpStatus >= 300) {
            auto decoded = decodeEnvelope(raw.httpStatus, raw.body, raw.retryAfter);
            ApiError error = std::holds_alternative<ApiError>(decoded)
                                 ? std::get<ApiError>(decoded)
                                 : errors::malformed(raw.httpStatus, QStringLiteral("progress: not a stream"));
            call->finishWith([&] { done(Result<BatchStreamEnd>(error)); });
            return;
        }
        call->finishWith([&] { done(Result<BatchStreamEnd>(state->end)); });
    };
    detail::Call* call = d->startRaw(std::move(spec), context, std::move(onOutcome));
    call->setSink(std::make_unique<ProgressSink>(state, std::move(onFrame)));
    return CallHandle(call);
}

CallHandle CmsClient::batchResult(const QString& batchId, QObject* context, Callback<BatchProgress> done) {
    RequestSpec spec =
        d->cmsRequest("batchResult", "GET", batchPath(batchId) + QStringLiteral("/result"), detail::Access::Read);
    return d->start<BatchProgress>(std::move(spec), context, &parse::batchProgress, std::move(done));
}

} // namespace migo::api
