#include "MovementListModel.h"

#include "CsvWriter.h"
#include "Format.h"

#include <QLocale>

#include <utility>

namespace migo::models {

namespace {

api::Money saturatingAdd(api::Money a, api::Money b) {
    return api::Money::checkedAdd(a, b).value_or(api::Money::max());
}

/// The product's date (core::Format) and the locale's time with seconds: rows a few seconds apart stay apart.
QString localeDateTime(const QDateTime& moment) {
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss")))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(moment, core::Format::datePattern(locale) + u' ' + timeFormat);
}

QString directionWire(api::MovementDirection direction) {
    switch (direction) {
    case api::MovementDirection::Credit:
        return QStringLiteral("credit");
    case api::MovementDirection::Debit:
        return QStringLiteral("debit");
    case api::MovementDirection::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

MovementListModel::MovementListModel(api::CmsClient* client, QObject* parent)
    : PagedRemoteListModel(ColumnCount, parent)
    , m_client(client)
    , m_zone(QTimeZone::systemTimeZone()) {}

QVariant MovementListModel::data(const QModelIndex& index, int role) const {
    if (role == Qt::ToolTipRole) // descriptions and observations are server text: shown as written
        return core::Format::plainToolTip(cellData(index, role).toString());
    return cellData(index, role);
}

QVariant MovementListModel::cellData(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Movement& m = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool debit = m.direction == api::MovementDirection::Debit;
    const bool credit = m.direction == api::MovementDirection::Credit;
    // The amount a cell of this column holds, if any.
    const auto cellAmount = [&]() -> std::optional<api::Money> {
        switch (column) {
        case Debit:
            return debit ? std::optional(m.amount) : std::nullopt;
        case Credit:
            return credit ? std::optional(m.amount) : std::nullopt;
        case BalanceAfter:
            return m.balanceAfter;
        default:
            return m.amount;
        }
    };

    switch (role) {
    case TransferIdRole:
        return m.transferId;
    case AmountRole: {
        const std::optional<api::Money> amount = cellAmount();
        return amount ? amount->toString() : QString();
    }
    case DirectionRole:
        return directionWire(m.direction);
    case UtcRole:
        return m.createdAt.toUTC();
    case Qt::TextAlignmentRole:
        if (column == Debit || column == Credit || column == BalanceAfter)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case Date: {
        if (role == Qt::ToolTipRole) // the exact instant in UTC
            return utcText(m.createdAt);
        return localText(m.createdAt, m_zone);
    }
    case Type:
        if (m.direction == api::MovementDirection::Unknown)
            return tr("%1 (direction unknown)").arg(typeText(m.type));
        return typeText(m.type);
    case Description:
        if (role == Qt::ToolTipRole && !m.observations.isEmpty())
            return tr("%1\nObservations: %2").arg(m.description, m.observations);
        if (m.observations.isEmpty())
            return m.description;
        if (m.description.isEmpty())
            return m.observations;
        return tr("%1 — %2").arg(m.description, m.observations);
    case Debit:
    case Credit:
    case BalanceAfter: {
        const std::optional<api::Money> amount = cellAmount();
        return amount ? formatMoney(*amount, m.currency) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MovementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        if (role == Qt::ToolTipRole)
            return tr("Shown in the time zone %1; hover over a date to see it in UTC.")
                .arg(QString::fromUtf8(m_zone.id()));
        return tr("Date and time (%1)").arg(QString::fromUtf8(m_zone.id()));
    case Type:
        return tr("Type");
    case Description:
        return tr("Description");
    case Debit:
        return tr("Debit");
    case Credit:
        return tr("Credit");
    case BalanceAfter:
        return tr("Balance after");
    case ColumnCount:
        break;
    }
    return {};
}

bool MovementListModel::isSortable(int column) {
    return !sortKey(column).isEmpty();
}

QString MovementListModel::sortKey(int column) {
    switch (column) {
    case Date:
        return QStringLiteral("createdAt");
    case Debit:
    case Credit:
        return QStringLiteral("amount");
    default:
        return {};
    }
}

void MovementListModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column))
        return;
    const QString key = sortKey(column);
    const api::SortOrder wireOrder =
        order == Qt::AscendingOrder ? api::SortOrder::Ascending : api::SortOrder::Descending;
    if (key == m_query.sortBy && wireOrder == m_query.sortOrder && loadedPages() > 0)
        return;
    m_query.sortBy = key;
    m_query.sortOrder = wireOrder;
    reload();
}

void MovementListModel::setCard(qint64 cardholderId, qint64 cardId) {
    clear();
    m_cardholderId = cardholderId;
    m_cardId = cardId;
}

void MovementListModel::setPeriod(QDate from, QDate to) {
    m_from = from;
    m_to = to;
    reload();
}

void MovementListModel::setTimeZone(const QTimeZone& zone) {
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    Q_EMIT headerDataChanged(Qt::Horizontal, Date, Date);
    if (loadedPages() > 0 || state() != State::Idle)
        reload(); // the same days now cover other instants
}

void MovementListModel::setPageSize(int limit) {
    m_query.limit = std::clamp(limit, 1, 200);
}

void MovementListModel::setMoneyFormatter(MoneyFormatter formatter) {
    m_formatMoney = std::move(formatter);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Debit), index(int(m_rows.size()) - 1, BalanceAfter), {Qt::DisplayRole});
}

void MovementListModel::clearRows() {
    m_rows.clear();
    m_hadTotals = !m_totalDebits.isZero() || !m_totalCredits.isZero();
    m_totalDebits = {};
    m_totalCredits = {};
}

void MovementListModel::rowsCleared() {
    if (std::exchange(m_hadTotals, false))
        Q_EMIT totalsChanged();
}

bool MovementListModel::canLoad() const {
    return m_cardholderId > 0 && m_cardId > 0 && m_from.isValid() && m_to.isValid() && m_from <= m_to;
}

QString MovementListModel::fallbackErrorText() const {
    return tr("The movements could not be loaded.");
}

QString MovementListModel::currency() const {
    return m_rows.isEmpty() ? QString() : m_rows.first().currency;
}

int MovementListModel::rowOf(qint64 transferId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).transferId == transferId)
            return row;
    return -1;
}

bool MovementListModel::inPeriod(const api::Movement& movement) const {
    const QDate local = movement.createdAt.toTimeZone(m_zone).date();
    return local >= m_from && local <= m_to;
}

api::CallHandle MovementListModel::sendPageRequest(int page) {
    api::MovementQuery query = m_query;
    query.page = page;
    std::tie(query.from, query.to) = utcDaysCovering(m_from, m_to, m_zone);
    const auto accept = [this](const api::Page<api::Movement>& answer) {
        QList<api::Movement> fresh;
        for (const api::Movement& movement : answer.items)
            if (inPeriod(movement)) // the edges of the covering UTC days lie outside the local period
                fresh << movement;
        if (fresh.isEmpty())
            return;
        appendRows(m_rows, fresh);
        for (const api::Movement& movement : std::as_const(fresh)) {
            if (movement.direction == api::MovementDirection::Debit)
                m_totalDebits = saturatingAdd(m_totalDebits, movement.amount);
            else if (movement.direction == api::MovementDirection::Credit)
                m_totalCredits = saturatingAdd(m_totalCredits, movement.amount);
        }
        Q_EMIT totalsChanged();
    };
    return m_client->listMovements(m_cardholderId, m_cardId, query, this, pageHandler<api::Movement>(accept));
}

QString MovementListModel::formatMoney(const api::Money& amount, const QString& currency) const {
    if (m_formatMoney)
        return m_formatMoney(amount, currency);
    return core::Format::money(amount, currency); // the one format of lists, dialogs and the PDF (issue 14)
}

std::pair<QDate, QDate> MovementListModel::utcDaysCovering(QDate from, QDate to, const QTimeZone& zone) {
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime endExclusive(to.addDays(1), QTime(0, 0), zone);
    return {start.toUTC().date(), endExclusive.toUTC().addMSecs(-1).date()};
}

QString MovementListModel::typeText(const QString& wireType) {
    // Wire values: contract §7 (Movement.type).
    if (wireType == u"topUp")
        return tr("Add funds");
    if (wireType == u"withdrawal")
        return tr("Withdrawal");
    if (wireType == u"balanceTransfertoUser")
        return tr("Transfer");
    if (wireType == u"posPurchase")
        return tr("Card purchase");
    if (wireType == u"ecommercePurchase")
        return tr("Online purchase");
    if (wireType == u"refund")
        return tr("Refund");
    return wireType;
}

QString MovementListModel::directionText(api::MovementDirection direction) {
    switch (direction) {
    case api::MovementDirection::Credit:
        return tr("Credit");
    case api::MovementDirection::Debit:
        return tr("Debit");
    case api::MovementDirection::Unknown:
        break;
    }
    return tr("Unknown");
}

QString MovementListModel::isoWithOffset(const QDateTime& moment) {
    if (!moment.isValid())
        return {};
    const int offset = moment.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString MovementListModel::localText(const QDateTime& moment, const QTimeZone& zone) {
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone);
    return localeDateTime(local) + u' ' + zone.abbreviation(local);
}

QString MovementListModel::utcText(const QDateTime& moment) {
    if (!moment.isValid())
        return {};
    return tr("%1 UTC").arg(moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

bool MovementListModel::exportCsv(const QString& path, QString* error) const {
    const QStringList headers = {tr("Date and time"), tr("Transfer id"), tr("Type"),       tr("Description"),
                                 tr("Observations"),  tr("Debit"),       tr("Credit"),     tr("Balance after"),
                                 tr("Currency"),      tr("Channel"),     tr("Operator id")};
    const auto rowValues = [this](int row) {
        const api::Movement& m = m_rows.at(row);
        const bool debit = m.direction == api::MovementDirection::Debit;
        const bool credit = m.direction == api::MovementDirection::Credit;
        return QStringList{isoWithOffset(m.createdAt.toTimeZone(m_zone)),
                           QString::number(m.transferId),
                           typeText(m.type),
                           m.description,
                           m.observations,
                           debit ? m.amount.toString() : QString(),
                           credit ? m.amount.toString() : QString(),
                           m.balanceAfter ? m.balanceAfter->toString() : QString(),
                           m.currency,
                           m.channel,
                           m.operatorId ? QString::number(*m.operatorId) : QString()};
    };
    return CsvWriter::write(path, headers, int(m_rows.size()), rowValues, error);
}

} // namespace migo::models
