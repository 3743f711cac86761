// The process-request operations of CmsClient (ref §4.7; contract §17): funding requests with evidence, their lists,
// the evidence download and the decisions.
#include "ClientCore_p.h"
#include "CmsClient.h"
#include "MultipartForm.h"
#include "ReportSink.h"

namespace migo::api {

using detail::Access;
using detail::RequestSpec;

namespace {

QString requestPath(qint64 id) {
    return QStringLiteral("/process-requests/%1").arg(id);
}

} // namespace

CallHandle CmsClient::createProcessRequest(const NewProcessRequest& request, QObject* context,
                                           ProgressCallback uploadProgress, Callback<ProcessRequest> done) {
    RequestSpec spec = d->cmsRequest("createProcessRequest", "POST", QStringLiteral("/process-request"), Access::Write);
    MultipartForm form;
    form.addField(QStringLiteral("requestedAmount"), request.requestedAmount.toString());
    if (!request.observations.isEmpty())
        form.addField(QStringLiteral("observations"), request.observations);
    if (!request.otp.isEmpty())
        form.addField(QStringLiteral("otp"), request.otp);
    const std::optional<EvidenceType> type = evidenceTypeOf(request.evidence);
    form.addFile(QStringLiteral("evidence"), request.fileName,
                 type ? mimeTypeOf(*type) : QByteArrayLiteral("application/octet-stream"), request.evidence);
    spec.contentType = form.contentType();
    spec.body = form.body();
    // An upload may take long on a slow line: the inactivity limit restarts with every byte sent.
    CallHandle handle = d->start<ProcessRequest>(std::move(spec), context, &parse::processRequest, std::move(done));
    if (auto* call = qobject_cast<detail::Call*>(handle.m_call.data()); call && uploadProgress)
        call->setUploadProgressHandler(std::move(uploadProgress));
    return handle;
}

CallHandle CmsClient::listProcessRequests(int page, int limit, QObject* context, Callback<Page<ProcessRequest>> done) {
    RequestSpec spec = d->cmsRequest("listProcessRequests", "GET", QStringLiteral("/process-requests"), Access::Read);
    spec.encodedQuery = QByteArray("page=") + QByteArray::number(page) + "&limit=" + QByteArray::number(limit);
    return d->start<Page<ProcessRequest>>(
        std::move(spec), context,
        [page, limit](const json::Json& data, QString& problem) {
            return parse::page<ProcessRequest>(data, problem, page, limit, &parse::processRequest);
        },
        std::move(done));
}

CallHandle CmsClient::allProcessRequests(QObject* context, Callback<QList<ProcessRequest>> done) {
    RequestSpec spec = d->cmsRequest("allProcessRequests", "GET", QStringLiteral("/process-request"), Access::Read);
    return d->start<QList<ProcessRequest>>(
        std::move(spec), context,
        [](const json::Json& data, QString& problem) {
            return parse::list<ProcessRequest>(data, problem, &parse::processRequest);
        },
        std::move(done));
}

CallHandle CmsClient::processRequest(qint64 id, QObject* context, Callback<ProcessRequest> done) {
    RequestSpec spec = d->cmsRequest("processRequest", "GET", requestPath(id), Access::Read);
    return d->start<ProcessRequest>(std::move(spec), context, &parse::processRequest, std::move(done));
}

CallHandle CmsClient::downloadEvidence(qint64 id, const QString& destinationPath, QObject* context,
                                       ProgressCallback progress, Callback<DownloadedFile> done) {
    RequestSpec spec = d->cmsRequest("downloadEvidence", "GET", requestPath(id) + u"/evidence", Access::Read);
    spec.timeout = d->m_config.reportTimeout;
    // A little above the server's limit: the file is ours to check, not to cut.
    auto sink = std::make_unique<detail::PdfFileSink>(destinationPath, kMaxEvidenceBytes + 1,
                                                      detail::PdfFileSink::Content::Evidence);
    return CallHandle(
        detail::startFileDownload(*d, std::move(spec), std::move(sink), context, std::move(progress), std::move(done)));
}

CallHandle CmsClient::decideProcessRequest(qint64 id, ProcessDecision decision, const QString& comment,
                                           QObject* context, Callback<ProcessRequest> done) {
    const QString verb = decision == ProcessDecision::Approve  ? QStringLiteral("/approve")
                         : decision == ProcessDecision::Reject ? QStringLiteral("/reject")
                                                               : QStringLiteral("/cancel");
    RequestSpec spec = d->cmsRequest("decideProcessRequest", "PATCH", requestPath(id) + verb, Access::Write);
    spec.body = json::ObjectWriter().addIfNotEmpty("comment", comment).toJson();
    return d->start<ProcessRequest>(std::move(spec), context, &parse::processRequest, std::move(done));
}

} // namespace migo::api
