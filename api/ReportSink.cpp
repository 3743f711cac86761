#include "ReportSink.h"

#include "ClientCore_p.h"
#include "ProcessRequests.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace migo::api::detail {

namespace {

ApiError fileError(const QString& detail) {
    ApiError error;
    error.kind = ErrorKind::FileError;
    error.technicalDetail = detail;
    error.userMessage =
        QCoreApplication::translate("ReportDownload",
                                    "The report could not be saved: %1. Choose another folder or free some space.")
            .arg(detail);
    return error;
}

ApiError notPdf(const QString& detail, bool evidence = false) {
    ApiError error;
    error.kind = ErrorKind::UnexpectedContent;
    error.technicalDetail = detail;
    error.userMessage =
        evidence
            ? QCoreApplication::translate("ReportDownload",
                                          "The server did not send a PDF or image evidence file. Nothing was saved.")
            : QCoreApplication::translate("ReportDownload", "The server did not send a PDF report. Nothing was saved.");
    return error;
}

ApiError tooLarge(qint64 limit) {
    ApiError error;
    error.kind = ErrorKind::FileError;
    error.technicalDetail = QStringLiteral("larger than %1 bytes").arg(limit);
    error.userMessage =
        QCoreApplication::translate("ReportDownload", "The report is larger than %1, so it was not saved. Choose a "
                                                      "shorter period.")
            .arg(QLocale().formattedDataSize(limit));
    return error;
}

constexpr QByteArrayView pdfMagic("%PDF-");
constexpr qsizetype evidenceHead = 12; // enough for RIFF….WEBP

} // namespace

PdfFileSink::PdfFileSink(QString destinationPath, qint64 maxBytes, Content content)
    : m_path(std::move(destinationPath))
    , m_file(std::make_unique<QSaveFile>(m_path))
    , m_maxBytes(maxBytes)
    , m_content(content) {}

std::optional<ApiError> PdfFileSink::begin(const QByteArray& contentType, qint64 expectedBytes) {
    if (!m_file)
        return fileError(QStringLiteral("cancelled"));
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    const bool evidence = m_content == Content::Evidence;
    const bool acceptedMime =
        mime == "application/pdf" || mime == "application/octet-stream" || (evidence && mime.startsWith("image/"));
    if (!acceptedMime)
        return notPdf(QStringLiteral("Content-Type: %1").arg(QString::fromLatin1(mime)), evidence);
    if (expectedBytes > m_maxBytes)
        return tooLarge(m_maxBytes);
    const QStorageInfo volume(QFileInfo(m_path).absolutePath());
    if (expectedBytes > 0 && volume.isValid() && expectedBytes > volume.bytesAvailable())
        return fileError(
            QCoreApplication::translate("ReportDownload", "the folder has %1 free, the report needs %2")
                .arg(QLocale().formattedDataSize(volume.bytesAvailable()), QLocale().formattedDataSize(expectedBytes)));
    if (!m_file->open(QIODevice::WriteOnly))
        return fileError(m_file->errorString());
    m_started = true;
    return std::nullopt;
}

std::optional<ApiError> PdfFileSink::write(QByteArrayView chunk) {
    if (!m_file)
        return fileError(QStringLiteral("cancelled"));
    if (!m_magicChecked) {
        const bool evidence = m_content == Content::Evidence;
        const qsizetype headSize = evidence ? evidenceHead : pdfMagic.size();
        m_head += chunk.first(std::min(chunk.size(), headSize - m_head.size())).toByteArray();
        if (m_head.size() >= headSize) {
            if (evidence ? !evidenceTypeOf(m_head) : !m_head.startsWith(pdfMagic))
                return notPdf(QStringLiteral("the body does not start like an accepted file"), evidence);
            m_magicChecked = true;
        }
    }
    if (m_written + chunk.size() > m_maxBytes)
        return tooLarge(m_maxBytes); // a server that announced less, or nothing
    if (m_file->write(chunk.data(), chunk.size()) != chunk.size())
        return fileError(m_file->errorString());
    m_written += chunk.size();
    return std::nullopt;
}

std::optional<ApiError> PdfFileSink::finish() {
    if (!m_file)
        return fileError(QStringLiteral("cancelled"));
    if (!m_magicChecked)
        return notPdf(QStringLiteral("the body is too short"), m_content == Content::Evidence);
    if (!m_file->commit())
        return fileError(m_file->errorString());
    return std::nullopt;
}

void PdfFileSink::discard() {
    // Destroying an uncommitted QSaveFile removes its temporary file; the destination is never touched.
    m_file.reset();
}

QString filenameFromContentDisposition(const QByteArray& header) {
    const qsizetype at = header.indexOf("filename=");
    if (at < 0)
        return {};
    QByteArray name = header.mid(at + 9).split(';').constFirst().trimmed();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    return QFileInfo(QString::fromUtf8(name)).fileName(); // never a path the server chose
}

Call* startFileDownload(ClientCore& core, RequestSpec spec, std::unique_ptr<PdfFileSink> sink, QObject* context,
                        CmsClient::ProgressCallback progress, CmsClient::Callback<DownloadedFile> done) {
    PdfFileSink* sinkPtr = sink.get();
    auto onOutcome = [done, sinkPtr](Call* call, Outcome outcome) {
        if (ApiError* error = std::get_if<ApiError>(&outcome)) {
            call->finishWith([&] { done(Result<DownloadedFile>(std::move(*error))); });
            return;
        }
        const RawReply& raw = std::get<RawReply>(outcome);
        if (raw.httpStatus < 200 || raw.httpStatus >= 300 || !sinkPtr->hasStarted()) {
            auto decoded = decodeEnvelope(raw.httpStatus, raw.body, raw.retryAfter);
            ApiError error = std::holds_alternative<ApiError>(decoded)
                                 ? std::get<ApiError>(decoded)
                                 : errors::malformed(raw.httpStatus, QStringLiteral("a download without a body"));
            sinkPtr->discard();
            call->finishWith([&] { done(Result<DownloadedFile>(error)); });
            return;
        }
        DownloadedFile file{sinkPtr->path(), sinkPtr->bytesWritten(),
                            filenameFromContentDisposition(raw.contentDisposition)};
        call->finishWith([&] { done(Result<DownloadedFile>(file)); });
    };
    Call* call = core.startRaw(std::move(spec), context, std::move(onOutcome));
    call->setSink(std::move(sink));
    if (progress)
        call->setProgressHandler(std::move(progress));
    return call;
}

} // namespace migo::api::detail
