#include "BatchProgress_p.h"

namespace migo::api {

namespace {

BatchStatus statusFromWire(const QString& text) {
    const QString lower = text.toLower();
    if (lower == u"queued")
        return BatchStatus::Queued;
    if (lower == u"running" || lower == u"processing")
        return BatchStatus::Running;
    if (lower == u"completed" || lower == u"done" || lower == u"finished")
        return BatchStatus::Completed;
    if (lower == u"failed" || lower == u"error")
        return BatchStatus::Failed;
    return BatchStatus::Unknown;
}

} // namespace

namespace parse {

std::optional<BatchProgress> batchProgress(const json::Json& value, QString& problem) {
    if (!value.is_object()) {
        problem = QStringLiteral("batch progress: expected an object");
        return std::nullopt;
    }
    json::FieldReader r(value, "batch progress");
    BatchProgress progress;
    progress.batchId = r.text({"batchId", "id"}, true);
    progress.status = statusFromWire(r.text({"status"}));
    progress.total = r.integer({"total"}, false);
    progress.processed = r.integer({"processed"}, false);
    progress.created = r.integer({"created"}, false);
    progress.refused = r.integer({"refused"}, false);
    progress.seq = int(r.integer({"seq"}, false));
    if (const json::Json* errors = r.child({"errors"}); errors && errors->is_array()) {
        for (const json::Json& item : *errors) {
            json::FieldReader e(item, "batch error");
            progress.errors << BatchRowError{int(e.integer({"row"})), e.text({"column", "field"}), e.text({"code"}),
                                             e.text({"message"})};
            if (!e.ok()) {
                problem = e.problem();
                return std::nullopt;
            }
        }
    }
    if (const json::Json* rows = r.child({"createdRows"}); rows && rows->is_array()) {
        for (const json::Json& item : *rows) {
            json::FieldReader c(item, "created row");
            progress.createdRows << BatchCreatedRow{int(c.integer({"row"})), c.integer({"cardholderId"}, false),
                                                    c.integer({"cardId"}, false)};
            if (!c.ok()) {
                problem = c.problem();
                return std::nullopt;
            }
        }
    }
    if (!r.ok()) {
        problem = r.problem();
        return std::nullopt;
    }
    return progress;
}

} // namespace parse

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes) {
    QList<Event> out;
    m_pending.append(bytes.data(), bytes.size());
    qsizetype start = 0;
    for (qsizetype index = 0; index < m_pending.size(); ++index) {
        const char c = m_pending.at(index);
        if (m_skipLf && index == start && c == '\n') {
            m_skipLf = false; // the LF of a CRLF split across two reads
            start = index + 1;
            continue;
        }
        m_skipLf = false;
        if (c != '\n' && c != '\r')
            continue;
        line(QByteArrayView(m_pending).sliced(start, index - start), out);
        if (c == '\r') {
            if (index + 1 < m_pending.size()) {
                if (m_pending.at(index + 1) == '\n')
                    ++index;
            } else {
                m_skipLf = true;
            }
        }
        start = index + 1;
    }
    m_pending.remove(0, start);
    return out;
}

void SseParser::line(QByteArrayView text, QList<Event>& out) {
    if (text.isEmpty()) {
        if (m_hasData)
            out << m_event;
        m_event.data.clear();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':'))
        return;
    const qsizetype colon = text.indexOf(':');
    QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_event.data += '\n';
        m_event.data += value.toByteArray();
        m_hasData = true;
    } else if (field == "id" && !value.contains('\0')) {
        m_event.id = value.toByteArray(); // kept for the next events too, as the spec says
    }
}

} // namespace migo::api
