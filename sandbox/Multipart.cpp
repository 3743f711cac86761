#include "Multipart.h"

#include "ApiError.h"

#include <QList>

namespace {

constexpr std::size_t kMaxParts = 32;

[[noreturn]] void malformed(const std::string& why) {
    throw ApiError(400, "7000", "The multipart body is malformed: " + why);
}

/// The value of `parameter` in a header value such as `form-data; name="x"; filename="a b.pdf"`; nullopt when
/// absent. A quoted value may hold `\"`.
std::optional<QByteArray> headerParameter(const QByteArray& value, QByteArrayView parameter) {
    qsizetype index = value.indexOf(';');
    while (index >= 0 && index < value.size()) {
        ++index;
        while (index < value.size() && (value.at(index) == ' ' || value.at(index) == '\t')) {
            ++index;
        }
        const qsizetype equals = value.indexOf('=', index);
        if (equals < 0) {
            return std::nullopt;
        }
        const QByteArray key = value.mid(index, equals - index).trimmed().toLower();
        qsizetype cursor = equals + 1;
        QByteArray parsed;
        if (cursor < value.size() && value.at(cursor) == '"') {
            ++cursor;
            while (cursor < value.size() && value.at(cursor) != '"') {
                if (value.at(cursor) == '\\' && cursor + 1 < value.size()) {
                    ++cursor;
                }
                parsed += value.at(cursor++);
            }
            ++cursor; // the closing quote
            index = value.indexOf(';', cursor);
        } else {
            const qsizetype end = value.indexOf(';', cursor);
            parsed = value.mid(cursor, end < 0 ? -1 : end - cursor).trimmed();
            index = end;
        }
        if (key == parameter) {
            return parsed;
        }
    }
    return std::nullopt;
}

FormPart parsePart(const QByteArray& block) {
    const qsizetype headEnd = block.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        malformed("a part has no header end");
    }
    FormPart part;
    bool named = false;
    for (const QByteArray& line : block.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray header = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (header == "content-disposition") {
            if (!value.toLower().startsWith("form-data")) {
                malformed("a part is not form-data");
            }
            if (const auto name = headerParameter(value, "name")) {
                part.name = *name;
                named = !name->isEmpty();
            }
            if (const auto fileName = headerParameter(value, "filename")) {
                part.fileName = QString::fromUtf8(*fileName);
            }
        } else if (header == "content-type") {
            part.contentType = value;
        }
    }
    if (!named) {
        malformed("a part has no name");
    }
    part.data = block.mid(headEnd + 4);
    return part;
}

} // namespace

std::vector<FormPart> parseMultipartForm(const QByteArray& contentTypeHeader, const QByteArray& body) {
    if (!contentTypeHeader.trimmed().toLower().startsWith("multipart/form-data")) {
        throw ApiError(400, "7000", "The request must be multipart/form-data");
    }
    const std::optional<QByteArray> boundary = headerParameter(contentTypeHeader, "boundary");
    if (!boundary || boundary->isEmpty() || boundary->size() > 200) {
        malformed("no boundary");
    }
    const QByteArray delimiter = "--" + *boundary;
    qsizetype cursor = body.indexOf(delimiter);
    if (cursor < 0) {
        malformed("no part");
    }
    std::vector<FormPart> parts;
    for (;;) {
        cursor += delimiter.size();
        if (body.mid(cursor, 2) == "--") {
            return parts; // the closing delimiter; an epilogue is ignored
        }
        if (body.mid(cursor, 2) != "\r\n") {
            malformed("a boundary line is broken");
        }
        cursor += 2;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), cursor);
        if (next < 0) {
            malformed("the closing boundary is missing");
        }
        if (parts.size() == kMaxParts) {
            malformed("more than 32 parts");
        }
        parts.push_back(parsePart(body.mid(cursor, next - cursor)));
        cursor = next + 2;
    }
}

std::vector<const FormPart*> formPartsNamed(const std::vector<FormPart>& parts, QByteArrayView name) {
    std::vector<const FormPart*> named;
    for (const FormPart& part : parts) {
        if (part.name == name) {
            named.push_back(&part);
        }
    }
    return named;
}
