#pragma once

#include "Call.h"

#include <QSaveFile>

#include <memory>

namespace migo::api::detail {

/// Streams a PDF answer into `destinationPath` through QSaveFile: the file is replaced only by a complete PDF
/// (Content-Type application/pdf or application/octet-stream, first bytes "%PDF-"); otherwise nothing is left. A
/// report above the size limit, or announced larger than the folder's free space, stops before it fills the disk.
class PdfFileSink final : public ReplySink {
public:
    /// `maxBytes`: a larger report stops with ErrorKind::FileError and leaves nothing (ClientConfig::maxReportBytes).
    PdfFileSink(QString destinationPath, qint64 maxBytes);

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
};

/// The filename a Content-Disposition header proposes ("attachment; filename=\"x.pdf\""), without any directory
/// part; empty when none.
QString filenameFromContentDisposition(const QByteArray& header);

} // namespace migo::api::detail
