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
#include "inspector/inspectordock.h"
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
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWindow>

#include <algorithm>

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
    void serverVariablesAreThoseOfTheServer();
    void channelsAreThoseOfTheServer();
    void inspectingAChannelPicksItsServer();
    void optionsAreThoseOfTheProtocol();
    void failedConnectionSaysWhy();
    void composerKeepsTheDocumentsKeyOrder();
    void composerFollowsTheDocument();
    void draftCheckIconFitsTheText();
    void dockOpensUsableAndResizes_data();
    void dockOpensUsableAndResizes();

private:
    static quint16 closedPort();
    /// The value box of server variable or channel parameter \a key ("var:port") in \a in.
    static QComboBox *valueBox(InspectorWidget *in, const QString &key) { return in->findChild<QComboBox *>(key); }
    /// The channels and operations the inspector offers, by id.
    static QStringList targets(InspectorWidget *in)
    {
        QStringList ids;
        for (int i = 0; i < in->form()->targetBox()->count(); ++i)
            ids << in->form()->targetBox()->itemData(i).toString();
        return ids;
    }
    static void chooseServer(InspectorWidget *in, const QString &name)
    {
        QComboBox *box = in->form()->serverBox();
        box->setCurrentIndex(name.isEmpty() ? box->count() - 1 : box->findData(name));
    }

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

void TestInspectorForm::serverVariablesAreThoseOfTheServer()
{
    // tests/data/live/ticker.yaml: servers local (ws, port 18081) and feed (http, port 18082 or
    // 18083); channel echo is on both.
    MainWindow w;
    w.show();
    EditorPane *pane = Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                             AsyncApi::ElementId::channel(u"echo"_s));
    QVERIFY(pane);
    InspectorWidget *in = w.inspector();
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"local"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18081"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:18081/echo"_s);
    // Another server: its own default, in the URL too.
    chooseServer(in, u"feed"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18082"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"http://127.0.0.1:18082/echo"_s);
    // What the user chose is for that server: not carried to the other one, nor back again.
    valueBox(in, u"var:port"_s)->setCurrentText(u"18083"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"http://127.0.0.1:18083/echo"_s);
    chooseServer(in, u"local"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18081"_s);
    chooseServer(in, u"feed"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18082"_s);

    // Edits of the document keep the user's choice while the server still allows it…
    valueBox(in, u"var:port"_s)->setCurrentText(u"18083"_s);
    pane->document()->setText(pane->editor()->toPlainText().replace(u"title: Harbour ticker"_s, u"title: Ticker"_s));
    QTRY_COMPARE(w.liveSession()->state(), Live::LiveConnection::State::Closed); // (nothing connects)
    QTRY_COMPARE(in->form()->analysis()->spec->info.title, u"Ticker"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18083"_s);
    // …and not once it no longer does.
    pane->document()->setText(pane->editor()->toPlainText().replace(u"'18082', '18083'"_s, u"'18082', '18084'"_s));
    QTRY_COMPARE(valueBox(in, u"var:port"_s)->count(), 2);
    QTRY_COMPARE(valueBox(in, u"var:port"_s)->itemText(1), u"18084"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"18082"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"http://127.0.0.1:18082/echo"_s);

    // Another document's server of the same name starts from its own default.
    chooseServer(in, u"local"_s);
    valueBox(in, u"var:port"_s)->setCurrentText(u"9999"_s);
    QVERIFY(Test::openChat(w));
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"local"_s);
    QCOMPARE(valueBox(in, u"var:port"_s)->currentText(), u"8765"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/lobby"_s);
}

void TestInspectorForm::channelsAreThoseOfTheServer()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                  AsyncApi::ElementId::channel(u"echo"_s)));
    InspectorWidget *in = w.inspector();
    // The server's own channels, those on every server, and their operations.
    QCOMPARE(targets(in), QStringList({u"channel:ticker"_s, u"channel:echo"_s, u"operation:receivePrices"_s,
                                       u"operation:sendPing"_s}));
    chooseServer(in, u"feed"_s);
    QCOMPARE(targets(in), QStringList({u"channel:events"_s, u"channel:echo"_s, u"operation:receiveTicks"_s,
                                       u"operation:sendPing"_s}));
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:echo"_s); // still there: kept
    // A channel that is not on the next server gives way to one that is.
    in->form()->targetBox()->setCurrentIndex(in->form()->targetBox()->findData(u"channel:events"_s));
    chooseServer(in, u"local"_s);
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:ticker"_s);
    QTRY_COMPARE(in->composer()->messageBox()->currentText(), u"price"_s);
    // A custom URL: all of them.
    chooseServer(in, QString());
    QCOMPARE(targets(in).size(), 6);
}

void TestInspectorForm::inspectingAChannelPicksItsServer()
{
    MainWindow w;
    w.show();
    EditorPane *pane = Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                             AsyncApi::ElementId::channel(u"ticker"_s));
    QVERIFY(pane);
    InspectorWidget *in = w.inspector();
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"local"_s);
    // A double-click on /events in the graph: the only server it is on.
    emit pane->graph()->view()->inspectRequested(u"channel:events"_s);
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:events"_s);
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"feed"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"http://127.0.0.1:18082/events"_s);
    QTRY_COMPARE(in->composer()->messageBox()->currentText(), u"tick"_s);
    // A channel on every server: the chosen one stays.
    emit pane->graph()->view()->inspectRequested(u"channel:echo"_s);
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"feed"_s);
    // An operation: its channel's server.
    emit pane->graph()->view()->inspectRequested(u"operation:receivePrices"_s);
    QCOMPARE(in->form()->currentTarget().toString(), u"operation:receivePrices"_s);
    QCOMPARE(in->form()->serverBox()->currentData().toString(), u"local"_s);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:18081/ticker"_s);
    // A custom URL is the user's: it stays.
    chooseServer(in, QString());
    in->form()->urlEdit()->setText(u"ws://127.0.0.1:1/mine"_s);
    emit pane->graph()->view()->inspectRequested(u"channel:events"_s);
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:events"_s);
    QCOMPARE(in->form()->serverBox()->currentIndex(), in->form()->serverBox()->count() - 1);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:1/mine"_s);
}

void TestInspectorForm::optionsAreThoseOfTheProtocol()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                  AsyncApi::ElementId::channel(u"echo"_s)));
    InspectorWidget *in = w.inspector();
    ConnectionForm *form = in->form();
    for (QToolButton *b : form->findChildren<QToolButton *>())
        if (b->text() == u"Options"_s)
            b->click();
    QVERIFY(form->subprotocolsEdit()->isVisible());
    auto shown = [form] {
        return QList<bool>{form->subprotocolsEdit()->isVisible(), form->closeCodeBox()->isVisible(),
                           form->closeReasonEdit()->isVisible(),  form->eventTypesEdit()->isVisible(),
                           form->lastEventIdEdit()->isVisible(),  form->ignoreTlsBox()->isVisible()};
    };
    // WebSocket: subprotocols and the close code and reason; no SSE options; no TLS ones for ws://.
    QCOMPARE(shown(), QList<bool>({true, true, true, false, false, false}));
    // Server-Sent Events: event names and Last-Event-ID; no subprotocols, no close code.
    chooseServer(in, u"feed"_s);
    QCOMPARE(shown(), QList<bool>({false, false, false, true, true, false}));
    // A custom URL: what its scheme takes; TLS options for wss:// and https://.
    chooseServer(in, QString());
    in->form()->urlEdit()->setText(u"wss://127.0.0.1:1/x"_s);
    QCOMPARE(shown(), QList<bool>({true, true, true, false, false, true}));
    in->form()->urlEdit()->setText(u"https://127.0.0.1:1/x"_s);
    QCOMPARE(shown(), QList<bool>({false, false, false, true, true, true}));
}

void TestInspectorForm::failedConnectionSaysWhy()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                  AsyncApi::ElementId::channel(u"echo"_s)));
    InspectorWidget *in = w.inspector();
    valueBox(in, u"var:port"_s)->setCurrentText(QString::number(closedPort()));
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
    // In the form itself, not only in the log (which may be behind another tab).
    QTRY_VERIFY2(in->form()->stateLabel()->text().contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(in->form()->stateLabel()->text()));
    QVERIFY(in->form()->stateLabel()->text().startsWith(u"Could not connect"_s));
    // The next attempt starts afresh.
    valueBox(in, u"var:port"_s)->setCurrentText(u"18081"_s);
    QVERIFY(in->form()->stateLabel()->text().startsWith(u"Could not connect"_s));
}

void TestInspectorForm::composerFollowsTheDocument()
{
    // A message whose reference did not resolve for a moment (the user typing) gets its examples
    // back when the document is whole again, without choosing the channel again; a draft the user
    // wrote stays when the document changes.
    MainWindow w;
    w.show();
    EditorPane *pane = Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                             AsyncApi::ElementId::channel(u"echo"_s));
    QVERIFY(pane);
    pane->setTypingPause(0); // every text is shown as it comes
    Composer *composer = w.inspector()->composer();
    QTRY_VERIFY(composer->bodyEdit()->toPlainText().contains(u"abc123"_s));
    const QString text = pane->document()->text();
    auto retype = [&](const QString &newText) {
        pane->document()->setText(newText);
        QTRY_VERIFY_WITH_TIMEOUT(pane->lastGood().analysis &&
                                     pane->lastGood().analysis->generation == pane->document()->generation(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.inspector()->isBusy(), 10000);
    };
    const QString broken =
        QString(text).replace(u"$ref: '#/components/messages/ping'"_s, u"$ref: '#/components/messages/pin'"_s);
    QVERIFY(broken != text);
    retype(broken);
    // The channel chosen while its message's reference does not resolve: nothing to start from.
    w.inspect(AsyncApi::ElementId::channel(u"ticker"_s));
    w.inspect(AsyncApi::ElementId::channel(u"echo"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!w.inspector()->isBusy(), 10000);
    QTRY_COMPARE(composer->startBox()->findText(u"Example: hello"_s), -1);
    retype(text);
    QTRY_VERIFY_WITH_TIMEOUT(composer->startBox()->findText(u"Example: hello"_s) >= 0, 10000);
    QTRY_VERIFY(composer->bodyEdit()->toPlainText().contains(u"abc123"_s));

    const QString mine = u"{\"op\": \"ping\", \"nonce\": \"mine\"}"_s;
    composer->bodyEdit()->setPlainText(mine);
    retype(QString(text).replace(u"abc123"_s, u"qqq111"_s));
    QCOMPARE(composer->bodyEdit()->toPlainText(), mine);
}

void TestInspectorForm::composerKeepsTheDocumentsKeyOrder()
{
    // The ping example is written {op, nonce}, the price schema's properties type, symbol, price,
    // seq: the composer shows them so, not sorted.
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"),
                                  AsyncApi::ElementId::channel(u"echo"_s)));
    InspectorWidget *in = w.inspector();
    QTRY_VERIFY(in->composer()->bodyEdit()->toPlainText().contains(u"abc123"_s));
    QString body = in->composer()->bodyEdit()->toPlainText();
    QVERIFY2(body.indexOf(u"\"op\":"_s) < body.indexOf(u"\"nonce\":"_s), qPrintable(body));
    w.inspect(AsyncApi::ElementId::channel(u"ticker"_s));
    QTRY_VERIFY(in->composer()->bodyEdit()->toPlainText().contains(u"\"seq\""_s));
    body = in->composer()->bodyEdit()->toPlainText();
    const QList<qsizetype> at{body.indexOf(u"\"type\":"_s), body.indexOf(u"\"symbol\":"_s),
                              body.indexOf(u"\"price\":"_s), body.indexOf(u"\"seq\":"_s)};
    QVERIFY2(at.at(0) >= 0 && std::is_sorted(at.begin(), at.end()), qPrintable(body));
}

void TestInspectorForm::draftCheckIconFitsTheText()
{
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    QListWidget *list = w.inspector()->composer()->draftProblems();
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"Conforms"_s));
    QVERIFY(!list->item(0)->icon().isNull());
    // The row is as high as a line of text (give or take the style's margins), not the icon's
    // large default size.
    const int text = list->fontMetrics().height();
    QVERIFY2(list->visualItemRect(list->item(0)).height() <= text + text / 2,
             qPrintable(u"%1 for text of %2"_s.arg(list->visualItemRect(list->item(0)).height()).arg(text)));
}

void TestInspectorForm::dockOpensUsableAndResizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

void TestInspectorForm::dockOpensUsableAndResizes()
{
    // Opened from the View menu (or Ctrl+Shift+I): the form fully visible, the editor readable, the
    // graph's filter not squeezed; the separator moves both ways.
    QFETCH(QSize, size);
    MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"), &error), qPrintable(error));
    EditorPane *pane = w.currentPane();
    QTRY_VERIFY(pane->document()->analysis() != nullptr);
    auto *dock = qobject_cast<QDockWidget *>(w.inspector()->parentWidget());
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(!w.inspector()->isBusy());
    QTest::qWait(50);

    auto *scroll = w.inspector()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QWidget *viewport = scroll->viewport();
    // Nothing cut off on the right: the URL field and the combo boxes end inside the viewport.
    for (QWidget *field :
         std::initializer_list<QWidget *>{w.inspector()->form()->urlEdit(), w.inspector()->form()->serverBox(),
                                          w.inspector()->composer()->messageBox()}) {
        const int right = field->mapTo(viewport, QPoint(field->width(), 0)).x();
        QVERIFY2(right <= viewport->width(),
                 qPrintable(u"%1 ends at %2 of %3"_s.arg(field->objectName()).arg(right).arg(viewport->width())));
    }
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());

    auto columns = [pane] {
        return pane->editor()->viewport()->width() / pane->editor()->fontMetrics().horizontalAdvance(u'x');
    };
    QVERIFY2(columns() >= InspectorDock::ReadableColumns, qPrintable(QString::number(columns())));
    QLineEdit *filter = nullptr;
    for (QLineEdit *edit : pane->graph()->findChildren<QLineEdit *>())
        if (edit->placeholderText() == u"Filter nodes"_s)
            filter = edit;
    QVERIFY(filter);
    QVERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(u"Filter nodes"_s),
             qPrintable(QString::number(filter->width())));
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(w.grab().save(shots + u"/inspector-dock-%1.png"_s.arg(size.width())));

    // Drags the separator beside the dock by \a dx towards the dock's inside (positive: narrower).
    const int extent = w.style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, &w);
    auto drag = [&](int dx) {
        const bool left = w.dockWidgetArea(dock) == Qt::LeftDockWidgetArea;
        const QPoint from(left ? dock->geometry().right() + 1 + extent / 2 : dock->x() - (extent + 1) / 2,
                          dock->y() + dock->height() / 2);
        const QPoint by(left ? -dx : dx, 0);
        QWindow *window = w.windowHandle();
        QTest::mouseMove(window, from);
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(window, from + by * i / 10);
        QTest::mouseRelease(window, Qt::LeftButton, {}, from + by);
        QTest::qWait(50);
    };
    const int initial = dock->width();
    drag(-120);
    QVERIFY2(dock->width() >= initial + 100, qPrintable(u"%1 → %2"_s.arg(initial).arg(dock->width())));
    drag(220);
    QVERIFY2(dock->width() <= initial - 80, qPrintable(u"%1 → %2"_s.arg(initial).arg(dock->width())));
    // Narrower than the form: it scrolls sideways rather than cutting it off.
    QTRY_VERIFY(scroll->horizontalScrollBar()->isVisible());
}

SIGNALBOX_TEST_MAIN(TestInspectorForm)
#include "tst_inspectorform.moc"
