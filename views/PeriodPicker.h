#pragma once

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace migo::views {

/// A period of calendar days for the movement list (issue 6): presets (today, this month, last month, last 90 days)
/// or custom from/to dates.
///
/// Presets are counted from "today" in the workstation's time zone (timeZone()), because that is the day the agent
/// and the cardholder on the phone mean; models::MovementListModel maps the local days onto the server's UTC days.
/// Editing a date switches to Custom; a custom period is applied when the agent leaves or confirms the field, or
/// shortly after the last change. A start after the end is refused at the field and nothing is announced.
class PeriodPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    enum class Preset { Today, ThisMonth, LastMonth, Last90Days, Custom };
    Q_ENUM(Preset)

    explicit PeriodPicker(QWidget* parent = nullptr);

    /// Fixes "today" (tests); an invalid date goes back to the clock. Re-applies the current preset.
    void setToday(QDate today);
    /// Today in timeZone(), or the date given to setToday().
    QDate today() const;
    /// The zone "today" is counted in; default the system zone. Re-applies the current preset.
    void setTimeZone(const QTimeZone& zone);

    /// Selects a preset and applies it (Custom keeps the dates shown).
    void setPreset(Preset preset);
    Preset preset() const;
    /// Switches to Custom with these dates and applies them when valid.
    void setCustomPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    /// False when the start is after the end (the field says so).
    bool isValid() const;

    /// The inclusive days of `preset` relative to `today`: Today; ThisMonth = the 1st to today; LastMonth = the
    /// whole previous month; Last90Days = today and the 89 days before. Custom gives invalid dates.
    static std::pair<QDate, QDate> presetRange(Preset preset, QDate today);

Q_SIGNALS:
    /// A valid period was chosen that differs from the one announced before.
    void periodChanged(QDate from, QDate to);

private:
    void onPresetActivated(int index);
    void onDateEdited();
    void apply();
    void showDates(QDate from, QDate to);

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_problem;
    QTimer* m_settle;
    QDate m_fixedToday;
    QTimeZone m_zone;
    QDate m_announcedFrom;
    QDate m_announcedTo;
};

} // namespace migo::views
