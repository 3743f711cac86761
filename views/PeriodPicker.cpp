#include "PeriodPicker.h"

#include "FieldProblemLabel.h"
#include "Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace migo::views {

namespace {

constexpr int kSettleMs = 600; ///< a custom date applies this long after the last keystroke or arrow press

} // namespace

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_problem(detail::fieldProblemLabel(tr("Period problem"), this))
    , m_settle(new QTimer(this))
    , m_zone(QTimeZone::systemTimeZone()) {
    setAccessibleName(tr("Period selection"));
    m_preset->addItem(tr("Today"), QVariant::fromValue(Preset::Today));
    m_preset->addItem(tr("This month"), QVariant::fromValue(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), QVariant::fromValue(Preset::LastMonth));
    m_preset->addItem(tr("Last 90 days"), QVariant::fromValue(Preset::Last90Days));
    m_preset->addItem(tr("Custom"), QVariant::fromValue(Preset::Custom));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->setToolTip(tr("Days are counted in the time zone %1.").arg(QString::fromUtf8(m_zone.id())));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::Format::datePattern()); // four-digit years: "1/2/26" is ambiguous
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setKeyboardTracking(false);
        connect(edit, &QDateEdit::dateChanged, this, &PeriodPicker::onDateEdited);
        connect(edit, &QDateEdit::editingFinished, this, &PeriodPicker::apply);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &PeriodPicker::apply);
    connect(m_preset, &QComboBox::activated, this, &PeriodPicker::onPresetActivated);

    auto* presetLabel = new QLabel(tr("&Period:"), this);
    presetLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(presetLabel);
    row->addWidget(m_preset);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);

    setPreset(Preset::ThisMonth);
}

std::pair<QDate, QDate> PeriodPicker::presetRange(Preset preset, QDate today) {
    switch (preset) {
    case Preset::Today:
        return {today, today};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    case Preset::Last90Days:
        return {today.addDays(-89), today};
    case Preset::Custom:
        break;
    }
    return {};
}

void PeriodPicker::setToday(QDate today) {
    m_fixedToday = today;
    if (preset() != Preset::Custom)
        setPreset(preset());
}

QDate PeriodPicker::today() const {
    return m_fixedToday.isValid() ? m_fixedToday : QDateTime::currentDateTime().toTimeZone(m_zone).date();
}

void PeriodPicker::setTimeZone(const QTimeZone& zone) {
    if (!zone.isValid())
        return;
    m_zone = zone;
    m_preset->setToolTip(tr("Days are counted in the time zone %1.").arg(QString::fromUtf8(m_zone.id())));
    if (preset() != Preset::Custom)
        setPreset(preset());
}

PeriodPicker::Preset PeriodPicker::preset() const {
    return m_preset->currentData().value<Preset>();
}

void PeriodPicker::setPreset(Preset preset) {
    m_preset->setCurrentIndex(m_preset->findData(QVariant::fromValue(preset)));
    if (preset != Preset::Custom) {
        const auto [from, to] = presetRange(preset, today());
        showDates(from, to);
    }
    apply();
}

void PeriodPicker::setCustomPeriod(QDate from, QDate to) {
    m_preset->setCurrentIndex(m_preset->findData(QVariant::fromValue(Preset::Custom)));
    showDates(from, to);
    apply();
}

QDate PeriodPicker::from() const {
    return m_from->date();
}

QDate PeriodPicker::to() const {
    return m_to->date();
}

bool PeriodPicker::isValid() const {
    return from().isValid() && to().isValid() && from() <= to();
}

void PeriodPicker::onPresetActivated(int index) {
    setPreset(m_preset->itemData(index).value<Preset>());
    if (preset() == Preset::Custom)
        m_from->setFocus(Qt::TabFocusReason); // the agent picked Custom to type dates
}

void PeriodPicker::onDateEdited() {
    // A date typed or stepped by the agent makes the period custom; it applies once the agent pauses.
    m_preset->setCurrentIndex(m_preset->findData(QVariant::fromValue(Preset::Custom)));
    m_settle->start();
}

void PeriodPicker::apply() {
    m_settle->stop();
    if (!isValid()) {
        m_problem->setText(tr("The start date is after the end date. Choose a start on or before the end."));
        m_problem->show();
        return;
    }
    m_problem->hide();
    if (from() == m_announcedFrom && to() == m_announcedTo)
        return;
    m_announcedFrom = from();
    m_announcedTo = to();
    Q_EMIT periodChanged(from(), to());
}

void PeriodPicker::showDates(QDate from, QDate to) {
    // Programmatic changes are not the agent's edits: they must not switch the preset to Custom.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

} // namespace migo::views
