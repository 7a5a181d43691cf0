// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The message inspector's form and composer, and the live log, in the real window: what needs no
// test server (a connection here goes to a closed port at most).
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/composer.h"
#include "inspector/connectionform.h"
#include "inspector/credentialstore.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "inspectortesting.h"
#include "mainwindow.h"
#include "skipping.h"
#include "testconfig.h"

#include <live/livesession.h>
#include <live/logmodel.h>
#include <workspace/editordocument.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

class TestInspectorForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formFollowsTheDocument();
    void composerValidatesAsYouType();
    void composerNamesTheOneOfBranches();
    void graphDoubleClickInspects();
    void keychainAnswersOrSaysWhy();
    void keychainKeysNameTheAddress();
    void plaintextCredentialsNeedConsent();
    void ignoreCertificateErrorsDoesNotCarryOver();
    void hostileSchemasDoNotFreezeTheComposer();
    void contentFromAnotherFileIsShownNotSent();
    void logDetailShowsTheBeginningOfBigPayloads();

private:
    static quint16 closedPort();

    QTemporaryDir m_dir;
};

void TestInspectorForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

quint16 TestInspectorForm::closedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 1;
}

void TestInspectorForm::formFollowsTheDocument()
{
    MainWindow w;
    w.show();
    EditorPane *pane = Test::openChat(w);
    QVERIFY(pane);
    InspectorWidget *in = w.inspector();
    // The first server we can talk to, its variables and the channel's parameters filled in.
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"local"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/lobby"_s);
    auto *room = in->findChild<QComboBox *>(u"param:roomId"_s);
    QVERIFY(room);
    room->setCurrentText(u"dock"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/dock"_s);
    QVERIFY(in->findChild<QLineEdit *>(u"secret:token"_s)); // bearer
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->findData(u"events"_s));
    QCOMPARE(in->form()->urlEdit()->text(), u"http://127.0.0.1:8766/dock"_s);
    QVERIFY(in->findChild<QLineEdit *>(u"secret:apiKey"_s));

    // Editing the document renames the channel's parameter: the form follows; a typo keeps the last good form.
    pane->document()->setText(pane->editor()->toPlainText().replace(u"roomId"_s, u"room"_s));
    QTRY_VERIFY(in->findChild<QComboBox *>(u"param:room"_s));
    pane->document()->setText(pane->editor()->toPlainText() + u"\n  : [broken\n"_s);
    QTest::qWait(400);
    QVERIFY(in->findChild<QComboBox *>(u"param:room"_s));
    QCOMPARE(in->form()->targetBox()->count(), 4);
}

void TestInspectorForm::composerValidatesAsYouType()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    QCOMPARE(in->composer()->messageBox()->currentText(), u"chat"_s);
    QTRY_VERIFY(in->composer()->bodyEdit()->toPlainText().contains(u"Hello, harbour"_s));
    QTRY_COMPARE(in->composer()->draftProblems()->count(), 1);
    QVERIFY(in->composer()->draftProblems()->item(0)->text().startsWith(u"Conforms"_s));
    in->composer()->bodyEdit()->setPlainText(
        u"{\n  \"type\": \"chat\",\n  \"id\": \"seven\",\n  \"text\": \"hi\"\n}"_s);
    QTRY_VERIFY(in->composer()->draftProblems()->count() >= 1 &&
                in->composer()->draftProblems()->item(0)->text().startsWith(u"Line 3"_s));
    const QString schemaProblem = in->composer()->draftProblems()->item(0)->text();
    // Text that does not parse: the parser's message, at its place.
    in->composer()->bodyEdit()->setPlainText(u"{\n  \"type\": \"chat\",\n  \"id\": [1,\n"_s);
    QTRY_VERIFY(in->composer()->draftProblems()->count() >= 1 &&
                in->composer()->draftProblems()->item(0)->text() != schemaProblem);
    QVERIFY2(in->composer()->draftProblems()->item(0)->text().startsWith(u"Line "_s),
             qPrintable(in->composer()->draftProblems()->item(0)->text()));
}

void TestInspectorForm::composerNamesTheOneOfBranches()
{
    // The draft's check says of a oneOf what the problems panel and the live log say.
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/validation/devices.yaml"),
                                  AsyncApi::ElementId::channel(u"devices"_s)));
    InspectorWidget *in = w.inspector();
    QCOMPARE(in->composer()->messageBox()->currentText(), u"state"_s);
    in->composer()->bodyEdit()->setPlainText(u"{\n  \"kind\": \"thermostat\",\n  \"setpoint\": 20\n}"_s);
    const QString sentence = u"Value matches none of Light, Thermostat and Lock; closest is Thermostat: Missing "
                             "required property 'mode'"_s;
    auto said = [&] {
        for (int i = 0; i < in->composer()->draftProblems()->count(); ++i) {
            if (in->composer()->draftProblems()->item(i)->text().endsWith(u"Message: "_s + sentence))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2(said(), qPrintable(in->composer()->draftProblems()->count() > 0
                                        ? in->composer()->draftProblems()->item(0)->text()
                                        : QString()));
}

void TestInspectorForm::graphDoubleClickInspects()
{
    MainWindow w;
    w.show();
    EditorPane *pane = Test::openChat(w);
    QVERIFY(pane);
    emit pane->graph()->view()->inspectRequested(u"channel:ticker"_s);
    QCOMPARE(w.inspector()->form()->targetBox()->currentData().toString(), u"channel:ticker"_s);
    QCOMPARE(w.inspector()->composer()->messageBox()->currentText(), u"tick"_s);
    w.inspect(AsyncApi::ElementId::operation(u"sendChat"_s));
    QCOMPARE(w.inspector()->composer()->messageBox()->count(), 1);

    // Edits made while the inspector is closed are there when it opens again.
    w.inspector()->parentWidget()->hide();
    pane->document()->setText(pane->editor()->toPlainText().replace(u"  ticker:"_s, u"  clock:"_s));
    QTRY_VERIFY(pane->document()->analysis()->spec->channel(u"clock"_s));
    QCOMPARE(w.inspector()->form()->targetBox()->findData(u"channel:clock"_s), -1);
    w.inspect(AsyncApi::ElementId::channel(u"clock"_s));
    QCOMPARE(w.inspector()->form()->targetBox()->currentData().toString(), u"channel:clock"_s);
}

void TestInspectorForm::keychainAnswersOrSaysWhy()
{
    // Through the inspector, with "Remember" on: a secret stored for the server's address is
    // filled in (with a keychain service), or the inspector says why it cannot be (without one,
    // as in CI), in bounded time. Either way the secret is nowhere else, and it is not filled in
    // for another address.
    QSettings().setValue(u"inspector/rememberCredentials"_s, true);
    const QString key = ConnectionForm::credentialKey(QUrl(u"ws://127.0.0.1:8765/rooms/lobby"_s), u"token"_s);
    CredentialStore store;
    bool written = false;
    QString writeError;
    store.write(key, u"s3cret"_s, [&](const QString &error) {
        writeError = error;
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    {
        MainWindow w;
        w.show();
        QVERIFY(Test::openChat(w));
        InspectorWidget *in = w.inspector();
        QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/lobby"_s);
        auto secret = [in] { return in->findChild<QLineEdit *>(u"secret:token"_s); };
        QVERIFY(secret());
        if (writeError.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(secret()->text(), u"s3cret"_s, 30000);
            // Another port is another address: the stored secret is not for it.
            in->findChild<QComboBox *>(u"var:port"_s)->setCurrentText(u"9999"_s);
            QTRY_VERIFY(secret() && secret()->text().isEmpty());
            QTest::qWait(300); // a keychain answer for the new address would come now
            QVERIFY(secret()->text().isEmpty());
        } else {
            qInfo("no keychain here: %s", qPrintable(writeError));
            QTRY_VERIFY_WITH_TIMEOUT(in->form()->keychainStatus()->isVisible(), 30000);
            QVERIFY2(in->form()->keychainStatus()->text().startsWith(u"Keychain: "_s),
                     qPrintable(in->form()->keychainStatus()->text()));
            QVERIFY(secret()->text().isEmpty());
        }
    }
    if (writeError.isEmpty()) {
        bool removed = false;
        store.remove(key, [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    }
    QSettings().setValue(u"inspector/rememberCredentials"_s, false);
    QSettings().sync();
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("s3cret"));
}

void TestInspectorForm::keychainKeysNameTheAddress()
{
    // The key is the resolved scheme, host and port and the scheme's name: a document that keeps
    // the host template and the scheme name but points elsewhere (or at ws://) gets another key.
    const auto key = [](const char *url, const QString &name = u"bearer"_s) {
        return ConnectionForm::credentialKey(QUrl(QString::fromLatin1(url)), name);
    };
    QCOMPARE(key("wss://api.example.com/orders"), u"wss://api.example.com:443/bearer"_s);
    QCOMPARE(key("wss://api.example.com:443/other"), key("wss://API.example.com/orders"));
    QVERIFY(key("ws://api.example.com/orders") != key("wss://api.example.com/orders"));
    QVERIFY(key("wss://evil.example/.example.com/orders") != key("wss://prod.example.com/orders"));
    QVERIFY(key("wss://api.example.com:8443/") != key("wss://api.example.com/"));
    QVERIFY(key("wss://api.example.com/", u"other"_s) != key("wss://api.example.com/"));
}

void TestInspectorForm::plaintextCredentialsNeedConsent()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    Live::LogModel *log = w.liveLog()->model();
    const quint16 port = closedPort();
    in->findChild<QComboBox *>(u"var:port"_s)->setCurrentText(QString::number(port));
    QTRY_VERIFY(in->form()->urlEdit()->text().startsWith(u"ws://127.0.0.1:%1/"_s.arg(port)));
    QLineEdit *secret = in->findChild<QLineEdit *>(u"secret:token"_s);
    QVERIFY(secret);
    secret->setText(u"tok-12345"_s);

    // Answers the question the Connect button asks (if it asks), with \a button.
    QString asked;
    auto answer = [&](QMessageBox::ButtonRole role) {
        asked.clear();
        QTimer::singleShot(0, this, [&asked, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == role)
                    b->click();
        });
    };
    // Refused: nothing is sent, no connection is made.
    answer(QMessageBox::RejectRole);
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(u"Authorization"_s) && asked.contains(u"clear text"_s), qPrintable(asked));
    QCOMPARE(w.liveSession()->state(), Live::LiveConnection::State::Closed);
    QTest::qWait(200);
    QCOMPARE(log->rowCount(), 0);
    // Accepted: it connects (to a closed port here), for this connection only.
    answer(QMessageBox::AcceptRole);
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QTRY_VERIFY(log->rowCount() >= 1);
    QCOMPARE(log->entry(0).event, u"connecting"_s);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
    answer(QMessageBox::RejectRole);
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QVERIFY(!asked.isEmpty()); // asked again
    // No secret, nothing at stake: no question.
    secret->clear();
    answer(QMessageBox::RejectRole);
    const int rows = log->rowCount();
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QVERIFY(asked.isEmpty());
    QTRY_VERIFY(log->rowCount() > rows);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
}

void TestInspectorForm::ignoreCertificateErrorsDoesNotCarryOver()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    // Another server.
    in->form()->ignoreTlsBox()->setChecked(true);
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->findData(u"events"_s));
    QVERIFY(!in->form()->ignoreTlsBox()->isChecked());
    // Another address of the same server.
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->findData(u"local"_s));
    in->form()->ignoreTlsBox()->setChecked(true);
    in->findChild<QComboBox *>(u"var:port"_s)->setCurrentText(u"9443"_s);
    QVERIFY(!in->form()->ignoreTlsBox()->isChecked());
    // The same address stays allowed (another channel, say).
    in->form()->ignoreTlsBox()->setChecked(true);
    in->findChild<QComboBox *>(u"param:roomId"_s)->setCurrentText(u"dock"_s);
    QVERIFY(in->form()->ignoreTlsBox()->isChecked());
    // Another document.
    QFile copy(m_dir.filePath(u"other.yaml"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    QFile chat(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml"));
    QVERIFY(chat.open(QIODevice::ReadOnly));
    copy.write(chat.readAll());
    copy.close();
    QVERIFY(Test::openInInspector(w, copy.fileName(), AsyncApi::ElementId::channel(u"room"_s)));
    QTRY_VERIFY(!in->form()->ignoreTlsBox()->isChecked());
}

void TestInspectorForm::hostileSchemasDoNotFreezeTheComposer()
{
    // Ten levels of minItems: 10 (10^9 values) and lengths beyond any int: the composer gets a
    // bounded sample, said to be cut, and the window stays responsive while it is made.
    QFile f(m_dir.filePath(u"bomb.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(asyncapi: 3.0.0
info: {title: sample bomb, version: '1'}
channels:
  c:
    address: c
    messages:
      m:
        payload: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 1e300, items: {type: string, minLength: 1e300, maxLength: -1e300}}}}}}}}}}
)");
    f.close();
    MainWindow w;
    w.show();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(Test::openInInspector(w, f.fileName(), AsyncApi::ElementId::channel(u"c"_s)));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    InspectorWidget *in = w.inspector();
    QTRY_VERIFY(!in->composer()->bodyEdit()->toPlainText().isEmpty());
    QVERIFY(in->composer()->bodyEdit()->toPlainText().size() < 4 * 1024 * 1024);
    bool said = false;
    for (QComboBox *box : in->findChildren<QComboBox *>())
        for (int i = 0; i < box->count(); ++i)
            said = said || box->itemText(i).contains(u"cut at its size limit"_s);
    QVERIFY(said);
    QCOMPARE(w.liveLog()->model()->rowCount(), 0); // nothing was sent
}

void TestInspectorForm::contentFromAnotherFileIsShownNotSent()
{
    // An example that takes content from another file is in the composer, said to be from there;
    // nothing goes anywhere until Send.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile notes(dir.filePath(u"notes.yaml"_s));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("private: not for sending\n");
    notes.close();
    QFile api(dir.filePath(u"api.yaml"_s));
    QVERIFY(api.open(QIODevice::WriteOnly));
    api.write(R"(asyncapi: 3.0.0
info: {title: x, version: '1'}
servers:
  s: {host: '127.0.0.1:1', protocol: ws}
channels:
  c:
    address: /c
    messages:
      m:
        payload: {type: object}
        examples: [{name: notes, payload: {$ref: 'notes.yaml'}}]
)");
    api.close();
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, api.fileName(), AsyncApi::ElementId::channel(u"c"_s)));
    InspectorWidget *in = w.inspector();
    QTRY_VERIFY(in->composer()->bodyEdit()->toPlainText().contains(u"not for sending"_s));
    bool labelled = false;
    for (QComboBox *box : in->findChildren<QComboBox *>())
        for (int i = 0; i < box->count(); ++i)
            labelled = labelled || box->itemText(i) == u"Example: notes (from notes.yaml)"_s;
    QVERIFY(labelled);
    QVERIFY(!in->composer()->sendButton()->isEnabled());
    QCOMPARE(w.liveLog()->model()->rowCount(), 0);
}

void TestInspectorForm::logDetailShowsTheBeginningOfBigPayloads()
{
    // A 5 MB JSON message: the log keeps its first megabyte and its size; the detail pane shows
    // the beginning, as it came, and says so (it used to indent all of it on the GUI thread).
    MainWindow w;
    w.show();
    Live::LogEntry e;
    e.timeMs = 1'700'000'000'000;
    e.event = u"text"_s;
    e.payload = "[" + QByteArray("1,").repeated(2'500'000) + "1]";
    const qint64 size = e.payload.size();
    Live::LogModel *log = w.liveLog()->model();
    log->post(e);
    log->flush();
    QCOMPARE(log->rowCount(), 1);
    QVERIFY(log->entry(0).isCut());
    QCOMPARE(log->entry(0).size(), size);
    QVERIFY(log->entry(0).payload.size() <= 1024 * 1024);
    QCOMPARE(log->index(0, Live::LogModel::Size).data().toString(), QLocale().formattedDataSize(size));
    QTableView *view = w.liveLog()->view();
    QElapsedTimer clock;
    clock.start();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString detail = w.liveLog()->detail()->toPlainText();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(detail.size() < 600 * 1024);
    QVERIFY2(detail.contains(u"shown)"_s), qPrintable(detail.right(500)));
    QVERIFY(!detail.contains(u"\n    1,"_s)); // not indented
}

SIGNALBOX_TEST_MAIN(TestInspectorForm)
#include "tst_inspectorform.moc"
