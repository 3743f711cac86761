#pragma once

#include "Call.h"
#include "CmsClient.h"

#include <QSaveFile>

#include <memory>

namespace migo::api::detail {

/// Streams a PDF answer into `destinationPath` through QSaveFile: the file is replaced only by a complete PDF
/// (Content-Type application/pdf or application/octet-stream, first bytes "%PDF-"); otherwise nothing is left. A
/// report above the size limit, or announced larger than the folder's free space, stops before it fills the disk.
/// With Content::Evidence it takes a process request's evidence instead (contract §17): a PDF, JPEG, PNG or WEBP by
/// its first bytes (api::evidenceTypeOf), with an image or PDF Content-Type or application/octet-stream.
class PdfFileSink final : public ReplySink {
public:
    enum class Content { PdfReport, Evidence };
    /// `maxBytes`: a larger report stops with ErrorKind::FileError and leaves nothing (ClientConfig::maxReportBytes).
    PdfFileSink(QString destinationPath, qint64 maxBytes, Content content = Content::PdfReport);

    std::optional<ApiError> begin(const QByteArray& contentType, qint64 expectedBytes) override;
    std::optional<ApiError> write(QByteArrayView chunk) override;
    std::optional<ApiError> finish() override;
    void discard() override;
    bool hasStarted() const override { return m_started; }

    qint64 bytesWritten() const { return m_written; }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_head; ///< the first bytes, until the magic number has been checked
    qint64 m_written = 0;
    qint64 m_maxBytes;
    bool m_started = false;
    bool m_magicChecked = false;
    Content m_content;
};

class ClientCore;
/// Sends `spec` (a GET of a file) and streams its 2xx body into `sink`; `done` gets the saved file, or the error (an
/// error envelope, a transfer failure, the sink's refusal) with nothing left on disk. Returns the call (for a
/// CallHandle).
Call* startFileDownload(ClientCore& core, RequestSpec spec, std::unique_ptr<PdfFileSink> sink, QObject* context,
                        CmsClient::ProgressCallback progress, CmsClient::Callback<DownloadedFile> done);

/// The filename a Content-Disposition header proposes ("attachment; filename=\"x.pdf\""), without any directory
/// part; empty when none.
QString filenameFromContentDisposition(const QByteArray& header);

} // namespace migo::api::detail
