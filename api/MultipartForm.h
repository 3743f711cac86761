#pragma once

#include <QByteArray>
#include <QString>

namespace migo::api {

/// A `multipart/form-data` body (RFC 7578) built in memory, for the uploads of contract §17 and §18 (an evidence
/// file ≤ 10 MiB, a workbook ≤ 16 MiB). Sent as RequestSpec::body with RequestSpec::contentType = contentType(): it
/// then goes through OneShotBody like every write, so Qt never sends it twice (contract §11) — which is why this is
/// not QHttpMultiPart, whose device rewinds.
///
/// The boundary is random (128 bits) and checked not to occur in any added value. Thread: any, not shared.
class MultipartForm {
public:
    MultipartForm();

    /// A plain text field, UTF-8 (e.g. `requestedAmount` = "1500.50", `otp`).
    void addField(const QString& name, const QString& value);
    /// A file field: `fileName` as the server should see it (path-free; quotes and line breaks are replaced),
    /// `contentType` as detected from the bytes (e.g. "application/pdf").
    void addFile(const QString& name, const QString& fileName, const QByteArray& contentType, const QByteArray& bytes);

    /// "multipart/form-data; boundary=…".
    QByteArray contentType() const;
    /// The whole body, closing boundary included.
    QByteArray body() const;

private:
    void ensureBoundaryAbsentFrom(const QByteArray& bytes);
    static QByteArray quoted(const QString& text);

    QByteArray m_boundary;
    QByteArray m_parts;
};

} // namespace migo::api
