#pragma once

#include "Money.h"

#include <QLineEdit>

#include <optional>

namespace migo::views {

/// An amount typed by a person (ref §11, contract §8 "Funds"): an exact decimal in the widget's locale, greater
/// than zero, with at most 4 decimal places. Group separators are optional but, when typed, must sit between
/// groups of three digits, so "1,5" in a locale whose decimal point is "." is refused instead of read as 15.
/// A leading currency symbol or ISO code ("Q 150", "GTQ 150") is ignored. The widget only validates; the dialog
/// decides when to show problem().
class AmountEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountEdit)

public:
    explicit AmountEdit(QWidget* parent = nullptr);

    /// The amount typed, or nothing when the text is empty or invalid (see problem()).
    std::optional<api::Money> amount() const;
    /// A translated sentence saying why the text is not a valid amount; empty when amount() has a value.
    QString problem() const;
    /// The ISO 4217 code of the amount (e.g. "GTQ"); used for the placeholder and the accessible description.
    void setCurrency(const QString& iso4217);
    QString currency() const { return m_currency; }

private:
    struct Parsed {
        std::optional<api::Money> amount;
        QString problem;
    };
    Parsed parse() const;

    QString m_currency;
};

} // namespace migo::views
