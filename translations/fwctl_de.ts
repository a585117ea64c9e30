<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fwctl</name>
    <message>
        <source>Check a catalog file; one line per problem on stderr.</source>
        <translation>Einen Katalog prüfen; eine Zeile je Problem auf stderr.</translation>
    </message>
    <message>
        <source>Decompose an order and print its orchestration plan.</source>
        <translation>Einen Auftrag zerlegen und seinen Orchestrierungsplan ausgeben.</translation>
    </message>
    <message>
        <source>Validate and plan every bundled sample (the headless demo).</source>
        <translation>Jedes mitgelieferte Beispiel prüfen und planen (die Demo ohne Fenster).</translation>
    </message>
    <message>
        <source>Import a catalog or an order into the store (--db).</source>
        <translation>Einen Katalog oder einen Auftrag in den Store importieren (--db).</translation>
    </message>
    <message>
        <source>List the orders in the store (--db).</source>
        <translation>Die Aufträge im Store auflisten (--db).</translation>
    </message>
    <message>
        <source>Print the journal of one order (--db).</source>
        <translation>Das Journal eines Auftrags ausgeben (--db).</translation>
    </message>
    <message>
        <source>List the orders the engine cannot run, with the reason (--db).</source>
        <translation>Die Aufträge auflisten, die die Engine nicht ausführen kann, mit Grund (--db).</translation>
    </message>
    <message>
        <source>Run the plans of the active orders (--db).</source>
        <translation>Die Pläne der aktiven Aufträge ausführen (--db).</translation>
    </message>
    <message>
        <source>Show an order&apos;s state and steps; alone: orders by state, archived (--db).</source>
        <translation>Zustand und Schritte eines Auftrags; allein: Aufträge nach Zustand, archiviert (--db).</translation>
    </message>
    <message>
        <source>List manual tasks (--db).</source>
        <translation>Manuelle Aufgaben auflisten (--db).</translation>
    </message>
    <message>
        <source>Claim, release or complete a manual task (--db).</source>
        <translation>Eine manuelle Aufgabe übernehmen, freigeben oder abschließen (--db).</translation>
    </message>
    <message>
        <source>Give an order an external signal (--db).</source>
        <translation>Einem Auftrag ein externes Signal geben (--db).</translation>
    </message>
    <message>
        <source>List or resolve fallout cases: retry, skip, cancel (--db).</source>
        <translation>Fallout-Fälle auflisten oder lösen: retry, skip, cancel (--db).</translation>
    </message>
    <message>
        <source>Orders and steps at risk of missing their SLA; reassign or escalate (--db).</source>
        <translation>Aufträge und Schritte, deren SLA gefährdet ist; neu zuweisen oder eskalieren (--db).</translation>
    </message>
    <message>
        <source>List, claim or resolve escalations to supervisors (--db).</source>
        <translation>Eskalationen an Supervisoren auflisten, übernehmen oder lösen (--db).</translation>
    </message>
    <message>
        <source>Preview or submit a change order to a running order (--db).</source>
        <translation>Eine Änderung an einem laufenden Auftrag voransehen oder einreichen (--db).</translation>
    </message>
    <message>
        <source>An order across its change orders and splits: items, paths, billing (--db).</source>
        <translation>Ein Auftrag über seine Änderungen und Teilungen: Positionen, Pfade, Abrechnung (--db).</translation>
    </message>
    <message>
        <source>Resume an order held after fallout (--db).</source>
        <translation>Einen nach Fallout angehaltenen Auftrag fortsetzen (--db).</translation>
    </message>
    <message>
        <source>Set a line field of an order (--db).</source>
        <translation>Ein Positionsfeld eines Auftrags setzen (--db).</translation>
    </message>
    <message>
        <source>Supervisor KPIs over a range of days: --from, --to, --json (--db).</source>
        <translation>Supervisor-Kennzahlen über einen Zeitraum: --from, --to, --json (--db).</translation>
    </message>
    <message>
        <source>Sync the store with the remote store: --once, --follow, status (--db, --remote).</source>
        <translation>Den Store mit dem entfernten Store abgleichen: --once, --follow, status (--db, --remote).</translation>
    </message>
    <message>
        <source>Publish a catalog or an order to the remote store (--remote).</source>
        <translation>Einen Katalog oder Auftrag im entfernten Store veröffentlichen (--remote).</translation>
    </message>
    <message>
        <source>List which workstation runs which order (--remote).</source>
        <translation>Auflisten, welcher Arbeitsplatz welchen Auftrag ausführt (--remote).</translation>
    </message>
    <message>
        <source>List the store&apos;s users; an admin adds them and grants or revokes roles (--db).</source>
        <translation>Die Benutzer des Stores auflisten; ein Admin legt sie an und vergibt oder entzieht Rollen (--db).</translation>
    </message>
    <message>
        <source>Move finished orders into the store&apos;s archive: --completed-before DATE (--db).</source>
        <translation>Abgeschlossene Aufträge ins Archiv des Stores verschieben: --completed-before DATE (--db).</translation>
    </message>
    <message>
        <source>Check the store file in full: pages, indexes, references (--db).</source>
        <translation>Die Store-Datei vollständig prüfen: Seiten, Indizes, Verweise (--db).</translation>
    </message>
    <message>
        <source>Remote store administration: &apos;roles&apos; prints the GRANTs.</source>
        <translation>Verwaltung des entfernten Stores: &apos;roles&apos; gibt die GRANTs aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print diagnostics (as the global --verbose).</source>
        <translation>Diagnose ausgeben (wie das globale --verbose).</translation>
    </message>
    <message>
        <source>The store (SQLite) the commands use (default: $FW_DB, else the workbench&apos;s store %1).</source>
        <translation>Der Store (SQLite), den die Befehle nutzen (Standard: $FW_DB, sonst der Store der Workbench %1).</translation>
    </message>
    <message>
        <source>Who acts: a known active user of the store (default: your login name; &apos;fwctl users list&apos; shows them, an admin adds them with &apos;fwctl users add&apos;).</source>
        <translation>Wer handelt: ein bekannter aktiver Benutzer des Stores (Standard: Ihr Anmeldename; &apos;fwctl users list&apos; zeigt sie, ein Admin legt sie mit &apos;fwctl users add&apos; an).</translation>
    </message>
    <message>
        <source>The remote store (PostgreSQL; libpq &apos;host=... dbname=... user=...&apos; or a postgresql:// URI; default $FW_REMOTE); the password from ~/.pgpass. With it, actions on another workstation&apos;s order go to that workstation.</source>
        <translation>Der entfernte Store (PostgreSQL; libpq &apos;host=... dbname=... user=...&apos; oder eine postgresql://-URI; Standard $FW_REMOTE); das Passwort aus ~/.pgpass. Damit gehen Aktionen auf Aufträge eines anderen Arbeitsplatzes an diesen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>This store&apos;s workstation id (default: made once and kept in the store).</source>
        <translation>Die Arbeitsplatzkennung dieses Stores (Standard: einmal erzeugt und im Store gespeichert).</translation>
    </message>
    <message>
        <source>How long an order stays ours without a sync round (default 60).</source>
        <translation>Wie lange ein Auftrag ohne Abgleichsrunde unserer bleibt (Standard 60).</translation>
    </message>
    <message>
        <source>Active orders this workstation takes at most (default 500).</source>
        <translation>Höchstzahl aktiver Aufträge, die dieser Arbeitsplatz übernimmt (Standard 500).</translation>
    </message>
    <message>
        <source>Send a catalog endpoint&apos;s callouts elsewhere, for every command that runs the engine (repeatable; e.g. inventory=http://127.0.0.1:8480/inventory).</source>
        <translation>Die Aufrufe eines Katalog-Endpunkts anderswohin senden, für jeden Befehl, der die Engine ausführt (wiederholbar; z. B. inventory=http://127.0.0.1:8480/inventory).</translation>
    </message>
    <message>
        <source>Print diagnostics (the fw.* logging categories&apos; debug messages; QT_LOGGING_RULES overrides).</source>
        <translation>Diagnose ausgeben (die Debug-Meldungen der Logging-Kategorien fw.*; QT_LOGGING_RULES hat Vorrang).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>Print this help; &apos;fwctl COMMAND --help&apos; prints a command&apos;s.</source>
        <translation>Diese Hilfe ausgeben; &apos;fwctl COMMAND --help&apos; gibt die eines Befehls aus.</translation>
    </message>
    <message>
        <source>Usage: fwctl [GLOBAL OPTIONS] COMMAND [OPTIONS]</source>
        <translation>Aufruf: fwctl [GLOBALE OPTIONEN] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Headless command-line interface of Fulfillment Workbench.</source>
        <translation>Kommandozeile der Fulfillment Workbench ohne Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options (before the command):</source>
        <translation>Globale Optionen (vor dem Befehl):</translation>
    </message>
    <message>
        <source>A FILE argument of - reads standard input.</source>
        <translation>Ein Dateiargument - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 invalid input or usage, 3 remote store
unreachable.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 ungültige Eingabe oder Bedienung, 3 entfernter
Store nicht erreichbar.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]%2</source>
        <translation>Aufruf: %1 [Optionen]%2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation>Die Auftragskennung.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only what went wrong: steps into fallout or retrying, holds, jeopardy, refused changes.</source>
        <translation>Nur was schiefging: Schritte in Fallout oder Wiederholung, Anhaltungen, Gefährdungen, abgelehnte Änderungen.</translation>
    </message>
    <message>
        <source>Only the entries of the steps in this lane (its id or name).</source>
        <translation>Nur die Einträge der Schritte dieser Bahn (ihre Kennung oder ihr Name).</translation>
    </message>
    <message>
        <source>Only what this user (or engine) did.</source>
        <translation>Nur was dieser Benutzer (oder die Engine) getan hat.</translation>
    </message>
    <message>
        <source>Only entries from TIME on: an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z, UTC without an offset) or how long ago (30m, 2h, 3d).</source>
        <translation>Nur Einträge ab TIME: ein ISO-8601-Datum oder -Zeitpunkt (2026-03-01, 2026-03-01T08:00:00Z, ohne Versatz UTC) oder wie lange her (30m, 2h, 3d).</translation>
    </message>
    <message>
        <source>Prints the journal of an order in time order.</source>
        <translation>Gibt das Journal eines Auftrags in zeitlicher Reihenfolge aus.</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; in %2</source>
        <translation>unbekannter Auftrag &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>order %1 has no such lane (its lanes: %2)</source>
        <translation>Auftrag %1 hat keine solche Bahn (seine Bahnen: %2)</translation>
    </message>
    <message>
        <source>Archive the orders completed or cancelled before this day (UTC).</source>
        <translation>Die vor diesem Tag (UTC) abgeschlossenen oder stornierten Aufträge archivieren.</translation>
    </message>
    <message>
        <source>The archive file (default: the store&apos;s archive, else STORE.archive.db; an existing archive is added to).</source>
        <translation>Die Archivdatei (Standard: das Archiv des Stores, sonst STORE.archive.db; ein vorhandenes Archiv wird ergänzt).</translation>
    </message>
    <message>
        <source>Moves finished orders (completed or cancelled before the date) with their steps, tasks, fallout cases and journal out of the store into its archive, a store file of its own that timeline, summary, status and the KPI views still read. Orders not finished stay. A supervisor&apos;s or an admin&apos;s; journalled. Without --completed-before: what the archive holds.
Exit 0 when done, 1 when a store cannot be written (a rerun finishes an interrupted one), 2 for a bad date or a refusal.</source>
        <translation>Verschiebt abgeschlossene Aufträge (vor dem Datum abgeschlossen oder storniert) mit ihren Schritten, Aufgaben, Fallout-Fällen und ihrem Journal aus dem Store in sein Archiv, eine eigene Store-Datei, die timeline, summary, status und die Kennzahlen weiter lesen. Nicht abgeschlossene Aufträge bleiben. Sache eines Supervisors oder Admins; wird protokolliert. Ohne --completed-before: was das Archiv enthält.
Exit 0 wenn erledigt, 1 wenn ein Store nicht geschrieben werden kann (ein erneuter Lauf beendet einen unterbrochenen), 2 bei ungültigem Datum oder Ablehnung.</translation>
    </message>
    <message>
        <source>Preview the change, or submit it.</source>
        <translation>Die Änderung voransehen oder einreichen.</translation>
    </message>
    <message>
        <source>The change order (docs/change-orders.md); - reads standard input.</source>
        <translation>Die Änderung (docs/change-orders.md); - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>The order it changes (must match the file).</source>
        <translation>Der Auftrag, den sie ändert (muss zur Datei passen).</translation>
    </message>
    <message>
        <source>Who previews or submits.</source>
        <translation>Wer voransieht oder einreicht.</translation>
    </message>
    <message>
        <source>Previews or submits a change order (amendment or cancellation) to a running order: the plan diff, compensations, callouts it sends, PONR refusals.</source>
        <translation>Sieht eine Änderung (Ergänzung oder Storno) an einem laufenden Auftrag voraus oder reicht sie ein: der Planunterschied, Kompensationen, die gesendeten Aufrufe, PONR-Ablehnungen.</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>Der Auftrag.</translation>
    </message>
    <message>
        <source>What an order stands at across its change orders and splits: each item ordered and now (active, pending, cancelled, delivered, billed), each delivery group&apos;s path, the change orders and the billing.</source>
        <translation>Wo ein Auftrag über seine Änderungen und Teilungen steht: jede Position bestellt und jetzt (aktiv, ausstehend, storniert, geliefert, abgerechnet), der Pfad jeder Liefergruppe, die Änderungen und die Abrechnung.</translation>
    </message>
    <message>
        <source>Checks the store (--db) in full: every page and index (integrity_check) and every reference between rows (foreign_key_check), reading only.
Exit 0 when it is sound, 1 when it is damaged (one line per problem), 2 when there is no such store.</source>
        <translation>Prüft den Store (--db) vollständig: jede Seite und jeden Index (integrity_check) und jeden Verweis zwischen Zeilen (foreign_key_check), nur lesend.
Exit 0 wenn er intakt ist, 1 wenn er beschädigt ist (eine Zeile je Problem), 2 wenn es keinen solchen Store gibt.</translation>
    </message>
    <message>
        <source>ok (%1 pages checked)</source>
        <translation>ok (%1 Seiten geprüft)</translation>
    </message>
    <message>
        <source>the store is damaged; %1</source>
        <translation>der Store ist beschädigt; %1</translation>
    </message>
    <message>
        <source>needs the remote store: --remote CONNINFO before the command (or FW_REMOTE), e.g. %1</source>
        <translation>braucht den entfernten Store: --remote CONNINFO vor dem Befehl (oder FW_REMOTE), z. B. %1</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>How long to wait for the engine that carries the action out (a running engine on the store, or with --remote the workstation that owns the order).</source>
        <translation>Wie lange auf die Engine gewartet wird, die die Aktion ausführt (eine laufende Engine auf dem Store oder mit --remote der Arbeitsplatz, dem der Auftrag gehört).</translation>
    </message>
    <message>
        <source>Send an endpoint&apos;s callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier (repeatable; also before the command).</source>
        <translation>Die Aufrufe eines Endpunkts anderswohin senden, z. B. carrier=http://127.0.0.1:9000/carrier (wiederholbar; auch vor dem Befehl).</translation>
    </message>
    <message>
        <source>--endpoint expects ID=URL, got &apos;%1&apos;</source>
        <translation>--endpoint erwartet ID=URL, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2</source>
        <translation>%1 Argument(e) erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 expects a number, got &apos;%2&apos;</source>
        <translation>%1 erwartet eine Zahl, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The samples directory.</source>
        <translation>Das Beispielverzeichnis.</translation>
    </message>
    <message>
        <source>The headless demo: validates every sample catalog and plans every sample order next to it.</source>
        <translation>Die Demo ohne Fenster: prüft jeden Beispielkatalog und plant jeden Beispielauftrag daneben.</translation>
    </message>
    <message>
        <source>samples directory not found (use --samples DIR)</source>
        <translation>Beispielverzeichnis nicht gefunden (--samples DIR angeben)</translation>
    </message>
    <message>
        <source>Fulfillment Workbench headless demo - samples in %1</source>
        <translation>Fulfillment Workbench, Demo ohne Fenster - Beispiele in %1</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos;</source>
        <translation>Katalog &apos;%1&apos;</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2 fulfillment lines, %3 steps in lanes %4 (%5 us)</source>
        <translation>Auftrag %1 -&gt; %2 Fulfillment-Positionen, %3 Schritte in den Bahnen %4 (%5 µs)</translation>
    </message>
    <message>
        <source>Demo finished with problems.</source>
        <translation>Demo mit Problemen beendet.</translation>
    </message>
    <message>
        <source>Demo finished: every sample validates and plans.</source>
        <translation>Demo beendet: jedes Beispiel ist gültig und lässt sich planen.</translation>
    </message>
    <message>
        <source>Next: &apos;fwctl plan --catalog FILE --order FILE&apos; shows a plan step by step.</source>
        <translation>Weiter: &apos;fwctl plan --catalog FILE --order FILE&apos; zeigt einen Plan Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Shows an order&apos;s state and its steps; without ORDER, the store&apos;s orders by state and what its archive holds.</source>
        <translation>Zeigt Zustand und Schritte eines Auftrags; ohne AUFTRAG die Aufträge des Stores nach Zustand und was sein Archiv enthält.</translation>
    </message>
    <message>
        <source>expected at most 1 argument, got %1</source>
        <translation>höchstens 1 Argument erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>unbekannter Auftrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Order %1: %2 (archived in %3)</source>
        <translation>Auftrag %1: %2 (archiviert in %3)</translation>
    </message>
    <message>
        <source>Order %1: set-aside (%2 when set aside): %3</source>
        <translation>Auftrag %1: beiseitegelegt (%2, als er beiseitegelegt wurde): %3</translation>
    </message>
    <message>
        <source>retry, skip or cancel them: &apos;fwctl fallout&apos;</source>
        <translation>wiederholen, überspringen oder stornieren Sie sie: &apos;fwctl fallout&apos;</translation>
    </message>
    <message>
        <source>&apos;fwctl resume %1&apos; continues it</source>
        <translation>&apos;fwctl resume %1&apos; setzt ihn fort</translation>
    </message>
    <message>
        <source>Order %1: on hold (%2, %3 open fallout case; %4)</source>
        <translation>Auftrag %1: angehalten (%2, %3 offener Fallout-Fall; %4)</translation>
    </message>
    <message>
        <source>Order %1: on hold (%2, %3 open fallout cases; %4)</source>
        <translation>Auftrag %1: angehalten (%2, %3 offene Fallout-Fälle; %4)</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Only this queue.</source>
        <translation>Nur diese Warteschlange.</translation>
    </message>
    <message>
        <source>Include completed tasks.</source>
        <translation>Abgeschlossene Aufgaben einbeziehen.</translation>
    </message>
    <message>
        <source>List the first N tasks by id (default 1000; 0: all).</source>
        <translation>Die ersten N Aufgaben nach Kennung auflisten (Standard 1000; 0: alle).</translation>
    </message>
    <message>
        <source>Lists manual tasks (open and claimed by default).</source>
        <translation>Listet manuelle Aufgaben auf (standardmäßig offene und übernommene).</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a number of tasks</source>
        <translation>--limit &apos;%1&apos; ist keine Anzahl von Aufgaben</translation>
    </message>
    <message>
        <source>the first %1 tasks listed; --limit 0 lists them all</source>
        <translation>die ersten %1 Aufgaben aufgelistet; --limit 0 listet alle</translation>
    </message>
    <message>
        <source>claim, release or complete.</source>
        <translation>claim (übernehmen), release (freigeben) oder complete (abschließen).</translation>
    </message>
    <message>
        <source>The task id.</source>
        <translation>Die Aufgabenkennung.</translation>
    </message>
    <message>
        <source>complete: the form data as a JSON object.</source>
        <translation>complete: die Formulardaten als JSON-Objekt.</translation>
    </message>
    <message>
        <source>complete: a comment.</source>
        <translation>complete: ein Kommentar.</translation>
    </message>
    <message>
        <source>Who acts.</source>
        <translation>Wer handelt.</translation>
    </message>
    <message>
        <source>Claims, releases or completes a manual task.</source>
        <translation>Übernimmt, gibt frei oder schließt eine manuelle Aufgabe ab.</translation>
    </message>
    <message>
        <source>task id &apos;%1&apos; is not a number</source>
        <translation>Aufgabenkennung &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim, release or complete)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (claim, release oder complete)</translation>
    </message>
    <message>
        <source>The signal (a pause step waits for it).</source>
        <translation>Das Signal (ein Pausenschritt wartet darauf).</translation>
    </message>
    <message>
        <source>Who signals.</source>
        <translation>Wer signalisiert.</translation>
    </message>
    <message>
        <source>Gives an order an external signal.</source>
        <translation>Gibt einem Auftrag ein externes Signal.</translation>
    </message>
    <message>
        <source>retry, skip or cancel the case ID; without: list.</source>
        <translation>den Fall ID wiederholen (retry), überspringen (skip) oder stornieren (cancel); ohne: auflisten.</translation>
    </message>
    <message>
        <source>List: only this queue. Bulk retry or skip: the open cases of this queue.</source>
        <translation>Auflisten: nur diese Warteschlange. Massenweise retry oder skip: die offenen Fälle dieser Warteschlange.</translation>
    </message>
    <message>
        <source>Bulk retry or skip (a supervisor&apos;s): the open cases with this signature, the same problem (&apos;fwctl fallout --by-signature&apos; lists them).</source>
        <translation>Massenweise retry oder skip (Sache eines Supervisors): die offenen Fälle mit dieser Signatur, dasselbe Problem (&apos;fwctl fallout --by-signature&apos; listet sie).</translation>
    </message>
    <message>
        <source>Bulk retry or skip: every open case.</source>
        <translation>Massenweise retry oder skip: jeder offene Fall.</translation>
    </message>
    <message>
        <source>Bulk: list the cases it would act on, do nothing.</source>
        <translation>Massenweise: die betroffenen Fälle auflisten, nichts tun.</translation>
    </message>
    <message>
        <source>List: open cases counted by signature.</source>
        <translation>Auflisten: offene Fälle nach Signatur gezählt.</translation>
    </message>
    <message>
        <source>List: print JSON.</source>
        <translation>Auflisten: JSON ausgeben.</translation>
    </message>
    <message>
        <source>retry: corrected data, a JSON object of line fields set before the retry.</source>
        <translation>retry: korrigierte Daten, ein JSON-Objekt von Positionsfeldern, die vor der Wiederholung gesetzt werden.</translation>
    </message>
    <message>
        <source>retry of a callout: the edited request payload (a JSON object) to send instead.</source>
        <translation>retry eines Aufrufs: die bearbeitete Nutzlast der Anfrage (ein JSON-Objekt), die stattdessen gesendet wird.</translation>
    </message>
    <message>
        <source>retry with --payload after an attempt that got no answer (the system may have carried it out): send the edited payload as a new request anyway, with a new idempotency key. Without it such a retry resends the same request with the same key.</source>
        <translation>retry mit --payload nach einem Versuch ohne Antwort (das System hat ihn vielleicht ausgeführt): die bearbeitete Nutzlast trotzdem als neue Anfrage senden, mit neuem Idempotenzschlüssel. Ohne dies sendet eine solche Wiederholung dieselbe Anfrage mit demselben Schlüssel erneut.</translation>
    </message>
    <message>
        <source>skip, cancel: why (required).</source>
        <translation>skip, cancel: warum (erforderlich).</translation>
    </message>
    <message>
        <source>retry: keep the order on hold even when this was its last open case.</source>
        <translation>retry: den Auftrag angehalten lassen, auch wenn dies sein letzter offener Fall war.</translation>
    </message>
    <message>
        <source>Lists open fallout cases, or resolves one: retry runs the failed step again (optionally after correcting line fields) and resumes the order when no other case of it is open; skip force-completes the step; cancel cancels the order. After skip (or retry --keep-hold): &apos;fwctl resume ORDER&apos;.</source>
        <translation>Listet offene Fallout-Fälle auf oder löst einen: retry führt den fehlgeschlagenen Schritt erneut aus (wahlweise nach Korrektur von Positionsfeldern) und setzt den Auftrag fort, wenn kein anderer Fall offen ist; skip schließt den Schritt erzwungen ab; cancel storniert den Auftrag. Nach skip (oder retry --keep-hold): &apos;fwctl resume AUFTRAG&apos;.</translation>
    </message>
    <message>
        <source>bulk actions are &apos;retry&apos; or &apos;skip&apos; with --signature SIG, --queue Q or --all</source>
        <translation>Massenaktionen sind &apos;retry&apos; oder &apos;skip&apos; mit --signature SIG, --queue Q oder --all</translation>
    </message>
    <message>
        <source>expected &apos;retry|skip|cancel ID&apos;</source>
        <translation>&apos;retry|skip|cancel ID&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (retry, skip or cancel)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (retry, skip oder cancel)</translation>
    </message>
    <message>
        <source>The fulfillment line id.</source>
        <translation>Die Kennung der Fulfillment-Position.</translation>
    </message>
    <message>
        <source>The line field (e.g. customsCleared).</source>
        <translation>Das Positionsfeld (z. B. customsCleared).</translation>
    </message>
    <message>
        <source>A JSON value: true, 42, &quot;text&quot;.</source>
        <translation>Ein JSON-Wert: true, 42, &quot;text&quot;.</translation>
    </message>
    <message>
        <source>Who reports it.</source>
        <translation>Wer es meldet.</translation>
    </message>
    <message>
        <source>Sets a line field (corrected or external data); pauses waiting on it re-check.</source>
        <translation>Setzt ein Positionsfeld (korrigierte oder externe Daten); darauf wartende Pausen prüfen erneut.</translation>
    </message>
    <message>
        <source>Who resumes.</source>
        <translation>Wer fortsetzt.</translation>
    </message>
    <message>
        <source>Resumes an order held after fallout once its cases are resolved.</source>
        <translation>Setzt einen nach Fallout angehaltenen Auftrag fort, sobald seine Fälle gelöst sind.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe nicht lesbar: %1</translation>
    </message>
    <message>
        <source>... and %1 more rejected inputs</source>
        <translation>... und %1 weitere abgelehnte Eingaben</translation>
    </message>
    <message>
        <source>What the files hold.</source>
        <translation>Was die Dateien enthalten.</translation>
    </message>
    <message>
        <source>The JSON file (- reads standard input). For orders: any number of files and directories (their *.json files), and - for standard input: NDJSON (one order document per line) or one order document.</source>
        <translation>Die JSON-Datei (- liest die Standardeingabe). Für Aufträge: beliebig viele Dateien und Verzeichnisse (deren *.json-Dateien) und - für die Standardeingabe: NDJSON (ein Auftragsdokument je Zeile) oder ein Auftragsdokument.</translation>
    </message>
    <message>
        <source>For an order: the stored catalog id to plan it with (default: the only stored catalog that knows all its products).</source>
        <translation>Für einen Auftrag: die Kennung des gespeicherten Katalogs, mit dem er geplant wird (Standard: der einzige gespeicherte Katalog, der alle seine Produkte kennt).</translation>
    </message>
    <message>
        <source>Who imports (journal actor).</source>
        <translation>Wer importiert (Akteur im Journal).</translation>
    </message>
    <message>
        <source>Validates a catalog or an order (an order is decomposed and planned against the stored catalog) and stores it in one transaction: a bad file changes nothing.
Exit 2 with one line per problem; exit 1 when the store cannot be written (e.g. disk full).
Many orders (several files, a directory, or - for NDJSON on stdin) are validated one by one and stored in grouped transactions: the good ones go in, each bad one is printed with its file (or stdin:LINE) and reason, then a summary &apos;imported N orders, rejected M&apos;. Exit 0 when nothing was rejected, 2 when something was, 1 when the store could not be written.</source>
        <translation>Prüft einen Katalog oder einen Auftrag (ein Auftrag wird gegen den gespeicherten Katalog zerlegt und geplant) und speichert ihn in einer Transaktion: eine fehlerhafte Datei ändert nichts.
Exit 2 mit einer Zeile je Problem; Exit 1, wenn der Store nicht geschrieben werden kann (z. B. Platte voll).
Viele Aufträge (mehrere Dateien, ein Verzeichnis oder - für NDJSON auf stdin) werden einzeln geprüft und in gruppierten Transaktionen gespeichert: die guten kommen hinein, jeder fehlerhafte wird mit Datei (oder stdin:ZEILE) und Grund ausgegeben, dann eine Zusammenfassung &apos;imported N orders, rejected M&apos;. Exit 0, wenn nichts abgelehnt wurde, 2, wenn etwas abgelehnt wurde, 1, wenn der Store nicht geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>expected &apos;catalog&apos; or &apos;order&apos; and at least one FILE</source>
        <translation>&apos;catalog&apos; oder &apos;order&apos; und mindestens ein FILE erwartet</translation>
    </message>
    <message>
        <source>expected &apos;catalog&apos; or &apos;order&apos;, got &apos;%1&apos;</source>
        <translation>&apos;catalog&apos; oder &apos;order&apos; erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>one catalog file at a time</source>
        <translation>ein Katalog auf einmal</translation>
    </message>
    <message>
        <source>reassign ORDER STEP QUEUE, escalate ORDER [STEP] or priority ORDER normal|high|urgent; without: list what is in jeopardy.</source>
        <translation>reassign AUFTRAG SCHRITT WARTESCHLANGE, escalate AUFTRAG [SCHRITT] oder priority AUFTRAG normal|high|urgent; ohne: auflisten, was gefährdet ist.</translation>
    </message>
    <message>
        <source>Only this level and above: warning or critical.</source>
        <translation>Nur diese Stufe und höher: warning oder critical.</translation>
    </message>
    <message>
        <source>Evaluate at this instant (ISO 8601) instead of now.</source>
        <translation>Zu diesem Zeitpunkt (ISO 8601) statt jetzt auswerten.</translation>
    </message>
    <message>
        <source>escalate: the supervisors&apos; task queue.</source>
        <translation>escalate: die Aufgaben-Warteschlange der Supervisoren.</translation>
    </message>
    <message>
        <source>escalate: what the supervisor should know; priority: why.</source>
        <translation>escalate: was der Supervisor wissen sollte; priority: warum.</translation>
    </message>
    <message>
        <source>Lists the orders and steps at warning or critical, sorted by breach time, with forecast and due date; reassigns a step&apos;s task or escalates to a supervisor.</source>
        <translation>Listet die Aufträge und Schritte auf Stufe warning oder critical, nach Verletzungszeit sortiert, mit Prognose und Fälligkeit; weist die Aufgabe eines Schritts neu zu oder eskaliert an einen Supervisor.</translation>
    </message>
    <message>
        <source>claim or resolve the escalation ID; without: list open ones.</source>
        <translation>die Eskalation ID übernehmen (claim) oder lösen (resolve); ohne: die offenen auflisten.</translation>
    </message>
    <message>
        <source>Include resolved escalations.</source>
        <translation>Gelöste Eskalationen einbeziehen.</translation>
    </message>
    <message>
        <source>resolve: what was done.</source>
        <translation>resolve: was getan wurde.</translation>
    </message>
    <message>
        <source>Lists, claims or resolves escalations to supervisors.</source>
        <translation>Listet, übernimmt oder löst Eskalationen an Supervisoren.</translation>
    </message>
    <message>
        <source>The store (same as the global --db).</source>
        <translation>Der Store (wie das globale --db).</translation>
    </message>
    <message>
        <source>First day (UTC), default 29 days before --to.</source>
        <translation>Erster Tag (UTC), Standard 29 Tage vor --to.</translation>
    </message>
    <message>
        <source>Last day (UTC), default today.</source>
        <translation>Letzter Tag (UTC), Standard heute.</translation>
    </message>
    <message>
        <source>Compute as of this instant (ISO 8601; default now): today and the queue ages.</source>
        <translation>Zu diesem Zeitpunkt rechnen (ISO 8601; Standard jetzt): heute und das Alter der Warteschlangen.</translation>
    </message>
    <message>
        <source>Print the report as JSON (docs/kpi.md).</source>
        <translation>Den Bericht als JSON ausgeben (docs/kpi.md).</translation>
    </message>
    <message>
        <source>Brings the KPI facts up to date with the journal, then prints the supervisor&apos;s figures over a range of days (default: the last 30 days).</source>
        <translation>Bringt die Kennzahlen-Fakten auf den Stand des Journals und gibt dann die Zahlen des Supervisors über einen Zeitraum aus (Standard: die letzten 30 Tage).</translation>
    </message>
    <message>
        <source>Order %1 (catalog %2): %3 fulfillment lines, %4 steps in %5 lanes</source>
        <translation>Auftrag %1 (Katalog %2): %3 Fulfillment-Positionen, %4 Schritte in %5 Bahnen</translation>
    </message>
    <message>
        <source>Fulfillment lines:</source>
        <translation>Fulfillment-Positionen:</translation>
    </message>
    <message>
        <source>from %1  by rule %2</source>
        <translation>aus %1  nach Regel %2</translation>
    </message>
    <message>
        <source>(supplements the account line of order %1)</source>
        <translation>(ergänzt die Kontoposition von Auftrag %1)</translation>
    </message>
    <message>
        <source>Lane %1:</source>
        <translation>Bahn %1:</translation>
    </message>
    <message>
        <source>est. %1</source>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>only when %1</source>
        <translation>nur wenn %1</translation>
    </message>
    <message>
        <source>The catalog file (- reads standard input).</source>
        <translation>Die Katalogdatei (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>The order file (- reads standard input).</source>
        <translation>Die Auftragsdatei (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Print the plan as JSON: {lineItems, steps, lanes, ...}.</source>
        <translation>Den Plan als JSON ausgeben: {lineItems, steps, lanes, ...}.</translation>
    </message>
    <message>
        <source>Decomposes an order into fulfillment lines and plans its orchestration steps, without running them.
Exit 2 with one line per problem (FILE:/json/pointer: message) on invalid input.</source>
        <translation>Zerlegt einen Auftrag in Fulfillment-Positionen und plant seine Orchestrierungsschritte, ohne sie auszuführen.
Exit 2 mit einer Zeile je Problem (DATEI:/json/pointer: Meldung) bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <source>--catalog and --order are required</source>
        <translation>--catalog und --order sind erforderlich</translation>
    </message>
    <message>
        <source>--catalog - and --order - cannot both read standard input</source>
        <translation>--catalog - und --order - können nicht beide die Standardeingabe lesen</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Was die Datei enthält.</translation>
    </message>
    <message>
        <source>The JSON file (- reads standard input).</source>
        <translation>Die JSON-Datei (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>For an order: the catalog id to plan it with (default: the only catalog that knows all its products).</source>
        <translation>Für einen Auftrag: die Katalogkennung, mit der er geplant wird (Standard: der einzige Katalog, der alle seine Produkte kennt).</translation>
    </message>
    <message>
        <source>Validates a catalog, or an order (planned against the catalogs of the store given with --db, else the published ones), and publishes it to the remote store (--remote) for every workstation. A bad file publishes nothing: exit 2 with one line per problem.</source>
        <translation>Prüft einen Katalog oder einen Auftrag (geplant gegen die Kataloge des mit --db angegebenen Stores, sonst die veröffentlichten) und veröffentlicht ihn im entfernten Store (--remote) für jeden Arbeitsplatz. Eine fehlerhafte Datei veröffentlicht nichts: Exit 2 mit einer Zeile je Problem.</translation>
    </message>
    <message>
        <source>Run until nothing can move without a person, a signal, time or a callout reply, then stop. Without it the engine keeps running, carrying out actions other fwctl commands hand it, until Ctrl+C.</source>
        <translation>Laufen, bis sich nichts mehr ohne eine Person, ein Signal, Zeit oder eine Antwort auf einen Aufruf bewegen kann, dann anhalten. Ohne dies läuft die Engine weiter und führt Aktionen aus, die andere fwctl-Befehle ihr übergeben, bis Strg+C.</translation>
    </message>
    <message>
        <source>Run the store in simulated time: the first time from its newest journal entry, then from the position kept in the store, which every command on the store uses until --wall-clock.</source>
        <translation>Den Store in simulierter Zeit ausführen: beim ersten Mal ab seinem neuesten Journaleintrag, dann ab der im Store gespeicherten Position, die jeder Befehl auf dem Store bis --wall-clock nutzt.</translation>
    </message>
    <message>
        <source>In simulated time: move the store&apos;s clock forward first (advances add up).</source>
        <translation>In simulierter Zeit: die Uhr des Stores zuerst vorstellen (Vorstellungen summieren sich).</translation>
    </message>
    <message>
        <source>Leave simulated time: run on the wall clock again.</source>
        <translation>Simulierte Zeit verlassen: wieder nach der Wanduhr laufen.</translation>
    </message>
    <message>
        <source>Continuous mode: how often the engine looks for work.</source>
        <translation>Dauerbetrieb: wie oft die Engine nach Arbeit sieht.</translation>
    </message>
    <message>
        <source>Continuous mode: stop after DURATION (e.g. 30s, 2h).</source>
        <translation>Dauerbetrieb: nach DURATION anhalten (z. B. 30s, 2h).</translation>
    </message>
    <message>
        <source>Runs the plans of all active orders in the store.</source>
        <translation>Führt die Pläne aller aktiven Aufträge im Store aus.</translation>
    </message>
    <message>
        <source>Lists the orders in the store.</source>
        <translation>Listet die Aufträge im Store auf.</translation>
    </message>
    <message>
        <source>Show the store&apos;s sync state instead.</source>
        <translation>Stattdessen den Abgleichszustand des Stores zeigen.</translation>
    </message>
    <message>
        <source>One sync round, then a summary. Exit 3 when offline.</source>
        <translation>Eine Abgleichsrunde, dann eine Zusammenfassung. Exit 3 wenn offline.</translation>
    </message>
    <message>
        <source>A workstation without GUI: run the engine and a sync round every tick, until Ctrl+C.</source>
        <translation>Ein Arbeitsplatz ohne Oberfläche: die Engine und bei jedem Takt eine Abgleichsrunde ausführen, bis Strg+C.</translation>
    </message>
    <message>
        <source>--follow: stop after DURATION (e.g. 30s, 2h).</source>
        <translation>--follow: nach DURATION anhalten (z. B. 30s, 2h).</translation>
    </message>
    <message>
        <source>--follow: the longest wait between rounds; the remote store&apos;s notifications wake it sooner.</source>
        <translation>--follow: die längste Wartezeit zwischen Runden; Benachrichtigungen des entfernten Stores wecken früher.</translation>
    </message>
    <message>
        <source>--follow: send an endpoint&apos;s callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier (repeatable).</source>
        <translation>--follow: die Aufrufe eines Endpunkts anderswohin senden, z. B. carrier=http://127.0.0.1:9000/carrier (wiederholbar).</translation>
    </message>
    <message>
        <source>status: as a JSON object.</source>
        <translation>status: als JSON-Objekt.</translation>
    </message>
    <message>
        <source>status: connect now (--remote) and report that, instead of what the running follower recorded.</source>
        <translation>status: jetzt verbinden (--remote) und das melden statt dessen, was der laufende Abgleich aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Syncs the store (--db) with the remote store (--remote): takes free orders, pushes this store&apos;s journal, pulls the others&apos; orders as replicas, answers commands for its orders (docs/sync.md).</source>
        <translation>Gleicht den Store (--db) mit dem entfernten Store (--remote) ab: übernimmt freie Aufträge, überträgt das Journal dieses Stores, holt die Aufträge der anderen als Repliken, beantwortet Befehle für seine Aufträge (docs/sync.md).</translation>
    </message>
    <message>
        <source>Leave out the orders that are done.</source>
        <translation>Die erledigten Aufträge weglassen.</translation>
    </message>
    <message>
        <source>Lists the remote store&apos;s leases: which workstation runs which order, its fencing token and when the lease expires (or done).</source>
        <translation>Listet die Leases des entfernten Stores: welcher Arbeitsplatz welchen Auftrag ausführt, sein Fencing-Token und wann die Lease abläuft (oder erledigt).</translation>
    </message>
    <message>
        <source>roles: print the roles and GRANTs of the remote store; prune: delete old events of finished orders from the shared journal (--before).</source>
        <translation>roles: die Rollen und GRANTs des entfernten Stores ausgeben; prune: alte Ereignisse abgeschlossener Aufträge aus dem gemeinsamen Journal löschen (--before).</translation>
    </message>
    <message>
        <source>prune: the events older than this date or time.</source>
        <translation>prune: die Ereignisse, die älter als dieses Datum oder dieser Zeitpunkt sind.</translation>
    </message>
    <message>
        <source>prune: count, delete nothing.</source>
        <translation>prune: zählen, nichts löschen.</translation>
    </message>
    <message>
        <source>Administration of the remote store. &apos;roles&apos; prints the SQL that creates the fw_workstation, fw_publisher and fw_user_admin roles and gives them their rights (safe to run again, e.g. after an upgrade); run it as the owner of schema fw with CREATEROLE. With --remote it also says whether the connected role can. &apos;prune --before DATE&apos; keeps fw.events bounded: it deletes the events older than DATE of finished orders (as the schema&apos;s owner); running orders keep theirs.</source>
        <translation>Verwaltung des entfernten Stores. &apos;roles&apos; gibt das SQL aus, das die Rollen fw_workstation, fw_publisher und fw_user_admin anlegt und ihnen ihre Rechte gibt (wiederholbar, z. B. nach einem Upgrade); führen Sie es als Eigentümer des Schemas fw mit CREATEROLE aus. Mit --remote sagt es auch, ob die verbundene Rolle das kann. &apos;prune --before DATE&apos; hält fw.events begrenzt: es löscht die Ereignisse abgeschlossener Aufträge, die älter als DATE sind (als Eigentümer des Schemas); laufende Aufträge behalten ihre.</translation>
    </message>
    <message>
        <source>not a time: write an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z) or how long ago (30m, 2h, 3d)</source>
        <translation>keine Zeitangabe: schreiben Sie ein ISO-8601-Datum oder einen Zeitpunkt (2026-03-01, 2026-03-01T08:00:00Z) oder wie lange her (30m, 2h, 3d)</translation>
    </message>
    <message>
        <source>Lists the orders the engine cannot run (set aside, or their catalog missing), with the reason.</source>
        <translation>Listet die Aufträge, die die Engine nicht ausführen kann (beiseitegelegt oder ihr Katalog fehlt), mit Grund.</translation>
    </message>
    <message>
        <source>%1 order cannot run</source>
        <translation>%1 Auftrag kann nicht laufen</translation>
    </message>
    <message>
        <source>%1 orders cannot run</source>
        <translation>%1 Aufträge können nicht laufen</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>QUEUES</source>
        <translation>WARTESCHLANGEN</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>nothing changed (--local changes only this store)</source>
        <translation>nichts geändert (--local ändert nur diesen Store)</translation>
    </message>
    <message>
        <source>user %1 is not in the store after the change</source>
        <translation>Benutzer %1 ist nach der Änderung nicht im Store</translation>
    </message>
    <message>
        <source>shared through the remote store; every workstation has it after its next sync round</source>
        <translation>über den entfernten Store geteilt; jeder Arbeitsplatz hat es nach seiner nächsten Abgleichsrunde</translation>
    </message>
    <message>
        <source>list (the default), add, grant, revoke, change, deactivate or activate.</source>
        <translation>list (Standard), add, grant, revoke, change, deactivate oder activate.</translation>
    </message>
    <message>
        <source>The user&apos;s login name (all but list).</source>
        <translation>Der Anmeldename des Benutzers (alle außer list).</translation>
    </message>
    <message>
        <source>add, grant, revoke: roles joined by commas (operator, resolver, supervisor, admin).</source>
        <translation>add, grant, revoke: Rollen durch Kommas getrennt (operator, resolver, supervisor, admin).</translation>
    </message>
    <message>
        <source>add, change: the task queues the user works.</source>
        <translation>add, change: die Aufgaben-Warteschlangen des Benutzers.</translation>
    </message>
    <message>
        <source>add, change: the display name.</source>
        <translation>add, change: der Anzeigename.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>On a store that syncs: change only this store, not the users shared through the remote store (until the remote store next changes the user).</source>
        <translation>Auf einem Store, der abgleicht: nur diesen Store ändern, nicht die über den entfernten Store geteilten Benutzer (bis der entfernte Store den Benutzer das nächste Mal ändert).</translation>
    </message>
    <message>
        <source>Lists the store&apos;s users, or (an admin) adds one, grants or revokes roles, changes queues or name, deactivates or activates one.
Roles: operator (tasks of their queues), resolver (fallout, fields), supervisor (reassign, escalate, change orders, bulk actions, all queues), admin (catalogs, users, remote settings).</source>
        <translation>Listet die Benutzer des Stores auf oder (ein Admin) legt einen an, vergibt oder entzieht Rollen, ändert Warteschlangen oder Namen, deaktiviert oder aktiviert einen.
Rollen: operator (Aufgaben ihrer Warteschlangen), resolver (Fallout, Felder), supervisor (neu zuweisen, eskalieren, Änderungen, Massenaktionen, alle Warteschlangen), admin (Kataloge, Benutzer, entfernte Einstellungen).</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, %2)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, %2)</translation>
    </message>
    <message>
        <source>which user? (fwctl users %1 NAME)</source>
        <translation>welcher Benutzer? (fwctl users %1 NAME)</translation>
    </message>
    <message>
        <source>--roles is required (operator, resolver, supervisor, admin)</source>
        <translation>--roles ist erforderlich (operator, resolver, supervisor, admin)</translation>
    </message>
    <message>
        <source>The catalog file to check (- reads standard input).</source>
        <translation>Die zu prüfende Katalogdatei (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Print nothing when the catalog is valid.</source>
        <translation>Nichts ausgeben, wenn der Katalog gültig ist.</translation>
    </message>
    <message>
        <source>valid catalog &apos;%1&apos; (%2 products, %3 decomposition rules, %4 plan definitions, %5 steps, %6 lanes)</source>
        <translation>gültiger Katalog &apos;%1&apos; (%2 Produkte, %3 Zerlegungsregeln, %4 Plandefinitionen, %5 Schritte, %6 Bahnen)</translation>
    </message>
    <message>
        <source>Evaluated %1 open orders (%2 open steps) at %3 UTC: %4 critical, %5 warning, %6 orders projected to miss their due date.</source>
        <translation>%1 offene Aufträge (%2 offene Schritte) um %3 UTC bewertet: %4 kritisch, %5 Warnung, %6 Aufträge verfehlen voraussichtlich ihren Termin.</translation>
    </message>
    <message>
        <source>(whole order)</source>
        <translation>(ganzer Auftrag)</translation>
    </message>
    <message>
        <source>breach %1</source>
        <translation>Verletzung %1</translation>
    </message>
    <message>
        <source>lane %1, queue %2, owner %3</source>
        <translation>Bahn %1, Warteschlange %2, zuständig %3</translation>
    </message>
    <message>
        <source>runs on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>forecast %1, due %2</source>
        <translation>Prognose %1, fällig %2</translation>
    </message>
    <message>
        <source>--level must be warning or critical, not &apos;%1&apos;</source>
        <translation>--level muss warning oder critical sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at expects an ISO date-time such as 2026-11-25T14:00:00Z, not &apos;%1&apos;</source>
        <translation>--at erwartet einen ISO-Zeitpunkt wie 2026-11-25T14:00:00Z, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reassign needs ORDER STEP QUEUE</source>
        <translation>reassign braucht AUFTRAG SCHRITT WARTESCHLANGE</translation>
    </message>
    <message>
        <source>escalate needs ORDER [STEP] and --queue Q</source>
        <translation>escalate braucht AUFTRAG [SCHRITT] und --queue Q</translation>
    </message>
    <message>
        <source>priority needs ORDER and normal, high or urgent</source>
        <translation>priority braucht AUFTRAG und normal, high oder urgent</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (reassign, escalate or priority; none to list)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (reassign, escalate oder priority; keine zum Auflisten)</translation>
    </message>
    <message>
        <source>expected claim ID or resolve ID</source>
        <translation>claim ID oder resolve ID erwartet</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim or resolve)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (claim oder resolve)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>raised by %1 at %2</source>
        <translation>ausgelöst von %1 um %2</translation>
    </message>
    <message>
        <source>resolved by %1: %2</source>
        <translation>gelöst von %1: %2</translation>
    </message>
    <message>
        <source>--%1 expects a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>--%1 erwartet ein Datum JJJJ-MM-TT, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>KPIs %1 to %2 (UTC), computed %3</source>
        <translation>Kennzahlen %1 bis %2 (UTC), berechnet %3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>median %1, p90 %2, mean %3</source>
        <translation>Median %1, p90 %2, Mittel %3</translation>
    </message>
    <message>
        <source>fallout rate</source>
        <translation>Fallout-Quote</translation>
    </message>
    <message>
        <source>(%1 of %2 finished; target %3, met)</source>
        <translation>(%1 von %2 beendet; Ziel %3, erreicht)</translation>
    </message>
    <message>
        <source>(%1 of %2 finished; target %3, missed)</source>
        <translation>(%1 von %2 beendet; Ziel %3, verfehlt)</translation>
    </message>
    <message>
        <source>touchless</source>
        <translation>ohne Hand</translation>
    </message>
    <message>
        <source>(%1 of %2 completed)</source>
        <translation>(%1 von %2 erledigt)</translation>
    </message>
    <message>
        <source>SLA adherence</source>
        <translation>SLA-Treue</translation>
    </message>
    <message>
        <source>(%1 of %2 steps on time)</source>
        <translation>(%1 von %2 Schritten pünktlich)</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Je Tag</translation>
    </message>
    <message>
        <source>fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Per lane (steps within estimate)</source>
        <translation>Je Bahn (Schritte innerhalb der Schätzung)</translation>
    </message>
    <message>
        <source>(no completed steps)</source>
        <translation>(keine erledigten Schritte)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Fallout cases opened by lane</source>
        <translation>Eröffnete Fallout-Fälle je Bahn</translation>
    </message>
    <message>
        <source>Fallout cases opened by signature</source>
        <translation>Eröffnete Fallout-Fälle je Signatur</translation>
    </message>
    <message>
        <source>Queues now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>älteste</translation>
    </message>
    <message>
        <source>median age</source>
        <translation>Medianalter</translation>
    </message>
    <message>
        <source>(no open work)</source>
        <translation>(keine offene Arbeit)</translation>
    </message>
    <message>
        <source>--at expects an ISO 8601 date-time such as 2026-11-24T09:00:00Z, got &apos;%1&apos;</source>
        <translation>--at erwartet einen ISO-8601-Zeitpunkt wie 2026-11-24T09:00:00Z, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>no archive: nothing archived from %1 yet</source>
        <translation>kein Archiv: aus %1 noch nichts archiviert</translation>
    </message>
    <message>
        <source>%1 archived order(s)</source>
        <translation>%1 archivierte(r) Auftrag/Aufträge</translation>
    </message>
    <message>
        <source>change %1 of order %2 (revision %3): %4</source>
        <translation>Änderung %1 von Auftrag %2 (Revision %3): %4</translation>
    </message>
    <message>
        <source>can be applied</source>
        <translation>kann angewendet werden</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>forecast completion: %1 -&gt; %2</source>
        <translation>prognostizierter Abschluss: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>Position %1: </translation>
    </message>
    <message>
        <source>waits for the replies of: %1</source>
        <translation>wartet auf die Antworten von: %1</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>external effects:</source>
        <translation>externe Auswirkungen:</translation>
    </message>
    <message>
        <source>the stored preview of change %1 cannot be read: %2</source>
        <translation>die gespeicherte Vorschau der Änderung %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>change %1 of order %2: %3 (%4)</source>
        <translation>Änderung %1 von Auftrag %2: %3 (%4)</translation>
    </message>
    <message>
        <source>order %1 (%2): %3, revision %4, cancelled</source>
        <translation>Auftrag %1 (%2): %3, Revision %4, storniert</translation>
    </message>
    <message>
        <source>order %1 (%2): %3, revision %4</source>
        <translation>Auftrag %1 (%2): %3, Revision %4</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>Positionen:</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 %4</source>
        <translation>%1 von %2 geliefert, +%3 %4</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert durch %1</translation>
    </message>
    <message>
        <source>delivery groups:</source>
        <translation>Liefergruppen:</translation>
    </message>
    <message>
        <source>%1/%2 steps  items %3</source>
        <translation>%1/%2 Schritte  Positionen %3</translation>
    </message>
    <message>
        <source>billing: %1</source>
        <translation>Abrechnung: %1</translation>
    </message>
    <message>
        <source>change orders:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>order %1 %2: %3</source>
        <translation>Auftrag %1 %2: %3</translation>
    </message>
    <message>
        <source>... and %1 more orders %2; &apos;fwctl --db %3 unrunnable&apos; lists them all</source>
        <translation>... und %1 weitere Aufträge %2; &apos;fwctl --db %3 unrunnable&apos; listet alle</translation>
    </message>
    <message>
        <source>set aside, not run</source>
        <translation>beiseitegelegt, nicht ausgeführt</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 step transitions in %2 active orders%3 at %4</source>
        <translation>%1 Schrittübergänge in %2 aktiven Aufträgen%3 um %4</translation>
    </message>
    <message>
        <source>(%1 cannot run)</source>
        <translation>(%1 können nicht laufen)</translation>
    </message>
    <message>
        <source>engine running on %1 (Ctrl+C stops it)</source>
        <translation>Engine läuft auf %1 (Strg+C hält sie an)</translation>
    </message>
    <message>
        <source>--wall-clock leaves simulated time; it takes neither --simulated-clock nor --advance</source>
        <translation>--wall-clock verlässt die simulierte Zeit; es verträgt weder --simulated-clock noch --advance</translation>
    </message>
    <message>
        <source>--advance needs --simulated-clock and a duration such as 1d or 4h30m</source>
        <translation>--advance braucht --simulated-clock und eine Dauer wie 1d oder 4h30m</translation>
    </message>
    <message>
        <source>%1 and did not finish within %2 s; nothing was done, try again when it has finished</source>
        <translation>%1 und ist nicht innerhalb von %2 s fertig geworden; nichts wurde getan, versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source>catalog %1 %2 published (%3 products, %4 plan definitions)</source>
        <translation>Katalog %1 %2 veröffentlicht (%3 Produkte, %4 Plandefinitionen)</translation>
    </message>
    <message>
        <source>order %1 published: %2 fulfillment lines, %3 steps (catalog %4 %5); the first workstation with room takes it</source>
        <translation>Auftrag %1 veröffentlicht: %2 Fulfillment-Positionen, %3 Schritte (Katalog %4 %5); der erste Arbeitsplatz mit Kapazität übernimmt ihn</translation>
    </message>
    <message>
        <source>order %1 runs on %2; sent there as command %3</source>
        <translation>Auftrag %1 läuft auf %2; dorthin gesendet als Befehl %3</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>erledigt auf %1</translation>
    </message>
    <message>
        <source>not applied by %1: %2</source>
        <translation>von %1 nicht angewendet: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s%3; command %4 stays queued and is sent when this store next syncs (&apos;fwctl sync status&apos; shows it)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s%3; Befehl %4 bleibt in der Warteschlange und wird beim nächsten Abgleich dieses Stores gesendet (&apos;fwctl sync status&apos; zeigt ihn)</translation>
    </message>
    <message>
        <source>(offline: %1)</source>
        <translation>(offline: %1)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>changed in %1 but not in the remote store: %2; %3</source>
        <translation>in %1 geändert, aber nicht im entfernten Store: %2; %3</translation>
    </message>
    <message>
        <source>&apos;fwctl users change %1 --remote&apos; shares this store&apos;s copy</source>
        <translation>&apos;fwctl users change %1 --remote&apos; teilt die Kopie dieses Stores</translation>
    </message>
    <message>
        <source>run the command again: it starts from the remote store&apos;s copy</source>
        <translation>führen Sie den Befehl erneut aus: er geht von der Kopie des entfernten Stores aus</translation>
    </message>
    <message>
        <source>this store syncs through a remote store (workstation %1), where the users are shared: give --remote CONNINFO (a role in fw_user_admin) so every workstation gets the change, or --local to change only this store (until the remote store next changes %2); nothing changed</source>
        <translation>dieser Store gleicht über einen entfernten Store ab (Arbeitsplatz %1), wo die Benutzer geteilt sind: geben Sie --remote CONNINFO an (eine Rolle in fw_user_admin), damit jeder Arbeitsplatz die Änderung erhält, oder --local, um nur diesen Store zu ändern (bis der entfernte Store %2 das nächste Mal ändert); nichts geändert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>online (%1)</source>
        <translation>online (%1)</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>offline seit %1</translation>
    </message>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>replicas of %1</source>
        <translation>Repliken von %1</translation>
    </message>
    <message>
        <source>workstation:</source>
        <translation>Arbeitsplatz:</translation>
    </message>
    <message>
        <source>remote store:</source>
        <translation>entf. Store:</translation>
    </message>
    <message>
        <source>last sync:</source>
        <translation>Abgleich:</translation>
    </message>
    <message>
        <source>queued:</source>
        <translation>wartend:</translation>
    </message>
    <message>
        <source>%1 events, %2 commands</source>
        <translation>%1 Ereignisse, %2 Befehle</translation>
    </message>
    <message>
        <source>leases held:</source>
        <translation>Leases:</translation>
    </message>
    <message>
        <source>orders:</source>
        <translation>Aufträge:</translation>
    </message>
    <message>
        <source>conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>link:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>UNENCRYPTED: anyone on the network can read and change what is sent; connect with sslmode=verify-full and the CA&apos;s file (docs/sync.md, &quot;TLS&quot;)</source>
        <translation>UNVERSCHLÜSSELT: jeder im Netz kann lesen und ändern, was gesendet wird; verbinden Sie mit sslmode=verify-full und der Datei der CA (docs/sync.md, &quot;TLS&quot;)</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>an engine runs on %1 (fwctl sync --follow or the workbench) and syncs it already; &apos;fwctl sync status&apos; shows how it goes</source>
        <translation>auf %1 läuft eine Engine (fwctl sync --follow oder die Workbench) und gleicht ihn bereits ab; &apos;fwctl sync status&apos; zeigt, wie es läuft</translation>
    </message>
    <message>
        <source>the round stopped: %1</source>
        <translation>die Runde wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>expected one of --once, --follow or status</source>
        <translation>eines von --once, --follow oder status erwartet</translation>
    </message>
    <message>
        <source>--for needs --follow and a duration such as 30s or 2h</source>
        <translation>--for braucht --follow und eine Dauer wie 30s oder 2h</translation>
    </message>
    <message>
        <source>--json and --probe go with status</source>
        <translation>--json und --probe gehören zu status</translation>
    </message>
    <message>
        <source>%1 leases: %2 held, %3 free, %4 done</source>
        <translation>%1 Leases: %2 gehalten, %3 frei, %4 erledigt</translation>
    </message>
    <message>
        <source>--before expects a date (2026-11-01) or a time (2026-11-01T00:00:00Z), got &apos;%1&apos;</source>
        <translation>--before erwartet ein Datum (2026-11-01) oder einen Zeitpunkt (2026-11-01T00:00:00Z), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>would delete %1 events of %2 finished orders older than %3; kept %4 older events of orders still running</source>
        <translation>würde %1 Ereignisse von %2 abgeschlossenen Aufträgen älter als %3 löschen; %4 ältere Ereignisse noch laufender Aufträge blieben</translation>
    </message>
    <message>
        <source>deleted %1 events of %2 finished orders older than %3; kept %4 older events of orders still running</source>
        <translation>%1 Ereignisse von %2 abgeschlossenen Aufträgen älter als %3 gelöscht; %4 ältere Ereignisse noch laufender Aufträge behalten</translation>
    </message>
    <message>
        <source>workstation %1 was last seen before %2: if it is behind, it gets those finished orders from their snapshots, without the pruned timeline entries</source>
        <translation>Arbeitsplatz %1 wurde zuletzt vor %2 gesehen: liegt er zurück, erhält er diese abgeschlossenen Aufträge aus ihren Schnappschüssen, ohne die gelöschten Journaleinträge</translation>
    </message>
    <message>
        <source>prune needs --before DATE</source>
        <translation>prune braucht --before DATE</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (roles or prune)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (roles oder prune)</translation>
    </message>
    <message>
        <source>the connected role %1 lacks CREATEROLE: it cannot create the roles above; run them as a role that has it (ALTER ROLE %1 CREATEROLE, as a superuser)</source>
        <translation>der verbundenen Rolle %1 fehlt CREATEROLE: sie kann die obigen Rollen nicht anlegen; führen Sie sie als eine Rolle aus, die es hat (ALTER ROLE %1 CREATEROLE, als Superuser)</translation>
    </message>
    <message>
        <source>the connected role %1 does not own schema fw (%2 does): only the owner can give these rights</source>
        <translation>der verbundenen Rolle %1 gehört das Schema fw nicht (es gehört %2): nur der Eigentümer kann diese Rechte vergeben</translation>
    </message>
    <message>
        <source>the connected role %1 can run these statements</source>
        <translation>die verbundene Rolle %1 kann diese Anweisungen ausführen</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>another engine runs on %1 (fwctl run, sync --follow or the workbench)</source>
        <translation>auf %1 läuft eine andere Engine (fwctl run, sync --follow oder die Workbench)</translation>
    </message>
    <message>
        <source>workstation %1 runs %2 with %3 (Ctrl+C stops it)</source>
        <translation>Arbeitsplatz %1 führt %2 mit %3 aus (Strg+C hält ihn an)</translation>
    </message>
    <message>
        <source>stopped at %1: %2 step transitions, %3 events pushed, %4 pulled, %5 leases held, %6 open conflicts, %7 events queued</source>
        <translation>angehalten um %1: %2 Schrittübergänge, %3 Ereignisse übertragen, %4 geholt, %5 Leases gehalten, %6 offene Konflikte, %7 Ereignisse wartend</translation>
    </message>
    <message>
        <source>orders: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>, back-off until %1</source>
        <translation>, Pause bis %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>follower:</source>
        <translation>Abgleicher:</translation>
    </message>
    <message>
        <source>no follower running (none has recorded a round in this store)</source>
        <translation>kein Abgleicher läuft (keiner hat in diesem Store eine Runde aufgezeichnet)</translation>
    </message>
    <message>
        <source>running (pid %1), last round recorded %2</source>
        <translation>läuft (PID %1), letzte Runde aufgezeichnet %2</translation>
    </message>
    <message>
        <source>: stale, its round has not ended for over %1 s</source>
        <translation>: hängt, seine Runde ist seit über %1 s nicht beendet</translation>
    </message>
    <message>
        <source>no follower running; the last one recorded at %1 (%2)</source>
        <translation>kein Abgleicher läuft; der letzte hat um %1 aufgezeichnet (%2)</translation>
    </message>
    <message>
        <source>(at that round)</source>
        <translation>(bei jener Runde)</translation>
    </message>
    <message>
        <source>lag:</source>
        <translation>Rückstand:</translation>
    </message>
    <message>
        <source>%1 s since the last completed round</source>
        <translation>%1 s seit der letzten abgeschlossenen Runde</translation>
    </message>
    <message>
        <source>no round completed yet</source>
        <translation>noch keine Runde abgeschlossen</translation>
    </message>
    <message>
        <source>to pull:</source>
        <translation>abzuholen:</translation>
    </message>
    <message>
        <source>%1 events (approximate)</source>
        <translation>%1 Ereignisse (ungefähr)</translation>
    </message>
    <message>
        <source>last error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>%1 order(s)</source>
        <translation>%1 Auftrag/Aufträge</translation>
    </message>
    <message>
        <source>--archive needs --completed-before (the archive shown is the store&apos;s)</source>
        <translation>--archive braucht --completed-before (angezeigt wird das Archiv des Stores)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (preview or submit)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (preview oder submit)</translation>
    </message>
    <message>
        <source>the change order is for order &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Änderung gilt für Auftrag &apos;%1&apos;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>granted by the remote store</source>
        <translation>vom entfernten Store gewährt</translation>
    </message>
    <message>
        <source>the remote store does not answer (%1); the claim stays queued as command %2 and is decided when this store next syncs</source>
        <translation>der entfernte Store antwortet nicht (%1); die Übernahme bleibt als Befehl %2 in der Warteschlange und wird beim nächsten Abgleich dieses Stores entschieden</translation>
    </message>
    <message>
        <source>no decision from the remote store within %1 s; the claim stays queued as command %2</source>
        <translation>keine Entscheidung des entfernten Stores innerhalb von %1 s; die Übernahme bleibt als Befehl %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 step transitions, %2 active orders</source>
        <translation>%1 Schrittübergänge, %2 aktive Aufträge</translation>
    </message>
    <message>
        <source>the engine running on %1 did not take request %2 within %3 s; the request is withdrawn and will not be carried out</source>
        <translation>die auf %1 laufende Engine hat Anfrage %2 nicht innerhalb von %3 s angenommen; die Anfrage ist zurückgezogen und wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>the engine running on %1 took request %2 but has not reported its outcome; &apos;fwctl timeline&apos; shows whether it was carried out</source>
        <translation>die auf %1 laufende Engine hat Anfrage %2 angenommen, aber ihr Ergebnis nicht gemeldet; &apos;fwctl timeline&apos; zeigt, ob sie ausgeführt wurde</translation>
    </message>
    <message>
        <source>the store leaves simulated time (it was at %1) and runs on the wall clock</source>
        <translation>der Store verlässt die simulierte Zeit (er stand bei %1) und läuft nach der Wanduhr</translation>
    </message>
    <message>
        <source>--for needs a duration such as 30s or 2h, and not --until-idle</source>
        <translation>--for braucht eine Dauer wie 30s oder 2h und kein --until-idle</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>An order&apos;s delivery evidence for audits: --json FILE|- (--db).</source>
        <translation>Liefernachweise eines Auftrags für Prüfungen: --json DATEI|- (--db).</translation>
    </message>
    <message>
        <source>The account whose assets to list (required).</source>
        <translation>Das Konto, dessen Assets aufgelistet werden (erforderlich).</translation>
    </message>
    <message>
        <source>Lists the assets of an account: what its completed orders left it, a bundle&apos;s components under it.</source>
        <translation>Listet die Assets eines Kontos auf: was ihm seine abgeschlossenen Aufträge hinterlassen haben, die Bestandteile eines Bündels darunter.</translation>
    </message>
    <message>
        <source>name the account: --account ID</source>
        <translation>nennen Sie das Konto: --account ID</translation>
    </message>
    <message>
        <source>Account %1 has no assets.</source>
        <translation>Konto %1 hat keine Assets.</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ASSET</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TERM END</source>
        <translation>LAUFZEITENDE</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>ATTRIBUTES</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>The asset id (ORDER/ITEM, as fwctl assets lists it).</source>
        <translation>Die Asset-Kennung (AUFTRAG/POSITION, wie fwctl assets sie auflistet).</translation>
    </message>
    <message>
        <source>Shows an asset, its components and its history.</source>
        <translation>Zeigt ein Asset, seine Bestandteile und seine Historie.</translation>
    </message>
    <message>
        <source>unknown asset &apos;%1&apos; in %2</source>
        <translation>unbekanntes Asset &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>%1 to %2, renewal due %3 days before</source>
        <translation>%1 bis %2, Verlängerung %3 Tage vorher fällig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Aus:</translation>
    </message>
    <message>
        <source>order %1, item %2</source>
        <translation>Auftrag %1, Position %2</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Teil von:</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Bestandteile:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historie:</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>change orders %1</source>
        <translation>Änderungen %1</translation>
    </message>
    <message>
        <source>List an account&apos;s assets: --account ID (--db).</source>
        <translation>Die Assets eines Kontos auflisten: --account ID (--db).</translation>
    </message>
    <message>
        <source>Show an asset and its history (--db).</source>
        <translation>Ein Asset und seine Historie anzeigen (--db).</translation>
    </message>
    <message>
        <source>Renewals coming due by month, with their value at risk: --within 90d (--db).</source>
        <translation>Fällige Verlängerungen nach Monat, mit ihrem gefährdeten Wert: --within 90d (--db).</translation>
    </message>
    <message>
        <source>Claim, renew or decline a renewal (--db).</source>
        <translation>Eine Verlängerung übernehmen, verlängern oder ablehnen (--db).</translation>
    </message>
    <message>
        <source>The renewals whose term ends within this time from today (default 90d).</source>
        <translation>Die Verlängerungen, deren Laufzeit innerhalb dieser Zeit ab heute endet (Standard 90d).</translation>
    </message>
    <message>
        <source>Only renewals in these states, comma-separated: upcoming, open, claimed, renewed, declined (default: upcoming, open, claimed).</source>
        <translation>Nur Verlängerungen in diesen Zuständen, durch Kommas getrennt: upcoming, open, claimed, renewed, declined (Standard: upcoming, open, claimed).</translation>
    </message>
    <message>
        <source>Lists the subscriptions whose term ends soon, by month: the renewals opened (due: within their lead time) and those to come, with the value at risk (recurring price x quantity x one term, the asset and its components).</source>
        <translation>Listet die Abonnements, deren Laufzeit bald endet, nach Monat: die eröffneten Verlängerungen (fällig: innerhalb ihrer Vorlaufzeit) und die kommenden, mit dem gefährdeten Wert (wiederkehrender Preis x Menge x eine Laufzeit, das Asset und seine Bestandteile).</translation>
    </message>
    <message>
        <source>--within: &apos;%1&apos; is not a number of days (e.g. 90d, 12w, 30)</source>
        <translation>--within: &apos;%1&apos; ist keine Anzahl Tage (z. B. 90d, 12w, 30)</translation>
    </message>
    <message>
        <source>--state: unknown state &apos;%1&apos; (upcoming, open, claimed, renewed, declined)</source>
        <translation>--state: unbekannter Zustand &apos;%1&apos; (upcoming, open, claimed, renewed, declined)</translation>
    </message>
    <message>
        <source>No renewals within %1 days of %2.</source>
        <translation>Keine Verlängerungen innerhalb von %1 Tagen ab %2.</translation>
    </message>
    <message>
        <source>%1: %2 renewal(s), value at risk %3</source>
        <translation>%1: %2 Verlängerung(en), gefährdeter Wert %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CLAIMED BY</source>
        <translation>ÜBERNOMMEN VON</translation>
    </message>
    <message>
        <source>VALUE AT RISK</source>
        <translation>GEFÄHRDETER WERT</translation>
    </message>
    <message>
        <source>claim, renew or decline</source>
        <translation>claim, renew oder decline</translation>
    </message>
    <message>
        <source>The renewal id (fwctl renewals).</source>
        <translation>Die Kennung der Verlängerung (fwctl renewals).</translation>
    </message>
    <message>
        <source>Why the renewal is declined (decline: required).</source>
        <translation>Warum die Verlängerung abgelehnt wird (decline: erforderlich).</translation>
    </message>
    <message>
        <source>Works a renewal as the acting user (--as): claim it; renew it (the asset&apos;s term is extended by one term); or decline it with --reason (a supervisor&apos;s). Exit 0 when done, 2 for a refusal or a renewal that is not open.</source>
        <translation>Bearbeitet eine Verlängerung als handelnder Benutzer (--as): übernehmen; verlängern (die Laufzeit des Assets wird um eine Laufzeit verlängert); oder mit --reason ablehnen (Sache eines Supervisors). Exit 0 wenn erledigt, 2 bei einer Ablehnung oder einer Verlängerung, die nicht offen ist.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim, renew, decline)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (claim, renew, decline)</translation>
    </message>
    <message>
        <source>term %1 to %2</source>
        <translation>Laufzeit %1 bis %2</translation>
    </message>
    <message>
        <source>(%1 of asset %2: %3 %4, new total %5)</source>
        <translation>(%1 von Asset %2: %3 %4, neu insgesamt %5)</translation>
    </message>
    <message>
        <source>(%1 of asset %2: %3 %4)</source>
        <translation>(%1 von Asset %2: %3 %4)</translation>
    </message>
    <message>
        <source>(%1 of asset %2)</source>
        <translation>(%1 von Asset %2)</translation>
    </message>
    <message>
        <source>The store whose installed base an order acting on assets is planned against (same as the global --db; default $FW_DB, else the workbench&apos;s store if it exists).</source>
        <translation>Der Speicher, gegen dessen installierte Basis ein Auftrag mit Asset-Aktionen geplant wird (wie das globale --db; Standard $FW_DB, sonst der Speicher der Workbench, falls vorhanden).</translation>
    </message>
    <message>
        <source>cannot read the installed base: %1</source>
        <translation>die installierte Basis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 events, %2 commands, %3 assets</source>
        <translation>%1 Ereignisse, %2 Befehle, %3 Assets</translation>
    </message>
    <message>
        <source>List the named credentials the catalogs declare and whether a secret is set (--db, --json).</source>
        <translation>Die benannten Zugangsdaten der Kataloge auflisten und ob ein Geheimnis gesetzt ist (--db, --json).</translation>
    </message>
    <message>
        <source>set (environment %1)</source>
        <translation>gesetzt (Umgebung %1)</translation>
    </message>
    <message>
        <source>set (file %1)</source>
        <translation>gesetzt (Datei %1)</translation>
    </message>
    <message>
        <source>not set (%1 or the file %2)</source>
        <translation>nicht gesetzt (%1 oder die Datei %2)</translation>
    </message>
    <message>
        <source>Lists the named credentials the store&apos;s catalogs declare and whether a secret is set for each, never the secret. Secrets come from the environment variable FW_CREDENTIAL_&lt;NAME&gt;, else the credentials file (mode 0600): %1</source>
        <translation>Listet die benannten Zugangsdaten auf, die die Kataloge des Stores deklarieren, und ob für jede ein Geheimnis gesetzt ist, nie das Geheimnis. Geheimnisse kommen aus der Umgebungsvariablen FW_CREDENTIAL_&lt;NAME&gt;, sonst aus der Zugangsdatendatei (Modus 0600): %1</translation>
    </message>
    <message>
        <source>The store&apos;s catalogs declare no credentials.</source>
        <translation>Die Kataloge des Datenspeichers deklarieren keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>ZUGANGSDATEN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation>ENDPUNKTE</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
</context>
</TS>
