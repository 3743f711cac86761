#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

/// One part of a `multipart/form-data` body (RFC 7578): a plain field, or a file when `fileName` is set.
struct FormPart {
    QByteArray name;        ///< the `name` of its Content-Disposition
    QString fileName;       ///< the `filename`, UTF-8 decoded; empty for a plain field
    QByteArray contentType; ///< as the client declared it (never trusted: files are checked by their bytes)
    QByteArray data;        ///< the raw bytes
    bool isFile() const { return !fileName.isEmpty(); }
};

/// Splits a `multipart/form-data` body into its parts, in order. `contentTypeHeader` is the request's Content-Type
/// (its `boundary` parameter, quoted or not). Throws ApiError 400 `7000` when the content type is another, the
/// boundary is missing, a part has no `form-data` name, there are more than 32 parts, or the body does not end with
/// the closing boundary. Contract §17, §18.
std::vector<FormPart> parseMultipartForm(const QByteArray& contentTypeHeader, const QByteArray& body);

/// The parts named `name` among `parts` (a field sent twice appears twice).
std::vector<const FormPart*> formPartsNamed(const std::vector<FormPart>& parts, QByteArrayView name);
