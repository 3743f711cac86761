#include "CardIdList.h"

#include <QSet>

#include <algorithm>
#include <csv.h>
#include <utility>

namespace migo::core {

namespace {

// ---- libcsv reading (parseCardIds) ----

int spaceOrTab(unsigned char c) {
    return c == CSV_SPACE || c == CSV_TAB ? 1 : 0;
}

int spaceOnly(unsigned char c) {
    return c == CSV_SPACE ? 1 : 0;
}

/// What the libcsv callbacks build while the text is fed one physical line at a time.
struct CsvState {
    ParsedCardIds* out = nullptr;
    QSet<qint64> seen;
    char delimiter = ',';
    int currentLine = 1; ///< the physical line being fed
    int recordLine = 1;  ///< the line where the current record's first field ended
    QList<QByteArray> fields;
    bool firstRecord = true;
    int column = -1; ///< the column a header named; -1: no header, every cell of a line must be an id
};

std::optional<qint64> cardId(const QByteArray& cell) {
    if (cell.isEmpty() || cell.size() > 18)
        return std::nullopt;
    for (char c : cell)
        if (c < '0' || c > '9')
            return std::nullopt;
    const qint64 id = cell.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void addId(CsvState& state, qint64 id) {
    if (state.seen.contains(id)) {
        ++state.out->repeated;
        return;
    }
    state.seen.insert(id);
    state.out->ids << id;
}

void onField(void* text, std::size_t length, void* data) {
    auto* state = static_cast<CsvState*>(data);
    if (state->fields.isEmpty())
        state->recordLine = state->currentLine;
    state->fields << (text ? QByteArray(static_cast<const char*>(text), qsizetype(length)) : QByteArray());
}

void onRecord(int, void* data) {
    auto* state = static_cast<CsvState*>(data);
    const QList<QByteArray> fields = std::exchange(state->fields, {});
    if (std::all_of(fields.cbegin(), fields.cend(), [](const QByteArray& f) { return f.trimmed().isEmpty(); }))
        return; // a line of empty cells: nothing to read
    if (std::exchange(state->firstRecord, false)) {
        // A header row names the column: cardId / card_id first, else id; without one, the first column holds ids.
        int idColumn = -1;
        for (int i = 0; i < fields.size(); ++i) {
            const QByteArray name = fields.at(i).trimmed().toLower();
            if (name == "cardid" || name == "card_id") {
                idColumn = i;
                break;
            }
            if (name == "id" && idColumn < 0)
                idColumn = i;
        }
        if (idColumn >= 0) {
            state->column = idColumn;
            state->out->columnName = QString::fromUtf8(fields.at(idColumn).trimmed());
            return;
        }
    }
    if (state->column >= 0) {
        const QByteArray cell = fields.value(state->column).trimmed();
        const std::optional<qint64> id = cardId(cell);
        if (!id) {
            const QByteArray shown = cell.isEmpty() ? fields.join(state->delimiter) : cell;
            state->out->badLines << BadLine{state->recordLine, QString::fromUtf8(shown)};
            return;
        }
        addId(*state, *id);
        return;
    }
    // No header: a pasted "1011, 1012" is two ids, and "1011, 1399999abc" is refused whole (issue 14), never read
    // as card 1011 alone.
    QList<qint64> ids;
    for (const QByteArray& field : fields) {
        const QByteArray cell = field.trimmed();
        if (cell.isEmpty())
            continue;
        const std::optional<qint64> id = cardId(cell);
        if (!id) {
            state->out->badLines << BadLine{state->recordLine, QString::fromUtf8(fields.join(state->delimiter))};
            return;
        }
        ids << *id;
    }
    for (const qint64 id : std::as_const(ids))
        addId(*state, id);
}

char guessDelimiter(const QByteArray& text) {
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(','))
            return ',';
        if (line.contains(';'))
            return ';';
        if (line.contains('\t'))
            return '\t';
        return ',';
    }
    return ',';
}

} // namespace

ParsedCardIds parseCardIds(const QByteArray& input) {
    ParsedCardIds result;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // the UTF-8 byte-order mark spreadsheet programs write

    CsvState state;
    state.out = &result;
    state.delimiter = guessDelimiter(text);
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        result.parseError = QString::fromUtf8(csv_strerror(CSV_ENOMEM));
        return result;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(state.delimiter));
    csv_set_space_func(&parser, state.delimiter == '\t' ? spaceOnly : spaceOrTab);
    // One physical line per call, so a record's line number is known when its fields arrive.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        const std::size_t length = std::size_t(end - start);
        if (csv_parse(&parser, text.constData() + start, length, onField, onRecord, &state) != length) {
            result.parseError = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            break;
        }
        ++state.currentLine;
        start = end;
    }
    state.currentLine = std::max(1, state.currentLine - 1); // a last line without a line end ends at fini
    csv_fini(&parser, onField, onRecord, &state);
    csv_free(&parser);
    return result;
}

} // namespace migo::core
