#include "MultipartForm.h"

#include <QRandomGenerator>

namespace migo::api {

namespace {

QByteArray randomBoundary() {
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return "migo-" + QByteArray::number(words[0], 16) + QByteArray::number(words[1], 16);
}

} // namespace

MultipartForm::MultipartForm()
    : m_boundary(randomBoundary()) {}

QByteArray MultipartForm::quoted(const QString& text) {
    QByteArray bytes = text.toUtf8();
    // RFC 7578 §4.2: browsers percent-encode quotes and line breaks in names; no escape is portable.
    bytes.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + bytes + '"';
}

void MultipartForm::ensureBoundaryAbsentFrom(const QByteArray& bytes) {
    while (bytes.contains(m_boundary)) {
        // A 128-bit random boundary practically never occurs; if it does, a new one must not occur anywhere yet.
        const QByteArray previous = m_boundary;
        m_boundary = randomBoundary();
        m_parts.replace(previous, m_boundary);
    }
}

void MultipartForm::addField(const QString& name, const QString& value) {
    const QByteArray bytes = value.toUtf8();
    ensureBoundaryAbsentFrom(bytes);
    m_parts +=
        "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n" + bytes + "\r\n";
}

void MultipartForm::addFile(const QString& name, const QString& fileName, const QByteArray& contentType,
                            const QByteArray& bytes) {
    ensureBoundaryAbsentFrom(bytes);
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) +
               "; filename=" + quoted(fileName) + "\r\nContent-Type: " +
               (contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType) + "\r\n\r\n" +
               bytes + "\r\n";
}

QByteArray MultipartForm::contentType() const {
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray MultipartForm::body() const {
    return m_parts + "--" + m_boundary + "--\r\n";
}

} // namespace migo::api
