#include "AssociationListModel.h"

#include "CardListModel.h"
#include "Format.h"

namespace migo::models {

AssociationListModel::AssociationListModel(api::CmsClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {}

AssociationListModel::~AssociationListModel() {
    m_pending.cancel();
}

int AssociationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssociationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssociationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Association& a = m_rows.at(index.row());
    switch (role) {
    case AssociationIdRole:
        return a.id;
    case CardIdRole:
        return a.cardId;
    case CreatedAtRole:
        return a.createdAt;
    case Qt::ToolTipRole:
        if (index.column() == LinkedSince && a.createdAt.isValid()) // the exact moment, for a support ticket
            return a.createdAt.toUTC().toString(Qt::ISODate);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Alias:
        return a.alias;
    case MaskedPan:
        return CardListModel::maskedPan(a.maskedPan);
    case Owner:
        return a.ownerName;
    case LinkedSince:
        return a.createdAt.isValid() ? localDateTime(a.createdAt) : tr("Unknown");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AssociationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Alias:
        return tr("Alias");
    case MaskedPan:
        return tr("Card number");
    case Owner:
        return tr("Owner");
    case LinkedSince:
        return tr("Linked since");
    case ColumnCount:
        break;
    }
    return {};
}

void AssociationListModel::load(qint64 cardholderId) {
    if (m_cardholderId != cardholderId && !m_rows.isEmpty()) {
        beginResetModel(); // never one cardholder's cards under another's name
        m_rows.clear();
        endResetModel();
    }
    m_cardholderId = cardholderId;
    start();
}

void AssociationListModel::reload() {
    if (m_cardholderId)
        start();
}

void AssociationListModel::clear() {
    m_pending.cancel();
    m_pending = {};
    ++m_generation;
    m_cardholderId.reset();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_error.reset();
    setState(State::Idle);
}

void AssociationListModel::addAssociation(const api::Association& association) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == association.id) {
            m_rows[row] = association;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(association);
    endInsertRows();
    if (m_state == State::Loading)
        start();
}

std::optional<api::Association> AssociationListModel::association(int row) const {
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QString AssociationListModel::localDateTime(const QDateTime& moment) {
    return core::Format::dateTime(moment);
}

void AssociationListModel::start() {
    m_pending.cancel();
    const quint64 generation = ++m_generation;
    m_error.reset();
    setState(State::Loading);
    m_pending = m_client->listAssociations(*m_cardholderId, this,
                                           [this, generation](const api::Result<QList<api::Association>>& result) {
                                               if (generation != m_generation)
                                                   return;
                                               m_pending = {};
                                               if (!result.ok()) {
                                                   m_error = result.error();
                                                   setState(State::Error);
                                                   return;
                                               }
                                               beginResetModel();
                                               m_rows = result.value();
                                               endResetModel();
                                               setState(State::Ready);
                                           });
}

void AssociationListModel::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged(); // also when unchanged: a reload that ends in the same state still has news
}

} // namespace migo::models
