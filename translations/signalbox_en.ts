<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Signalbox::ConvertDialog</name>
    <message numerus="yes">
        <source>%n line(s) changed or removed</source>
        <translation>
            <numerusform>%n line changed or removed</numerusform>
            <numerusform>%n lines changed or removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written</source>
        <translation>
            <numerusform>%n line written</numerusform>
            <numerusform>%n lines written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphPane</name>
    <message numerus="yes">
        <source>The graph counts the messages of the %1 this session: %Ln so far. They reset when that log is cleared; a click on a box or arrow shows its messages there.</source>
        <translation>
            <numerusform>The graph counts the messages of the %1 this session: %Ln so far. They reset when that log is cleared; a click on a box or arrow shows its messages there.</numerusform>
            <numerusform>The graph counts the messages of the %1 this session: %Ln so far. They reset when that log is cleared; a click on a box or arrow shows its messages there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) this session</source>
        <translation>
            <numerusform>%n message this session</numerusform>
            <numerusform>%n messages this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not conform</source>
        <translation>
            <numerusform>%n did not conform</numerusform>
            <numerusform>%n did not conform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::LiveWorker</name>
    <message numerus="yes">
        <source>%n message(s) dropped (%1) while the window was busy</source>
        <translation>
            <numerusform>%n message dropped (%1) while the window was busy</numerusform>
            <numerusform>%n messages dropped (%1) while the window was busy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::MockServer</name>
    <message numerus="yes">
        <source>%n recorded message(s) not served: the log holds only their beginning</source>
        <translation>
            <numerusform>%n recorded message not served: the log holds only its beginning</numerusform>
            <numerusform>%n recorded messages not served: the log holds only their beginning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::SseSession</name>
    <message numerus="yes">
        <source>%n event(s) over %1 dropped.</source>
        <translation>
            <numerusform>%n event over %1 dropped.</numerusform>
            <numerusform>%n events over %1 dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) over %1 dropped.</source>
        <translation>
            <numerusform>%n line over %1 dropped.</numerusform>
            <numerusform>%n lines over %1 dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::LogPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 of %Ln entry</numerusform>
            <numerusform>%1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <translation>
            <numerusform>%Ln dropped</numerusform>
            <numerusform>%Ln dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln held</numerusform>
            <numerusform>%Ln held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaying: %1 of %Ln entries</source>
        <translation>
            <numerusform>Replaying: %1 of %Ln entry</numerusform>
            <numerusform>Replaying: %1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaying %Ln entries</source>
        <translation>
            <numerusform>Replaying %Ln entry</numerusform>
            <numerusform>Replaying %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message numerus="yes">
        <source>%n documents have unsaved changes. Save them?</source>
        <translation>
            <numerusform>%n document has unsaved changes. Save it?</numerusform>
            <numerusform>%n documents have unsaved changes. Save them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed &apos;%1&apos; to &apos;%2&apos; in %n file(s); Undo in each brings it back.</source>
        <translation>
            <numerusform>Renamed &apos;%1&apos; to &apos;%2&apos; in %n file; Undo brings it back.</numerusform>
            <numerusform>Renamed &apos;%1&apos; to &apos;%2&apos; in %n files; Undo in each brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s)</source>
        <translation>
            <numerusform>%1: %n place</numerusform>
            <numerusform>%1: %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln entries go; export them first to keep them.</source>
        <translation>
            <numerusform>Its %Ln entry goes; export it first to keep it.</numerusform>
            <numerusform>Its %Ln entries go; export them first to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::MockPanel</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::RenameDialog</name>
    <message numerus="yes">
        <source>Named in %n place(s); type the new name.</source>
        <translation>
            <numerusform>Named in %n place; type the new name.</numerusform>
            <numerusform>Named in %n places; type the new name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) to change</source>
        <translation>
            <numerusform>%n place to change</numerusform>
            <numerusform>%n places to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s).</source>
        <translation>
            <numerusform>in %n file.</numerusform>
            <numerusform>in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SequenceView</name>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %1 of %n messages are shown.</source>
        <translation>
            <numerusform>Only the newest %1 of %n message are shown.</numerusform>
            <numerusform>Only the newest %1 of %n messages are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalboxCli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalboxProbe</name>
    <message numerus="yes">
        <source>warning: %1 has %n error(s); probing all the same</source>
        <translation>
            <numerusform>warning: %1 has %n error; probing all the same</numerusform>
            <numerusform>warning: %1 has %n errors; probing all the same</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalboxReferences</name>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>more than %n redirect</numerusform>
            <numerusform>more than %n redirects</numerusform>
        </translation>
    </message>
</context>
</TS>
