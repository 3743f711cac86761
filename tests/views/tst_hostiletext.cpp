// Server and user text is shown as plain text (issue 15): every string a server can choose — names, aliases,
// addresses, movement texts, partner and operator names, error messages — is `<b>x</b>` here, and no label,
// tooltip or list tooltip of the screens that show it may render it as markup (a name like
// `<img width=9000 height=9000>` must not take over the screen).
#include "../api/ClientFixture.h"
#include "AssociationsView.h"
#include "CardListModel.h"
#include "CardholderDetailView.h"
#include "CardholderListModel.h"
#include "CardsView.h"
#include "FundsDialog.h"
#include "MainWindow.h"
#include "MovementsView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>

using namespace migo;
using namespace migo::test;

namespace {

const QByteArray kHostile = "<b>x</b>";

QByteArray hostile(QByteArray json, std::initializer_list<const char*> values) {
    for (const char* value : values)
        json.replace(QByteArray('"' + QByteArray(value) + '"'), QByteArray('"' + kHostile + '"'));
    return json;
}

/// Every place under `root` where the hostile text would be rendered as markup; `seen` counts where it is shown.
QStringList renderedAsMarkup(QWidget* root, int* seen) {
    QStringList problems;
    const QString needle = QString::fromLatin1(kHostile);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        const QString name = widget->accessibleName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                                : widget->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->text().contains(needle)) {
            ++*seen;
            const bool markup = label->textFormat() == Qt::RichText || label->textFormat() == Qt::MarkdownText ||
                                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (markup)
                problems << QStringLiteral("label %1").arg(name);
        }
        if (widget->toolTip().contains(needle)) {
            ++*seen;
            if (Qt::mightBeRichText(widget->toolTip()))
                problems << QStringLiteral("tooltip of %1").arg(name);
        } else if (widget->toolTip().contains(needle.toHtmlEscaped())) {
            ++*seen; // escaped inside rich text: shown as written
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    if (tip.contains(needle.toHtmlEscaped()))
                        ++*seen; // escaped inside rich text: shown as written
                    if (!tip.contains(needle))
                        continue;
                    ++*seen;
                    if (Qt::mightBeRichText(tip))
                        problems
                            << QStringLiteral("list tooltip of %1 row %2 column %3").arg(name).arg(row).arg(column);
                }
        }
    }
    return problems;
}

FakeResponse hostileServer(const FakeRequest& r) {
    const QString path = r.url.path();
    if (path.endsWith(u"/cardholders/5"))
        return FakeResponse::ok(
            hostile(cardholderJson, {"María", "Ramírez", "Calle Principal 123", "maria@example.com"}));
    if (path.endsWith(u"/cardholders/5/cards"))
        return FakeResponse::ok('[' + hostile(cardJson, {"Principal", "María Ramírez", "ACTIVE"}) + ']');
    if (path.endsWith(u"/cards/association"))
        return FakeResponse::ok(R"([{"id":1,"cardId":10,"maskedPan":"411111******1234","alias":"<b>x</b>",)"
                                R"("cardholderId":5,"status":"ACTIVE","createdAt":"2026-03-01T14:05:09Z"}])");
    if (path.contains(u"/movements"))
        return FakeResponse::ok(R"({"items":[)" +
                                hostile(movementJson, {"Add funds", "Monthly"})
                                    .replace("2026-03-01T14:05:09+00:00",
                                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()) +
                                R"(],"total":1,"page":1,"limit":50})");
    if (path.endsWith(u"/funds/add"))
        return FakeResponse::failure(400, "7001", kHostile + " is not allowed");
    return FakeResponse::failure(404, "7010", kHostile);
}

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cardholderDetailCardsAndAssociations() {
        ClientFixture f;
        f.network.setHandler(hostileServer);
        const core::OperationContext context{&f.client, nullptr, nullptr, QStringLiteral("agent@migo.test")};
        views::CardholderDetailView detail(context);
        auto* cards = new models::CardListModel(&f.client);
        auto* cardsView = new views::CardsView(context, cards, views::CardsView::Mode::Cardholder);
        cards->setParent(cardsView);
        detail.setCardsWidget(cardsView);
        auto* associations = new views::AssociationsView(context);
        detail.setAssociationsWidget(associations);
        connect(&detail, &views::CardholderDetailView::cardholderLoaded, cardsView, [cards, associations] {
            cards->loadCardholderCards(5);
            associations->showCardholder(5);
        });
        detail.show();
        detail.showCardholder(5, QString::fromLatin1(kHostile));
        QTRY_VERIFY(cards->rowCount() == 1);
        QTRY_VERIFY(f.network.countRequests(QStringLiteral("/cards/association")) == 1);
        QTest::qWait(50);
        int seen = 0;
        const QStringList problems = renderedAsMarkup(&detail, &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
        QVERIFY2(seen >= 3, qPrintable(QString::number(seen))); // the name, the address, the card alias…
    }

    void movementsAndTheirDetail() {
        ClientFixture f;
        f.network.setHandler(hostileServer);
        views::MovementsView movements(&f.client);
        movements.show();
        api::Card card;
        card.id = 10;
        card.cardholderId = 5;
        card.alias = QString::fromLatin1(kHostile);
        card.maskedPan = QStringLiteral("411111******1234");
        card.currency = QStringLiteral("GTQ");
        movements.showCard(card);
        auto* table = movements.findChild<QTableView*>();
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() == 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::qWait(50);
        int seen = 0;
        const QStringList problems = renderedAsMarkup(&movements, &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
        QVERIFY2(seen >= 2, qPrintable(QString::number(seen)));
    }

    void aServerErrorInTheFundsDialog() {
        ClientFixture f;
        f.network.setHandler(hostileServer);
        api::Card card;
        card.id = 10;
        card.cardholderId = 5;
        card.alias = QString::fromLatin1(kHostile);
        card.maskedPan = QStringLiteral("411111******1234");
        card.status = api::CardStatus::Active;
        card.balance = *api::Money::parse(std::string_view("150.25"));
        card.currency = QStringLiteral("GTQ");
        views::FundsDialog dialog(core::OperationContext{&f.client, nullptr, nullptr, QStringLiteral("a@b.c")}, card,
                                  views::FundsDialog::Kind::Add);
        dialog.show();
        const QList<QLineEdit*> edits = dialog.findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits)
            if (edit->accessibleName() == u"Amount")
                edit->setText(QStringLiteral("20"));
        const auto press = [&dialog](const QString& name) {
            const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
            for (QPushButton* button : buttons)
                if (button->accessibleName() == name && button->isVisible())
                    button->click();
        };
        press(QStringLiteral("Continue"));
        press(QStringLiteral("Confirm"));
        QTRY_VERIFY(f.network.countRequests(QStringLiteral("/funds/add")) == 1);
        QTest::qWait(100);
        int seen = 0;
        const QStringList problems = renderedAsMarkup(&dialog, &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
        QVERIFY2(seen >= 2, qPrintable(QString::number(seen))); // the alias and the server's sentence
    }

    void operatorAndPartnerInTheStatusBar() {
        ClientFixture f;
        models::CardholderListModel cardholders(&f.client);
        views::MainWindow window(&cardholders);
        window.setSessionInfo(QStringLiteral("SANDBOX"), QString::fromLatin1(kHostile), QStringLiteral("a@b.c"), 1,
                              QString::fromLatin1(kHostile));
        window.setPartners({{1, QString::fromLatin1(kHostile)}, {2, QStringLiteral("Other")}}, 1);
        window.setPartnerBalance(QStringLiteral("Balance"), QString::fromLatin1(kHostile));
        window.show();
        int seen = 0;
        const QStringList problems = renderedAsMarkup(&window, &seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
        QVERIFY2(seen >= 2, qPrintable(QString::number(seen)));
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
