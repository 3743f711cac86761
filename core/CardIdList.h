#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace migo::core {

/// A line of a pasted or imported list that is not a card id.
struct BadLine {
    int line = 0; ///< 1-based line of the text
    QString text; ///< the offending cell (or line), as read
};

/// What parseCardIds() read.
struct ParsedCardIds {
    QList<qint64> ids; ///< in order, repeated ids kept once
    QList<BadLine> badLines;
    int repeated = 0;   ///< ids dropped because they appeared earlier
    QString columnName; ///< the CSV header whose column was read; empty when there was no such header
    QString parseError; ///< libcsv's complaint, when the text is not CSV at all
};

/// Reads card ids from a paste or a CSV/text file with libcsv (bulk block/unblock): one or more ids per line, or a
/// CSV column (the column headed cardId, card_id or id, any case). Without such a header every non-empty cell of a
/// line must be an id, else the whole line is a BadLine and none of its ids is taken (issue 14: "1011, 1399999abc"
/// is never card 1011 alone). Delimiter ',' unless the first line only has ';' or tabs. A UTF-8 byte-order mark is
/// skipped, blank lines too; a cell that is not a positive integer of at most 18 digits makes a BadLine with its
/// line number. Pure; any thread.
ParsedCardIds parseCardIds(const QByteArray& text);

} // namespace migo::core
