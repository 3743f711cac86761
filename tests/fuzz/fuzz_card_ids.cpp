// libFuzzer target: the card-id list reader of bulk block/unblock (core/CardIdList.h, libcsv), checked against its
// documented contract.
#include "CardIdList.h"
#include "FuzzCheck.h"

#include <QSet>

#include <cstdint>

using migo::core::parseCardIds;
using migo::core::ParsedCardIds;

namespace {

bool sameResult(const ParsedCardIds& a, const ParsedCardIds& b) {
    if (a.ids != b.ids || a.repeated != b.repeated || a.columnName != b.columnName || a.parseError != b.parseError ||
        a.badLines.size() != b.badLines.size())
        return false;
    for (qsizetype i = 0; i < a.badLines.size(); ++i) {
        if (a.badLines[i].line != b.badLines[i].line || a.badLines[i].text != b.badLines[i].text)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParsedCardIds parsed = parseCardIds(text);

    // "anything else that is not a positive integer of at most 18 digits is a BadLine"; "repeated ids kept once".
    QSet<qint64> seen;
    for (qint64 id : parsed.ids) {
        MIGO_FUZZ_CHECK(id > 0 && id <= 999'999'999'999'999'999, "a card id is a positive integer of <= 18 digits");
        MIGO_FUZZ_CHECK(!seen.contains(id), "each id is kept once");
        MIGO_FUZZ_CHECK(text.contains(QByteArray::number(id)), "an id is read from the text's own digits");
        seen.insert(id);
    }
    MIGO_FUZZ_CHECK(parsed.repeated >= 0, "a count of repeated ids");

    // Bad lines carry the 1-based line of the text they come from, in order.
    const int lines = int(text.count('\n')) + 1;
    int previous = 1;
    for (const migo::core::BadLine& bad : parsed.badLines) {
        MIGO_FUZZ_CHECK(bad.line >= 1 && bad.line <= lines, "a bad line's number is a line of the text");
        MIGO_FUZZ_CHECK(bad.line >= previous, "bad lines come in the order of the text");
        previous = bad.line;
    }

    // "A UTF-8 byte-order mark is skipped".
    if (!text.startsWith("\xEF\xBB\xBF"))
        MIGO_FUZZ_CHECK(sameResult(parseCardIds("\xEF\xBB\xBF" + text), parsed), "a byte-order mark changes nothing");

    // Windows line ends read the same ids as Unix ones.
    if (!text.contains('\r')) {
        QByteArray windows = text;
        windows.replace("\n", "\r\n");
        MIGO_FUZZ_CHECK(parseCardIds(windows).ids == parsed.ids, "CRLF line ends read the same ids");
    }
    return 0;
}
