// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editor/yamleditor.h"

#include <asyncapi/analysis.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHelpEvent>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace Signalbox;
using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Doc = u"asyncapi: 3.0.0\n"
                    u"info:\n"
                    u"  title: T\n"
                    u"  version: '1'\n"
                    u"channels:\n"
                    u"  orders:\n"
                    u"    address: orders\n"
                    u"    messages:\n"
                    u"      placed:\n"
                    u"        $ref: '#/components/messages/Price'\n"
                    u"      other:\n"
                    u"        $ref: \n"
                    u"operations:\n"
                    u"  sendOrder:\n"
                    u"    action: send\n"
                    u"    channel:\n"
                    u"      $ref: '#/channels/orders'\n"
                    u"components:\n"
                    u"  messages:\n"
                    u"    Price:\n"
                    u"      payload:\n"
                    u"        $ref: '#/components/schemas/Money'\n"
                    u"  schemas:\n"
                    u"    Money:\n"
                    u"      type: number\n"_s;
constexpr int RefLine = 11; // `        $ref: ` under channels.orders.messages.other

/** An editor showing \a text, analysed, on screen. */
std::unique_ptr<YamlEditor> editorWith(const QString &text)
{
    auto editor = std::make_unique<YamlEditor>();
    editor->resize(900, 700);
    editor->setPlainText(text);
    editor->setAnalysis(analyze(text));
    editor->show();
    QApplication::setActiveWindow(editor.get());
    editor->setFocus();
    // The completer hides its list when the editor loses focus: the window must be active.
    if (!QTest::qWaitForWindowActive(editor.get()))
        qWarning("the editor's window did not become active");
    return editor;
}

void putCursorAtEndOf(YamlEditor *editor, int block)
{
    QTextCursor c(editor->document()->findBlockByNumber(block));
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
}

QStringList offered(YamlEditor *editor)
{
    const auto *completer = editor->findChild<QCompleter *>();
    QStringList out;
    for (int r = 0; completer && r < completer->completionModel()->rowCount(); ++r)
        out << completer->completionModel()->index(r, 0).data().toString();
    return out;
}

QString lineText(YamlEditor *editor, int block)
{
    return editor->document()->findBlockByNumber(block).text();
}

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT

private slots:
    void typedQuoteIsPaired_data();
    void typedQuoteIsPaired();
    void backspaceRemovesAnEmptyPair();
    void referenceCompletesInsideTypedQuotes();
    void referenceTargetsFitThePlace();
    void keysAlreadyWrittenAreNotOfferedAndPopupShrinks();
    void completionWorksWhileTheTextDoesNotParse();
    void gutterTooltipNamesTheSeverity();
    void hoverRendersMarkdown();
};

void TestYamlEditor::typedQuoteIsPaired_data()
{
    // The line, with "|" for the cursor; what is typed; the line after it, with "|" for the cursor.
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value") << u"a: |"_s << u"'"_s << u"a: '|'"_s;
    QTest::newRow("double") << u"a: |"_s << u"\""_s << u"a: \"|\""_s;
    QTest::newRow("typed-through") << u"a: |"_s << u"'x'"_s << u"a: 'x'|"_s;
    QTest::newRow("typed-through-double") << u"a: |"_s << u"\"hi there\""_s << u"a: \"hi there\"|"_s;
    QTest::newRow("list-item") << u"a:\n  - |"_s << u"'"_s << u"  - '|'"_s;
    QTest::newRow("flow") << u"a: [x, |]"_s << u"'"_s << u"a: [x, '|']"_s;
    QTest::newRow("key") << u"|"_s << u"\""_s << u"\"|\""_s;
    QTest::newRow("comment") << u"a: 1 # it|"_s << u"'"_s << u"a: 1 # it'|"_s;
    QTest::newRow("comment-line") << u"# |"_s << u"'"_s << u"# '|"_s;
    QTest::newRow("before-a-word") << u"a: |word"_s << u"'"_s << u"a: '|word"_s;
    QTest::newRow("in-a-word") << u"a: don|"_s << u"'"_s << u"a: don'|"_s;
    QTest::newRow("closing-own-quote") << u"a: 'x|"_s << u"'"_s << u"a: 'x'|"_s;
    QTest::newRow("inside-quotes") << u"a: \"say |\""_s << u"'"_s << u"a: \"say '|\""_s;
}

void TestYamlEditor::typedQuoteIsPaired()
{
    QFETCH(QString, line);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const qsizetype at = line.indexOf(u'|');
    line.remove(at, 1);
    const auto editor = editorWith(line);
    QTextCursor c(editor->document());
    c.setPosition(int(at));
    editor->setTextCursor(c);
    QTest::keyClicks(editor.get(), typed);
    const QTextCursor after = editor->textCursor();
    QString shown = after.block().text();
    shown.insert(after.positionInBlock(), u'|');
    QCOMPARE(shown, expected);
}

void TestYamlEditor::backspaceRemovesAnEmptyPair()
{
    const auto editor = editorWith(u"a: "_s);
    putCursorAtEndOf(editor.get(), 0);
    QTest::keyClick(editor.get(), Qt::Key_Apostrophe);
    QCOMPARE(lineText(editor.get(), 0), u"a: ''"_s);
    QTest::keyClick(editor.get(), Qt::Key_Backspace);
    QCOMPARE(lineText(editor.get(), 0), u"a: "_s);
}

void TestYamlEditor::referenceCompletesInsideTypedQuotes()
{
    // Typing the opening quote of a `$ref` pairs it and offers the targets; taking one leaves one
    // closing quote and the cursor after it.
    const auto editor = editorWith(Doc);
    auto *completer = editor->findChild<QCompleter *>();
    putCursorAtEndOf(editor.get(), RefLine);
    QTest::keyClick(editor.get(), Qt::Key_Apostrophe);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(lineText(editor.get(), RefLine), u"        $ref: ''"_s);
    QCOMPARE(offered(editor.get()).first(), u"#/components/messages/Price"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(!completer->popup()->isVisible());
    QCOMPARE(lineText(editor.get(), RefLine), u"        $ref: '#/components/messages/Price'"_s);
    QCOMPARE(editor->textCursor().positionInBlock(), lineText(editor.get(), RefLine).size());

    // A part of the target typed in the pair narrows the list; Tab takes it.
    QTextCursor line(editor->document()->findBlockByNumber(RefLine));
    line.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    line.insertText(u"        $ref: "_s);
    putCursorAtEndOf(editor.get(), RefLine);
    QTest::keyClick(editor.get(), Qt::Key_QuoteDbl);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClicks(completer->popup(), u"#/channels/orders/messages/p"_s);
    QCOMPARE(offered(editor.get()), QStringList{u"#/channels/orders/messages/placed"_s});
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QCOMPARE(lineText(editor.get(), RefLine), u"        $ref: \"#/channels/orders/messages/placed\""_s);
}

void TestYamlEditor::referenceTargetsFitThePlace()
{
    const auto editor = editorWith(Doc);
    putCursorAtEndOf(editor.get(), RefLine);
    editor->showCompletion();
    QCOMPARE(offered(editor.get()),
             (QStringList{u"#/components/messages/Price"_s, u"#/channels/orders/messages/placed"_s,
                          u"#/channels/orders/messages/other"_s}));

    // An operation's channel: channels only.
    QTextCursor c(editor->document()->findBlockByNumber(16));
    c.movePosition(QTextCursor::EndOfBlock);
    c.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    c.insertText(u"      $ref: "_s);
    editor->setTextCursor(c);
    editor->showCompletion();
    QCOMPARE(offered(editor.get()), QStringList{u"#/channels/orders"_s});
}

void TestYamlEditor::keysAlreadyWrittenAreNotOfferedAndPopupShrinks()
{
    const auto editor = editorWith(Doc);
    auto *completer = editor->findChild<QCompleter *>();
    putCursorAtEndOf(editor.get(), 6); // `    address: orders` in channel orders
    QTest::keyClick(editor.get(), Qt::Key_Return);
    editor->showCompletion();
    QTRY_VERIFY(completer->popup()->isVisible());
    const QStringList keys = offered(editor.get());
    QVERIFY2(keys.contains(u"title"_s) && keys.contains(u"servers"_s), qPrintable(keys.join(u',')));
    QVERIFY2(!keys.contains(u"address"_s) && !keys.contains(u"messages"_s), qPrintable(keys.join(u',')));
    const int fullHeight = completer->popup()->height();

    QTest::keyClicks(completer->popup(), u"ti"_s);
    QCOMPARE(offered(editor.get()), QStringList{u"title"_s});
    QTRY_VERIFY(completer->popup()->isVisible());
    const int row = completer->popup()->sizeHintForRow(0);
    QVERIFY2(
        completer->popup()->height() < 3 * row,
        qPrintable(u"%1 px for one row of %2 (was %3)"_s.arg(completer->popup()->height()).arg(row).arg(fullHeight)));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(lineText(editor.get(), 7), u"    title: "_s);
}

void TestYamlEditor::completionWorksWhileTheTextDoesNotParse()
{
    const auto editor = editorWith(Doc);
    auto *completer = editor->findChild<QCompleter *>();
    // A stray plain scalar line makes the text unparseable.
    QTextCursor c(editor->document()->findBlockByNumber(6));
    c.movePosition(QTextCursor::EndOfBlock);
    c.insertText(u"\n    oops"_s);
    const auto broken = analyze(editor->toPlainText());
    QVERIFY(!broken->parsed());
    editor->setAnalysis(broken);

    // Keys, from the indentation around the cursor.
    putCursorAtEndOf(editor.get(), 7);
    QTest::keyClick(editor.get(), Qt::Key_Return);
    QTest::keyClicks(editor.get(), u"ti"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(offered(editor.get()), QStringList{u"title"_s});
    QTest::keyClick(completer->popup(), Qt::Key_Escape);

    // `$ref` targets, from the last analysis of a text that parsed.
    putCursorAtEndOf(editor.get(), RefLine + 2);
    QCOMPARE(lineText(editor.get(), RefLine + 2), u"        $ref: "_s);
    QTest::keyClick(editor.get(), Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY2(offered(editor.get()).contains(u"#/components/messages/Price"_s),
             qPrintable(offered(editor.get()).join(u',')));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(lineText(editor.get(), RefLine + 2), u"        $ref: '#/components/messages/Price'"_s);
}

void TestYamlEditor::gutterTooltipNamesTheSeverity()
{
    const QString text = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\noperations:\n  o:\n    action: sned\n"
                         u"    channel: {$ref: '#/channels/c'}\nchannels:\n  c: {}\n"_s;
    const auto editor = editorWith(text);
    QWidget *gutter = nullptr;
    for (QWidget *w : editor->findChildren<QWidget *>()) {
        if (w->parentWidget() == editor.get() && w->width() == editor->lineNumberAreaWidth())
            gutter = w;
    }
    QVERIFY(gutter);
    const QRect line = editor->cursorRect(QTextCursor(editor->document()->findBlockByNumber(6)));
    const QPoint at(5, line.center().y());
    QHelpEvent help(QEvent::ToolTip, at, gutter->mapToGlobal(at));
    QApplication::sendEvent(gutter, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Error: "_s), qPrintable(QToolTip::text()));
    QVERIFY(!QToolTip::text().contains(u"error:"_s));
    QToolTip::hideText();
}

void TestYamlEditor::hoverRendersMarkdown()
{
    // channel.address's description says "… `null` …": shown as code, not with backticks.
    const auto editor = editorWith(Doc);
    QTextCursor key(editor->document()->findBlockByNumber(6));
    key.movePosition(QTextCursor::NextWord);
    const QRect r = editor->cursorRect(key);
    const QPoint at = r.center() + QPoint(editor->lineNumberAreaWidth() + 4, 0);
    QHelpEvent help(QEvent::ToolTip, at, editor->mapToGlobal(at));
    QApplication::sendEvent(editor.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(u"<code>null</code>"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"`"_s), qPrintable(tip));
    QToolTip::hideText();
}

QTEST_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
