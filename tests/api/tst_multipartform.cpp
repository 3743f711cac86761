// The multipart body of the uploads (contract §17, §18): fields and files arrive byte for byte, and the boundary
// never occurs inside what it separates.
#include "MultipartForm.h"

#include <QTest>

using migo::api::MultipartForm;

namespace {

QByteArray boundaryOf(const MultipartForm& form) {
    const QByteArray prefix = "multipart/form-data; boundary=";
    return form.contentType().startsWith(prefix) ? form.contentType().mid(prefix.size()) : QByteArray();
}

} // namespace

class TestMultipartForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldsAndFilesAreFramedByTheBoundary() {
        MultipartForm form;
        form.addField(QStringLiteral("requestedAmount"), QStringLiteral("1500.50"));
        static const char raw[] = "%PDF-1.7\r\n--\r\n\x00\xff binary";
        const QByteArray pdf(raw, sizeof raw - 1); // a NUL, a 0xFF, CRLF and dashes as files have them
        form.addFile(QStringLiteral("evidence"), QStringLiteral("transferencia enero.pdf"), "application/pdf", pdf);
        const QByteArray boundary = boundaryOf(form);
        QVERIFY(boundary.size() >= 20);
        const QByteArray expected =
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"requestedAmount\"\r\n\r\n1500.50\r\n--" +
            boundary +
            "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"transferencia enero.pdf\"\r\n"
            "Content-Type: application/pdf\r\n\r\n" +
            pdf + "\r\n--" + boundary + "--\r\n";
        QCOMPARE(form.body(), expected);
    }

    void twoFormsUseDifferentBoundaries() { QVERIFY(boundaryOf(MultipartForm()) != boundaryOf(MultipartForm())); }

    void contentHoldingTheBoundaryGetsANewOne() {
        MultipartForm form;
        form.addField(QStringLiteral("observations"), QStringLiteral("first"));
        const QByteArray first = boundaryOf(form);
        form.addFile(QStringLiteral("evidence"), QStringLiteral("a.png"), "image/png", "\x89PNG " + first + " end");
        const QByteArray second = boundaryOf(form);
        QVERIFY(second != first);
        const QByteArray body = form.body();
        QCOMPARE(body.count(QByteArray("--" + second + "\r\n")),
                 2); // both parts, the one added before the change included
        QVERIFY(body.endsWith(QByteArray("--" + second + "--\r\n")));
        QCOMPARE(body.count(first), 1); // only inside the file's bytes
    }

    void namesCannotBreakTheHeaderLine() {
        MultipartForm form;
        form.addFile(QStringLiteral("evidence"), QStringLiteral("evil\"\r\nX-Injected: 1.pdf"), "application/pdf",
                     "%PDF-");
        const QByteArray body = form.body();
        QVERIFY(!body.contains("\r\nX-Injected"));
        QVERIFY(body.contains("filename=\"evil%22%0D%0AX-Injected: 1.pdf\""));
    }
};

QTEST_GUILESS_MAIN(TestMultipartForm)
#include "tst_multipartform.moc"
