<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>fw::FulfillmentLineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan step(s) fulfil this line</source>
        <translation>
            <numerusform>%n Planschritt erfüllt diese Position</numerusform>
            <numerusform>%n Planschritte erfüllen diese Position</numerusform>
        </translation>
    </message>
    <message>
        <source>Commercial order items this line was decomposed from</source>
        <translation>Kommerzielle Auftragspositionen, aus denen diese Position zerlegt wurde</translation>
    </message>
    <message>
        <source>Decomposition rules that produced this line</source>
        <translation>Zerlegungsregeln, die diese Position erzeugt haben</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Source items</source>
        <translation>Quellpositionen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>fw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <source>No order is open.

Open a catalog (File &gt; Open Catalog) and then an order (File &gt; Open Order) to see its orchestration plan, or try Help &gt; Open Demo.</source>
        <translation>Kein Auftrag geöffnet.

Öffnen Sie einen Katalog (Datei &gt; Katalog öffnen) und dann einen Auftrag (Datei &gt; Auftrag öffnen), um seinen Orchestrierungsplan zu sehen, oder probieren Sie Hilfe &gt; Demo öffnen.</translation>
    </message>
    <message>
        <source>Plan &amp;Steps</source>
        <translation>Plan&amp;schritte</translation>
    </message>
    <message>
        <source>Fulfillment &amp;Lines</source>
        <translation>Fulfillment-&amp;Positionen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>no catalog is open: open the catalog this order was made for first (File &gt; Open Catalog)</source>
        <translation>kein Katalog geöffnet: Öffnen Sie zuerst den Katalog, für den dieser Auftrag erstellt wurde (Datei &gt; Katalog öffnen)</translation>
    </message>
    <message>
        <source>the bundled samples were not found (looked in share/fulfillment-workbench/samples next to the program and in the source tree)</source>
        <translation>die mitgelieferten Beispiele wurden nicht gefunden (gesucht in share/fulfillment-workbench/samples neben dem Programm und im Quellbaum)</translation>
    </message>
    <message>
        <source>Loading catalog %1…</source>
        <translation>Katalog %1 wird geladen…</translation>
    </message>
    <message>
        <source>Planning order %1…</source>
        <translation>Auftrag %1 wird geplant…</translation>
    </message>
    <message>
        <source>Planned order %1 in %2 ms.</source>
        <translation>Auftrag %1 in %2 ms geplant.</translation>
    </message>
    <message numerus="yes">
        <source>Catalog “%1” is loaded: %n plan definition(s).

Open an order (File &gt; Open Order) to plan it.</source>
        <translation>
            <numerusform>Katalog „%1“ ist geladen: %n Plandefinition.

Öffnen Sie einen Auftrag (Datei &gt; Auftrag öffnen), um ihn zu planen.</numerusform>
            <numerusform>Katalog „%1“ ist geladen: %n Plandefinitionen.

Öffnen Sie einen Auftrag (Datei &gt; Auftrag öffnen), um ihn zu planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded catalog %1 (%2 ms)</source>
        <translation>Katalog %1 geladen (%2 ms)</translation>
    </message>
    <message>
        <source>%1 could not be loaded.

The Problems panel lists what is wrong.</source>
        <translation>%1 konnte nicht geladen werden.

Der Bereich „Probleme“ zeigt, was nicht stimmt.</translation>
    </message>
    <message numerus="yes">
        <source>Loading failed: %n problem(s)</source>
        <translation>
            <numerusform>Laden fehlgeschlagen: %n Problem</numerusform>
            <numerusform>Laden fehlgeschlagen: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auftrag %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>gewünscht zum %1</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message>
        <source>catalog %1, version %2</source>
        <translation>Katalog %1, Version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fulfillment line(s)</source>
        <translation>
            <numerusform>%n Fulfillment-Position</numerusform>
            <numerusform>%n Fulfillment-Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Bahn</numerusform>
            <numerusform>%n Bahnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment Workbench</source>
        <translation>Fulfillment Workbench</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Catalog…</source>
        <translation>&amp;Katalog öffnen…</translation>
    </message>
    <message>
        <source>Load a product catalog with its decomposition rules and plan definitions</source>
        <translation>Einen Produktkatalog mit seinen Zerlegungsregeln und Plandefinitionen laden</translation>
    </message>
    <message>
        <source>&amp;Open Order…</source>
        <translation>Auftrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Plan an order against the open catalog</source>
        <translation>Einen Auftrag gegen den geöffneten Katalog planen</translation>
    </message>
    <message>
        <source>Recent C&amp;atalogs</source>
        <translation>&amp;Zuletzt geöffnete Kataloge</translation>
    </message>
    <message>
        <source>&amp;Recent Orders</source>
        <translation>Zuletzt geöffnete &amp;Aufträge</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the catalog and the order again and plan anew</source>
        <translation>Katalog und Auftrag neu einlesen und neu planen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Expand All Lanes</source>
        <translation>Alle Bahnen &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All Lanes</source>
        <translation>Alle Bahnen &amp;zuklappen</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when you next start Fulfillment Workbench.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Fulfillment Workbench.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open the telecom fibre sample catalog and order</source>
        <translation>Beispielkatalog und -auftrag „Glasfaseranschluss“ öffnen</translation>
    </message>
    <message>
        <source>&amp;About Fulfillment Workbench</source>
        <translation>Ü&amp;ber Fulfillment Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Catalogs (*.json);;All files (*)</source>
        <translation>Kataloge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Order</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Orders (*.json);;All files (*)</source>
        <translation>Aufträge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Fulfillment Workbench</source>
        <translation>Über Fulfillment Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulfillment Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop console for operations staff who run order fulfillment: it decomposes orders into fulfillment lines and plans their orchestration steps by lane.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fulfillment Workbench %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für alle, die im Betrieb die Auftragsabwicklung steuern: Sie zerlegt Aufträge in Fulfillment-Positionen und plant ihre Orchestrierungsschritte nach Bahnen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>fw::PlanStepModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n Schritt</numerusform>
            <numerusform>%1 — %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lane %1 (%2): %n step(s)</source>
        <translation>
            <numerusform>Bahn %1 (%2): %n Schritt</numerusform>
            <numerusform>Bahn %1 (%2): %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 scope: %2</source>
        <translation>Bereich %1: %2</translation>
    </message>
    <message>
        <source>Starts as soon as the order is released.</source>
        <translation>Beginnt, sobald der Auftrag freigegeben ist.</translation>
    </message>
    <message>
        <source>Point of no return: once this step has completed, the order can no longer be cancelled or changed in flight.</source>
        <translation>Point of no Return: Sobald dieser Schritt abgeschlossen ist, kann der Auftrag nicht mehr storniert oder während der Ausführung geändert werden.</translation>
    </message>
    <message>
        <source>Plan definition: %1, step %2</source>
        <translation>Plandefinition: %1, Schritt %2</translation>
    </message>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation>Fulfillment-Positionen: %1</translation>
    </message>
    <message>
        <source>Dependency depth: %1</source>
        <translation>Abhängigkeitstiefe: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Est. duration</source>
        <translation>Gesch. Dauer</translation>
    </message>
    <message>
        <source>PONR</source>
        <translation>PONR</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point of no Return (danach kein Zurück)</translation>
    </message>
</context>
<context>
    <name>fw::ProblemModel</name>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>fw::ProblemsPanel</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy every problem as FILE:/pointer: message lines</source>
        <translation>Alle Probleme als Zeilen der Form DATEI:/Zeiger: Meldung kopieren</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stopped loading. Fix the file and choose File &gt; Reload.</source>
        <translation>
            <numerusform>%n Problem hat das Laden verhindert. Korrigieren Sie die Datei und wählen Sie Datei &gt; Neu laden.</numerusform>
            <numerusform>%n Probleme haben das Laden verhindert. Korrigieren Sie die Datei und wählen Sie Datei &gt; Neu laden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
</context>
<context>
    <name>fw::StepPresentation</name>
    <message>
        <source>Automatic task</source>
        <translation>Automatische Aufgabe</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Systemaufruf</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Runs a built-in handler inside the workbench.</source>
        <translation>Führt einen eingebauten Handler in der Workbench aus.</translation>
    </message>
    <message>
        <source>Calls an external system and waits for its answer.</source>
        <translation>Ruft ein externes System auf und wartet auf dessen Antwort.</translation>
    </message>
    <message>
        <source>Waits for a person to complete a task in a work queue.</source>
        <translation>Wartet, bis eine Person eine Aufgabe in einer Arbeitswarteschlange erledigt hat.</translation>
    </message>
    <message>
        <source>Marks a point in the order&apos;s progress; does no work itself.</source>
        <translation>Markiert einen Punkt im Fortschritt des Auftrags; verrichtet selbst keine Arbeit.</translation>
    </message>
    <message>
        <source>Waits for a signal, a time or a field value.</source>
        <translation>Wartet auf ein Signal, einen Zeitpunkt oder einen Feldwert.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bündel</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
</context>
<context>
    <name>fw::Workbench</name>
    <message>
        <source>Fulfillment Workbench: plan orders against a fulfillment catalog and inspect the plan.</source>
        <translation>Fulfillment Workbench: Aufträge gegen einen Fulfillment-Katalog planen und den Plan prüfen.</translation>
    </message>
    <message>
        <source>Open the catalog FILE.</source>
        <translation>Den Katalog DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Plan the order FILE (needs --catalog).</source>
        <translation>Den Auftrag DATEI planen (erfordert --catalog).</translation>
    </message>
    <message>
        <source>Open the telecom fibre sample catalog and order.</source>
        <translation>Beispielkatalog und -auftrag „Glasfaseranschluss“ öffnen.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de) for this run instead of the language chosen in View &gt; Language.</source>
        <translation>Für diesen Lauf SPRACHE (en, de) statt der unter Ansicht &gt; Sprache gewählten Sprache verwenden.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Once the plan is shown, save the main window as the PNG FILE and quit. Works without a display (offscreen).</source>
        <translation>Sobald der Plan angezeigt wird, das Hauptfenster als PNG-Datei DATEI speichern und beenden. Funktioniert ohne Bildschirm (offscreen).</translation>
    </message>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set), so the workbench window cannot open.</source>
        <translation>Kein Bildschirm gefunden (weder DISPLAY noch WAYLAND_DISPLAY noch QT_QPA_PLATFORM ist gesetzt), daher kann sich das Fenster der Workbench nicht öffnen.</translation>
    </message>
    <message>
        <source>The headless demo follows: &apos;fwctl demo&apos; plans every bundled sample. For the window, run under a desktop session or xvfb-run, or save a screenshot with --screenshot FILE.png.</source>
        <translation>Es folgt die Demo ohne Bildschirm: &apos;fwctl demo&apos; plant jedes mitgelieferte Beispiel. Für das Fenster starten Sie das Programm in einer Desktop-Sitzung oder mit xvfb-run, oder Sie speichern mit --screenshot DATEI.png ein Bildschirmfoto.</translation>
    </message>
    <message>
        <source>fwctl was not found next to this program or on PATH.</source>
        <translation>fwctl wurde weder neben diesem Programm noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Bildschirmfoto unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Das Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Gave up waiting for the plan to load.</source>
        <translation>Das Warten auf den Plan wurde aufgegeben.</translation>
    </message>
</context>
</TS>
