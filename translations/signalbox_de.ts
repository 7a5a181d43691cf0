<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Signalbox::AsyncApi::Converter</name>
    <message>
        <source>a mapping holds merged keys</source>
        <translation>ein Mapping enthält zusammengeführte Schlüssel</translation>
    </message>
    <message>
        <source>a part of the document is not the object the specification asks for</source>
        <translation>ein Teil des Dokuments ist nicht das Objekt, das die Spezifikation verlangt</translation>
    </message>
    <message>
        <source>The document does not parse as a YAML or JSON object.</source>
        <translation>Das Dokument lässt sich nicht als YAML- oder JSON-Objekt lesen.</translation>
    </message>
    <message>
        <source>Only AsyncAPI 2.x documents, and 3.0 ones to 3.1, are converted (this one says %1).</source>
        <translation>Nur AsyncAPI-2.x-Dokumente werden umgewandelt, und 3.0-Dokumente nach 3.1 (dieses gibt %1 an).</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>Written anew as plain block YAML (comments and anchors are not kept): %1.</source>
        <translation>Neu als schlichtes Block-YAML geschrieben (Kommentare und Anker bleiben nicht erhalten): %1.</translation>
    </message>
</context>
<context>
    <name>Signalbox::AsyncApi::Rename</name>
    <message>
        <source>The new name is empty.</source>
        <translation>Der neue Name ist leer.</translation>
    </message>
    <message>
        <source>A name cannot hold control characters.</source>
        <translation>Ein Name kann keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>'%1' would be read as a specification extension (names starting with x- are).</source>
        <translation>'%1' würde als Spezifikationserweiterung gelesen (Namen, die mit x- beginnen, sind es).</translation>
    </message>
    <message>
        <source>A parameter's name may hold letters, digits, '.', '_' and '-' only, not '%1'.</source>
        <translation>Der Name eines Parameters darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten, nicht '%1'.</translation>
    </message>
    <message>
        <source>A component's name may hold letters, digits, '.', '_' and '-' only, not '%1'.</source>
        <translation>Der Name einer Komponente darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten, nicht '%1'.</translation>
    </message>
    <message>
        <source>Only components, channels, operations, servers and a channel's messages and parameters can be renamed.</source>
        <translation>Nur Komponenten, Kanäle, Operationen, Server sowie Nachrichten und Parameter eines Kanals lassen sich umbenennen.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Bei %1 ist nichts.</translation>
    </message>
    <message>
        <source>It is already called '%1'.</source>
        <translation>Es heißt bereits '%1'.</translation>
    </message>
    <message>
        <source>'%1' is taken: %2 already holds an element of that name.</source>
        <translation>'%1' ist vergeben: %2 enthält bereits ein Element dieses Namens.</translation>
    </message>
    <message>
        <source>In AsyncAPI 2.x a channel parameter's name is part of its channel's name: rename the channel.</source>
        <translation>In AsyncAPI 2.x ist der Name eines Kanalparameters Teil des Kanalnamens: Benennen Sie den Kanal um.</translation>
    </message>
    <message>
        <source>It is written inline (in braces or brackets): remove it by hand.</source>
        <translation>Es steht inline (in Klammern): Entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <source>'%1' comes from a merge key (&lt;&lt;): rename it where it is written, which renames it in every mapping that merges it.</source>
        <translation>'%1' stammt aus einem Merge-Schlüssel (&lt;&lt;): Benennen Sie es dort um, wo es geschrieben steht; das benennt es in jedem Mapping um, das es übernimmt.</translation>
    </message>
    <message>
        <source>It defines the anchor %1, which is used elsewhere: remove it by hand.</source>
        <translation>Es definiert den Anker %1, der anderswo verwendet wird: Entfernen Sie es von Hand.</translation>
    </message>
</context>
<context>
    <name>Signalbox::Composer</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>The message to send (JSON)</source>
        <translation>Die zu sendende Nachricht (JSON)</translation>
    </message>
    <message>
        <source>Send over the open WebSocket (Ctrl+Return)</source>
        <translation>Über den offenen WebSocket senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep this message for the channel</source>
        <translation>Diese Nachricht für den Kanal aufheben</translation>
    </message>
    <message>
        <source>Send the text's UTF-8 bytes in a binary frame</source>
        <translation>Die UTF-8-Bytes des Texts in einem Binär-Frame senden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Empty object</source>
        <translation>Leeres Objekt</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Example: %1 (from %2)</source>
        <translation>Beispiel: %1 (aus %2)</translation>
    </message>
    <message>
        <source>(cut at its size limit)</source>
        <translation>(an der Größengrenze abgeschnitten)</translation>
    </message>
    <message>
        <source>This example takes content from %1</source>
        <translation>Dieses Beispiel übernimmt Inhalt aus %1</translation>
    </message>
    <message>
        <source>Generated sample (cut at its size limit)</source>
        <translation>Aus dem Schema erzeugt (an der Größengrenze abgeschnitten)</translation>
    </message>
    <message>
        <source>Generated sample</source>
        <translation>Aus dem Schema erzeugt</translation>
    </message>
    <message>
        <source>No payload schema: any payload goes.</source>
        <translation>Kein Payload-Schema: Jede Nutzlast ist erlaubt.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Conforms to %1</source>
        <translation>Entspricht %1</translation>
    </message>
    <message>
        <source>Server-Sent Events only receive</source>
        <translation>Server-Sent Events empfangen nur</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionForm</name>
    <message>
        <source>%1 (bearer token)</source>
        <translation>%1 (Bearer-Token)</translation>
    </message>
    <message>
        <source>%1 (user, password)</source>
        <translation>%1 (Benutzer, Passwort)</translation>
    </message>
    <message>
        <source>%1 (header %2)</source>
        <translation>%1 (Header %2)</translation>
    </message>
    <message>
        <source>%1 (query %2)</source>
        <translation>%1 (Query-Parameter %2)</translation>
    </message>
    <message>
        <source>%1 (cookie %2)</source>
        <translation>%1 (Cookie %2)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Reconnect after a drop</source>
        <translation>Nach einem Abbruch neu verbinden</translation>
    </message>
    <message>
        <source>Ignore certificate errors</source>
        <translation>Zertifikatsfehler ignorieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>ws://, wss://, http:// or https:// address</source>
        <translation>ws://-, wss://-, http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Credentials go to the desktop's keychain, never to settings files or the log</source>
        <translation>Zugangsdaten kommen in den Schlüsselbund des Desktops, nie in Einstellungsdateien oder das Protokoll</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotokolle</translation>
    </message>
    <message>
        <source>SSE event names, comma-separated; empty: all</source>
        <translation>SSE-Ereignisnamen, durch Kommas getrennt; leer: alle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>SSE: resume after this event ID</source>
        <translation>SSE: nach dieser Ereignis-ID fortsetzen</translation>
    </message>
    <message>
        <source>Last-Event-ID</source>
        <translation>Last-Event-ID</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>WebSocket: a larger incoming message closes the connection (1009)</source>
        <translation>WebSocket: Eine größere eingehende Nachricht schließt die Verbindung (1009)</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>WebSocket: the code Disconnect sends (1000 normal, 4000–4999 for applications)</source>
        <translation>WebSocket: der Code, den „Trennen“ sendet (1000 normal, 4000–4999 für Anwendungen)</translation>
    </message>
    <message>
        <source>reason sent with it</source>
        <translation>mitgesendeter Grund</translation>
    </message>
    <message>
        <source>Close with</source>
        <translation>Schließen mit</translation>
    </message>
    <message>
        <source>PEM file of extra authorities</source>
        <translation>PEM-Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>⚠ Certificate errors will be ignored for this connection: anyone on the way can read and change the traffic.</source>
        <translation>⚠ Zertifikatsfehler werden für diese Verbindung ignoriert: Jeder auf dem Weg kann den Verkehr lesen und verändern.</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>%1 (%2 operation)</source>
        <translation>%1 (%2-Operation)</translation>
    </message>
    <message>
        <source>%1: %2 is not sent by WebSocket or SSE clients</source>
        <translation>%1: %2 wird von WebSocket- und SSE-Clients nicht gesendet</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Give a ws://, wss://, http:// or https:// address.</source>
        <translation>Bitte eine ws://-, wss://-, http://- oder https://-Adresse angeben.</translation>
    </message>
    <message>
        <source>Send credentials without encryption?</source>
        <translation>Zugangsdaten unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>%1 is not encrypted: %2 would travel in clear text, and anyone on the way could read them.

Send them all the same, for this connection?</source>
        <translation>%1 ist nicht verschlüsselt: %2 würden im Klartext übertragen, und jeder auf dem Weg könnte sie lesen.

Trotzdem für diese Verbindung senden?</translation>
    </message>
    <message>
        <source>Send in clear text</source>
        <translation>Im Klartext senden</translation>
    </message>
    <message>
        <source>Keychain: %1. The credentials are kept for this session only.</source>
        <translation>Schlüsselbund: %1. Die Zugangsdaten bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Open (WebSocket)</source>
        <translation>Offen (WebSocket)</translation>
    </message>
    <message>
        <source>Open (Server-Sent Events)</source>
        <translation>Offen (Server-Sent Events)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde neu …</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>SSE: resume after this event ID (last received: %1)</source>
        <translation>SSE: nach dieser Ereignis-ID fortsetzen (zuletzt empfangen: %1)</translation>
    </message>
    <message>
        <source>No channel on this server</source>
        <translation>Kein Kanal auf diesem Server</translation>
    </message>
    <message>
        <source>Disconnect to inspect %1: the connection goes to %2.</source>
        <translation>Trennen Sie die Verbindung, um %1 zu untersuchen: Die Verbindung geht zu %2.</translation>
    </message>
    <message>
        <source>Server-Sent Events: a larger event is skipped (the log says so)</source>
        <translation>Server-Sent Events: Ein größeres Ereignis wird übersprungen (das Protokoll vermerkt es)</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <source>Disconnect to choose another server, channel or address</source>
        <translation>Trennen Sie die Verbindung, um einen anderen Server, Kanal oder eine andere Adresse zu wählen</translation>
    </message>
    <message>
        <source>To the mock server at %1, not to the server's address.</source>
        <translation>Zum Mock-Server unter %1, nicht zur Adresse des Servers.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConvertDialog</name>
    <message>
        <source>Upgrade to AsyncAPI 3</source>
        <translation>Auf AsyncAPI 3 aktualisieren</translation>
    </message>
    <message>
        <source>AsyncAPI 3.0.0</source>
        <translation>AsyncAPI 3.0.0</translation>
    </message>
    <message>
        <source>AsyncAPI 3.1.0</source>
        <translation>AsyncAPI 3.1.0</translation>
    </message>
    <message>
        <source>The application's (publish: it receives)</source>
        <translation>Die der Anwendung (publish: sie empfängt)</translation>
    </message>
    <message>
        <source>A client's (publish: it sends)</source>
        <translation>Die eines Clients (publish: er sendet)</translation>
    </message>
    <message>
        <source>Whose view the document's publish and subscribe are read from. The official converter reads them as the application's.</source>
        <translation>Aus wessen Sicht publish und subscribe des Dokuments gelesen werden. Der offizielle Konverter liest sie als die der Anwendung.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Point of view:</source>
        <translation>&amp;Sichtweise:</translation>
    </message>
    <message>
        <source>Now (AsyncAPI %1)</source>
        <translation>Jetzt (AsyncAPI %1)</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed or removed</source>
        <translation>
            <numerusform>%n Zeile geändert oder entfernt</numerusform>
            <numerusform>%n Zeilen geändert oder entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written</source>
        <translation>
            <numerusform>%n Zeile geschrieben</numerusform>
            <numerusform>%n Zeilen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo brings the document back as it was.</source>
        <translation>Rückgängig stellt das Dokument wieder her, wie es war.</translation>
    </message>
</context>
<context>
    <name>Signalbox::CredentialStore</name>
    <message>
        <source>no keychain service is running (Secret Service or KWallet)</source>
        <translation>kein Schlüsselbund-Dienst läuft (Secret Service oder KWallet)</translation>
    </message>
    <message>
        <source>the keychain denied access</source>
        <translation>der Schlüsselbund verweigerte den Zugriff</translation>
    </message>
    <message>
        <source>this system has no supported keychain</source>
        <translation>dieses System hat keinen unterstützten Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain service did not answer (is one running on this desktop?)</source>
        <translation>der Schlüsselbund-Dienst antwortete nicht (läuft einer auf diesem Desktop?)</translation>
    </message>
</context>
<context>
    <name>Signalbox::DocsPreview</name>
    <message>
        <source>&lt;p&gt;This document's documentation is too large for the live preview. Use &lt;b&gt;File → Export HTML…&lt;/b&gt; and open it in a browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Dokumentation dieses Dokuments ist zu groß für die Live-Vorschau. Verwenden Sie &lt;b&gt;Datei → HTML exportieren…&lt;/b&gt; und öffnen Sie sie im Browser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The documentation of this document could not be made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Dokumentation dieses Dokuments konnte nicht erstellt werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Signalbox::EditorPane</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Reloading replaces them with the file on disk, and Undo cannot bring them back. Reload anyway?</source>
        <translation>%1 hat ungespeicherte Änderungen. Neu laden ersetzt sie durch die Datei auf der Festplatte, und Rückgängig kann sie nicht zurückholen. Trotzdem neu laden?</translation>
    </message>
    <message>
        <source>%1 The text in the editor is kept.</source>
        <translation>%1 Der Text im Editor bleibt erhalten.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>The session's messages in time order: who sent what on which channel, requests with their replies</source>
        <translation>Die Nachrichten der Sitzung in zeitlicher Folge: wer was auf welchem Kanal gesendet hat, Anfragen mit ihren Antworten</translation>
    </message>
</context>
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
        <translation>Regex</translation>
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
        <translation>Schließen (Esc)</translation>
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
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphPane</name>
    <message>
        <source>Collapse messages</source>
        <translation>Nachrichten einklappen</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Knoten filtern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the view (F)</source>
        <translation>Graph in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The graph counts the messages of the %1 this session: %Ln so far. They reset when that log is cleared; a click on a box or arrow shows its messages there.</source>
        <translation>
            <numerusform>Der Graph zählt die Nachrichten aus „%1“ in dieser Sitzung: bisher %Ln. Die Zählung beginnt neu, wenn dieses Protokoll geleert wird; ein Klick auf einen Kasten oder Pfeil zeigt dort seine Nachrichten.</numerusform>
            <numerusform>Der Graph zählt die Nachrichten aus „%1“ in dieser Sitzung: bisher %Ln. Die Zählung beginnt neu, wenn dieses Protokoll geleert wird; ein Klick auf einen Kasten oder Pfeil zeigt dort seine Nachrichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>In Ansicht einpassen</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>%1 · %2 bad</source>
        <translation>%1 · %2 fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) this session</source>
        <translation>
            <numerusform>%n Nachricht in dieser Sitzung</numerusform>
            <numerusform>%n Nachrichten in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not conform</source>
        <translation>
            <numerusform>%n nicht konform</numerusform>
            <numerusform>%n nicht konform</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no channel of the document</source>
        <translation>kein Kanal des Dokuments</translation>
    </message>
    <message>
        <source>no message of %1</source>
        <translation>keine Nachricht von %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1 → %2 (replies)</source>
        <translation>%1 → %2 (Antworten)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 requests, %2 replies</source>
        <translation>%1 Anfragen, %2 Antworten</translation>
    </message>
</context>
<context>
    <name>Signalbox::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::LiveWorker</name>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>subprotocol %1</source>
        <translation>Subprotokoll %1</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>(reconnecting in %1 ms)</source>
        <translation>(neue Verbindung in %1 ms)</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbinde neu</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>von Ihnen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) dropped (%1) while the window was busy</source>
        <translation>
            <numerusform>%n Nachricht verworfen (%1), während das Fenster beschäftigt war</numerusform>
            <numerusform>%n Nachrichten verworfen (%1), während das Fenster beschäftigt war</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::LogModel</name>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>unknown message</source>
        <translation>unbekannte Nachricht</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>does not conform</source>
        <translation>nicht konform</translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::MockServer</name>
    <message>
        <source>The document has no AsyncAPI model to serve (it does not parse).</source>
        <translation>Das Dokument hat kein AsyncAPI-Modell, das bereitgestellt werden könnte (es lässt sich nicht lesen).</translation>
    </message>
    <message>
        <source>No channel to serve: the document has no server with a ws, wss, http or https protocol whose channels have an address.</source>
        <translation>Kein Kanal bereitzustellen: Das Dokument hat keinen Server mit dem Protokoll ws, wss, http oder https, dessen Kanäle eine Adresse haben.</translation>
    </message>
    <message>
        <source>No channel to serve on server '%1' (is it a ws, wss, http or https server?).</source>
        <translation>Kein Kanal auf Server '%1' bereitzustellen (ist es ein ws-, wss-, http- oder https-Server?).</translation>
    </message>
    <message>
        <source>'%1' is not a value of parameter %2 (one of: %3).</source>
        <translation>'%1' ist kein Wert des Parameters %2 (einer von: %3).</translation>
    </message>
    <message>
        <source>Missing or wrong credential for %1.</source>
        <translation>Fehlende oder falsche Anmeldedaten für %1.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Not an HTTP/1.1 request.</source>
        <translation>Keine HTTP/1.1-Anfrage.</translation>
    </message>
    <message>
        <source>Only GET is served.</source>
        <translation>Nur GET wird beantwortet.</translation>
    </message>
    <message>
        <source>No channel at %1.</source>
        <translation>Kein Kanal unter %1.</translation>
    </message>
    <message>
        <source>%1 is a WebSocket channel.</source>
        <translation>%1 ist ein WebSocket-Kanal.</translation>
    </message>
    <message>
        <source>%1 is a Server-Sent Events channel, not WebSocket.</source>
        <translation>%1 ist ein Server-Sent-Events-Kanal, kein WebSocket.</translation>
    </message>
    <message>
        <source>%1 on %2 (SSE), resuming after id %3</source>
        <translation>%1 an %2 (SSE), fortgesetzt nach ID %3</translation>
    </message>
    <message>
        <source>%1 on %2 (SSE)</source>
        <translation>%1 an %2 (SSE)</translation>
    </message>
    <message>
        <source>%1 on %2 (WebSocket)</source>
        <translation>%1 an %2 (WebSocket)</translation>
    </message>
    <message>
        <source>%1: messages sent: %2, as asked</source>
        <translation>%1: gesendete Nachrichten: %2, wie verlangt</translation>
    </message>
    <message>
        <source>%1: dropped on purpose (every %2 messages)</source>
        <translation>%1: absichtlich getrennt (alle %2 Nachrichten)</translation>
    </message>
    <message>
        <source>%1: reply to %2</source>
        <translation>%1: Antwort auf %2</translation>
    </message>
    <message>
        <source> (the correlation id could not be copied)</source>
        <translation> (die Korrelations-ID konnte nicht übernommen werden)</translation>
    </message>
    <message>
        <source>%1: messages sent: %2</source>
        <translation>%1: gesendete Nachrichten: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>%1: dropped, the client does not read what it is sent</source>
        <translation>%1: getrennt, der Client liest nicht, was ihm gesendet wird</translation>
    </message>
    <message>
        <source>%1 of server %2</source>
        <translation>%1 von Server %2</translation>
    </message>
    <message>
        <source>%1 serves %2; the first is used there (serve one server to choose)</source>
        <translation>%1 bedient %2; dort gilt der erste (einen Server bedienen, um zu wählen)</translation>
    </message>
    <message>
        <source>The log has no message to serve on these channels (messages received by the inspector or the probe, or sent by a mock).</source>
        <translation>Das Protokoll hat keine Nachricht für diese Kanäle (vom Inspektor oder der Probe empfangene Nachrichten, oder von einem Mock gesendete).</translation>
    </message>
    <message>
        <source>%1: recorded at %2</source>
        <translation>%1: aufgezeichnet um %2</translation>
    </message>
    <message>
        <source>%1: all %2 recorded messages sent</source>
        <translation>%1: alle %2 aufgezeichneten Nachrichten gesendet</translation>
    </message>
    <message>
        <source>invalid on purpose (every %1)</source>
        <translation>absichtlich ungültig (jede %1.)</translation>
    </message>
    <message>
        <source>%1: closed with code %2 on purpose (every %3 messages)</source>
        <translation>%1: absichtlich mit Code %2 geschlossen (alle %3 Nachrichten)</translation>
    </message>
    <message>
        <source> (no client on its channel %1: sent here)</source>
        <translation> (kein Client auf seinem Kanal %1: hierher gesendet)</translation>
    </message>
    <message>
        <source> (from %1 on %2)</source>
        <translation> (von %1 auf %2)</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <source>its schema refuses it</source>
        <translation>sein Schema weist ihn ab</translation>
    </message>
    <message>
        <source>'%1' is not a valid value of parameter %2: %3.</source>
        <translation>'%1' ist kein gültiger Wert des Parameters %2: %3.</translation>
    </message>
    <message>
        <source>%1: the stream's %2 messages were all sent</source>
        <translation>%1: die %2 Nachrichten des Stroms wurden alle gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded message(s) not served: the log holds only their beginning</source>
        <translation>
            <numerusform>%n aufgezeichnete Nachricht nicht gesendet: das Protokoll enthält nur ihren Anfang</numerusform>
            <numerusform>%n aufgezeichnete Nachrichten nicht gesendet: das Protokoll enthält nur ihren Anfang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::SseSession</name>
    <message>
        <source>The server answered 204 No Content: it asks not to reconnect.</source>
        <translation>Der Server antwortete 204 No Content: Er bittet, keine neue Verbindung aufzubauen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 instead of 200.</source>
        <translation>Der Server antwortete HTTP %1 %2 statt 200.</translation>
    </message>
    <message>
        <source>The response has no Content-Type; text/event-stream is required.</source>
        <translation>Die Antwort hat keinen Content-Type; text/event-stream ist erforderlich.</translation>
    </message>
    <message>
        <source>The response is %1, not text/event-stream.</source>
        <translation>Die Antwort ist %1, nicht text/event-stream.</translation>
    </message>
    <message>
        <source>The server closed the stream.</source>
        <translation>Der Server hat den Stream geschlossen.</translation>
    </message>
    <message>
        <source>The server redirects (HTTP %1) to %2. Redirections are not followed, so that no credential reaches another address: connect to that address yourself if you trust it.</source>
        <translation>Der Server leitet weiter (HTTP %1) nach %2. Weiterleitungen werden nicht verfolgt, damit keine Zugangsdaten an eine andere Adresse gelangen: Verbinden Sie sich selbst mit dieser Adresse, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>an invalid address</source>
        <translation>eine ungültige Adresse</translation>
    </message>
    <message>
        <source>An event passed %1 of data: it is dropped, up to its end.</source>
        <translation>Ein Ereignis hat %1 Daten überschritten: Es wird bis zu seinem Ende verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) over %1 dropped.</source>
        <translation>
            <numerusform>%n Ereignis über %1 verworfen.</numerusform>
            <numerusform>%n Ereignisse über %1 verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A line passed %1: it is dropped, up to its end.</source>
        <translation>Eine Zeile hat %1 überschritten: Sie wird bis zu ihrem Ende verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) over %1 dropped.</source>
        <translation>
            <numerusform>%n Zeile über %1 verworfen.</numerusform>
            <numerusform>%n Zeilen über %1 verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Aufgegeben nach %n Versuch: %1</numerusform>
            <numerusform>Aufgegeben nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Live::WebSocketSession</name>
    <message>
        <source>The connection could not be opened.</source>
        <translation>Die Verbindung konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Signalbox::LogPanel</name>
    <message>
        <source>Select a row to see its body, bytes and validation errors.</source>
        <translation>Eine Zeile wählen, um Inhalt, Bytes und Validierungsfehler zu sehen.</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Hold new entries back (they are kept) so that the table stays still</source>
        <translation>Neue Einträge zurückhalten (sie bleiben erhalten), damit die Tabelle stillsteht</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a log</source>
        <translation>Ein Protokoll importieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Conforms to message %1</source>
        <translation>Entspricht der Nachricht %1</translation>
    </message>
    <message>
        <source>Does not conform to message %1:</source>
        <translation>Entspricht nicht der Nachricht %1:</translation>
    </message>
    <message>
        <source>Unknown message:</source>
        <translation>Unbekannte Nachricht:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no log entries</source>
        <translation>%1 enthält keine Protokolleinträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped: %2</source>
        <translation>Einige Zeilen von %1 wurden übersprungen: %2</translation>
    </message>
    <message>
        <source>Save the log as JSON Lines. Credentials in addresses and headers are hidden; message bodies are saved as they are, tokens in them included.</source>
        <translation>Das Protokoll als JSON Lines speichern. Zugangsdaten in Adressen und Headern werden verborgen; Nachrichteninhalte werden unverändert gespeichert, darin enthaltene Tokens eingeschlossen.</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 shown)</source>
        <translation>… (die ersten %1 von %2 angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <translation>
            <numerusform>%Ln verworfen</numerusform>
            <numerusform>%Ln verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln zurückgehalten</numerusform>
            <numerusform>%Ln zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Only the messages that went over %1</source>
        <translation>Nur die Nachrichten, die über %1 gingen</translation>
    </message>
    <message numerus="yes">
        <source>Replaying: %1 of %Ln entries</source>
        <translation>
            <numerusform>Abspielen: %1 von %Ln Eintrag</numerusform>
            <numerusform>Abspielen: %1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of the %2 counted: the others left the log or are held back)</source>
        <translation>(%1 der %2 gezählten: die übrigen sind nicht mehr im Protokoll oder werden zurückgehalten)</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag wird abgespielt</numerusform>
            <numerusform>%Ln Einträge werden abgespielt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open AsyncAPI Documents</source>
        <translation>AsyncAPI-Dokumente öffnen</translation>
    </message>
    <message>
        <source>AsyncAPI (*.yaml *.yml *.json);;All files (*)</source>
        <translation>AsyncAPI (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
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
        <translation>In &amp;JSON umwandeln</translation>
    </message>
    <message>
        <source>Convert to &amp;YAML</source>
        <translation>In &amp;YAML umwandeln</translation>
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
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
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
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Kommentar umschalten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
    <message>
        <source>Go to &amp;Definition</source>
        <translation>Zur &amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
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
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Fold All</source>
        <translation>Alles &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Unfold All</source>
        <translation>Alles &amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Signalbox</source>
        <translation>Ü&amp;ber Signalbox</translation>
    </message>
    <message>
        <source>About Signalbox</source>
        <translation>Über Signalbox</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z %1, Sp %2</translation>
    </message>
    <message>
        <source>Go to Definition</source>
        <translation>Zur Definition</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Signalbox did not close normally. Restore the unsaved work it kept?

%1</source>
        <translation>Signalbox wurde nicht normal beendet. Die aufbewahrte ungesicherte Arbeit wiederherstellen?

%1</translation>
    </message>
    <message>
        <source>%1[*] — Signalbox</source>
        <translation>%1[*] — Signalbox</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungesicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <source>⚠ Does not parse — showing the last good state</source>
        <translation>⚠ Nicht lesbar — der letzte gute Stand wird gezeigt</translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation>✔ Gültig</translation>
    </message>
    <message>
        <source>✖ Invalid</source>
        <translation>✖ Ungültig</translation>
    </message>
    <message>
        <source>AsyncAPI %1</source>
        <translation>AsyncAPI %1</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <source>The document must parse before it can be converted.</source>
        <translation>Das Dokument muss lesbar sein, bevor es umgewandelt werden kann.</translation>
    </message>
    <message>
        <source>Comments are not kept by the conversion. Convert anyway? (Undo brings the original back.)</source>
        <translation>Die Umwandlung behält keine Kommentare. Trotzdem umwandeln? (Rückgängig stellt das Original wieder her.)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Signalbox starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Signalbox.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A native studio for AsyncAPI.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Built with:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;Ein natives Studio für AsyncAPI.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>The document must parse before it can be exported.</source>
        <translation>Das Dokument muss lesbar sein, bevor es exportiert werden kann.</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Open it in the browser?</source>
        <translation>Nach %1 exportiert. Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Exported to %1; the document has errors, listed on top of the page. Open it in the browser?</source>
        <translation>Nach %1 exportiert; das Dokument hat Fehler, sie stehen oben auf der Seite. Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Live Log</source>
        <translation>Live-Protokoll</translation>
    </message>
    <message>
        <source>Autosave failed (%1): unsaved work is not protected against a crash.</source>
        <translation>Automatisches Speichern fehlgeschlagen (%1): Ungespeicherte Arbeit ist nicht gegen einen Absturz geschützt.</translation>
    </message>
    <message>
        <source>Reference &amp;Folders…</source>
        <translation>Referenz&amp;ordner…</translation>
    </message>
    <message>
        <source>Reference Folders</source>
        <translation>Referenzordner</translation>
    </message>
    <message>
        <source>Save the document first: its file references are read from its folder and from the folders allowed for that folder.</source>
        <translation>Speichern Sie das Dokument zuerst: Seine Dateireferenzen werden aus seinem Ordner und aus den für diesen Ordner erlaubten Ordnern gelesen.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Sa&amp;ve All</source>
        <translation>Alle s&amp;peichern</translation>
    </message>
    <message>
        <source>Clos&amp;e All</source>
        <translation>Alle schl&amp;ießen</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Insp&amp;ector</source>
        <translation>Insp&amp;ektor</translation>
    </message>
    <message>
        <source>Live Lo&amp;g</source>
        <translation>Live-Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Harbour Cranes example</source>
        <translation>Beispiel Hafenkräne</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <source>Restored the unsaved work. Saving writes it back to its files.</source>
        <translation>Die ungesicherte Arbeit wurde wiederhergestellt. Speichern schreibt sie in ihre Dateien zurück.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1
Restored from unsaved work after a crash</source>
        <translation>%1
Nach einem Absturz aus ungesicherter Arbeit wiederhergestellt</translation>
    </message>
    <message>
        <source>Save Restored Work</source>
        <translation>Wiederhergestellte Arbeit speichern</translation>
    </message>
    <message>
        <source>%1 was restored from unsaved work after a crash. Saving overwrites %2 with it.</source>
        <translation>%1 wurde nach einem Absturz aus ungesicherter Arbeit wiederhergestellt. Speichern überschreibt %2 damit.</translation>
    </message>
    <message numerus="yes">
        <source>%n documents have unsaved changes. Save them?</source>
        <translation>
            <numerusform>%n Dokument hat ungesicherte Änderungen. Speichern?</numerusform>
            <numerusform>%n Dokumente haben ungesicherte Änderungen. Speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <source>Empty document</source>
        <translation>Leeres Dokument</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The status bar's counts, e.g. "1 error, 2 warnings".</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock Server</source>
        <translation>Mock-Server</translation>
    </message>
    <message>
        <source>Mock Server (:%1)</source>
        <translation>Mock-Server (:%1)</translation>
    </message>
    <message>
        <source>&amp;Mock Server</source>
        <translation>&amp;Mock-Server</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Start &amp;Mock Server</source>
        <translation>&amp;Mock-Server starten</translation>
    </message>
    <message>
        <source>Stop &amp;Mock Server</source>
        <translation>&amp;Mock-Server anhalten</translation>
    </message>
    <message>
        <source>The inspector could not open channel %1 of server %2.</source>
        <translation>Der Inspektor konnte Kanal %1 von Server %2 nicht öffnen.</translation>
    </message>
    <message>
        <source>Upgrade to AsyncAPI &amp;3…</source>
        <translation>Auf AsyncAPI &amp;3 aktualisieren…</translation>
    </message>
    <message>
        <source>Upgrade to AsyncAPI 3</source>
        <translation>Auf AsyncAPI 3 aktualisieren</translation>
    </message>
    <message>
        <source>The document must parse, with its AsyncAPI version, before it can be upgraded.</source>
        <translation>Das Dokument muss sich mit seiner AsyncAPI-Version lesen lassen, bevor es aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>This is an AsyncAPI %1 document: there is nothing to upgrade.</source>
        <translation>Dies ist ein AsyncAPI-%1-Dokument: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Find &amp;Usages</source>
        <translation>&amp;Verwendungen finden</translation>
    </message>
    <message>
        <source>Remove Unused Component</source>
        <translation>Unbenutzte Komponente entfernen</translation>
    </message>
    <message>
        <source>The document is being analysed: try again in a moment.</source>
        <translation>Das Dokument wird analysiert: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Put the cursor on the name of a component, channel, operation, server, message or parameter, or on a $ref to one.</source>
        <translation>Setzen Sie den Cursor auf den Namen einer Komponente, eines Kanals, einer Operation, eines Servers, einer Nachricht oder eines Parameters, oder auf eine $ref dorthin.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved: save it, then rename again.</source>
        <translation>%1 hat ungespeicherte Änderungen: Speichern Sie die Datei und benennen Sie dann erneut um.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Renamed '%1' to '%2' in %n file(s); Undo in each brings it back.</source>
        <translation>
            <numerusform>'%1' in %n Datei in '%2' umbenannt; Rückgängig stellt sie wieder her.</numerusform>
            <numerusform>'%1' in %n Dateien in '%2' umbenannt; Rückgängig in jeder stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>per Name</translation>
    </message>
    <message>
        <source>in the address</source>
        <translation>in der Adresse</translation>
    </message>
    <message>
        <source>(this document)</source>
        <translation>(dieses Dokument)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s)</source>
        <translation>
            <numerusform>%1: %n Stelle</numerusform>
            <numerusform>%1: %n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder holds more files than are read: references in the others are not found.</source>
        <translation>Der Ordner enthält mehr Dateien, als gelesen werden: Verweise in den übrigen werden nicht gefunden.</translation>
    </message>
    <message>
        <source>Replay a Log</source>
        <translation>Protokoll abspielen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no log entries</source>
        <translation>%1 enthält keine Protokolleinträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped: %2</source>
        <translation>Einige Zeilen von %1 wurden übersprungen: %2</translation>
    </message>
    <message>
        <source>&amp;Replay a Log…</source>
        <translation>Protokoll &amp;abspielen…</translation>
    </message>
    <message>
        <source>Mock Server log</source>
        <translation>Mock-Server-Protokoll</translation>
    </message>
    <message>
        <source>Replaying %1 empties the live log first.</source>
        <translation>Das Abspielen von %1 leert zuerst das Live-Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln entries go; export them first to keep them.</source>
        <translation>
            <numerusform>Sein %Ln Eintrag geht verloren; exportieren Sie ihn zuerst, um ihn zu behalten.</numerusform>
            <numerusform>Seine %Ln Einträge gehen verloren; exportieren Sie sie zuerst, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Signalbox::MockPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>With its recorded timing</source>
        <translation>Mit dem aufgezeichneten Takt</translation>
    </message>
    <message>
        <source>Serve the WebSocket and Server-Sent Events channels of the document shown, on this machine</source>
        <translation>Die WebSocket- und Server-Sent-Events-Kanäle des angezeigten Dokuments auf diesem Rechner bedienen</translation>
    </message>
    <message>
        <source>Serve the document's current text (the clients are disconnected)</source>
        <translation>Den aktuellen Text des Dokuments bedienen (die Clients werden getrennt)</translation>
    </message>
    <message>
        <source>The server whose channels are served (ws and wss as WebSocket, http and https as Server-Sent Events)</source>
        <translation>Der Server, dessen Kanäle bedient werden (ws und wss als WebSocket, http und https als Server-Sent Events)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Application: play the application the document describes (send what it sends). Client: play the other side, for documents written from a client's point of view.</source>
        <translation>Anwendung: die Anwendung spielen, die das Dokument beschreibt (senden, was sie sendet). Client: die andere Seite spielen, für Dokumente aus der Sicht eines Clients.</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebig frei</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1. Any free: the one used last time when it is free, so that the URLs stay the same between runs.</source>
        <translation>Der Port auf 127.0.0.1. Beliebig frei: der zuletzt benutzte, wenn er frei ist, damit die URLs zwischen den Läufen gleich bleiben.</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>one per client message</source>
        <translation>eine je Client-Nachricht</translation>
    </message>
    <message>
        <source>Messages a second on each connection; 0: one for each message a client sends</source>
        <translation>Nachrichten pro Sekunde je Verbindung; 0: eine für jede Nachricht, die ein Client sendet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Drop the connection after every N messages (abruptly, or with the close code)</source>
        <translation>Die Verbindung nach je N Nachrichten trennen (abrupt oder mit dem Schließcode)</translation>
    </message>
    <message>
        <source>Make every Nth message one that does not conform (marked in the log)</source>
        <translation>Jede N-te Nachricht nicht konform machen (im Protokoll markiert)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Every message leaves this much later: the stream starts late, replies come late</source>
        <translation>Jede Nachricht geht um so viel später hinaus: der Strom beginnt später, Antworten kommen später</translation>
    </message>
    <message>
        <source>none (cut)</source>
        <translation>keiner (abbrechen)</translation>
    </message>
    <message>
        <source>WebSocket: drop the connection with this close code (1000–1003, 1007–1014, 3000–4999) rather than cut it</source>
        <translation>WebSocket: die Verbindung mit diesem Schließcode (1000–1003, 1007–1014, 3000–4999) beenden, statt sie abzubrechen</translation>
    </message>
    <message>
        <source>token, key or user:password; empty: any</source>
        <translation>Token, Schlüssel oder Benutzer:Passwort; leer: beliebig</translation>
    </message>
    <message>
        <source>What clients must present for the server's security schemes. Empty: any credential of the right kind is taken.</source>
        <translation>Was Clients für die Sicherheitsschemata des Servers vorlegen müssen. Leer: jede Anmeldeinformation der richtigen Art wird angenommen.</translation>
    </message>
    <message>
        <source>JSON Lines log to serve back; empty: the document's messages</source>
        <translation>JSON-Lines-Protokoll zum Abspielen; leer: die Nachrichten des Dokuments</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a log (the live log's export, or the probe's output)</source>
        <translation>Ein Protokoll wählen (den Export des Live-Protokolls oder die Ausgabe der Probe)</translation>
    </message>
    <message>
        <source>Replay a log</source>
        <translation>Ein Protokoll abspielen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unchecked: as fast as it is read</source>
        <translation>Nicht angehakt: so schnell, wie gelesen wird</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Schließcode</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldeinformation</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Last used: %1</source>
        <translation>Zuletzt benutzt: %1</translation>
    </message>
    <message>
        <source>All (ws, wss, http, https)</source>
        <translation>Alle (ws, wss, http, https)</translation>
    </message>
    <message>
        <source>The close code is one a close frame may carry: 1000–1003, 1007–1014 or 3000–4999 (or none: the connection is cut).</source>
        <translation>Der Schließcode muss einer sein, den ein Close-Frame tragen darf: 1000–1003, 1007–1014 oder 3000–4999 (oder keiner: die Verbindung wird abgebrochen).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no log entries to replay.</source>
        <translation>%1 enthält keine Protokolleinträge zum Abspielen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a document to serve it.</source>
        <translation>Ein Dokument öffnen, um es zu bedienen.</translation>
    </message>
    <message>
        <source>%1 has no AsyncAPI model to serve (it does not parse yet).</source>
        <translation>%1 hat kein AsyncAPI-Modell zum Bedienen (es lässt sich noch nicht einlesen).</translation>
    </message>
    <message>
        <source>%1 Choose another port, or none (any free one).</source>
        <translation>%1 Einen anderen Port wählen oder keinen (einen beliebigen freien).</translation>
    </message>
    <message>
        <source>%1 on 127.0.0.1:%2</source>
        <translation>%1 auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>Stop the mock to change its options</source>
        <translation>Den Mock anhalten, um seine Optionen zu ändern</translation>
    </message>
    <message>
        <source>%1 changed since the mock started; it serves the text it started with. Restart to serve the new one.</source>
        <translation>%1 hat sich seit dem Start des Mocks geändert; er bedient den Text vom Start. Neu starten, um den neuen zu bedienen.</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Connect Inspector</source>
        <translation>Inspektor verbinden</translation>
    </message>
    <message>
        <source>Open the inspector on %1 and connect it to this URL</source>
        <translation>Den Inspektor auf %1 öffnen und mit dieser URL verbinden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>Die URL kopieren</translation>
    </message>
    <message>
        <source>URLs (%1)</source>
        <translation>URLs (%1)</translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>invalid on purpose %1</source>
        <translation>absichtlich ungültig %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <source>not conforming %1</source>
        <translation>nicht konform %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>abgewiesen %1</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>getrennt %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Serving %1 on 127.0.0.1:%2</source>
        <translation>Bedient %1 auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>(closed since)</source>
        <translation>(inzwischen geschlossen)</translation>
    </message>
    <message>
        <source>(not the document shown)</source>
        <translation>(nicht das angezeigte Dokument)</translation>
    </message>
    <message>
        <source>Stopped. Start serves %1.</source>
        <translation>Angehalten. Starten bedient %1.</translation>
    </message>
    <message>
        <source>Stopped. Open a document to serve it.</source>
        <translation>Angehalten. Ein Dokument öffnen, um es zu bedienen.</translation>
    </message>
</context>
<context>
    <name>Signalbox::OverviewWidget</name>
    <message>
        <source>&lt;h3&gt;No AsyncAPI document yet&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein AsyncAPI-Dokument&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start typing, or create a document from a template.</source>
        <translation>Beginnen Sie zu tippen oder erstellen Sie ein Dokument aus einer Vorlage.</translation>
    </message>
    <message>
        <source>&lt;p style="color:%1"&gt;&lt;i&gt;The text does not parse: showing the last good version.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style="color:%1"&gt;&lt;i&gt;Der Text ist nicht lesbar: die letzte gute Fassung wird gezeigt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>&lt;p style="color:%1"&gt;… and %2 more&lt;/p&gt;</source>
        <translation>&lt;p style="color:%1"&gt;… und %2 weitere&lt;/p&gt;</translation>
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
        <translation>(dynamische Adresse)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>&lt;i&gt;unresolved channel&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht auflösbarer Kanal&lt;/i&gt;</translation>
    </message>
    <message>
        <source> → reply on %1</source>
        <translation> → Antwort auf %1</translation>
    </message>
    <message>
        <source>%1 component messages, %2 schemas, %3 components in all</source>
        <translation>%1 Komponenten-Nachrichten, %2 Schemas, %3 Komponenten insgesamt</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProblemsPanel</name>
    <message>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Zum Problem gehen</translation>
    </message>
</context>
<context>
    <name>Signalbox::ReferenceFoldersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reference Folders</source>
        <translation>Referenzordner</translation>
    </message>
    <message>
        <source>File references ($ref) of the documents in %1 read files in that folder and the folders below it. Allow them to read these folders too:</source>
        <translation>Dateireferenzen ($ref) der Dokumente in %1 lesen Dateien in diesem Ordner und den Ordnern darunter. Auch das Lesen dieser Ordner erlauben:</translation>
    </message>
    <message>
        <source>Only add folders you trust: a document can show or send what it reads there.</source>
        <translation>Fügen Sie nur Ordner hinzu, denen Sie vertrauen: Ein Dokument kann anzeigen oder senden, was es dort liest.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Allow References to Read</source>
        <translation>Referenzen das Lesen erlauben</translation>
    </message>
    <message>
        <source>Fetch &amp;remote references (http, https) of these documents</source>
        <translation>&amp;Entfernte Referenzen (http, https) dieser Dokumente abrufen</translation>
    </message>
    <message>
        <source>Off: remote references are not checked, and each is a warning. On: they are fetched (with a time and a size limit, following redirects only to the same scheme or from http to https) and kept on disk; a kept copy is checked with the server again after a minute, and used with a warning when the server cannot be reached.</source>
        <translation>Aus: Entfernte Referenzen werden nicht geprüft, jede ist eine Warnung. Ein: Sie werden abgerufen (mit Zeit- und Größenlimit; Weiterleitungen nur zum selben Schema oder von http zu https) und auf der Festplatte aufbewahrt; eine aufbewahrte Kopie wird nach einer Minute erneut beim Server geprüft und mit einer Warnung verwendet, wenn der Server nicht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>Signalbox::RenameDialog</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>After the rename</source>
        <translation>Nach dem Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Named in %n place(s); type the new name.</source>
        <translation>
            <numerusform>An %n Stelle genannt; geben Sie den neuen Namen ein.</numerusform>
            <numerusform>An %n Stellen genannt; geben Sie den neuen Namen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) to change</source>
        <translation>
            <numerusform>%n Stelle zu ändern</numerusform>
            <numerusform>%n Stellen zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s).</source>
        <translation>
            <numerusform>in %n Datei.</numerusform>
            <numerusform>in %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this document)</source>
        <translation>(dieses Dokument)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::SequenceView</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>unbekannter Kanal</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>unknown message</source>
        <translation>unbekannte Nachricht</translation>
    </message>
    <message>
        <source>not conforming</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1: %2 · p50 %3 · p95 %4 · %5 · %6</source>
        <translation>%1: %2 · p50 %3 · p95 %4 · %5 · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unbeantwortet</numerusform>
            <numerusform>%n unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Sequence Diagram</source>
        <translation>Sequenzdiagramm exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Follow Newest</source>
        <translation>Der neuesten Nachricht folgen</translation>
    </message>
    <message>
        <source>No traffic yet. Connect the inspector or start the mock server, or replay a saved log (Tools → Replay a Log…).</source>
        <translation>Noch kein Verkehr. Verbinden Sie den Inspektor, starten Sie den Mock-Server oder spielen Sie ein gespeichertes Protokoll ab (Werkzeuge → Protokoll abspielen…).</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>There is no traffic to export.</source>
        <translation>Es gibt keinen Verkehr zum Exportieren.</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot draw the sequence diagram.</source>
        <translation>Das Sequenzdiagramm kann nicht gezeichnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %1 of %n messages are shown.</source>
        <translation>
            <numerusform>Nur die neuesten %1 von %n Nachricht werden gezeigt.</numerusform>
            <numerusform>Nur die neuesten %1 von %n Nachrichten werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no latency yet</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>Signalbox::TemplateDialog</name>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>WebSocket chat</source>
        <translation>WebSocket-Chat</translation>
    </message>
    <message>
        <source>Server-Sent Events feed</source>
        <translation>Server-Sent-Events-Feed</translation>
    </message>
    <message>
        <source>Kafka with headers</source>
        <translation>Kafka mit Headern</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Request and reply</source>
        <translation>Anfrage und Antwort</translation>
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
    <name>Signalbox::UsagesPanel</name>
    <message>
        <source>Put the cursor on a name or a $ref and press Shift+F12.</source>
        <translation>Setzen Sie den Cursor auf einen Namen oder eine $ref und drücken Sie Umschalt+F12.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::WelcomePage</name>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Welcome to Signalbox</source>
        <translation>Willkommen bei Signalbox</translation>
    </message>
    <message>
        <source>Write and check AsyncAPI documents, see them as a graph, and try their channels live.</source>
        <translation>AsyncAPI-Dokumente schreiben und prüfen, als Graph sehen und ihre Kanäle live ausprobieren.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>An empty document (%1).</source>
        <translation>Ein leeres Dokument (%1).</translation>
    </message>
    <message>
        <source>New from Template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>WebSocket, Server-Sent Events, Kafka, MQTT and more.</source>
        <translation>WebSocket, Server-Sent Events, Kafka, MQTT und mehr.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>An AsyncAPI document in YAML or JSON.</source>
        <translation>Ein AsyncAPI-Dokument in YAML oder JSON.</translation>
    </message>
    <message>
        <source>Open the Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>A harbour's cranes and their telemetry: a complete document to explore.</source>
        <translation>Die Kräne eines Hafens und ihre Telemetrie: ein vollständiges Dokument zum Erkunden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::EditorDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Cannot open %1: it is larger than %2 MB</source>
        <translation>%1 kann nicht geöffnet werden: Es ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (first at line %2). The editor shows what it cannot read as U+FFFD, and saving writes that instead of the original bytes.</source>
        <translation>%1 ist kein UTF-8-Text (zuerst in Zeile %2). Der Editor zeigt, was er nicht lesen kann, als U+FFFD, und beim Speichern wird das anstelle der ursprünglichen Bytes geschrieben.</translation>
    </message>
    <message>
        <source>%1 contains characters that the editor turns into line breaks (U+2029, U+FDD0 or U+FDD1); saving writes line breaks instead.</source>
        <translation>%1 enthält Zeichen, die der Editor in Zeilenumbrüche verwandelt (U+2029, U+FDD0 oder U+FDD1); beim Speichern werden stattdessen Zeilenumbrüche geschrieben.</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::OutlineModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
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
        <translation>(dynamische Adresse)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>(unresolved channel)</source>
        <translation>(nicht auflösbarer Kanal)</translation>
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
        <translation>Element</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::ProblemsModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
bei %2</translation>
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
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::RecoveryStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Signalbox::Workspace::SingleInstance</name>
    <message>
        <source>The instance folder "%1" is not an absolute path.</source>
        <translation>Der Instanzordner „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (or is a symbolic link).</source>
        <translation>%1 ist kein Ordner (oder ist ein symbolischer Link).</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Other users can use %1; make it private (chmod 700).</source>
        <translation>Andere Benutzer können %1 verwenden; machen Sie es privat (chmod 700).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The path %1 is too long for a local socket.</source>
        <translation>Der Pfad %1 ist zu lang für einen lokalen Socket.</translation>
    </message>
    <message>
        <source>No folder for the instance socket.</source>
        <translation>Kein Ordner für den Instanz-Socket.</translation>
    </message>
    <message>
        <source>Cannot take the instance lock in %1.</source>
        <translation>Die Instanzsperre in %1 kann nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Cannot remove the old socket %1.</source>
        <translation>Der alte Socket %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Another Signalbox holds %1 but does not answer: %2</source>
        <translation>Ein anderes Signalbox hält %1, antwortet aber nicht: %2</translation>
    </message>
    <message>
        <source>The instance socket %1 belongs to another user; not sending it anything.</source>
        <translation>Der Instanz-Socket %1 gehört einem anderen Benutzer; es wird nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>The running Signalbox did not take the files.</source>
        <translation>Das laufende Signalbox hat die Dateien nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>Signalbox::YamlEditor</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>SignalboxAnalysis</name>
    <message>
        <source>The document is empty</source>
        <translation>Das Dokument ist leer</translation>
    </message>
    <message>
        <source>This is not an AsyncAPI document: it has no 'asyncapi' field giving its version</source>
        <translation>Das ist kein AsyncAPI-Dokument: ihm fehlt das Feld 'asyncapi' mit der Version</translation>
    </message>
    <message>
        <source>The 'asyncapi' version must be a string; write it in quotes, e.g. '3.0.0'</source>
        <translation>Die Version in 'asyncapi' muss eine Zeichenkette sein; schreiben Sie sie in Anführungszeichen, z. B. '3.0.0'</translation>
    </message>
    <message>
        <source>AsyncAPI version '%1' is not supported; supported versions are %2</source>
        <translation>Die AsyncAPI-Version '%1' wird nicht unterstützt; unterstützt werden %2</translation>
    </message>
    <message>
        <source>The document could not be analysed: %1</source>
        <translation>Das Dokument konnte nicht analysiert werden: %1</translation>
    </message>
    <message>
        <source>This is an AsyncAPI %1 document; the current major version of AsyncAPI is 3 (Upgrade to AsyncAPI 3, in the File menu or beside the problems' filter, converts it, keeping comments and formatting)</source>
        <translation>Dies ist ein AsyncAPI-%1-Dokument; die aktuelle Hauptversion von AsyncAPI ist 3 („Auf AsyncAPI 3 aktualisieren“ im Menü Datei oder neben dem Filter der Probleme wandelt es um und behält Kommentare und Formatierung)</translation>
    </message>
</context>
<context>
    <name>SignalboxCli</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text (file:line:col: severity: message [code]) or json (one JSON object per line).</source>
        <translation>Ausgabeformat: text (Datei:Zeile:Spalte: Schwere: Meldung [Code]) oder json (ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only report diagnostics at least this severe: error, warning, info or hint (default).</source>
        <translation>Nur Meldungen ab dieser Schwere: error, warning, info oder hint (Standard).</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>mb</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Files to check.</source>
        <translation>Zu prüfende Dateien.</translation>
    </message>
    <message>
        <source>usage: signalbox-cli validate [--format text|json] FILE...</source>
        <translation>Aufruf: signalbox-cli validate [--format text|json] DATEI...</translation>
    </message>
    <message>
        <source>unknown format '%1': use text or json</source>
        <translation>unbekanntes Format '%1': text oder json verwenden</translation>
    </message>
    <message>
        <source>unknown severity '%1'</source>
        <translation>unbekannte Schwere '%1'</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nicht schreibbar: %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>graph: fold messages into their channels.</source>
        <translation>graph: Nachrichten in ihre Kanäle einklappen.</translation>
    </message>
    <message>
        <source>graph: only what this server carries.</source>
        <translation>graph: nur, was dieser Server trägt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>graph: only operations with this tag.</source>
        <translation>graph: nur Operationen mit diesem Tag.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>export-html: a folder with page.mustache, style.css or script.js to use instead of the bundled ones.</source>
        <translation>export-html: ein Ordner mit page.mustache, style.css oder script.js statt der mitgelieferten.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The command to run: validate, graph or export-html.</source>
        <translation>Der auszuführende Befehl: validate, graph oder export-html.</translation>
    </message>
    <message>
        <source>usage: signalbox-cli graph FILE --format svg|png|dot|json [-o OUT]</source>
        <translation>Aufruf: signalbox-cli graph DATEI --format svg|png|dot|json [-o AUSGABE]</translation>
    </message>
    <message>
        <source>usage: signalbox-cli export-html FILE [-o OUT] [--template-dir DIR]</source>
        <translation>Aufruf: signalbox-cli export-html DATEI [-o AUSGABE] [--template-dir ORDNER]</translation>
    </message>
    <message>
        <source>Refuse documents and referenced files larger than this many megabytes (default 32, at most 4095).</source>
        <translation>Dokumente und referenzierte Dateien ablehnen, die größer als so viele Megabyte sind (Standard 32, höchstens 4095).</translation>
    </message>
    <message>
        <source>Let file references also read this folder and the folders below it (repeatable). By default only the document's own folder is read.</source>
        <translation>Dateireferenzen auch diesen Ordner und die Ordner darunter lesen lassen (wiederholbar). Standardmäßig wird nur der eigene Ordner des Dokuments gelesen.</translation>
    </message>
    <message>
        <source>--max-size-mb needs a number of megabytes above 0 and at most %1</source>
        <translation>--max-size-mb braucht eine Zahl von Megabyte über 0 und höchstens %1</translation>
    </message>
    <message>
        <source>--allow-refs-outside: '%1' is not a folder</source>
        <translation>--allow-refs-outside: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>Fetch remote (http, https) references: redirects only to the same scheme or from http to https, at most 8 MB each; a kept copy stands in, with a warning, when the server cannot be reached.</source>
        <translation>Entfernte (http, https) Referenzen abrufen: Weiterleitungen nur zum selben Schema oder von http zu https, höchstens 8 MB je Dokument; ist der Server nicht erreichbar, wird eine aufbewahrte Kopie mit einer Warnung verwendet.</translation>
    </message>
    <message>
        <source>--fetch-remote: give up on a server after this many seconds (default 10).</source>
        <translation>--fetch-remote: nach so vielen Sekunden einen Server aufgeben (Vorgabe 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--fetch-timeout needs a number of seconds above 0 and at most 3600</source>
        <translation>--fetch-timeout braucht eine Zahl von Sekunden über 0 und höchstens 3600</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>graph, convert: the file to write (default: standard output).</source>
        <translation>graph, convert: die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>convert: the version to reach, 3.0 or 3.1.</source>
        <translation>convert: die Zielversion, 3.0 oder 3.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>convert: whose view 2.x publish and subscribe are read from: application (publish: it receives) or client (publish: it sends).</source>
        <translation>convert: aus wessen Sicht 2.x-publish und -subscribe gelesen werden: application (publish: sie empfängt) oder client (publish: er sendet).</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>usage: signalbox-cli convert FILE [--to 3.0|3.1] [--point-of-view application|client] [-o OUT]</source>
        <translation>Aufruf: signalbox-cli convert DATEI [--to 3.0|3.1] [--point-of-view application|client] [-o AUSGABE]</translation>
    </message>
    <message>
        <source>'%1' is not a JSON pointer (/components/schemas/Light) or a reference to a file the document reaches (common.yaml#/components/schemas/Light)</source>
        <translation>'%1' ist weder ein JSON-Zeiger (/components/schemas/Light) noch ein Verweis auf eine Datei, die das Dokument erreicht (common.yaml#/components/schemas/Light)</translation>
    </message>
    <message>
        <source>renamed: files written: %1, places changed: %2</source>
        <translation>umbenannt: geschriebene Dateien: %1, geänderte Stellen: %2</translation>
    </message>
    <message>
        <source>Signalbox command-line tool.

Commands:
  validate FILE...   check AsyncAPI documents; exit 0 when valid, 1 on errors, 2 when a file cannot be read or the usage is wrong
  graph FILE         draw the channel and operation graph: --format svg|png|dot|json, -o OUT
  export-html FILE   write the HTML documentation: -o OUT [--template-dir DIR]; exit 1 when the document has errors (the page lists them)
  probe FILE         test a WebSocket or SSE endpoint against the document: one JSON line per message; exit 1 when a message does not conform (signalbox-cli probe --help)
  mock FILE          serve the document's WebSocket and SSE channels locally: one JSON line per event (signalbox-cli mock --help)
  convert FILE       upgrade a 2.x document to 3.0 (--to 3.1: to 3.1; a 3.0 one to 3.1), keeping its comments and formatting: --point-of-view application|client, -o OUT; exit 1 when the input has errors (converted all the same), 2 when it cannot be
  rename FILE POINTER NEWNAME   rename a component, channel, operation, server or a channel's message or parameter (POINTER: /components/schemas/Old, or common.yaml#/components/schemas/Old in a file it reaches) and every reference to it in the project's files: a unified diff, or --write; exit 1 when refused (name taken, not a valid name)

A file $ref is read only from the document's folder and the folders below it, and only when it is a regular file; --allow-refs-outside DIR allows another folder. A remote (http, https) $ref is not fetched, and is a warning, unless --fetch-remote is given; fetched documents are kept in %1 and checked with the server again when older than a minute.</source>
        <translation>Signalbox-Kommandozeilenwerkzeug.

Befehle:
  validate DATEI...  AsyncAPI-Dokumente prüfen; Exit 0 wenn gültig, 1 bei Fehlern, 2 wenn eine Datei nicht lesbar oder der Aufruf falsch ist
  graph DATEI        den Kanal- und Operationsgraphen zeichnen: --format svg|png|dot|json, -o AUSGABE
  export-html DATEI  die HTML-Dokumentation schreiben: -o AUSGABE [--template-dir ORDNER]; Exit 1 wenn das Dokument Fehler hat (die Seite listet sie)
  probe DATEI        einen WebSocket- oder SSE-Endpunkt gegen das Dokument testen: eine JSON-Zeile pro Nachricht; Exit 1 wenn eine Nachricht nicht passt (signalbox-cli probe --help)
  mock DATEI         die WebSocket- und SSE-Kanäle des Dokuments lokal bereitstellen: eine JSON-Zeile pro Ereignis (signalbox-cli mock --help)
  convert DATEI      ein 2.x-Dokument auf 3.0 aktualisieren (--to 3.1: auf 3.1; ein 3.0-Dokument auf 3.1), mit seinen Kommentaren und seiner Formatierung: --point-of-view application|client, -o AUSGABE; Exit 1 wenn die Eingabe Fehler hat (trotzdem umgewandelt), 2 wenn es nicht geht
  rename DATEI ZEIGER NEUERNAME   eine Komponente, einen Kanal, eine Operation, einen Server oder eine Nachricht oder einen Parameter eines Kanals umbenennen (ZEIGER: /components/schemas/Alt, oder common.yaml#/components/schemas/Alt in einer Datei, die das Dokument erreicht), samt jedem Verweis darauf in den Dateien des Projekts: ein Unified Diff, oder --write; Exit 1 wenn abgelehnt (Name vergeben, kein gültiger Name)

Eine Datei-$ref wird nur aus dem Ordner des Dokuments und den Ordnern darunter gelesen, und nur wenn sie eine reguläre Datei ist; --allow-refs-outside ORDNER erlaubt einen weiteren Ordner. Eine entfernte (http, https) $ref wird nicht abgerufen und ist eine Warnung, außer mit --fetch-remote; abgerufene Dokumente werden in %1 aufbewahrt und beim Server erneut geprüft, wenn sie älter als eine Minute sind.</translation>
    </message>
    <message>
        <source>rename: write the files instead of printing a diff.</source>
        <translation>rename: die Dateien schreiben, statt ein Diff auszugeben.</translation>
    </message>
    <message>
        <source>usage: signalbox-cli rename FILE POINTER NEWNAME [--write]</source>
        <translation>Aufruf: signalbox-cli rename DATEI ZEIGER NEUERNAME [--write]</translation>
    </message>
    <message>
        <source>note: the folder holds more files than are read (%1 at most, %2 MB): references in the others are not renamed</source>
        <translation>Hinweis: Der Ordner enthält mehr Dateien, als gelesen werden (höchstens %1, %2 MB): Verweise in den übrigen werden nicht umbenannt</translation>
    </message>
</context>
<context>
    <name>SignalboxCompletion</name>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>SignalboxEndpoint</name>
    <message>
        <source>The server names no protocol.</source>
        <translation>Der Server nennt kein Protokoll.</translation>
    </message>
    <message>
        <source>The server speaks %1; the inspector connects to ws, wss, http and https servers.</source>
        <translation>Der Server spricht %1; der Inspektor verbindet sich mit ws-, wss-, http- und https-Servern.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Kein Wert für %1.</translation>
    </message>
    <message>
        <source>The value of %1 would change the server's address: / @ ? # \ %, spaces and control characters are not allowed in a host or port.</source>
        <translation>Der Wert von %1 würde die Adresse des Servers ändern: / @ ? # \ %, Leerzeichen und Steuerzeichen sind in Host oder Port nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>SignalboxExport</name>
    <message>
        <source>Cannot read template %1: %2</source>
        <translation>Vorlage %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The bundled template %1 is missing</source>
        <translation>Die mitgelieferte Vorlage %1 fehlt</translation>
    </message>
    <message>
        <source>Not an AsyncAPI document</source>
        <translation>Kein AsyncAPI-Dokument</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>(dynamic address)</source>
        <translation>(dynamische Adresse)</translation>
    </message>
    <message>
        <source>(unresolved)</source>
        <translation>(nicht auflösbar)</translation>
    </message>
    <message>
        <source>Template error: %1</source>
        <translation>Vorlagenfehler: %1</translation>
    </message>
    <message>
        <source>(truncated: too large to show in full)</source>
        <translation>(gekürzt: zu groß, um vollständig angezeigt zu werden)</translation>
    </message>
    <message>
        <source>This page is incomplete: with its references resolved the document is too large to show in full, and some schemas, samples, examples and bindings are left out.</source>
        <translation>Diese Seite ist unvollständig: Mit aufgelösten Referenzen ist das Dokument zu groß, um es vollständig zu zeigen, und einige Schemas, Muster, Beispiele und Bindungen fehlen.</translation>
    </message>
</context>
<context>
    <name>SignalboxGraph</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 · dynamic address</source>
        <translation>%1 · dynamische Adresse</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(kein Kanal)</translation>
    </message>
    <message>
        <source>channel does not resolve</source>
        <translation>Kanal nicht auflösbar</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>reply of %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>used by no channel</source>
        <translation>von keinem Kanal verwendet</translation>
    </message>
</context>
<context>
    <name>SignalboxLogIo</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no valid "time"</source>
        <translation>kein gültiges „time“</translation>
    </message>
    <message>
        <source>"direction" is not in, out or connection</source>
        <translation>„direction“ ist nicht in, out oder connection</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: the log is larger than %2 MB; the rest is not read</source>
        <translation>Zeile %1: das Protokoll ist größer als %2 MB; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>line %1: longer than %2 MB</source>
        <translation>Zeile %1: länger als %2 MB</translation>
    </message>
    <message>
        <source>only the first %1 entries are read</source>
        <translation>nur die ersten %1 Einträge werden gelesen</translation>
    </message>
</context>
<context>
    <name>SignalboxMessages</name>
    <message>
        <source>closest message: %1</source>
        <translation>ähnlichste Nachricht: %1</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>(a file the document refers to)</source>
        <translation>(eine Datei, auf die das Dokument verweist)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>SignalboxMock</name>
    <message>
        <source>Serve only this server.</source>
        <translation>Nur diesen Server bereitstellen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where to listen (default 127.0.0.1:0, any free port).</source>
        <translation>Wo gelauscht wird (Vorgabe 127.0.0.1:0, ein freier Port).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>application (send what the document's application sends) or client.</source>
        <translation>application (senden, was die Anwendung des Dokuments sendet) oder client.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Messages a second on each connection; 0: one for each client message (default 1).</source>
        <translation>Nachrichten pro Sekunde je Verbindung; 0: eine je Nachricht des Clients (Vorgabe 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Nach so vielen Sekunden beenden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Drop the connection after every N messages.</source>
        <translation>Die Verbindung nach jeweils N Nachrichten abbrechen.</translation>
    </message>
    <message>
        <source>Make every Nth message one that does not conform.</source>
        <translation>Jede N-te Nachricht nicht konform machen.</translation>
    </message>
    <message>
        <source>Pick messages and examples at random.</source>
        <translation>Nachrichten und Beispiele zufällig wählen.</translation>
    </message>
    <message>
        <source>Seed of --random (default 0).</source>
        <translation>Startwert für --random (Vorgabe 0).</translation>
    </message>
    <message>
        <source>SSE: the retry time sent (default 2000).</source>
        <translation>SSE: die gesendete Wiederholzeit (Vorgabe 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The credential clients must present for the server's security schemes: a token or key, or user:password for basic. Without it, any credential of the right kind is taken.</source>
        <translation>Die Anmeldedaten, die Clients für die Sicherheitsschemata des Servers vorlegen müssen: ein Token oder Schlüssel, oder Benutzer:Passwort für basic. Ohne sie werden beliebige Anmeldedaten der richtigen Art angenommen.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The AsyncAPI document.</source>
        <translation>Das AsyncAPI-Dokument.</translation>
    </message>
    <message>
        <source>--listen needs an IP address and a port, e.g. 127.0.0.1:8080</source>
        <translation>--listen braucht eine IP-Adresse und einen Port, z. B. 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--role is application or client</source>
        <translation>--role ist application oder client</translation>
    </message>
    <message>
        <source>--rate needs a number of messages a second between 0 and 10000</source>
        <translation>--rate braucht eine Anzahl Nachrichten pro Sekunde zwischen 0 und 10000</translation>
    </message>
    <message>
        <source>--count needs a positive number</source>
        <translation>--count braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--drop-every needs a positive number</source>
        <translation>--drop-every braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--invalid-every needs a positive number</source>
        <translation>--invalid-every braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--retry needs a positive number of milliseconds</source>
        <translation>--retry braucht eine positive Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 is not an AsyncAPI document</source>
        <translation>%1 ist kein AsyncAPI-Dokument</translation>
    </message>
    <message>
        <source>warning: %1 has errors; serving it all the same</source>
        <translation>Warnung: %1 hat Fehler; wird trotzdem bereitgestellt</translation>
    </message>
    <message>
        <source>serving %1 (%2, server %3, channel %4)</source>
        <translation>stelle %1 bereit (%2, Server %3, Kanal %4)</translation>
    </message>
    <message>
        <source>--duration needs a number of seconds (at most 24 days)</source>
        <translation>--duration braucht eine Anzahl Sekunden (höchstens 24 Tage)</translation>
    </message>
    <message>
        <source>Close each connection after this many messages; stop once a client had them all and nobody is connected.</source>
        <translation>Jede Verbindung nach so vielen Nachrichten schließen; enden, sobald ein Client alle hatte und niemand mehr verbunden ist.</translation>
    </message>
    <message>
        <source>Send every message this much later (the stream starts late, replies come late).</source>
        <translation>Jede Nachricht um so viel später senden (der Strom beginnt später, Antworten kommen später).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Serve the messages of a JSON Lines log (the inspector's or the probe's: what they received; a mock's: what it sent) instead of the document's, with their recorded timing.</source>
        <translation>Die Nachrichten eines JSON-Lines-Protokolls statt der des Dokuments senden (vom Inspektor oder der Probe: was sie empfingen; von einem Mock: was er sendete), im aufgezeichneten Takt.</translation>
    </message>
    <message>
        <source>LOG.jsonl</source>
        <translation>LOG.jsonl</translation>
    </message>
    <message>
        <source>With --replay: as fast as the client reads, not with the recorded timing.</source>
        <translation>Mit --replay: so schnell, wie der Client liest, nicht im aufgezeichneten Takt.</translation>
    </message>
    <message>
        <source>Also write the log to this file (JSON Lines; replaced).</source>
        <translation>Das Protokoll auch in diese Datei schreiben (JSON Lines; wird ersetzt).</translation>
    </message>
    <message>
        <source>--delay needs a positive number of milliseconds (at most an hour)</source>
        <translation>--delay braucht eine positive Anzahl Millisekunden (höchstens eine Stunde)</translation>
    </message>
    <message>
        <source>--close-code needs a code a close frame may carry: 1000-1003, 1007-1014 or 3000-4999</source>
        <translation>--close-code braucht einen Code, den ein Close-Frame tragen darf: 1000-1003, 1007-1014 oder 3000-4999</translation>
    </message>
    <message>
        <source>--fast goes with --replay</source>
        <translation>--fast gehört zu --replay</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2; not recording any more</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Aufzeichnung endet</translation>
    </message>
    <message>
        <source>Serves the WebSocket (ws, wss) and Server-Sent-Events (http, https) channels of an AsyncAPI document on one local listener (in plain text, or over TLS with --tls-cert): each at its server's pathname plus the channel's address. It sends the messages of the operations its role sends (examples, else a sample from the schema), checks what clients send, answers operations that have a reply, and prints the base URL it serves on its first line, then one JSON line per event (the live log's format). The URLs of its channels are printed on stderr. It runs until --duration seconds, until --count messages went to each client, or until it is stopped.
Exit status: 0 served, 2 usage, document or listening problem.</source>
        <translation>Bedient die WebSocket- (ws, wss) und Server-Sent-Events-Kanäle (http, https) eines AsyncAPI-Dokuments auf einem lokalen Port (unverschlüsselt oder mit --tls-cert über TLS): jeden unter dem Pfad seines Servers plus der Adresse des Kanals. Er sendet die Nachrichten der Operationen, die seine Rolle sendet (Beispiele, sonst ein Muster aus dem Schema), prüft, was Clients senden, beantwortet Operationen mit einer Antwort und gibt in der ersten Zeile die Basis-URL aus, danach eine JSON-Zeile je Ereignis (das Format des Live-Protokolls). Die URLs seiner Kanäle gehen auf stderr. Er läuft bis --duration Sekunden, bis --count Nachrichten an jeden Client gingen oder bis er angehalten wird.
Exit-Status: 0 bedient, 2 Aufruf-, Dokument- oder Port-Problem.</translation>
    </message>
    <message>
        <source>Serve over TLS (wss, https) with this PEM certificate (chain).</source>
        <translation>Über TLS (wss, https) mit diesem PEM-Zertifikat (bzw. dieser Kette) bedienen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The certificate's unencrypted PEM private key (default: in --tls-cert).</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel des Zertifikats (Standard: in --tls-cert).</translation>
    </message>
    <message>
        <source>usage: signalbox-cli mock FILE [--server NAME] [--listen HOST:PORT] [--role application|client] [--rate N] [--count N] [--duration S] [--drop-every N] [--invalid-every N] [--delay MS] [--close-code CODE] [--seed N] [--token VALUE] [--replay LOG.jsonl [--fast]] [--record LOG.jsonl] [--tls-cert FILE [--tls-key FILE]]</source>
        <translation>Aufruf: signalbox-cli mock DATEI [--server NAME] [--listen HOST:PORT] [--role application|client] [--rate N] [--count N] [--duration S] [--drop-every N] [--invalid-every N] [--delay MS] [--close-code CODE] [--seed N] [--token WERT] [--replay LOG.jsonl [--fast]] [--record LOG.jsonl] [--tls-cert DATEI [--tls-key DATEI]]</translation>
    </message>
    <message>
        <source>--tls-key goes with --tls-cert</source>
        <translation>--tls-key gehört zu --tls-cert</translation>
    </message>
    <message>
        <source>WebSocket: close with this code where --drop-every would cut the connection (without it: cut, no close frame), and after --count messages (without it: 1000).</source>
        <translation>WebSocket: mit diesem Code schließen, wo --drop-every die Verbindung abbrechen würde (ohne ihn: abbrechen, kein Close-Frame), und nach --count Nachrichten (ohne ihn: 1000).</translation>
    </message>
</context>
<context>
    <name>SignalboxModel</name>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>action?</source>
        <translation>Aktion?</translation>
    </message>
    <message>
        <source>%1 (2.x %2)</source>
        <extracomment>%1 is "send" or "receive", %2 the 2.x verb as written (publish, subscribe): not translated</extracomment>
        <translation>%1 (2.x %2)</translation>
    </message>
    <message>
        <source>In AsyncAPI 2.x, 'publish' describes what others publish to this channel: the application receives these messages.</source>
        <translation>In AsyncAPI 2.x beschreibt 'publish', was andere in diesem Kanal veröffentlichen: Die Anwendung empfängt diese Nachrichten.</translation>
    </message>
    <message>
        <source>In AsyncAPI 2.x, 'subscribe' describes what others subscribe to on this channel: the application sends these messages.</source>
        <translation>In AsyncAPI 2.x beschreibt 'subscribe', was andere in diesem Kanal abonnieren: Die Anwendung sendet diese Nachrichten.</translation>
    </message>
    <message>
        <source>The action is neither 'send' nor 'receive'.</source>
        <translation>Die Aktion ist weder 'send' noch 'receive'.</translation>
    </message>
    <message>
        <source>The application sends these messages.</source>
        <translation>Die Anwendung sendet diese Nachrichten.</translation>
    </message>
    <message>
        <source>The application receives these messages.</source>
        <translation>Die Anwendung empfängt diese Nachrichten.</translation>
    </message>
</context>
<context>
    <name>SignalboxProbe</name>
    <message>
        <source>The server (default: the first WebSocket or HTTP one).</source>
        <translation>Der Server (Vorgabe: der erste WebSocket- oder HTTP-Server).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The channel (default: the operation's, else the first).</source>
        <translation>Der Kanal (Vorgabe: der der Operation, sonst der erste).</translation>
    </message>
    <message>
        <source>An operation: its channel, and its messages to send.</source>
        <translation>Eine Operation: ihr Kanal und ihre zu sendenden Nachrichten.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A server variable or channel parameter value (repeatable).</source>
        <translation>Wert einer Servervariable oder eines Kanalparameters (wiederholbar).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>An extra handshake or request header (repeatable).</source>
        <translation>Ein zusätzlicher Handshake- oder Anfrage-Header (wiederholbar).</translation>
    </message>
    <message>
        <source>'Name: value'</source>
        <translation>'Name: Wert'</translation>
    </message>
    <message>
        <source>Environment variable holding the token, API key or password for the server's security schemes (default SIGNALBOX_SECRET).</source>
        <translation>Umgebungsvariable mit Token, API-Schlüssel oder Passwort für die Sicherheitsschemata des Servers (Vorgabe SIGNALBOX_SECRET).</translation>
    </message>
    <message>
        <source>var</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>User name for HTTP basic security.</source>
        <translation>Benutzername für HTTP-Basic-Sicherheit.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The message to send (default: the operation's first, else the channel's first).</source>
        <translation>Die zu sendende Nachricht (Vorgabe: die erste der Operation, sonst die erste des Kanals).</translation>
    </message>
    <message>
        <source>Send this file's content as one message (repeatable).</source>
        <translation>Den Inhalt dieser Datei als eine Nachricht senden (wiederholbar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Send the message's first example (or a sample).</source>
        <translation>Das erste Beispiel der Nachricht senden (oder ein Muster).</translation>
    </message>
    <message>
        <source>Send a sample generated from the message's payload schema.</source>
        <translation>Ein aus dem Payload-Schema der Nachricht erzeugtes Muster senden.</translation>
    </message>
    <message>
        <source>Stop after this many incoming messages.</source>
        <translation>Nach so vielen eingehenden Nachrichten aufhören.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default 10, at most 86400).</source>
        <translation>Nach so vielen Sekunden aufhören (Vorgabe 10, höchstens 86400).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>WebSocket subprotocol to offer (repeatable).</source>
        <translation>Anzubietendes WebSocket-Subprotokoll (wiederholbar).</translation>
    </message>
    <message>
        <source>SSE: only events of this type (repeatable).</source>
        <translation>SSE: nur Ereignisse dieses Typs (wiederholbar).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SSE: resume after this event ID.</source>
        <translation>SSE: nach dieser Ereignis-ID fortsetzen.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities of this PEM file.</source>
        <translation>Auch den Zertifizierungsstellen dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Go on despite TLS certificate errors (a warning is printed).</source>
        <translation>Trotz TLS-Zertifikatsfehlern fortfahren (eine Warnung wird ausgegeben).</translation>
    </message>
    <message>
        <source>Reconnect when the connection drops.</source>
        <translation>Bei Verbindungsabbruch neu verbinden.</translation>
    </message>
    <message>
        <source>The AsyncAPI document (optional with --url).</source>
        <translation>Das AsyncAPI-Dokument (optional mit --url).</translation>
    </message>
    <message>
        <source>usage: signalbox-cli probe FILE [--server S] [--channel C] … | probe --url URL [FILE]</source>
        <translation>Aufruf: signalbox-cli probe DATEI [--server S] [--channel C] … | probe --url URL [DATEI]</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 86400</source>
        <translation>--timeout braucht eine Sekundenzahl zwischen 0 und 86400</translation>
    </message>
    <message>
        <source>--count needs a positive number</source>
        <translation>--count braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an AsyncAPI document</source>
        <translation>%1 ist kein AsyncAPI-Dokument</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 has %n error(s); probing all the same</source>
        <translation>
            <numerusform>Warnung: %1 hat %n Fehler; es wird trotzdem geprüft</numerusform>
            <numerusform>Warnung: %1 hat %n Fehler; es wird trotzdem geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>no operation '%1'</source>
        <translation>keine Operation '%1'</translation>
    </message>
    <message>
        <source>no channel '%1'</source>
        <translation>kein Kanal '%1'</translation>
    </message>
    <message>
        <source>no server '%1'</source>
        <translation>kein Server '%1'</translation>
    </message>
    <message>
        <source>channel '%1' has no message '%2'</source>
        <translation>Kanal '%1' hat keine Nachricht '%2'</translation>
    </message>
    <message>
        <source>no WebSocket or HTTP server for channel '%1': give --server or --url</source>
        <translation>kein WebSocket- oder HTTP-Server für Kanal '%1': --server oder --url angeben</translation>
    </message>
    <message>
        <source>--url needs a ws, wss, http or https URL</source>
        <translation>--url braucht eine ws-, wss-, http- oder https-URL</translation>
    </message>
    <message>
        <source>--header needs 'Name: value', not '%1'</source>
        <translation>--header braucht 'Name: Wert', nicht '%1'</translation>
    </message>
    <message>
        <source>Server-Sent Events only receive: nothing can be sent</source>
        <translation>Server-Sent Events empfangen nur: Es kann nichts gesendet werden</translation>
    </message>
    <message>
        <source>signalbox-cli probe: %1 of %2 messages arrived in time</source>
        <translation>signalbox-cli probe: %1 von %2 Nachrichten kamen rechtzeitig an</translation>
    </message>
    <message>
        <source>Send credentials over ws:// or http:// all the same (anyone on the way can read them).</source>
        <translation>Zugangsdaten trotzdem über ws:// oder http:// senden (jeder auf dem Weg kann sie lesen).</translation>
    </message>
    <message>
        <source>Let file references also read this folder and the folders below it (repeatable). By default only the document's own folder is read.</source>
        <translation>Dateireferenzen auch diesen Ordner und die Ordner darunter lesen lassen (wiederholbar). Standardmäßig wird nur der eigene Ordner des Dokuments gelesen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>--allow-refs-outside: '%1' is not a folder</source>
        <translation>--allow-refs-outside: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: the body for message '%2' takes content from %3, not from %4 itself; it is not sent unseen. Look at it, and send it with --send-file if you mean to.</source>
        <translation>%1: Der Inhalt für die Nachricht „%2“ übernimmt Inhalt aus %3, nicht aus %4 selbst; er wird nicht ungesehen gesendet. Sehen Sie ihn sich an und senden Sie ihn mit --send-file, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>warning: %1: the body for message '%2' was cut at its size limit</source>
        <translation>Warnung: %1: Der Inhalt für die Nachricht „%2“ wurde an seiner Größengrenze abgeschnitten</translation>
    </message>
    <message>
        <source>refusing to send %1 over %2, which is not encrypted: anyone on the way can read it. Use wss:// or https://, or pass --allow-plaintext-credentials.</source>
        <translation>%1 wird nicht über %2 gesendet, denn das ist nicht verschlüsselt: Jeder auf dem Weg kann es lesen. Verwenden Sie wss:// oder https:// oder geben Sie --allow-plaintext-credentials an.</translation>
    </message>
    <message>
        <source>Connects to a WebSocket or Server-Sent-Events endpoint of an AsyncAPI document (or a URL), sends the messages asked for, receives until --count messages or --timeout seconds, checks each message against the channel's messages and prints one JSON line per message and connection event.
Exit status: 0 every message conformed, 1 some message did not (or was dropped: over the size limit), 2 usage, document or connection problem, 3 fewer than --count messages arrived in time.</source>
        <translation>Verbindet sich mit einem WebSocket- oder Server-Sent-Events-Endpunkt eines AsyncAPI-Dokuments (oder einer URL), sendet die gewünschten Nachrichten, empfängt bis --count Nachrichten oder --timeout Sekunden, prüft jede Nachricht gegen die Nachrichten des Kanals und gibt eine JSON-Zeile pro Nachricht und Verbindungsereignis aus.
Exit-Status: 0 jede Nachricht war konform, 1 eine Nachricht war es nicht (oder wurde verworfen: über der Größengrenze), 2 Aufruf-, Dokument- oder Verbindungsproblem, 3 weniger als --count Nachrichten kamen rechtzeitig an.</translation>
    </message>
    <message>
        <source>Fetch the document's remote (http, https) references.</source>
        <translation>Die entfernten (http, https) Referenzen des Dokuments abrufen.</translation>
    </message>
    <message>
        <source>Connect here instead of the document's server (ws, wss, http, https); the server's security schemes still apply.</source>
        <translation>Hierhin statt zum Server des Dokuments verbinden (ws, wss, http, https); die Sicherheitsschemata des Servers gelten weiter.</translation>
    </message>
    <message>
        <source>At the end, print {"summary": …}: messages by channel and message (in, out, not conforming) and, for operations with a reply, the requests answered, unanswered after 30 s or still waiting, with the latency's 50th and 95th percentiles in ms.</source>
        <translation>Am Ende {"summary": …} ausgeben: Nachrichten je Kanal und Nachricht (ein, aus, nicht konform) und für Operationen mit Antwort die beantworteten, nach 30 s unbeantworteten oder noch wartenden Anfragen, mit dem 50. und 95. Perzentil der Latenz in ms.</translation>
    </message>
</context>
<context>
    <name>SignalboxReferences</name>
    <message>
        <source>Reference '%1' leads back to itself through other references</source>
        <translation>Die Referenz '%1' führt über andere Referenzen zu sich selbst zurück</translation>
    </message>
    <message>
        <source>Cannot read file '%1'</source>
        <translation>Datei '%1' nicht lesbar</translation>
    </message>
    <message>
        <source>Reference '%1' is nested too deeply</source>
        <translation>Die Referenz '%1' ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Reference '%1' uses an unsupported scheme</source>
        <translation>Die Referenz '%1' verwendet ein nicht unterstütztes Schema</translation>
    </message>
    <message>
        <source>Remote reference '%1' was not fetched</source>
        <translation>Die entfernte Referenz '%1' wurde nicht abgerufen</translation>
    </message>
    <message>
        <source>Reference '%1': too many files are referenced</source>
        <translation>Referenz '%1': zu viele Dateien werden referenziert</translation>
    </message>
    <message>
        <source>Reference '%1': %2</source>
        <translation>Referenz '%1': %2</translation>
    </message>
    <message>
        <source>Reference '%1' points into a file that does not parse</source>
        <translation>Die Referenz '%1' zeigt in eine nicht lesbare Datei</translation>
    </message>
    <message>
        <source>'%1' is not a valid JSON pointer</source>
        <translation>'%1' ist kein gültiger JSON-Pointer</translation>
    </message>
    <message>
        <source>'%1' does not exist</source>
        <translation>'%1' existiert nicht</translation>
    </message>
    <message>
        <source>the referenced files together exceed %1 MB; '%2' is not read</source>
        <translation>die referenzierten Dateien überschreiten zusammen %1 MB; „%2“ wird nicht gelesen</translation>
    </message>
    <message>
        <source>'%1' is larger than %2 MB</source>
        <translation>„%1“ ist größer als %2 MB</translation>
    </message>
    <message>
        <source>'%1' is outside the document's folder and the folders allowed for references; it is not read</source>
        <translation>„%1“ liegt außerhalb des Ordners des Dokuments und der für Referenzen erlaubten Ordner; es wird nicht gelesen</translation>
    </message>
    <message>
        <source>'%1' is not a regular file (a device, a pipe or a system file); it is not read</source>
        <translation>„%1“ ist keine reguläre Datei (ein Gerät, eine Pipe oder eine Systemdatei); es wird nicht gelesen</translation>
    </message>
    <message>
        <source>Reference '%1' names a file: save the document to resolve file references</source>
        <translation>Die Referenz „%1“ nennt eine Datei: Speichern Sie das Dokument, um Dateireferenzen aufzulösen</translation>
    </message>
    <message>
        <source>the home folder</source>
        <translation>dem Home-Ordner</translation>
    </message>
    <message>
        <source>the root folder</source>
        <translation>dem Wurzelordner</translation>
    </message>
    <message>
        <source>the temporary folder</source>
        <translation>dem temporären Ordner</translation>
    </message>
    <message>
        <source>'%1' is not read: the document is in %2 (%3), which is not a project folder; save the document in a project folder, or allow %3 for references</source>
        <translation>„%1“ wird nicht gelesen: Das Dokument liegt in %2 (%3), und das ist kein Projektordner; speichern Sie das Dokument in einem Projektordner oder erlauben Sie %3 für Referenzen</translation>
    </message>
    <message>
        <source>'%1' is a hidden file or in a hidden folder; it is not read unless its folder is allowed for references</source>
        <translation>„%1“ ist eine versteckte Datei oder liegt in einem versteckten Ordner; es wird nur gelesen, wenn sein Ordner für Referenzen erlaubt ist</translation>
    </message>
    <message>
        <source>Remote reference '%1' was not fetched, so what it points to is not checked; turn on fetching remote references for this folder (--fetch-remote on the command line)</source>
        <translation>Die entfernte Referenz '%1' wurde nicht abgerufen, ihr Ziel ist also nicht geprüft; schalten Sie das Abrufen entfernter Referenzen für diesen Ordner ein (--fetch-remote auf der Kommandozeile)</translation>
    </message>
    <message>
        <source>could not fetch '%1': %2</source>
        <translation>'%1' konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>'%1' is not a YAML or JSON document</source>
        <translation>'%1' ist kein YAML- oder JSON-Dokument</translation>
    </message>
    <message>
        <source>%1; the copy fetched on %2 is used</source>
        <translation>%1; die am %2 abgerufene Kopie wird verwendet</translation>
    </message>
    <message>
        <source>%1 did not answer an earlier request in time</source>
        <translation>%1 hat eine frühere Anfrage nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched</source>
        <translation>nur http- und https-Adressen werden abgerufen</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>es ist größer als %1</translation>
    </message>
    <message>
        <source>the server redirected to '%1', which is not followed (only to the same scheme, or from http to https)</source>
        <translation>der Server leitete nach '%1' weiter, dem nicht gefolgt wird (nur zum selben Schema oder von http zu https)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>mehr als %n Weiterleitung</numerusform>
            <numerusform>mehr als %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not a YAML or JSON document</source>
        <translation>der Server schickte eine HTML-Seite, kein YAML- oder JSON-Dokument</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server's answer could not be read (HTTP status %1)</source>
        <translation>die Antwort des Servers war nicht lesbar (HTTP-Status %1)</translation>
    </message>
</context>
<context>
    <name>SignalboxRules</name>
    <message>
        <source>Server '%1' defines variable '%2' but its %3 does not use it</source>
        <translation>Server '%1' definiert die Variable '%2', aber sein %3 verwendet sie nicht</translation>
    </message>
    <message>
        <source>host and pathname</source>
        <translation>Host und Pfad</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Server '%1' uses variable '{%2}' that is not defined in its 'variables'</source>
        <translation>Server '%1' verwendet die Variable '{%2}', die in seinen 'variables' nicht definiert ist</translation>
    </message>
    <message>
        <source>Security scheme '%1' is not defined in components.securitySchemes</source>
        <translation>Das Sicherheitsschema '%1' ist in components.securitySchemes nicht definiert</translation>
    </message>
    <message>
        <source>The address of channel '%1' must not contain a query ('?') or a fragment ('#')</source>
        <translation>Die Adresse des Kanals '%1' darf keine Abfrage ('?') und kein Fragment ('#') enthalten</translation>
    </message>
    <message>
        <source>Channel '%1' defines parameter '%2' that its address does not contain</source>
        <translation>Kanal '%1' definiert den Parameter '%2', den seine Adresse nicht enthält</translation>
    </message>
    <message>
        <source>The address of channel '%1' uses parameter '{%2}' that is not defined in its 'parameters'</source>
        <translation>Die Adresse des Kanals '%1' verwendet den Parameter '{%2}', der in seinen 'parameters' nicht definiert ist</translation>
    </message>
    <message>
        <source>'%1' does not point to %2</source>
        <translation>'%1' zeigt nicht auf %2</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>einen Server</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>einen Kanal</translation>
    </message>
    <message>
        <source>an operation</source>
        <translation>eine Operation</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>einen Parameter</translation>
    </message>
    <message>
        <source>a security scheme</source>
        <translation>ein Sicherheitsschema</translation>
    </message>
    <message>
        <source>an operation trait</source>
        <translation>ein Operations-Trait</translation>
    </message>
    <message>
        <source>a message trait</source>
        <translation>ein Nachrichten-Trait</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <source>Channel '%1' must list its servers as references to '#/servers/…'</source>
        <translation>Kanal '%1' muss seine Server als Referenzen auf '#/servers/…' angeben</translation>
    </message>
    <message>
        <source>The channel of operation '%1' must be a reference to a channel in '#/channels'</source>
        <translation>Der Kanal der Operation '%1' muss eine Referenz auf einen Kanal in '#/channels' sein</translation>
    </message>
    <message>
        <source>Operation '%1' lists a message that its channel does not define</source>
        <translation>Operation '%1' nennt eine Nachricht, die ihr Kanal nicht definiert</translation>
    </message>
    <message>
        <source>The reply channel of operation '%1' must be a reference to a channel in '#/channels'</source>
        <translation>Der Antwortkanal der Operation '%1' muss eine Referenz auf einen Kanal in '#/channels' sein</translation>
    </message>
    <message>
        <source>The reply of operation '%1' lists a message that its reply channel does not define</source>
        <translation>Die Antwort der Operation '%1' nennt eine Nachricht, die ihr Antwortkanal nicht definiert</translation>
    </message>
    <message>
        <source>The reply of operation '%1' has neither a channel nor an address</source>
        <translation>Die Antwort der Operation '%1' hat weder Kanal noch Adresse</translation>
    </message>
    <message>
        <source>The reply channel of operation '%1' has a dynamic address, but the reply gives no 'address' to find it at run time</source>
        <translation>Der Antwortkanal der Operation '%1' hat eine dynamische Adresse, aber die Antwort gibt keine 'address' an, um sie zur Laufzeit zu finden</translation>
    </message>
    <message>
        <source>messageId '%1' is used by more than one message</source>
        <translation>messageId '%1' wird von mehr als einer Nachricht verwendet</translation>
    </message>
    <message>
        <source>Channel '%1' names server '%2' that is not defined in 'servers'</source>
        <translation>Kanal '%1' nennt den Server '%2', der in 'servers' nicht definiert ist</translation>
    </message>
    <message>
        <source>operationId '%1' is used by more than one operation</source>
        <translation>operationId '%1' wird von mehr als einer Operation verwendet</translation>
    </message>
    <message>
        <source>Tag name '%1' appears more than once in this list</source>
        <translation>Der Tag-Name '%1' kommt in dieser Liste mehrfach vor</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>%1 does not match the payload schema</source>
        <translation>%1 passt nicht zum Payload-Schema</translation>
    </message>
    <message>
        <source>%1 does not match the headers schema</source>
        <translation>%1 passt nicht zum Header-Schema</translation>
    </message>
    <message>
        <source>Component '%1' of components.%2 is not referenced anywhere</source>
        <translation>Die Komponente '%1' in components.%2 wird nirgends referenziert</translation>
    </message>
</context>
<context>
    <name>SignalboxSecurity</name>
    <message>
        <source>%1: the name '%2' cannot be a header or cookie name (only letters, digits and !#$%&amp;'*+-.^_`|~ may be in one); nothing is sent for it.</source>
        <translation>%1: Der Name „%2“ kann kein Header- oder Cookie-Name sein (nur Buchstaben, Ziffern und !#$%&amp;'*+-.^_`|~ sind darin erlaubt); dafür wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The header name '%1' is not allowed: only letters, digits and !#$%&amp;'*+-.^_`|~ may be in one.</source>
        <translation>Der Header-Name „%1“ ist nicht erlaubt: Nur Buchstaben, Ziffern und !#$%&amp;'*+-.^_`|~ sind darin erlaubt.</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break or NUL: it would add headers of its own.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch oder NUL: Er würde eigene Header hinzufügen.</translation>
    </message>
    <message>
        <source>The credential for %1 contains a line break or NUL, or its header name is not allowed: it is not sent.</source>
        <translation>Die Zugangsdaten für %1 enthalten einen Zeilenumbruch oder NUL, oder ihr Header-Name ist nicht erlaubt: Sie werden nicht gesendet.</translation>
    </message>
    <message>
        <source>the user information of the address</source>
        <translation>die Benutzerinformation der Adresse</translation>
    </message>
    <message>
        <source>the parameter %1 of the address</source>
        <translation>den Parameter %1 der Adresse</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>den Header %1</translation>
    </message>
</context>
<context>
    <name>SignalboxSpecBuilder</name>
    <message>
        <source>(inline)</source>
        <translation>(eingebettet)</translation>
    </message>
</context>
<context>
    <name>SignalboxTls</name>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>TLS errors ignored as asked: %1</source>
        <translation>TLS-Fehler wie gewünscht ignoriert: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>SignalboxValidation</name>
    <message>
        <source>Missing required property '%1'</source>
        <translation>Die Pflichteigenschaft '%1' fehlt</translation>
    </message>
    <message>
        <source>Property '%1' is not allowed here</source>
        <translation>Die Eigenschaft '%1' ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>Value has the wrong type for this field</source>
        <translation>Der Wert hat den falschen Typ für dieses Feld</translation>
    </message>
    <message>
        <source>Value is not one of the allowed values</source>
        <translation>Der Wert ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>Value is not the one this field requires</source>
        <translation>Der Wert ist nicht der, den dieses Feld verlangt</translation>
    </message>
    <message>
        <source>Value does not match the required pattern</source>
        <translation>Der Wert passt nicht zum verlangten Muster</translation>
    </message>
    <message>
        <source>Value matches none of the allowed forms</source>
        <translation>Der Wert passt zu keiner der erlaubten Formen</translation>
    </message>
    <message>
        <source>Value does not meet the conditions that apply to it</source>
        <translation>Der Wert erfüllt die für ihn geltenden Bedingungen nicht</translation>
    </message>
    <message>
        <source>The AsyncAPI %1 schema is not available; the document was not checked against it</source>
        <translation>Das AsyncAPI-%1-Schema ist nicht verfügbar; das Dokument wurde nicht dagegen geprüft</translation>
    </message>
    <message>
        <source>With its references resolved the document would exceed %1 nodes; it was checked with its references unresolved</source>
        <translation>Mit aufgelösten Referenzen hätte das Dokument mehr als %1 Knoten; es wurde mit unaufgelösten Referenzen geprüft</translation>
    </message>
    <message>
        <source>Schema validation stopped: %1</source>
        <translation>Schemaprüfung abgebrochen: %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1 here, not %2</source>
        <translation>Hier wird %1 erwartet, nicht %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 must be '%2'</source>
        <translation>%1 muss '%2' sein</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 ist keiner der erlaubten Werte: %2</translation>
    </message>
    <message>
        <source>This property is not allowed here</source>
        <translation>Diese Eigenschaft ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep here; it was not checked against the schema</source>
        <translation>Das Dokument ist hier mehr als %1 Ebenen tief verschachtelt; es wurde nicht gegen das Schema geprüft</translation>
    </message>
    <message>
        <source>The document has more than %1 nodes; it was not checked against the schema</source>
        <translation>Das Dokument hat mehr als %1 Knoten; es wurde nicht gegen das Schema geprüft</translation>
    </message>
    <message>
        <source>With its references resolved the document is nested more than %1 levels deep here; it was checked with its references unresolved</source>
        <translation>Mit aufgelösten Referenzen ist das Dokument hier mehr als %1 Ebenen tief verschachtelt; es wurde mit unaufgelösten Referenzen geprüft</translation>
    </message>
    <message>
        <source>With its references resolved this is nested more than %1 levels deep; what uses it was not checked against it</source>
        <translation>Mit aufgelösten Referenzen ist dies mehr als %1 Ebenen tief verschachtelt; was es verwendet, wurde nicht dagegen geprüft</translation>
    </message>
    <message>
        <source>The document has more than %1 MB of text; it was not checked against the schema</source>
        <translation>Das Dokument hat mehr als %1 MB Text; es wurde nicht gegen das Schema geprüft</translation>
    </message>
    <message>
        <source>With its references resolved the document would exceed %1 MB of text; it was checked with its references unresolved</source>
        <translation>Mit aufgelösten Referenzen würde das Dokument %1 MB Text überschreiten; es wurde mit unaufgelösten Referenzen geprüft</translation>
    </message>
    <message>
        <source>a $ref</source>
        <translation>eine $ref</translation>
    </message>
    <message>
        <source>an OpenAPI schema</source>
        <translation>ein OpenAPI-Schema</translation>
    </message>
    <message>
        <source>an Avro schema</source>
        <translation>ein Avro-Schema</translation>
    </message>
    <message>
        <source>a Schema object</source>
        <translation>ein Schema-Objekt</translation>
    </message>
    <message>
        <source>an %1 object</source>
        <translation>ein %1-Objekt</translation>
    </message>
    <message>
        <source>a %1 object</source>
        <translation>ein %1-Objekt</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Zweig %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Value matches %1; oneOf needs exactly one</source>
        <translation>Der Wert passt zu %1; oneOf verlangt genau eines</translation>
    </message>
    <message>
        <source>Value matches none of %1</source>
        <translation>Der Wert passt zu keinem von %1</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>Value matches none of %1: %2</source>
        <translation>Der Wert passt zu keinem von %1: %2</translation>
    </message>
    <message>
        <source>Value matches none of %1; closest is %2: %3</source>
        <translation>Der Wert passt zu keinem von %1; am nächsten ist %2: %3</translation>
    </message>
    <message>
        <source>Text must be at least %1 characters long</source>
        <translation>Der Text muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Text must be at most %1 characters long</source>
        <translation>Der Text darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Text is not a valid %1</source>
        <translation>Der Text ist kein gültiges %1</translation>
    </message>
    <message>
        <source>List must have at least %1 items</source>
        <translation>Die Liste muss mindestens %1 Einträge haben</translation>
    </message>
    <message>
        <source>List must have at most %1 items</source>
        <translation>Die Liste darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>List has more items than allowed</source>
        <translation>Die Liste hat mehr Einträge als erlaubt</translation>
    </message>
    <message>
        <source>Items %1 and %2 are equal; the list's items must be unique</source>
        <translation>Die Einträge %1 und %2 sind gleich; die Einträge der Liste müssen eindeutig sein</translation>
    </message>
    <message>
        <source>No item of the list is of the kind it must contain</source>
        <translation>Kein Eintrag der Liste ist von der Art, die sie enthalten muss</translation>
    </message>
    <message>
        <source>Must have at least %1 properties</source>
        <translation>Muss mindestens %1 Eigenschaften haben</translation>
    </message>
    <message>
        <source>Must have at most %1 properties</source>
        <translation>Darf höchstens %1 Eigenschaften haben</translation>
    </message>
    <message>
        <source>Number must be at least %1</source>
        <translation>Die Zahl muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>Number must be greater than %1</source>
        <translation>Die Zahl muss größer als %1 sein</translation>
    </message>
    <message>
        <source>Number must be at most %1</source>
        <translation>Die Zahl darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>Number must be less than %1</source>
        <translation>Die Zahl muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>Number must be a multiple of %1</source>
        <translation>Die Zahl muss ein Vielfaches von %1 sein</translation>
    </message>
    <message>
        <source>Number cannot be checked for the multiple it must be of</source>
        <translation>Es lässt sich nicht prüfen, ob die Zahl ein Vielfaches des verlangten Werts ist</translation>
    </message>
    <message>
        <source>Missing property '%1', which another property here requires</source>
        <translation>Die Eigenschaft '%1' fehlt, die eine andere Eigenschaft hier verlangt</translation>
    </message>
    <message>
        <source>Value has a form that is not allowed here</source>
        <translation>Der Wert hat eine Form, die hier nicht erlaubt ist</translation>
    </message>
    <message>
        <source>Value matches more than one of the allowed forms</source>
        <translation>Der Wert passt zu mehr als einer der erlaubten Formen</translation>
    </message>
    <message>
        <source>Property '%1' is not valid</source>
        <translation>Die Eigenschaft '%1' ist nicht gültig</translation>
    </message>
    <message>
        <source>Value is not valid here</source>
        <translation>Der Wert ist hier nicht gültig</translation>
    </message>
    <message>
        <source>The schema could not be applied</source>
        <translation>Das Schema ließ sich nicht anwenden</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>URI reference</source>
        <translation>URI-Referenz</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>date and time (RFC 3339)</source>
        <translation>Datum und Uhrzeit (RFC 3339)</translation>
    </message>
    <message>
        <source>date (RFC 3339)</source>
        <translation>Datum (RFC 3339)</translation>
    </message>
    <message>
        <source>time with offset (RFC 3339)</source>
        <translation>Uhrzeit mit Zeitzonenversatz (RFC 3339)</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>URI template</source>
        <translation>URI-Vorlage</translation>
    </message>
    <message>
        <source>JSON pointer</source>
        <translation>JSON-Pointer</translation>
    </message>
    <message>
        <source>'%1' is not a valid %2</source>
        <translation>'%1' ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>Property name '%1' is not allowed here</source>
        <translation>Der Eigenschaftsname '%1' ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This schema cannot be used to check values: %1</source>
        <translation>Mit diesem Schema lassen sich keine Werte prüfen: %1</translation>
    </message>
    <message>
        <source>Value is not allowed by its schema</source>
        <translation>Der Wert ist nach seinem Schema nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>SignalboxYaml</name>
    <message>
        <source>Duplicate key '%1' (first defined on line %2); only one of them can be used</source>
        <translation>Doppelter Schlüssel '%1' (zuerst in Zeile %2); nur einer davon kann gelten</translation>
    </message>
    <message>
        <source>The file is too large to analyse (%1 MB; the limit is %2 MB)</source>
        <translation>Die Datei ist zu groß für die Analyse (%1 MB; die Grenze ist %2 MB)</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1)</source>
        <translation>Der Text ist kein gültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>Aliases expand this document beyond %1 nodes (an alias bomb?); it is not analysed further</source>
        <translation>Aliase erweitern dieses Dokument über %1 Knoten (eine Alias-Bombe?); es wird nicht weiter analysiert</translation>
    </message>
    <message>
        <source>The file holds several YAML documents; an AsyncAPI file must hold exactly one</source>
        <translation>Die Datei enthält mehrere YAML-Dokumente; eine AsyncAPI-Datei muss genau eines enthalten</translation>
    </message>
    <message>
        <source>The YAML is nested more than %1 levels deep</source>
        <translation>Das YAML ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the document</source>
        <translation>Unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>The YAML parser produced more than %1 events for this %2-byte text; parsing stopped here</source>
        <translation>Der YAML-Parser hat für diesen Text von %2 Bytes mehr als %1 Ereignisse erzeugt; das Einlesen wurde hier beendet</translation>
    </message>
    <message>
        <source>Only mappings can be merged with '&lt;&lt;' (a mapping, an alias of one, or a list of them); this value is not a mapping</source>
        <translation>Mit '&lt;&lt;' lassen sich nur Mappings zusammenführen (ein Mapping, ein Alias darauf oder eine Liste davon); dieser Wert ist kein Mapping</translation>
    </message>
    <message>
        <source>This line starts at column %1, which lines up with no key above it; the keys it belongs with start at column %2</source>
        <translation>Diese Zeile beginnt in Spalte %1, die zu keinem Schlüssel darüber passt; die Schlüssel, zu denen sie gehört, beginnen in Spalte %2</translation>
    </message>
    <message>
        <source>This quote is not closed on its line, so the value runs on into the lines below; add the closing %1</source>
        <translation>Dieses Anführungszeichen wird in seiner Zeile nicht geschlossen, daher läuft der Wert in die folgenden Zeilen weiter; fügen Sie das schließende %1 hinzu</translation>
    </message>
    <message>
        <source>This line is indented with a tab; YAML indents with spaces only</source>
        <translation>Diese Zeile ist mit einem Tabulator eingerückt; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>This line is indented more than the key above it expects: '%1' has its value on its line, so nothing can be nested under it; line it up with '%1' or move the value to a line of its own</source>
        <translation>Diese Zeile ist weiter eingerückt, als der Schlüssel darüber erwartet: '%1' hat seinen Wert in seiner Zeile, daher kann nichts darunter verschachtelt werden; richten Sie sie an '%1' aus oder setzen Sie den Wert in eine eigene Zeile</translation>
    </message>
    <message>
        <source>This line is text without 'key:' among the keys of a mapping; write it as 'key: value', or as a list item with '- '</source>
        <translation>Diese Zeile ist Text ohne 'Schlüssel:' zwischen den Schlüsseln einer Zuordnung; schreiben Sie sie als 'Schlüssel: Wert' oder als Listeneintrag mit '- '</translation>
    </message>
    <message>
        <source>Text after the closing quote; put the whole value in the quotes</source>
        <translation>Text nach dem schließenden Anführungszeichen; setzen Sie den ganzen Wert in die Anführungszeichen</translation>
    </message>
    <message>
        <source>A value without quotes cannot hold ': '; put the value in quotes</source>
        <translation>Ein Wert ohne Anführungszeichen kann ': ' nicht enthalten; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>This '[' is not closed: the list needs a ']' after its last item</source>
        <translation>Diese '[' wird nicht geschlossen: Die Liste braucht eine ']' nach ihrem letzten Eintrag</translation>
    </message>
    <message>
        <source>This '{' is not closed: the mapping needs a '}' after its last entry</source>
        <translation>Diese '{' wird nicht geschlossen: Die Zuordnung braucht eine '}' nach ihrem letzten Eintrag</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the document is not a block mapping</source>
        <translation>das Dokument ist kein Block-Mapping</translation>
    </message>
    <message>
        <source>Operation %1 sends or receives %2, which its channel does not list: left as written.</source>
        <translation>Operation %1 sendet oder empfängt %2, das ihr Kanal nicht aufführt: unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native studio for AsyncAPI</source>
        <translation>Ein natives Studio für AsyncAPI</translation>
    </message>
    <message>
        <source>Render the window to a PNG file after the first analysis, and exit.</source>
        <translation>Das Fenster nach der ersten Analyse als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>AsyncAPI documents to open.</source>
        <translation>Zu öffnende AsyncAPI-Dokumente.</translation>
    </message>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
</context>
</TS>