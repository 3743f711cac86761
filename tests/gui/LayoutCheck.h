#pragma once
// Clipped text, found the way an agent would see it (issue 14): every visible label, button, tab, header section,
// group box title and read-only field under a widget whose text is wider than the room the widget gives it, and
// windows larger than the screen. GUI tests only.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace migo::e2e {

/// A clipped text is one that misses more than this many pixels: the goal is "no clipped text", not pixel pedantry.
inline constexpr int kLayoutTolerancePx = 1;

/// How a widget is named in a report: its accessible name, else its object name, with its class.
inline QString describeWidget(const QWidget* widget) {
    QString name = widget->accessibleName();
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

/// `text` as shown: mnemonic ampersands removed ("&&" is one "&").
inline QString withoutMnemonic(const QString& text) {
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

/// The width of the widest line of `text`.
inline int widestLine(const QFontMetrics& metrics, const QString& text) {
    int widest = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

inline QString clippedReport(const QString& where, const QWidget* widget, const QString& text, int textWidth,
                             int available) {
    return QStringLiteral("%1: %2 text \"%3\" needs %4 px, has %5 px")
        .arg(where, describeWidget(widget), text)
        .arg(textWidth)
        .arg(available);
}

/// The problems of one window: wider or taller than the screen (`screen`), or asking to be.
inline QStringList windowProblems(const QWidget* window, const QString& where, QSize screen) {
    QStringList problems;
    const QSize frame = window->frameGeometry().size();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        problems << QStringLiteral("%1: window %2 is %3×%4, the screen %5×%6")
                        .arg(where, describeWidget(window))
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(screen.width())
                        .arg(screen.height());
    const QSize least = window->minimumSizeHint();
    if (least.width() > screen.width() || least.height() > screen.height())
        problems << QStringLiteral("%1: window %2 needs at least %3×%4, the screen is %5×%6")
                        .arg(where, describeWidget(window))
                        .arg(least.width())
                        .arg(least.height())
                        .arg(screen.width())
                        .arg(screen.height());
    return problems;
}

inline QString labelShownText(const QLabel* label) {
    QString text = label->text();
    const bool rich =
        label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    } else if (label->buddy()) {
        text = withoutMnemonic(text);
    }
    return text;
}

inline void checkLabel(const QLabel* label, const QString& where, QStringList& problems) {
    if (label->wordWrap() || label->text().isEmpty())
        return;
    const QString text = labelShownText(label);
    const QFontMetrics metrics = label->fontMetrics();
    int indent = label->indent();
    if (indent < 0)
        indent = label->frameWidth() > 0 ? metrics.horizontalAdvance(u'x') / 2 : 0;
    const int available = label->contentsRect().width() - 2 * label->margin() - indent;
    const int needed = widestLine(metrics, text);
    if (needed > available + kLayoutTolerancePx)
        problems << clippedReport(where, label, text, needed, available);
}

inline void checkButton(const QAbstractButton* button, const QString& where, QStringList& problems) {
    const QString text = withoutMnemonic(button->text());
    if (text.isEmpty())
        return;
    const QFontMetrics metrics = button->fontMetrics();
    const int needed = widestLine(metrics, text);
    if (auto* push = qobject_cast<const QPushButton*>(button)) {
        // What QCommonStyle adds around a push button's text: one button margin and the frame on both sides.
        const QStyle* style = push->style();
        int around = style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, push) +
                     2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, push);
        if (!push->icon().isNull())
            around += push->iconSize().width() + 4;
        if (push->menu())
            around += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, push);
        const int available = push->width() - around;
        if (needed > available + kLayoutTolerancePx)
            problems << clippedReport(where, push, text, needed, available);
        return;
    }
    if (auto* tool = qobject_cast<const QToolButton*>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    // Tool buttons, check boxes and radio buttons: their size hint is exactly text plus decoration.
    const int decoration = button->sizeHint().width() - needed;
    const int available = button->width() - decoration;
    if (needed > available + kLayoutTolerancePx)
        problems << clippedReport(where, button, text, needed, available);
}

inline void checkTabBar(const QTabBar* bar, const QString& where, QStringList& problems) {
    const int around = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = withoutMnemonic(bar->tabText(i));
        const QRect rect = bar->tabRect(i);
        int decoration = around;
        if (!bar->tabIcon(i).isNull())
            decoration += bar->iconSize().width() + 4;
        const int needed = bar->fontMetrics().horizontalAdvance(text);
        const int available = rect.width() - decoration;
        if (needed > available + kLayoutTolerancePx)
            problems << clippedReport(where, bar, QStringLiteral("tab ") + text, needed, available);
        else if (rect.right() > bar->width() + kLayoutTolerancePx)
            problems << QStringLiteral("%1: %2 tab \"%3\" lies past the bar's end (%4 > %5 px)")
                            .arg(where, describeWidget(bar), text)
                            .arg(rect.right())
                            .arg(bar->width());
    }
}

inline void checkHeader(const QHeaderView* header, const QString& where, QStringList& problems) {
    const QAbstractItemModel* model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    const QStyle* style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionSize(section) <= 0)
            continue;
        const QString text = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QFont font = header->font();
        if (const QVariant own = model->headerData(section, Qt::Horizontal, Qt::FontRole); own.canConvert<QFont>())
            font = qvariant_cast<QFont>(own);
        const int needed = widestLine(QFontMetrics(font), text);
        int around = 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
            around += mark + margin;
        const int available = header->sectionSize(section) - around;
        if (needed > available + kLayoutTolerancePx)
            problems << clippedReport(where, header, QStringLiteral("column ") + text, needed, available);
    }
}

inline void checkGroupBox(const QGroupBox* box, const QString& where, QStringList& problems) {
    const QString title = withoutMnemonic(box->title());
    if (title.isEmpty())
        return;
    const int needed = box->fontMetrics().horizontalAdvance(title);
    int around = 2 * box->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, box) + 8;
    if (box->isCheckable())
        around += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) + 6;
    const int available = box->width() - around;
    if (needed > available + kLayoutTolerancePx)
        problems << clippedReport(where, box, title, needed, available);
}

inline void checkReadOnlyField(const QLineEdit* field, const QString& where, QStringList& problems) {
    if (!field->isReadOnly() || field->text().isEmpty() || field->echoMode() != QLineEdit::Normal)
        return;
    const QMargins margins = field->textMargins();
    const int frame = field->hasFrame() ? field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, field) : 0;
    const int available = field->width() - 2 * frame - 4 - margins.left() - margins.right(); // 2 px either side
    const int needed = field->fontMetrics().horizontalAdvance(field->text());
    if (needed > available + kLayoutTolerancePx)
        problems << clippedReport(where, field, field->text(), needed, available);
}

/// Every clipped text under `root` (itself included) that is on screen, and the problems of its window; `where`
/// names the screen in the report (e.g. "es › Withdraw review").
inline QStringList layoutProblems(QWidget* root, const QString& where, QSize screen) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    QStringList problems = windowProblems(root->window(), where, screen);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (const QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue; // hidden, or a window of its own (checked when it is the screen visited)
        if (auto* label = qobject_cast<const QLabel*>(widget))
            checkLabel(label, where, problems);
        else if (auto* button = qobject_cast<const QAbstractButton*>(widget))
            checkButton(button, where, problems);
        else if (auto* bar = qobject_cast<const QTabBar*>(widget))
            checkTabBar(bar, where, problems);
        else if (auto* header = qobject_cast<const QHeaderView*>(widget))
            checkHeader(header, where, problems);
        else if (auto* box = qobject_cast<const QGroupBox*>(widget))
            checkGroupBox(box, where, problems);
        else if (auto* field = qobject_cast<const QLineEdit*>(widget))
            checkReadOnlyField(field, where, problems);
    }
    return problems;
}

} // namespace migo::e2e
