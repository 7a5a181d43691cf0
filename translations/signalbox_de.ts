<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Signalbox::FileChangedBanner</name>
    <message>
        <source>The file changed on disk.</source>
        <translation>Die Datei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>Signalbox::FindBar</name>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <source>Signalbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open AsyncAPI Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsyncAPI (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Convert to &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to &amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fold All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfold All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Signalbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Signalbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A native studio for AsyncAPI.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalbox did not close normally. Restore the unsaved work it kept?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Signalbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Does not parse — showing the last good state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsyncAPI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must parse before it can be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are not kept by the conversion. Convert anyway? (Undo brings the original back.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signalbox::OverviewWidget</name>
    <message>
        <source>&lt;h3&gt;No AsyncAPI document yet&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing, or create a document from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;&lt;i&gt;The text does not parse: showing the last good version.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;… and %2 more&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>(dynamic address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;unresolved channel&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → reply on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 component messages, %2 schemas, %3 components in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signalbox::TemplateDialog</name>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-Sent Events feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka with headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::EditorDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::OutlineModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>(dynamic address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unresolved channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::ProblemsModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>SignalboxAnalysis</name>
    <message>
        <source>(inline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an AsyncAPI document: it has no &apos;asyncapi&apos; field giving its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;asyncapi&apos; version must be a string; write it in quotes, e.g. &apos;3.0.0&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsyncAPI version &apos;%1&apos; is not supported; supported versions are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an AsyncAPI %1 document; it can be converted to 3.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalboxCli</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signalbox command-line tool.

Commands:
  validate FILE...   check AsyncAPI documents; exit 0 when valid, 1 on errors, 2 when a file cannot be read or the usage is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (file:line:col: severity: message [code]) or json (one JSON object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only report diagnostics at least this severe: error, warning, info or hint (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run: validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: signalbox-cli validate [--format text|json] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalboxReferences</name>
    <message>
        <source>Remote reference &apos;%1&apos; was not fetched; allow remote references to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos; leads back to itself through other references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos; is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos; uses an unsupported scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote reference &apos;%1&apos; was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos;: too many files are referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &apos;%1&apos; points into a file that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalboxRules</name>
    <message>
        <source>Server &apos;%1&apos; defines variable &apos;%2&apos; but its %3 does not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host and pathname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &apos;%1&apos; uses variable &apos;{%2}&apos; that is not defined in its &apos;variables&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos; is not defined in components.securitySchemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of channel &apos;%1&apos; must not contain a query (&apos;?&apos;) or a fragment (&apos;#&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &apos;%1&apos; defines parameter &apos;%2&apos; that its address does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of channel &apos;%1&apos; uses parameter &apos;{%2}&apos; that is not defined in its &apos;parameters&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &apos;%1&apos; must list its servers as references to &apos;#/servers/…&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of operation &apos;%1&apos; must be a reference to a channel in &apos;#/channels&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation &apos;%1&apos; lists a message that its channel does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply channel of operation &apos;%1&apos; must be a reference to a channel in &apos;#/channels&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply of operation &apos;%1&apos; lists a message that its reply channel does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply of operation &apos;%1&apos; has neither a channel nor an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply channel of operation &apos;%1&apos; has a dynamic address, but the reply gives no &apos;address&apos; to find it at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageId &apos;%1&apos; is used by more than one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &apos;%1&apos; names server &apos;%2&apos; that is not defined in &apos;servers&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationId &apos;%1&apos; is used by more than one operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name &apos;%1&apos; appears more than once in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the payload schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the headers schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &apos;%1&apos; of components.%2 is not referenced anywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalboxValidation</name>
    <message>
        <source>Missing required property &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &apos;%1&apos; is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value has the wrong type for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value is not the one this field requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value does not match the required pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value matches none, or more than one, of the allowed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value matches none of the allowed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value does not meet the conditions that apply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AsyncAPI %1 schema is not available; the document was not checked against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With its references resolved the document would exceed %1 nodes; it was checked with its references unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema validation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalboxYaml</name>
    <message>
        <source>Duplicate key &apos;%1&apos; (first defined on line %2); only one of them can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to analyse (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases expand this document beyond %1 nodes (an alias bomb?); it is not analysed further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds several YAML documents; an AsyncAPI file must hold exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native studio for AsyncAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file after the first analysis, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsyncAPI documents to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
