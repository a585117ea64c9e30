<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .pdf</source>
        <translation>wählen Sie einen Dateinamen mit der Endung .png oder .pdf</translation>
    </message>
    <message>
        <source>Could not write</source>
        <translation>Konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A reason is required: it goes into the order&apos;s audit trail.</source>
        <translation>Eine Begründung ist erforderlich: Sie wird im Prüfprotokoll des Auftrags festgehalten.</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Why is “%1” of order %2 done without running it?</source>
        <translation>Warum wird „%1“ von Auftrag %2 als erledigt markiert, ohne ausgeführt zu werden?</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Why is order %1 cancelled? Steps not yet done are cancelled.</source>
        <translation>Warum wird Auftrag %1 storniert? Noch nicht abgeschlossene Schritte werden mit storniert.</translation>
    </message>
</context>
<context>
    <name>fw::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>fw::AccountOrderModel</name>
    <message>
        <source>Double-click or press Enter to open order %1</source>
        <translation>Doppelklick oder Eingabetaste öffnet Auftrag %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gewünscht</translation>
    </message>
</context>
<context>
    <name>fw::AccountPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Asset history</source>
        <translation>Asset-Verlauf</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Back to all accounts</source>
        <translation>Zurück zu allen Kunden</translation>
    </message>
    <message>
        <source>Refresh the account</source>
        <translation>Kunden neu lesen</translation>
    </message>
    <message>
        <source>Change the selected asset</source>
        <translation>Ausgewähltes Asset ändern</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>Installierte Basis</translation>
    </message>
    <message>
        <source>Orders of the account</source>
        <translation>Aufträge des Kunden</translation>
    </message>
    <message>
        <source>History of the selected asset</source>
        <translation>Verlauf des ausgewählten Assets</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store has no orders and no assets of account %1.</source>
        <translation>Der Speicher hat keine Aufträge und keine Assets des Kunden %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln Asset</numerusform>
            <numerusform>%Ln Assets</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>History of %1: the store could not be read: %2</source>
        <translation>Verlauf von %1: Der Speicher konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Select an asset of the installed base to change it.</source>
        <translation>Wählen Sie ein Asset der installierten Basis, um es zu ändern.</translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation>Asset %1 ist abgeschaltet: Damit lässt sich nichts mehr tun.</translation>
    </message>
    <message>
        <source>Start an order that changes, moves, suspends, resumes or disconnects %1.</source>
        <translation>Einen Auftrag beginnen, der %1 ändert, umzieht, sperrt, entsperrt oder abschaltet.</translation>
    </message>
    <message>
        <source>Back to the list of accounts (Alt+Left)</source>
        <translation>Zurück zur Liste der Kunden (Alt+Links)</translation>
    </message>
    <message>
        <source>Open &amp;Source Order</source>
        <translation>&amp;Ursprungsauftrag öffnen</translation>
    </message>
</context>
<context>
    <name>fw::AccountsPage</name>
    <message>
        <source>Search accounts by name or id</source>
        <translation>Kunden nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kunden</numerusform>
            <numerusform>%1 von %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fw::ActionMessageBar</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>fw::AssetAttributeFields</name>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
</context>
<context>
    <name>fw::AssetChangeDialog</name>
    <message>
        <source>Loading asset %1…</source>
        <translation>Asset %1 wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Submit Order</source>
        <translation>Auftrag &amp;einreichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change Asset %1</source>
        <translation>Asset %1 ändern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Street (line 1)</source>
        <translation>Straße (Zeile 1)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lines of the new order</source>
        <translation>Positionen des neuen Auftrags</translation>
    </message>
    <message>
        <source>Plan steps by lane</source>
        <translation>Planschritte nach Bahn</translation>
    </message>
    <message>
        <source>Preview the order</source>
        <translation>Vorschau des Auftrags</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Auftrag einreichen</translation>
    </message>
    <message>
        <source>Cancel without ordering</source>
        <translation>Abbrechen, ohne zu bestellen</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>Auftrags-&amp;ID:</translation>
    </message>
    <message>
        <source>Preview: the lines with their change, and the plan by lane</source>
        <translation>Vorschau: die Positionen mit ihrer Änderung und der Plan nach Bahnen</translation>
    </message>
    <message>
        <source>%1 changes nothing else about the asset.</source>
        <translation>„%1“ ändert sonst nichts am Asset.</translation>
    </message>
    <message>
        <source>Asset %1 cannot be changed: %2</source>
        <translation>Asset %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2: %3</translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation>Asset %1 ist abgeschaltet: Damit lässt sich nichts mehr tun.</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the engine did not import the order: %1</source>
        <translation>die Engine hat den Auftrag nicht importiert: %1</translation>
    </message>
    <message>
        <source>Preview the order first: Submit sends exactly what the preview shows.</source>
        <translation>Zuerst die Vorschau: Einreichen sendet genau, was die Vorschau zeigt.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>fw::AssetHistoryModel</name>
    <message>
        <source>Order %1 as changed by %2</source>
        <translation>Auftrag %1, geändert durch %2</translation>
    </message>
    <message>
        <source>%1 (+ %2)</source>
        <translation>%1 (+ %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Change (before → after)</source>
        <translation>Änderung (vorher → nachher)</translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderLineModel</name>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Fulfillment product</source>
        <translation>Fulfillment-Produkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Qty after</source>
        <translation>Menge danach</translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderStepModel</name>
    <message numerus="yes">
        <source>%1 (%Ln step(s))</source>
        <translation>
            <numerusform>%1 (%Ln Schritt)</numerusform>
            <numerusform>%1 (%Ln Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lane / step</source>
        <translation>Bahn / Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
</context>
<context>
    <name>fw::AssetPresentation</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Umgezogen</translation>
    </message>
    <message>
        <source>Change quantity or attributes</source>
        <translation>Menge oder Attribute ändern</translation>
    </message>
    <message>
        <source>Move to a new site</source>
        <translation>An einen neuen Standort umziehen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Abschalten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>no change of quantity or attributes</source>
        <translation>keine Änderung von Menge oder Attributen</translation>
    </message>
    <message>
        <source>+%1 (increase)</source>
        <translation>+%1 (Erhöhung)</translation>
    </message>
    <message>
        <source>−%1 (decrease)</source>
        <translation>−%1 (Verringerung)</translation>
    </message>
    <message>
        <source>modify: %1</source>
        <translation>ändern: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umziehen</translation>
    </message>
</context>
<context>
    <name>fw::BulkFalloutDialog</name>
    <message numerus="yes">
        <source>Bulk Retry — %n Case(s)</source>
        <translation>
            <numerusform>Sammel-Wiederholung — %n Fall</numerusform>
            <numerusform>Sammel-Wiederholung — %n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Skip — %n Case(s)</source>
        <translation>
            <numerusform>Sammel-Überspringen — %n Fall</numerusform>
            <numerusform>Sammel-Überspringen — %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below runs again with a new idempotency key and a fresh retry budget.</source>
        <translation>Probelauf: Es wurde noch nichts gesendet. Jeder unten aufgeführte fehlgeschlagene Schritt wird mit neuem Idempotenzschlüssel und frischem Wiederholungsbudget erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below is force-completed with the reason you give; its dependents then run.</source>
        <translation>Probelauf: Es wurde noch nichts gesendet. Jeder unten aufgeführte fehlgeschlagene Schritt wird mit der von Ihnen angegebenen Begründung zwangsweise abgeschlossen; danach laufen die von ihm abhängigen Schritte.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>run again</source>
        <translation>wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>be skipped</source>
        <translation>wird übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>; order stays on hold (%n other case(s))</source>
        <translation>
            <numerusform>; Auftrag bleibt angehalten (%n weiterer Fall)</numerusform>
            <numerusform>; Auftrag bleibt angehalten (%n weitere Fälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Reason for skipping (required, goes into each order&apos;s audit trail)</source>
        <translation>Begründung für das Überspringen (erforderlich, wird im Prüfprotokoll jedes Auftrags festgehalten)</translation>
    </message>
    <message>
        <source>Resume each order whose last case this resolves</source>
        <translation>Jeden Auftrag fortsetzen, dessen letzter Fallout-Fall hiermit gelöst wird</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Case(s)</source>
        <translation>
            <numerusform>%n Fall &amp;wiederholen</numerusform>
            <numerusform>%n Fälle &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip %n Case(s)</source>
        <translation>
            <numerusform>%n Fall über&amp;springen</numerusform>
            <numerusform>%n Fälle über&amp;springen</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason first: skipping without one is not allowed.</source>
        <translation>Geben Sie zuerst eine Begründung an: Ohne Begründung darf nicht übersprungen werden.</translation>
    </message>
    <message>
        <source>sent…</source>
        <translation>gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) selected. Press the button to send them to the engine.</source>
        <translation>
            <numerusform>%n Fall ausgewählt. Klicken Sie auf die Schaltfläche, um ihn an die Engine zu senden.</numerusform>
            <numerusform>%n Fälle ausgewählt. Klicken Sie auf die Schaltfläche, um sie an die Engine zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 waiting for the engine.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 noch ohne Antwort der Engine.</translation>
    </message>
    <message numerus="yes">
        <source>Bulk retry of %n fallout case(s)</source>
        <translation>
            <numerusform>Sammel-Wiederholung von %n Fallout-Fall</numerusform>
            <numerusform>Sammel-Wiederholung von %n Fallout-Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk skip of %n fallout case(s)</source>
        <translation>
            <numerusform>Sammel-Überspringen von %n Fallout-Fall</numerusform>
            <numerusform>Sammel-Überspringen von %n Fallout-Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer for this case</source>
        <translation>keine Antwort für diesen Fall</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is retrying %n case(s)…</source>
        <translation>
            <numerusform>Gesendet: Die Engine wiederholt %n Fall…</numerusform>
            <numerusform>Gesendet: Die Engine wiederholt %n Fälle…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is skipping %n case(s)…</source>
        <translation>
            <numerusform>Gesendet: Die Engine überspringt %n Fall…</numerusform>
            <numerusform>Gesendet: Die Engine überspringt %n Fälle…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 retried, %2 refused. A step that fails again opens a new fallout case in the queue.</source>
        <translation>Fertig: %1 wiederholt, %2 abgewiesen. Ein Schritt, der erneut fehlschlägt, eröffnet einen neuen Fallout-Fall in der Warteschlange.</translation>
    </message>
    <message>
        <source>Finished: %1 skipped, %2 refused.</source>
        <translation>Fertig: %1 übersprungen, %2 abgewiesen.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>fw::ChangeActionEditor</name>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country code, e.g. NL</source>
        <translation>Ländercode, z.&#xa0;B. NL</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Neues Datum:</translation>
    </message>
    <message>
        <source>The whole order is cancelled: work not started is discarded, completed work is compensated (returns, credits) and billing stops. This must be the only action.</source>
        <translation>Der ganze Auftrag wird storniert: Nicht begonnene Arbeit entfällt, abgeschlossene Arbeit wird kompensiert (Rücksendungen, Gutschriften) und die Abrechnung endet. Dies muss die einzige Aktion sein.</translation>
    </message>
    <message>
        <source>The commercial item the action changes; removing a bundle removes its child items too</source>
        <translation>Die Auftragsposition, die die Aktion ändert; wer ein Bündel entfernt, entfernt auch seine Unterpositionen</translation>
    </message>
    <message>
        <source>The item&apos;s new total (itself and its supplements); once fulfilment started only the difference is provisioned, as a supplement</source>
        <translation>Die neue Gesamtmenge der Position (mit ihren Ergänzungen); hat die Erfüllung begonnen, wird nur die Differenz bereitgestellt, als Ergänzung</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>An empty value removes the attribute</source>
        <translation>Ein leerer Wert entfernt das Attribut</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>New &amp;total:</source>
        <translation>Neue &amp;Gesamtmenge:</translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation>Attri&amp;bute:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Liefer&amp;gruppe:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Wunschtermin:</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Quantity %1 · %2 · group %3</source>
        <translation>Menge %1 · %2 · Liefergruppe %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> · changed by %1</source>
        <translation> · geändert durch %1</translation>
    </message>
    <message>
        <source>The order has no items left to change.</source>
        <translation>Der Auftrag hat keine Positionen mehr, die sich ändern ließen.</translation>
    </message>
    <message>
        <source>Now: %1 · requested %2</source>
        <translation>Jetzt: %1 · Wunschtermin %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>The order has no delivery groups.</source>
        <translation>Der Auftrag hat keine Liefergruppen.</translation>
    </message>
    <message>
        <source>Create a &amp;new group:</source>
        <translation>Neue Gruppe &amp;anlegen:</translation>
    </message>
    <message>
        <source>Its id, e.g. EINDHOVEN</source>
        <translation>Ihre ID, z. B. EINDHOVEN</translation>
    </message>
    <message>
        <source>A delivery group the order does not have yet (a new site); it needs an address</source>
        <translation>Eine Liefergruppe, die der Auftrag noch nicht hat (ein neuer Standort); sie braucht eine Adresse</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Produktcode %1</translation>
    </message>
    <message>
        <source>A new group: give its address; new top-level items can then be delivered to it.</source>
        <translation>Eine neue Gruppe: geben Sie ihre Adresse an; neue Positionen der obersten Ebene können dann an sie geliefert werden.</translation>
    </message>
</context>
<context>
    <name>fw::ChangeComposer</name>
    <message>
        <source>Remove Action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>The change order&apos;s id; supplement items are named after it</source>
        <translation>Die Kennung des Änderungsauftrags; Ergänzungspositionen werden nach ihr benannt</translation>
    </message>
    <message>
        <source>Who asked: customer, account manager, portal</source>
        <translation>Wer es wünscht: Kunde, Kundenbetreuer, Portal</translation>
    </message>
    <message>
        <source>Why, in a few words (the timeline and the summary show it)</source>
        <translation>Warum, in wenigen Worten (Verlauf und Übersicht zeigen es)</translation>
    </message>
    <message>
        <source>Change &amp;id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Ge&amp;wünscht von:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>Aktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>No actions yet. Add Action: add an item from the catalog, remove an item, change its quantity or attributes, move a delivery group&apos;s address or date, or cancel the whole order.</source>
        <translation>Noch keine Aktionen. Aktion hinzufügen: eine Position aus dem Katalog hinzufügen, eine Position entfernen, ihre Menge oder Attribute ändern, Adresse oder Termin einer Liefergruppe ändern oder den ganzen Auftrag stornieren.</translation>
    </message>
    <message>
        <source>Actions of the change</source>
        <translation>Aktionen der Änderung</translation>
    </message>
</context>
<context>
    <name>fw::ChangeGraph</name>
    <message>
        <source>Undoes &apos;%1&apos;</source>
        <translation>Macht „%1“ rückgängig</translation>
    </message>
    <message>
        <source>Will be undone: %1</source>
        <translation>Wird rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDialog</name>
    <message>
        <source>Compose &amp;Instead</source>
        <translation>Stattdessen &amp;zusammenstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Change Order — %1</source>
        <translation>Änderungsauftrag — %1</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Zusammenstellen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Load a change order file (JSON) instead of composing one (Ctrl+O)</source>
        <translation>Eine Änderungsauftragsdatei (JSON) laden, statt einen zusammenzustellen (Strg+O)</translation>
    </message>
    <message>
        <source>Ask the engine what the change does to the running order; nothing is changed (Ctrl+Enter)</source>
        <translation>Die Engine fragen, was die Änderung am laufenden Auftrag bewirkt; nichts wird geändert (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close without changing the order</source>
        <translation>Schließen, ohne den Auftrag zu ändern</translation>
    </message>
    <message>
        <source>Done: change %1 of %2: %3 (revision %4) — %5</source>
        <translation>Erledigt: Änderung %1 an %2: %3 (Revision %4) — %5</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>Angewendet %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>From file &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aus der Datei &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>composed change %1</source>
        <translation>zusammengestellte Änderung %1</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Die Engine wird gefragt…</translation>
    </message>
    <message>
        <source>Cancel Order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the whole order %1?

Work not started is discarded, completed work is compensated (%n callout(s) will be sent) and billing stops. This cannot be undone.</source>
        <translation>
            <numerusform>Den ganzen Auftrag %1 stornieren?

Nicht begonnene Arbeit entfällt, abgeschlossene Arbeit wird kompensiert (%n Systemaufruf wird gesendet) und die Abrechnung endet. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den ganzen Auftrag %1 stornieren?

Nicht begonnene Arbeit entfällt, abgeschlossene Arbeit wird kompensiert (%n Systemaufrufe werden gesendet) und die Abrechnung endet. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting change %1…</source>
        <translation>Änderung %1 wird eingereicht…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The change was edited after its preview: Preview again</source>
        <translation>Die Änderung wurde nach der Vorschau bearbeitet: erneut Vorschau anzeigen</translation>
    </message>
    <message>
        <source>The preview shows why this change cannot be made</source>
        <translation>Die Vorschau zeigt, warum diese Änderung nicht möglich ist</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Apply the previewed change to the running order</source>
        <translation>Die angezeigte Änderung auf den laufenden Auftrag anwenden</translation>
    </message>
    <message>
        <source>Preview the change first</source>
        <translation>Zuerst die Vorschau der Änderung anzeigen</translation>
    </message>
    <message>
        <source>Open Change Order</source>
        <translation>Änderungsauftrag öffnen</translation>
    </message>
    <message>
        <source>Change orders (*.json);;All files (*)</source>
        <translation>Änderungsaufträge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot compose %1: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDraft</name>
    <message>
        <source>Cancel the whole order</source>
        <translation>Den ganzen Auftrag stornieren</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Eine Position entfernen</translation>
    </message>
    <message>
        <source>Change an item&apos;s quantity</source>
        <translation>Die Menge einer Position ändern</translation>
    </message>
    <message>
        <source>Change an item&apos;s attributes</source>
        <translation>Die Attribute einer Position ändern</translation>
    </message>
    <message>
        <source>Change a delivery group&apos;s address or date</source>
        <translation>Adresse oder Termin einer Liefergruppe ändern</translation>
    </message>
    <message>
        <source>(no item chosen)</source>
        <translation>(keine Position gewählt)</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Position %1 entfernen</translation>
    </message>
    <message>
        <source>Item %1: quantity %2</source>
        <translation>Position %1: Menge %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(keine Attribute)</translation>
    </message>
    <message>
        <source>new address</source>
        <translation>neue Adresse</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>gewünscht zum %1</translation>
    </message>
    <message>
        <source>Delivery group %1: %2</source>
        <translation>Liefergruppe %1: %2</translation>
    </message>
    <message>
        <source>(no group chosen)</source>
        <translation>(keine Liefergruppe gewählt)</translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation>(nichts geändert)</translation>
    </message>
    <message>
        <source>The change order needs an id.</source>
        <translation>Der Änderungsauftrag braucht eine Kennung.</translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation>Mindestens eine Aktion hinzufügen.</translation>
    </message>
    <message>
        <source>Action %1: cancelling the order must be the only action.</source>
        <translation>Aktion %1: Die Stornierung des Auftrags muss die einzige Aktion sein.</translation>
    </message>
    <message>
        <source>Action %1: choose an item.</source>
        <translation>Aktion %1: eine Position wählen.</translation>
    </message>
    <message>
        <source>Action %1: name at least one attribute.</source>
        <translation>Aktion %1: mindestens ein Attribut angeben.</translation>
    </message>
    <message>
        <source>Action %1: choose a delivery group.</source>
        <translation>Aktion %1: eine Liefergruppe wählen.</translation>
    </message>
    <message>
        <source>Action %1: give a new address, a requested date or both.</source>
        <translation>Aktion %1: eine neue Adresse, einen Wunschtermin oder beides angeben.</translation>
    </message>
    <message>
        <source>not a change order: the text is not a JSON object</source>
        <translation>kein Änderungsauftrag: der Text ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a change order: it has no list of actions</source>
        <translation>kein Änderungsauftrag: er hat keine Liste von Aktionen</translation>
    </message>
    <message>
        <source>action %1 cannot be composed here; open the file to preview it as it is</source>
        <translation>Aktion %1 lässt sich hier nicht bearbeiten; öffnen Sie die Datei, um sie unverändert in der Vorschau zu sehen</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Eine Position hinzufügen</translation>
    </message>
    <message>
        <source>New delivery group %1: %2</source>
        <translation>Neue Liefergruppe %1: %2</translation>
    </message>
    <message>
        <source>(no product chosen)</source>
        <translation>(kein Produkt gewählt)</translation>
    </message>
    <message>
        <source>Add %1 ×%2 to bundle %3 as item %4</source>
        <translation>%1 ×%2 zum Paket %3 hinzufügen als Position %4</translation>
    </message>
    <message>
        <source>Add %1 ×%2 as item %3</source>
        <translation>%1 ×%2 hinzufügen als Position %3</translation>
    </message>
    <message>
        <source>Action %1: name the new delivery group.</source>
        <translation>Aktion %1: Benennen Sie die neue Liefergruppe.</translation>
    </message>
    <message>
        <source>Action %1: the order already has a delivery group %2.</source>
        <translation>Aktion %1: Der Auftrag hat bereits eine Liefergruppe %2.</translation>
    </message>
    <message>
        <source>Action %1: a new delivery group needs an address.</source>
        <translation>Aktion %1: Eine neue Liefergruppe braucht eine Adresse.</translation>
    </message>
    <message>
        <source>Action %1: choose a product.</source>
        <translation>Aktion %1: Wählen Sie ein Produkt.</translation>
    </message>
    <message>
        <source>Action %1: give the new item an id.</source>
        <translation>Aktion %1: Geben Sie der neuen Position eine ID.</translation>
    </message>
    <message>
        <source>Action %1: the order already has an item %2; give the new item another id.</source>
        <translation>Aktion %1: Der Auftrag hat bereits eine Position %2; geben Sie der neuen Position eine andere ID.</translation>
    </message>
    <message>
        <source>Action %1: %2 needs attribute %3.</source>
        <translation>Aktion %1: %2 braucht das Attribut %3.</translation>
    </message>
</context>
<context>
    <name>fw::ChangePresentation</name>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unchanged; completed work stays completed.</source>
        <translation>Unverändert; abgeschlossene Arbeit bleibt abgeschlossen.</translation>
    </message>
    <message>
        <source>Not started yet; it will run with the changed order&apos;s data.</source>
        <translation>Noch nicht begonnen; läuft mit den Daten des geänderten Auftrags.</translation>
    </message>
    <message>
        <source>New: a new item&apos;s step, a supplement&apos;s step or work done again.</source>
        <translation>Neu: Schritt einer neuen Position, einer Ergänzung oder erneut ausgeführte Arbeit.</translation>
    </message>
    <message>
        <source>No longer needed; cancelled.</source>
        <translation>Nicht mehr nötig; storniert.</translation>
    </message>
    <message>
        <source>Added to undo completed work.</source>
        <translation>Hinzugefügt, um abgeschlossene Arbeit rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Past its point of no return: the change cannot be made.</source>
        <translation>Über seinen Point of no Return hinaus: Die Änderung ist nicht möglich.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Waiting for replies</source>
        <translation>Wartet auf Antworten</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 pending</source>
        <translation>%1 von %2 geliefert, +%3 ausstehend</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress</source>
        <translation>%1 von %2 geliefert, +%3 in Arbeit</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress, +%4 pending</source>
        <translation>%1 von %2 geliefert, +%3 in Arbeit, +%4 ausstehend</translation>
    </message>
</context>
<context>
    <name>fw::ChangePreviewPanel</name>
    <message>
        <source>&amp;Changed steps only</source>
        <translation>Nur &amp;geänderte Schritte</translation>
    </message>
    <message>
        <source>Select a callout to see the payload it will send</source>
        <translation>Einen Systemaufruf wählen, um die Nutzdaten zu sehen, die er sendet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>External effects</source>
        <translation>Externe Wirkungen</translation>
    </message>
    <message>
        <source>Compose a change or open a change file, then Preview to see what it does to the running order.</source>
        <translation>Eine Änderung zusammenstellen oder eine Änderungsdatei öffnen, dann „Vorschau“, um zu sehen, was sie am laufenden Auftrag bewirkt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The whole order is cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der ganze Auftrag wird storniert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Steps (%1 changed)</source>
        <translation>Schritte (%1 geändert)</translation>
    </message>
    <message>
        <source>External effects (%1)</source>
        <translation>Externe Wirkungen (%1)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;This change cannot be submitted.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Diese Änderung kann nicht eingereicht werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• Point of no return: step &lt;b&gt;%1&lt;/b&gt; (%2), line &lt;b&gt;%3&lt;/b&gt;: %4</source>
        <translation>• Point of no Return: Schritt &lt;b&gt;%1&lt;/b&gt; (%2), Position &lt;b&gt;%3&lt;/b&gt;: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change %1 to order %2 (revision %3)&lt;/b&gt; &amp;nbsp; %4</source>
        <translation>&lt;b&gt;Änderung %1 an Auftrag %2 (Revision %3)&lt;/b&gt; &amp;nbsp; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n callout(s) will be sent.</source>
        <translation>
            <numerusform>%n Systemaufruf wird gesendet.</numerusform>
            <numerusform>%n Systemaufrufe werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast completion %1 → %2.</source>
        <translation>Voraussichtlicher Abschluss %1 → %2.</translation>
    </message>
    <message>
        <source>Waits for the replies of %1: the change is applied once they are in.</source>
        <translation>Wartet auf die Antworten von %1: Die Änderung wird angewendet, sobald sie da sind.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>fw::ChangeRecordModel</name>
    <message>
        <source>Applied %1</source>
        <translation>Angewendet %1</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Änderungsauftrag</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fw::ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the figures of this chart as a table</source>
        <translation>Die Werte dieses Diagramms als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>Wieder das Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>fw::CredentialsDialog</name>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The credentials the store&apos;s catalogs declare for their endpoints. Their secrets are kept in this workstation&apos;s desktop keyring, never in the store or a catalog; fwctl reads them from FW_CREDENTIAL_&lt;NAME&gt; or its credentials file.</source>
        <translation>Die Zugangsdaten, die die Kataloge des Datenspeichers für ihre Endpunkte deklarieren. Ihre Geheimnisse liegen im Schlüsselbund des Desktops dieses Arbeitsplatzes, nie im Datenspeicher oder in einem Katalog; fwctl liest sie aus FW_CREDENTIAL_&lt;NAME&gt; oder seiner Zugangsdatendatei.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Reading the catalogs…</source>
        <translation>Die Kataloge werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Set Secret…</source>
        <translation>Geheimnis &amp;setzen…</translation>
    </message>
    <message>
        <source>C&amp;lear Secret</source>
        <translation>Geheimnis &amp;löschen</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s catalogs: %1</source>
        <translation>Die Kataloge des Datenspeichers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store&apos;s catalogs declare no credentials.</source>
        <translation>Die Kataloge des Datenspeichers deklarieren keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>Asking the keyring…</source>
        <translation>Der Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>The desktop keyring did not answer: %1</source>
        <translation>Der Schlüsselbund des Desktops hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Select a credential to set or clear its secret.</source>
        <translation>Wählen Sie Zugangsdaten, um ihr Geheimnis zu setzen oder zu löschen.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Saving the secret of %1 in the keyring…</source>
        <translation>Das Geheimnis von %1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The secret of %1 is set: the next callout uses it.</source>
        <translation>Das Geheimnis von %1 ist gesetzt: Der nächste Systemaufruf verwendet es.</translation>
    </message>
    <message>
        <source>The keyring did not keep the secret of %1: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von %1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The secret of %1 is cleared: its callouts fall out until it is set again.</source>
        <translation>Das Geheimnis von %1 ist gelöscht: Seine Systemaufrufe laufen in Fallout, bis es wieder gesetzt ist.</translation>
    </message>
    <message>
        <source>The keyring did not clear the secret of %1: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von %1 nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>fw::CsvExportButton</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Write the %1 as shown (visible columns, filter and sort) to a CSV file (Ctrl+Shift+E in the table)</source>
        <translation>%1 wie angezeigt (sichtbare Spalten, Filter und Sortierung) in eine CSV-Datei schreiben (Strg+Umschalt+E in der Tabelle)</translation>
    </message>
    <message>
        <source>Export %1 to CSV…</source>
        <translation>%1 als CSV exportieren…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile exportiert</numerusform>
            <numerusform>%Ln Zeilen exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::CsvExportDialog</name>
    <message>
        <source>Start with a byte-order mark (for Microsoft Excel)</source>
        <translation>Mit Byte-Order-Mark beginnen (für Microsoft Excel)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other programs may show it as stray characters</source>
        <translation>Excel liest eine CSV-Datei nur dann als UTF-8, wenn sie mit einem Byte-Order-Mark beginnt; andere Programme zeigen es eventuell als überflüssige Zeichen an</translation>
    </message>
    <message>
        <source>Cells that start with = + - or @ are written with a leading &apos; so that spreadsheets show them as text instead of running them as formulas.</source>
        <translation>Zellen, die mit = + - oder @ beginnen, werden mit einem vorangestellten &apos; geschrieben, damit Tabellenkalkulationen sie als Text zeigen, statt sie als Formeln auszuführen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>fw::CycleHistogramModel</name>
    <message numerus="yes">
        <source>%n order(s) completed with a cycle time of %1</source>
        <translation>
            <numerusform>%n Auftrag mit Durchlaufzeit %1 abgeschlossen</numerusform>
            <numerusform>%n Aufträge mit Durchlaufzeit %1 abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>fw::DashboardCharts</name>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Throughput: orders completed per day</source>
        <translation>Durchsatz: abgeschlossene Aufträge pro Tag</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Order cycle time distribution</source>
        <translation>Verteilung der Auftragsdurchlaufzeit</translation>
    </message>
    <message>
        <source>Cycle time (created to finished)</source>
        <translation>Durchlaufzeit (Anlage bis Abschluss)</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>Order cycle time trend</source>
        <translation>Entwicklung der Auftragsdurchlaufzeit</translation>
    </message>
    <message>
        <source>Cycle time (h)</source>
        <translation>Durchlaufzeit (h)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Touchless ratio per day</source>
        <translation>Anteil ohne Eingriff pro Tag</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Ohne Eingriff</translation>
    </message>
    <message>
        <source>Touchless (%)</source>
        <translation>Ohne Eingriff (%)</translation>
    </message>
    <message>
        <source>Fallout rate per day</source>
        <translation>Fallout-Quote pro Tag</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Fallout-Quote</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>With fallout (%)</source>
        <translation>Mit Fallout (%)</translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Fallout-Fälle</translation>
    </message>
    <message>
        <source>SLA adherence per lane</source>
        <translation>SLA-Einhaltung pro Bahn</translation>
    </message>
    <message>
        <source>Steps on time (%)</source>
        <translation>Rechtzeitige Schritte (%)</translation>
    </message>
    <message>
        <source>Open work per queue now</source>
        <translation>Offene Arbeit pro Warteschlange (aktuell)</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Einträge</translation>
    </message>
    <message>
        <source>Oldest age (h)</source>
        <translation>Höchstes Alter (h)</translation>
    </message>
    <message>
        <source>Age (h)</source>
        <translation>Alter (h)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other lanes (%1)</source>
        <translation>Weitere Bahnen (%1)</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(keine Bahn)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fallout cases by lane (top 8)</source>
        <translation>Fallout-Fälle nach Bahn (Top 8)</translation>
    </message>
    <message>
        <source>Fallout cases by error signature (top 8)</source>
        <translation>Fallout-Fälle nach Fehlersignatur (Top 8)</translation>
    </message>
</context>
<context>
    <name>fw::DashboardPage</name>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation>Fehlersignatur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Compute the figures again for the range</source>
        <translation>Die Kennzahlen für den Zeitraum neu berechnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG image or a PDF document</source>
        <translation>Das Dashboard als PNG-Bild oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The figures shown are the previous ones until the new ones are ready</source>
        <translation>Bis die neuen Kennzahlen vorliegen, werden die bisherigen angezeigt</translation>
    </message>
    <message>
        <source>%1 to %2, computed %3</source>
        <translation>%1 bis %2, berechnet %3</translation>
    </message>
    <message>
        <source>Fulfillment KPIs, %1 to %2</source>
        <translation>Fulfillment-KPIs, %1 bis %2</translation>
    </message>
    <message>
        <source> (computed %1 UTC)</source>
        <translation> (berechnet %1 UTC)</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>PDF-Dokument (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Diagramme des Dashboards</translation>
    </message>
</context>
<context>
    <name>fw::DrillDownDialog</name>
    <message>
        <source>Orders behind the figure</source>
        <translation>Aufträge hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation>Doppelklick oder Eingabetaste öffnet den Auftrag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Orders completed %1 with a cycle time of %2</source>
        <translation>Im Zeitraum %1 abgeschlossene Aufträge mit Durchlaufzeit %2</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Orders completed on %1</source>
        <translation>Am %1 abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>Orders finished on %1 that had fallout</source>
        <translation>Am %1 beendete Aufträge mit Fallout</translation>
    </message>
    <message>
        <source>Orders completed on %1 without a person acting</source>
        <translation>Am %1 ohne Eingriff abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1 on %2</source>
        <translation>Aufträge mit verspätetem Schritt in Bahn %1 am %2</translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1, %2</source>
        <translation>Aufträge mit verspätetem Schritt in Bahn %1, %2</translation>
    </message>
    <message>
        <source>Orders with fallout cases of lane %1, %2</source>
        <translation>Aufträge mit Fallout-Fällen in Bahn %1, %2</translation>
    </message>
    <message>
        <source>Orders with fallout cases of signature %1, %2</source>
        <translation>Aufträge mit Fallout-Fällen der Signatur %1, %2</translation>
    </message>
    <message>
        <source>Orders with open work in queue %1 now</source>
        <translation>Aufträge mit aktuell offener Arbeit in Warteschlange %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n Auftrag</numerusform>
            <numerusform>%1: %n Aufträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::DrillOrderModel</name>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Auftrag %1 öffnen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>fw::EngineText</name>
    <message>
        <source>%1, %2% of its %3 estimate (%4)</source>
        <translation>%1, %2 % der geschätzten %3 (%4)</translation>
    </message>
    <message>
        <source>warning at %1, critical at %2</source>
        <translation>Warnung bei %1, kritisch bei %2</translation>
    </message>
    <message>
        <source>warning at %1</source>
        <translation>Warnung bei %1</translation>
    </message>
    <message>
        <source>critical at %1</source>
        <translation>kritisch bei %1</translation>
    </message>
    <message>
        <source>%1, over its %2 critical threshold</source>
        <translation>%1, über dem kritischen Schwellenwert von %2</translation>
    </message>
    <message>
        <source>%1, over its %2 warning threshold</source>
        <translation>%1, über dem Warnschwellenwert von %2</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>retrying %1</source>
        <translation>wird seit %1 wiederholt</translation>
    </message>
    <message>
        <source>in fallout %1</source>
        <translation>seit %1 im Fallout</translation>
    </message>
    <message>
        <source>pending %1</source>
        <translation>seit %1 ausstehend</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>seit %1 offen</translation>
    </message>
    <message>
        <source>working time %1 in %2 hours</source>
        <translation>Arbeitszeit %1 in den Arbeitsstunden von %2</translation>
    </message>
    <message>
        <source>%1, longer than 90% of the last %2 runs (p90 %3, median %4)</source>
        <translation>%1, länger als 90 % der letzten %2 Durchläufe (p90 %3, Median %4)</translation>
    </message>
    <message>
        <source>due %1 and not complete (overdue %2)</source>
        <translation>fällig am %1 und nicht abgeschlossen (überfällig seit %2)</translation>
    </message>
    <message>
        <source>projected to complete %1, %2 after its due date %3; critical path: %4</source>
        <translation>voraussichtlich fertig am %1, %2 nach dem Fälligkeitstermin %3; kritischer Pfad: %4</translation>
    </message>
    <message>
        <source>back within its thresholds</source>
        <translation>wieder innerhalb der Schwellenwerte</translation>
    </message>
    <message>
        <source>the order finished</source>
        <translation>der Auftrag ist beendet</translation>
    </message>
    <message>
        <source>priority raised to %1</source>
        <translation>Priorität auf %1 erhöht</translation>
    </message>
    <message>
        <source>task reassigned to %1</source>
        <translation>Aufgabe an %1 übertragen</translation>
    </message>
    <message>
        <source>escalated to %1 (escalation %2)</source>
        <translation>an %1 eskaliert (Eskalation %2)</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3)</source>
        <translation>Auftrag %1 ist bereits eskaliert (Eskalation %2 in Warteschlange %3)</translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4)</source>
        <translation>Schritt %1 von Auftrag %2 ist bereits eskaliert (Eskalation %3 in Warteschlange %4)</translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3): write a note to add to it</source>
        <translation>Auftrag %1 ist bereits eskaliert (Eskalation %2 in Warteschlange %3): Schreiben Sie eine Notiz, um sie zu ergänzen</translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4): write a note to add to it</source>
        <translation>Schritt %1 von Auftrag %2 ist bereits eskaliert (Eskalation %3 in Warteschlange %4): Schreiben Sie eine Notiz, um sie zu ergänzen</translation>
    </message>
    <message>
        <source>order %1: &apos;%2&apos; is not a task queue of catalog %3 (task queues: %4)</source>
        <translation>Auftrag %1: „%2“ ist keine Aufgaben-Warteschlange von Katalog %3 (Aufgaben-Warteschlangen: %4)</translation>
    </message>
    <message>
        <source>order %1: step %2 has no open task to reassign</source>
        <translation>Auftrag %1: Schritt %2 hat keine offene Aufgabe, die übertragen werden kann</translation>
    </message>
    <message>
        <source>order %1: the task of step %2 is already in queue %3</source>
        <translation>Auftrag %1: Die Aufgabe von Schritt %2 ist bereits in Warteschlange %3</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>unbekannte Eskalation %1</translation>
    </message>
    <message>
        <source>escalation %1 is already claimed by you</source>
        <translation>Eskalation %1 ist bereits von Ihnen übernommen</translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2; only they can resolve it</source>
        <translation>Eskalation %1 ist von %2 übernommen; nur diese Person kann sie lösen</translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2</source>
        <translation>Eskalation %1 ist von %2 übernommen</translation>
    </message>
    <message>
        <source>escalation %1 is already resolved</source>
        <translation>Eskalation %1 ist bereits gelöst</translation>
    </message>
    <message>
        <source>escalation %1: say what was done to resolve it</source>
        <translation>Eskalation %1: Geben Sie an, was zur Lösung getan wurde</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>unbekannter Auftrag „%1“</translation>
    </message>
    <message>
        <source>%1 (%2: %3 by fallout rule &apos;%4&apos;)</source>
        <translation>%1 (%2: %3 laut Fallout-Regel „%4“)</translation>
    </message>
    <message>
        <source>%1 (%2: %3 by default)</source>
        <translation>%1 (%2: standardmäßig %3)</translation>
    </message>
    <message>
        <source>%1: %2 by fallout rule &apos;%3&apos;</source>
        <translation>%1: %2 laut Fallout-Regel „%3“</translation>
    </message>
    <message>
        <source>%1: %2 by default</source>
        <translation>%1: standardmäßig %2</translation>
    </message>
    <message>
        <source>%1; retries exhausted: %2</source>
        <translation>%1; Wiederholungen ausgeschöpft: %2</translation>
    </message>
    <message>
        <source>retriable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the response has no %1</source>
        <translation>der Antwort fehlt %1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>Nutzdaten: %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no value</source>
        <translation>%1: „%2“ hat keinen Wert</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made</source>
        <translation>%1 von %2 Versuchen unternommen</translation>
    </message>
    <message>
        <source>the %1 retry window would be exceeded</source>
        <translation>das Wiederholungsfenster von %1 würde überschritten</translation>
    </message>
    <message>
        <source>no retry policy</source>
        <translation>keine Wiederholungsrichtlinie</translation>
    </message>
    <message>
        <source>the step moved on before the response arrived</source>
        <translation>der Schritt war schon weiter, als die Antwort eintraf</translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; is missing</source>
        <translation>Parameter „field“ fehlt</translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; must name a line field (line.fields.NAME), not &apos;%1&apos;</source>
        <translation>Parameter „field“ muss ein Positionsfeld nennen (line.fields.NAME), nicht „%1“</translation>
    </message>
    <message>
        <source>parameter &apos;value&apos; is missing</source>
        <translation>Parameter „value“ fehlt</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not completed, so &apos;%2&apos; has no date</source>
        <translation>Schritt „%1“ ist nicht abgeschlossen, daher hat „%2“ kein Datum</translation>
    </message>
    <message>
        <source>parameter &apos;from&apos; is &apos;%1&apos;: expected now, completion:STEP or an ISO date</source>
        <translation>Parameter „from“ ist „%1“: erwartet wird now, completion:STEP oder ein ISO-Datum</translation>
    </message>
    <message>
        <source>addDays, addMonths and addYears must be whole numbers</source>
        <translation>addDays, addMonths und addYears müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>parameter &apos;event&apos; is missing</source>
        <translation>Parameter „event“ fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must be a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>muss Datum und Uhrzeit sein (JJJJ-MM-TTThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>is required: answer yes or no</source>
        <translation>ist erforderlich: Antworten Sie mit Ja oder Nein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of this form</source>
        <translation>„%1“ ist kein Feld dieses Formulars</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>unbekannte Aufgabe %1</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only they can release it</source>
        <translation>Aufgabe %1 ist von %2 übernommen; nur diese Person kann sie freigeben</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only the claimant can complete it</source>
        <translation>Aufgabe %1 ist von %2 übernommen; nur diese Person kann sie abschließen</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2</source>
        <translation>Aufgabe %1 ist von %2 übernommen</translation>
    </message>
    <message>
        <source>task %1 is not claimed; claim it before completing it</source>
        <translation>Aufgabe %1 ist nicht übernommen; übernehmen Sie sie, bevor Sie sie abschließen</translation>
    </message>
    <message>
        <source>task %1 is not claimed</source>
        <translation>Aufgabe %1 ist nicht übernommen</translation>
    </message>
    <message>
        <source>task %1: order %2 is not active</source>
        <translation>Aufgabe %1: Auftrag %2 ist nicht aktiv</translation>
    </message>
    <message>
        <source>task %1: step %2 cannot complete now</source>
        <translation>Aufgabe %1: Schritt %2 kann jetzt nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>unknown or inactive order &apos;%1&apos;</source>
        <translation>unbekannter oder inaktiver Auftrag „%1“</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3): it needs %4, and %1 %5</source>
        <translation>%1 darf nicht: %2 (%3). Nötig ist %4, und %1 %5</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3) of queue &apos;%4&apos;: %1 %5 (the supervisor role works every queue)</source>
        <translation>%1 darf nicht: %2 (%3) in Warteschlange „%4“. %1 %5 (die Rolle supervisor bearbeitet jede Warteschlange)</translation>
    </message>
    <message>
        <source>%1 may not %2: the user is deactivated</source>
        <translation>%1 darf nicht: %2. Der Benutzer ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 may not %2: &apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation>%1 darf nicht: %2. „%1“ ist kein Benutzer dieses Datenspeichers (ein Admin fügt Benutzer mit „fwctl users add“ hinzu)</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Benötigt %1</translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation>die Rolle %1 oder %2</translation>
    </message>
    <message>
        <source>the %1 role</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>holds no role</source>
        <translation>hat keine Rolle</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hat %1</translation>
    </message>
    <message>
        <source>works no queue</source>
        <translation>bearbeitet keine Warteschlange</translation>
    </message>
    <message>
        <source>works %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>claim a task</source>
        <translation>eine Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>release a task</source>
        <translation>eine Aufgabe freigeben</translation>
    </message>
    <message>
        <source>release a task another user holds</source>
        <translation>eine Aufgabe freigeben, die ein anderer Benutzer hält</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>eine Aufgabe abschließen</translation>
    </message>
    <message>
        <source>give an order a signal</source>
        <translation>einem Auftrag ein Signal geben</translation>
    </message>
    <message>
        <source>set a line field</source>
        <translation>ein Positionsfeld setzen</translation>
    </message>
    <message>
        <source>retry a fallout case</source>
        <translation>einen Fallout-Fall wiederholen</translation>
    </message>
    <message>
        <source>skip a fallout case</source>
        <translation>einen Fallout-Fall überspringen</translation>
    </message>
    <message>
        <source>cancel an order in fallout</source>
        <translation>einen Auftrag im Fallout stornieren</translation>
    </message>
    <message>
        <source>resume an order on hold</source>
        <translation>einen angehaltenen Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>retry fallout cases in bulk</source>
        <translation>Fallout-Fälle gesammelt wiederholen</translation>
    </message>
    <message>
        <source>skip fallout cases in bulk</source>
        <translation>Fallout-Fälle gesammelt überspringen</translation>
    </message>
    <message>
        <source>reassign a task to another queue</source>
        <translation>eine Aufgabe einer anderen Warteschlange zuweisen</translation>
    </message>
    <message>
        <source>escalate a step or an order</source>
        <translation>einen Schritt oder Auftrag eskalieren</translation>
    </message>
    <message>
        <source>change an order&apos;s priority</source>
        <translation>die Priorität eines Auftrags ändern</translation>
    </message>
    <message>
        <source>claim an escalation</source>
        <translation>eine Eskalation übernehmen</translation>
    </message>
    <message>
        <source>resolve an escalation</source>
        <translation>eine Eskalation lösen</translation>
    </message>
    <message>
        <source>preview a change order</source>
        <translation>eine Auftragsänderung in der Vorschau ansehen</translation>
    </message>
    <message>
        <source>submit a change order or cancellation</source>
        <translation>eine Auftragsänderung oder Stornierung einreichen</translation>
    </message>
    <message>
        <source>import an order</source>
        <translation>einen Auftrag importieren</translation>
    </message>
    <message>
        <source>import a catalog</source>
        <translation>einen Katalog importieren</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>change a user&apos;s roles, queues or name</source>
        <translation>Rollen, Warteschlangen oder Namen eines Benutzers ändern</translation>
    </message>
    <message>
        <source>deactivate a user</source>
        <translation>einen Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>change the remote store&apos;s settings</source>
        <translation>die Einstellungen des zentralen Datenspeichers ändern</translation>
    </message>
    <message>
        <source>archive finished orders</source>
        <translation>abgeschlossene Aufträge archivieren</translation>
    </message>
    <message>
        <source>acknowledge a sync conflict</source>
        <translation>einen Synchronisationskonflikt bestätigen</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>a duration in days (&quot;3d&quot;; &quot;1d 4h&quot; is made of the day and hour forms)</extracomment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>a duration in hours</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>a duration in minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>d MMM HH:mm &apos;UTC&apos;</source>
        <extracomment>an instant in UTC as QDateTime::toString() takes it (&quot;26 Nov 14:20 UTC&quot;)</extracomment>
        <translation>d. MMM HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage (&quot;150%&quot;: a jeopardy threshold, a share of an estimate)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>released: %1 delivery path delivered</source>
        <translation>freigegeben: %1 Lieferpfad geliefert</translation>
    </message>
    <message>
        <source>released: %1 delivery paths delivered</source>
        <translation>freigegeben: %1 Lieferpfade geliefert</translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery path delivered</source>
        <translation>wartet: %1 von %2 Lieferpfad geliefert</translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery paths delivered</source>
        <translation>wartet: %1 von %2 Lieferpfaden geliefert</translation>
    </message>
    <message>
        <source>unknown fallout case %1</source>
        <translation>unbekannter Fallout-Fall %1</translation>
    </message>
    <message>
        <source>fallout case %1 is already resolved</source>
        <translation>Fallout-Fall %1 ist bereits gelöst</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not in fallout</source>
        <translation>Fallout-Fall %1: Schritt %2 ist nicht im Fallout</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not a callout; an edited payload applies to callouts only</source>
        <translation>Fallout-Fall %1: Schritt %2 ist kein Systemaufruf; bearbeitete Nutzdaten gelten nur für Systemaufrufe</translation>
    </message>
    <message>
        <source>fallout case %1: the edited payload must be a JSON object</source>
        <translation>Fallout-Fall %1: Die bearbeiteten Nutzdaten müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>skipping fallout case %1 needs a reason</source>
        <translation>Zum Überspringen von Fallout-Fall %1 ist ein Grund nötig</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 cannot be skipped now</source>
        <translation>Fallout-Fall %1: Schritt %2 kann jetzt nicht übersprungen werden</translation>
    </message>
    <message>
        <source>cancelling the order of fallout case %1 needs a reason</source>
        <translation>Zum Stornieren des Auftrags von Fallout-Fall %1 ist ein Grund nötig</translation>
    </message>
    <message>
        <source>fallout case %1: order %2 is not active</source>
        <translation>Fallout-Fall %1: Auftrag %2 ist nicht aktiv</translation>
    </message>
    <message>
        <source>order %1 is %2; nothing to resume</source>
        <translation>Auftrag %1 ist %2; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>order %1 still has %2 step(s) in fallout (first: %3); retry or skip them first</source>
        <translation>Auftrag %1 hat noch %2 Schritt(e) im Fallout (erster: %3); wiederholen oder überspringen Sie sie zuerst</translation>
    </message>
    <message>
        <source>order %1 is not on hold; nothing to resume</source>
        <translation>Auftrag %1 ist nicht angehalten; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>retried by %1</source>
        <translation>wiederholt von %1</translation>
    </message>
    <message>
        <source>skipped by %1: %2</source>
        <translation>übersprungen von %1: %2</translation>
    </message>
    <message>
        <source>condition false: %1</source>
        <translation>Bedingung nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>order cancelled by %1: %2</source>
        <translation>Auftrag storniert von %1: %2</translation>
    </message>
    <message>
        <source>the remote host closed the connection</source>
        <translation>der entfernte Rechner hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Rechner %1 nicht gefunden</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; version &apos;%2&apos; is not in the store</source>
        <translation>Katalog „%1“ Version „%2“ ist nicht im Datenspeicher</translation>
    </message>
    <message>
        <source>claim task %1</source>
        <translation>Aufgabe %1 übernehmen</translation>
    </message>
    <message>
        <source>release task %1</source>
        <translation>Aufgabe %1 freigeben</translation>
    </message>
    <message>
        <source>complete task %1</source>
        <translation>Aufgabe %1 abschließen</translation>
    </message>
    <message>
        <source>complete task</source>
        <translation>Aufgabe abschließen</translation>
    </message>
    <message>
        <source>signal %1 to %2</source>
        <translation>Signal %1 an %2 senden</translation>
    </message>
    <message>
        <source>retry fallout case %1</source>
        <translation>Fallout-Fall %1 wiederholen</translation>
    </message>
    <message>
        <source>skip fallout case %1</source>
        <translation>Fallout-Fall %1 überspringen</translation>
    </message>
    <message>
        <source>cancel the order of fallout case %1</source>
        <translation>Auftrag von Fallout-Fall %1 stornieren</translation>
    </message>
    <message>
        <source>resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Änderungsauftrag %1 für %2</translation>
    </message>
    <message>
        <source>reassign %1 to %2</source>
        <translation>%1 an %2 übertragen</translation>
    </message>
    <message>
        <source>escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <source>take escalation %1</source>
        <translation>Eskalation %1 übernehmen</translation>
    </message>
    <message>
        <source>resolve escalation %1</source>
        <translation>Eskalation %1 lösen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in Ausführung</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>in Wiederholung</translation>
    </message>
    <message>
        <source>fallout</source>
        <translation>im Fallout</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>being cancelled</source>
        <translation>in Stornierung</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2</source>
        <translation>Menge %1 -&gt; %2</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplement removed: %3)</source>
        <translation>Menge %1 -&gt; %2 (Ergänzung entfernt: %3)</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplements removed: %3)</source>
        <translation>Menge %1 -&gt; %2 (Ergänzungen entfernt: %3)</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (+%3 as supplement %4)</source>
        <translation>Menge %1 -&gt; %2 (+%3 als Ergänzung %4)</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>Attribute %1</translation>
    </message>
    <message>
        <source>delivery group %1 -&gt; %2</source>
        <translation>Liefergruppe %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(geerbt)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>removed (with %1)</source>
        <translation>entfernt (mit %1)</translation>
    </message>
    <message>
        <source>removed (with %1 and %2)</source>
        <translation>entfernt (mit %1 und %2)</translation>
    </message>
    <message>
        <source>%1 child item</source>
        <translation>%1 Unterposition</translation>
    </message>
    <message>
        <source>%1 child items</source>
        <translation>%1 Unterpositionen</translation>
    </message>
    <message>
        <source>%1 supplement</source>
        <translation>%1 Ergänzung</translation>
    </message>
    <message>
        <source>%1 supplements</source>
        <translation>%1 Ergänzungen</translation>
    </message>
    <message>
        <source>added %1 x%2</source>
        <translation>%1 x%2 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3</source>
        <translation>%1 x%2 zum Paket %3 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 x%2 in group %3</source>
        <translation>%1 x%2 in Gruppe %3 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3 in group %4</source>
        <translation>%1 x%2 zum Paket %3 in Gruppe %4 hinzugefügt</translation>
    </message>
    <message>
        <source>new delivery group %1: %2</source>
        <translation>neue Liefergruppe %1: %2</translation>
    </message>
    <message>
        <source>delivery group %1: %2</source>
        <translation>Liefergruppe %1: %2</translation>
    </message>
    <message>
        <source>address set</source>
        <translation>Adresse gesetzt</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>Adresse geändert</translation>
    </message>
    <message>
        <source>requested date %1</source>
        <translation>Wunschtermin %1</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>entfernt von %1</translation>
    </message>
    <message>
        <source>line %1 removed</source>
        <translation>Fulfillment-Position %1 entfernt</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>Auftrag storniert</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Fulfillment-Position %1: %2</translation>
    </message>
    <message>
        <source>line %1 added (%2 x%3)</source>
        <translation>Fulfillment-Position %1 hinzugefügt (%2 x%3)</translation>
    </message>
    <message>
        <source>delivery address of %1 %2 -&gt; %3</source>
        <translation>Lieferadresse von %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>requested date of %1 %2 -&gt; %3</source>
        <translation>Wunschtermin von %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; (%2) on line %3 passed its point of no return (%4), so the change is refused: %5</source>
        <translation>Schritt „%1“ (%2) der Fulfillment-Position %3 hat seinen Point of no Return überschritten (%4), daher wird die Änderung abgelehnt: %5</translation>
    </message>
    <message>
        <source>the order cannot be cancelled any more</source>
        <translation>der Auftrag kann nicht mehr storniert werden</translation>
    </message>
    <message>
        <source>the change to its lines</source>
        <translation>die Änderung ihrer Fulfillment-Positionen</translation>
    </message>
    <message>
        <source>past its point of no return (%1)</source>
        <translation>über seinen Point of no Return hinaus (%1)</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>callout started</source>
        <translation>Systemaufruf gestartet</translation>
    </message>
    <message>
        <source>lines added: %1</source>
        <translation>Fulfillment-Positionen hinzugefügt: %1</translation>
    </message>
    <message>
        <source>it follows &apos;%1&apos;, which is done again</source>
        <translation>folgt auf „%1“, das erneut ausgeführt wird</translation>
    </message>
    <message>
        <source>skipped by an operator; left as it is (%1)</source>
        <translation>von einem Bediener übersprungen; bleibt, wie er ist (%1)</translation>
    </message>
    <message>
        <source>a callout is out now: the change waits for its reply</source>
        <translation>ein Systemaufruf ist unterwegs: die Änderung wartet auf seine Antwort</translation>
    </message>
    <message>
        <source>completed; an added instance covers the new lines</source>
        <translation>abgeschlossen; eine hinzugefügte Instanz deckt die neuen Fulfillment-Positionen ab</translation>
    </message>
    <message>
        <source>completed; compensated (%1)</source>
        <translation>abgeschlossen; kompensiert (%1)</translation>
    </message>
    <message>
        <source>completed; done again (%1)</source>
        <translation>abgeschlossen; erneut ausgeführt (%1)</translation>
    </message>
    <message>
        <source>completed; the catalog defines no compensation, its effect stands (%1)</source>
        <translation>abgeschlossen; der Katalog definiert keine Kompensation, die Wirkung bleibt bestehen (%1)</translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation>macht „%1“ rückgängig: %2</translation>
    </message>
    <message>
        <source>new in the amended plan</source>
        <translation>neu im geänderten Plan</translation>
    </message>
    <message>
        <source>done again after its compensation: %1</source>
        <translation>nach der Kompensation erneut ausgeführt: %1</translation>
    </message>
    <message>
        <source>done again: %1</source>
        <translation>erneut ausgeführt: %1</translation>
    </message>
    <message>
        <source>covers the added lines %1</source>
        <translation>deckt die hinzugefügten Fulfillment-Positionen %1 ab</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>%1 amended</source>
        <translation>%1 angepasst</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 discarded</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>%1 compensation</source>
        <translation>%1 Kompensation</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>angewendet: %1</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>waiting for the replies of %1; applied when they are in</source>
        <translation>wartet auf die Antworten von %1; wird angewendet, sobald sie da sind</translation>
    </message>
    <message>
        <source>order %1 is %2; a change order cannot change it</source>
        <translation>Auftrag %1 ist %2; ein Änderungsauftrag kann ihn nicht ändern</translation>
    </message>
    <message>
        <source>order %1 runs on workstation %2; submit the change there</source>
        <translation>Auftrag %1 läuft auf Arbeitsplatz %2; reichen Sie die Änderung dort ein</translation>
    </message>
    <message>
        <source>change order %1 of order %2 is already %3</source>
        <translation>Änderungsauftrag %1 für Auftrag %2 ist bereits %3</translation>
    </message>
    <message>
        <source>the change order is for order &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>der Änderungsauftrag gilt für Auftrag „%1“, nicht für „%2“</translation>
    </message>
    <message>
        <source>%1&apos;s claim on order %2 (made while the remote store did not answer) was lost: %3</source>
        <translation>die Übernahme durch %1 in Auftrag %2 (als der zentrale Datenspeicher nicht antwortete) ging verloren: %3</translation>
    </message>
    <message>
        <source>task.claim by %1 (made while the remote store did not answer) was not granted by the remote store: %2</source>
        <translation>task.claim von %1 (als der zentrale Datenspeicher nicht antwortete) wurde vom zentralen Datenspeicher nicht gewährt: %2</translation>
    </message>
    <message>
        <source>%1 by %2 was not applied by %3: %4</source>
        <translation>%1 von %2 wurde von %3 nicht angewendet: %4</translation>
    </message>
    <message>
        <source>a command</source>
        <translation>ein Befehl</translation>
    </message>
    <message>
        <source>%1 change(s) to order %2 made here (%3) were not accepted: %4; the order&apos;s state now comes from the workstation that holds it</source>
        <translation>%1 hier vorgenommene Änderung(en) an Auftrag %2 (%3) wurden nicht angenommen: %4; der Zustand des Auftrags kommt jetzt vom Arbeitsplatz, der ihn hält</translation>
    </message>
    <message>
        <source>this workstation no longer holds its lease</source>
        <translation>dieser Arbeitsplatz hält seine Lease nicht mehr</translation>
    </message>
    <message>
        <source>order %1 was taken over by %2 after this workstation&apos;s lease expired; this workstation no longer runs it</source>
        <translation>Auftrag %1 wurde von %2 übernommen, nachdem die Lease dieses Arbeitsplatzes abgelaufen war; dieser Arbeitsplatz führt ihn nicht mehr aus</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>inbound order %1 cannot run here: %2</source>
        <translation>eingehender Auftrag %1 kann hier nicht laufen: %2</translation>
    </message>
    <message>
        <source>claimed by %1 at %2</source>
        <translation>übernommen von %1 um %2</translation>
    </message>
    <message>
        <source>claimed by %1 at %2 (on %3)</source>
        <translation>übernommen von %1 um %2 (auf %3)</translation>
    </message>
    <message>
        <source>workstation %1 is registered to database role %2, but this connection is role %3: connect as %2, or give this store a workstation id of its own (--workstation)</source>
        <translation>Arbeitsplatz %1 ist für die Datenbankrolle %2 registriert, diese Verbindung hat aber die Rolle %3: verbinden Sie sich als %2 oder geben Sie diesem Datenspeicher eine eigene Arbeitsplatz-ID (--workstation)</translation>
    </message>
    <message>
        <source>remote store %1: cannot connect: %2</source>
        <translation>zentraler Datenspeicher %1: keine Verbindung möglich: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s (connect_timeout)</source>
        <translation>keine Antwort innerhalb von %1 s (connect_timeout)</translation>
    </message>
    <message>
        <source>remote store schema version %1 is newer than this build supports (%2); use a newer build</source>
        <translation>die Schemaversion %1 des zentralen Datenspeichers ist neuer, als dieser Build unterstützt (%2); verwenden Sie einen neueren Build</translation>
    </message>
    <message>
        <source>remote migration %1 failed: %2</source>
        <translation>Migration %1 des zentralen Datenspeichers fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>database role %1 may not change the shared users (fw.users); connect as a role in fw_user_admin (&apos;fwctl sync-admin roles&apos; prints the GRANTs)</source>
        <translation>die Datenbankrolle %1 darf die gemeinsamen Benutzer (fw.users) nicht ändern; verbinden Sie sich als eine Rolle in fw_user_admin („fwctl sync-admin roles“ gibt die GRANTs aus)</translation>
    </message>
    <message>
        <source>the quantity of item &apos;%1&apos; is already %2</source>
        <translation>die Menge der Position „%1“ ist bereits %2</translation>
    </message>
    <message>
        <source>supplement item &apos;%1&apos; already exists: change order %2 was applied already</source>
        <translation>die Ergänzungsposition „%1“ gibt es bereits: Änderungsauftrag %2 wurde schon angewendet</translation>
    </message>
    <message>
        <source>changes nothing: item &apos;%1&apos; already has these values</source>
        <translation>ändert nichts: die Position „%1“ hat diese Werte bereits</translation>
    </message>
    <message>
        <source>changes nothing: delivery group &apos;%1&apos; already has this address and date</source>
        <translation>ändert nichts: die Liefergruppe „%1“ hat diese Adresse und diesen Termin bereits</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation>die Position „%1“ ist eine Ergänzung der Position „%2“; geben Sie „%2“ an</translation>
    </message>
    <message>
        <source>parent item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation>die übergeordnete Position „%1“ ist eine Ergänzung der Position „%2“; geben Sie „%2“ an</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation>unbekannte Position „%1“ in Auftrag %2 (Positionen: %3)</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation>unbekannte Position „%1“ in Auftrag %2 (der Auftrag hat keine Positionen)</translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation>unbekannte übergeordnete Position „%1“ in Auftrag %2 (Positionen: %3)</translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation>unbekannte übergeordnete Position „%1“ in Auftrag %2 (der Auftrag hat keine Positionen)</translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (delivery groups: %3)</source>
        <translation>unbekannte Liefergruppe „%1“ in Auftrag %2 (Liefergruppen: %3)</translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (the order has no delivery groups)</source>
        <translation>unbekannte Liefergruppe „%1“ in Auftrag %2 (der Auftrag hat keine Liefergruppen)</translation>
    </message>
    <message>
        <source>%1; to create it, add &quot;new&quot;: true</source>
        <translation>%1; um sie anzulegen, &quot;new&quot;: true hinzufügen</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (not in catalog &apos;%2&apos;)</source>
        <translation>unbekanntes Produkt „%1“ (nicht im Katalog „%2“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a fulfillment product; orders contain commercial products</source>
        <translation>„%1“ ist ein Fulfillment-Produkt; Aufträge enthalten kommerzielle Produkte</translation>
    </message>
    <message>
        <source>delivery group &apos;%1&apos; already exists in order %2</source>
        <translation>die Liefergruppe „%1“ gibt es in Auftrag %2 bereits</translation>
    </message>
    <message>
        <source>a new delivery group needs an address</source>
        <translation>eine neue Liefergruppe braucht eine Adresse</translation>
    </message>
    <message>
        <source>change order %1 is for order &apos;%2&apos;, not for order &apos;%3&apos;</source>
        <translation>Änderungsauftrag %1 gilt für Auftrag „%2“, nicht für Auftrag „%3“</translation>
    </message>
    <message>
        <source>change order %1 applied, but order %2 could not be reloaded: %3</source>
        <translation>Änderungsauftrag %1 angewendet, aber Auftrag %2 konnte nicht neu geladen werden: %3</translation>
    </message>
    <message>
        <source>claim a renewal</source>
        <translation>eine Verlängerung übernehmen</translation>
    </message>
    <message>
        <source>renew a subscription</source>
        <translation>ein Abonnement verlängern</translation>
    </message>
    <message>
        <source>decline a renewal</source>
        <translation>eine Verlängerung ablehnen</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) claimed by %3</source>
        <translation>Verlängerung %1 (Asset %2) übernommen von %3</translation>
    </message>
    <message>
        <source>renewal %1: asset %2 renewed until %3</source>
        <translation>Verlängerung %1: Asset %2 verlängert bis %3</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) declined: %3</source>
        <translation>Verlängerung %1 (Asset %2) abgelehnt: %3</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is claimed by %3</source>
        <translation>Verlängerung %1 (Asset %2) ist von %3 übernommen</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is already %3 by %4</source>
        <translation>Verlängerung %1 (Asset %2) ist bereits %3 durch %4</translation>
    </message>
    <message>
        <source>renewal %1: a decline needs a reason</source>
        <translation>Verlängerung %1: eine Ablehnung braucht einen Grund</translation>
    </message>
    <message>
        <source>no renewal %1 in this store</source>
        <translation>keine Verlängerung %1 in diesem Datenspeicher</translation>
    </message>
    <message>
        <source>renewal %1 changed meanwhile: it is %2</source>
        <translation>Verlängerung %1 wurde inzwischen geändert: sie ist %2</translation>
    </message>
    <message>
        <source>renewal %1: asset %2 is disconnected; decline the renewal instead</source>
        <translation>Verlängerung %1: Asset %2 ist abgeschaltet; lehnen Sie die Verlängerung stattdessen ab</translation>
    </message>
</context>
<context>
    <name>fw::EscalationModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>By a supervisor</source>
        <translation>Durch Supervisor</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Notiz: %2</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Ganzer Auftrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Jeopardy rule</source>
        <translation>Gefährdungsregel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>fw::EscalationsPanel</name>
    <message>
        <source>Resolve Escalation %1</source>
        <translation>Eskalation %1 erledigen</translation>
    </message>
    <message>
        <source>What was done? (kept in the order&apos;s timeline)</source>
        <translation>Was wurde getan? (wird im Verlauf des Auftrags festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Take the escalation: the other supervisors see that you are on it</source>
        <translation>Die Eskalation übernehmen: Die anderen Supervisoren sehen, dass Sie sich darum kümmern</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>&amp;Auftrag öffnen</translation>
    </message>
    <message>
        <source>escalations</source>
        <translation>Eskalationen</translation>
    </message>
</context>
<context>
    <name>fw::EvidenceExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON evidence bundle (*.json)</source>
        <translation>Nachweispaket als JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Evidence of Order %1</source>
        <translation>Liefernachweis für Auftrag %1 exportieren</translation>
    </message>
</context>
<context>
    <name>fw::EvidencePdf</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Evidence of delivery</source>
        <translation>Liefernachweis</translation>
    </message>
    <message>
        <source>Order %1 for revenue recognition (ASC 606 / IFRS 15): what was delivered when, and the records that prove it.</source>
        <translation>Auftrag %1 für die Umsatzrealisierung (ASC 606 / IFRS 15): was wann geliefert wurde und die Aufzeichnungen, die es belegen.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Billing started</source>
        <translation>Abrechnung begonnen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Catalog, revision</source>
        <translation>Katalog, Revision</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, Revision %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Delivered when</source>
        <translation>Wann geliefert wurde</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>For items</source>
        <translation>Für Positionen</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Liefergruppe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The pages that follow hold the items ordered and now, the delivery confirmations (%1), the billing start, the change orders (%2), and every callout with its request and response (%3).</source>
        <translation>Die folgenden Seiten enthalten die bestellten und jetzigen Positionen, die Lieferbestätigungen (%1), den Abrechnungsbeginn, die Änderungsaufträge (%2) und jeden Systemaufruf mit Anfrage und Antwort (%3).</translation>
    </message>
    <message>
        <source>Items ordered and now</source>
        <translation>Positionen: bestellt und jetzt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert durch</translation>
    </message>
    <message>
        <source>Delivery confirmations</source>
        <translation>Lieferbestätigungen</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine aufgezeichnet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Task completed (%1)</source>
        <translation>Aufgabe erledigt (%1)</translation>
    </message>
    <message>
        <source>Signal received: %1</source>
        <translation>Signal empfangen: %1</translation>
    </message>
    <message>
        <source>Billing start</source>
        <translation>Abrechnungsbeginn</translation>
    </message>
    <message>
        <source>Billing has not started.</source>
        <translation>Die Abrechnung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 completed at %2%3%4.</source>
        <translation>%1 abgeschlossen am %2%3%4.</translation>
    </message>
    <message>
        <source>; billing start date %1</source>
        <translation>; Abrechnungsbeginn %1</translation>
    </message>
    <message>
        <source>; see callout %1 below</source>
        <translation>; siehe Systemaufruf %1 unten</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Änderungsaufträge</translation>
    </message>
    <message>
        <source>None: the order ran as submitted.</source>
        <translation>Keine: Der Auftrag lief wie eingereicht.</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Änderungsauftrag</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Callouts: requests and responses</source>
        <translation>Systemaufrufe: Anfragen und Antworten</translation>
    </message>
    <message>
        <source>Each request the workbench sent to an external system and the answer it received, as stored. The idempotency key identifies the request in the other system&apos;s records.</source>
        <translation>Jede Anfrage, die die Workbench an ein externes System gesendet hat, und die erhaltene Antwort, wie gespeichert. Der Idempotenzschlüssel kennzeichnet die Anfrage in den Aufzeichnungen des anderen Systems.</translation>
    </message>
    <message>
        <source>%1. %2, attempt %3: %4</source>
        <translation>%1. %2, Versuch %3: %4</translation>
    </message>
    <message>
        <source>Sent %1, answered %2, idempotency key %3</source>
        <translation>Gesendet %1, beantwortet %2, Idempotenzschlüssel %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Generated by Fulfillment Workbench from its store at %1. Times are UTC.</source>
        <translation>Erstellt von Fulfillment Workbench aus ihrem Speicher am %1. Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Evidence of delivery: order %1</source>
        <translation>Liefernachweis: Auftrag %1</translation>
    </message>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation>das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>fw::ExternalEffectModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>fw::FalloutCaseModel</name>
    <message>
        <source>Fatal</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation>Wiederholungen ausgeschöpft</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
</context>
<context>
    <name>fw::FalloutGroupModel</name>
    <message numerus="yes">
        <source>%n case(s) in %1 order(s); queues: %2</source>
        <translation>
            <numerusform>%n Fall in %1 Auftrag; Warteschlange: %2</numerusform>
            <numerusform>%n Fälle; betroffene Aufträge: %1; Warteschlangen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation>Wiederholungen ausgeschöpft</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation>Fehlersignatur</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
</context>
<context>
    <name>fw::FalloutHistoryModel</name>
    <message>
        <source>No fallout</source>
        <translation>Kein Fallout</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>This case (%1): %2</source>
        <translation>Dieser Fall (%1): %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message numerus="yes">
        <source>Fell out %1 as case %2 after %n attempt(s)</source>
        <translation>
            <numerusform>Am %1 als Fall %2 ausgefallen nach %n Versuch</numerusform>
            <numerusform>Am %1 als Fall %2 ausgefallen nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>fields fixed</source>
        <translation>Felder korrigiert</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>fw::FalloutQueuePage</name>
    <message>
        <source>Filter by error text, order or step (Ctrl+F)</source>
        <translation>Nach Fehlertext, Auftrag oder Schritt filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Empfangene Antwort</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the failed step again with the same data (%1)</source>
        <translation>Den fehlgeschlagenen Schritt mit denselben Daten erneut ausführen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Payload &amp;&amp; Retry…</source>
        <translation>Nutzdaten &amp;bearbeiten &amp;&amp; wiederholen…</translation>
    </message>
    <message>
        <source>Correct the request, then send it (%1)</source>
        <translation>Die Anfrage korrigieren und dann senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation>Über&amp;springen…</translation>
    </message>
    <message>
        <source>Force-complete the step, with a reason (%1)</source>
        <translation>Den Schritt mit Begründung zwangsweise abschließen (%1)</translation>
    </message>
    <message>
        <source>Cancel &amp;Order…</source>
        <translation>Auftrag s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Cancel the whole order, with a reason</source>
        <translation>Den gesamten Auftrag mit Begründung stornieren</translation>
    </message>
    <message>
        <source>Res&amp;ume Order</source>
        <translation>Auftrag &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout (%1)</source>
        <translation>Den Haltezustand aufheben, sobald kein Schritt mehr im Fallout ist (%1)</translation>
    </message>
    <message>
        <source>Resume the order when its last case is resolved</source>
        <translation>Den Auftrag fortsetzen, sobald sein letzter Fallout-Fall gelöst ist</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>&amp;Auftrag öffnen</translation>
    </message>
    <message>
        <source>Select a case to see what failed and fix it.</source>
        <translation>Wählen Sie einen Fallout-Fall aus, um zu sehen, was fehlgeschlagen ist, und es zu beheben.</translation>
    </message>
    <message>
        <source>No open fallout. Failed steps that need a person appear here.</source>
        <translation>Kein offener Fallout. Fehlgeschlagene Schritte, die ein menschliches Eingreifen erfordern, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Case %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; step &lt;b&gt;%3&lt;/b&gt; (%4, lane %5) &amp;nbsp;·&amp;nbsp; queue %6 &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Fall %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Auftrag &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Schritt &lt;b&gt;%3&lt;/b&gt; (%4, Bahn %5) &amp;nbsp;·&amp;nbsp; Warteschlange %6 &amp;nbsp;·&amp;nbsp; %n Versuch</numerusform>
            <numerusform>&lt;b&gt;Fall %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Auftrag &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Schritt &lt;b&gt;%3&lt;/b&gt; (%4, Bahn %5) &amp;nbsp;·&amp;nbsp; Warteschlange %6 &amp;nbsp;·&amp;nbsp; %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Classified by fallout rule %1.</source>
        <translation>&lt;br&gt;Eingestuft durch Fallout-Regel %1.</translation>
    </message>
    <message>
        <source>(not a callout)</source>
        <translation>(kein Systemaufruf)</translation>
    </message>
    <message>
        <source>Cases with the same system, class and error shape. Select a group to see its cases; Esc shows all cases again.</source>
        <translation>Fälle mit gleichem System, gleicher Klasse und gleichartigem Fehler. Wählen Sie eine Gruppe aus, um ihre Fälle zu sehen; Esc zeigt wieder alle Fälle.</translation>
    </message>
    <message>
        <source>Open the order with the failed step selected on its plan</source>
        <translation>Den Auftrag öffnen und den fehlgeschlagenen Schritt in seinem Plan auswählen</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählte</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>angezeigte</translation>
    </message>
    <message>
        <source>Retry %1 %2…</source>
        <translation>%1 %2 wiederholen…</translation>
    </message>
    <message>
        <source>Skip %1 %2…</source>
        <translation>%1 %2 überspringen…</translation>
    </message>
    <message>
        <source>Dry run first, then skip every %1 case with one reason</source>
        <translation>Zuerst ein Probelauf, dann werden alle Fälle mit einer gemeinsamen Begründung übersprungen (%1 Fälle)</translation>
    </message>
    <message>
        <source>Dry run first, then retry every %1 case, each with its own result (%2)</source>
        <translation>Zuerst ein Probelauf, dann wird jeder Fall einzeln wiederholt, jeweils mit eigenem Ergebnis (%1 Fälle, %2)</translation>
    </message>
    <message>
        <source>Every run of this step, oldest first: the engine&apos;s own and each retry, across its earlier cases</source>
        <translation>Jeder Lauf dieses Schritts, der älteste zuerst: der der Engine und jede Wiederholung, über seine früheren Fälle hinweg</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Versuchsverlauf</translation>
    </message>
    <message>
        <source>The attempt history cannot be read: %1</source>
        <translation>Der Versuchsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Filter the fallout cases</source>
        <translation>Fallout-Fälle filtern</translation>
    </message>
    <message>
        <source>Fallout by error</source>
        <translation>Fallout nach Fehler</translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Fallout-Fälle</translation>
    </message>
    <message>
        <source>fallout cases</source>
        <translation>Fallout-Fälle</translation>
    </message>
</context>
<context>
    <name>fw::FalloutRetryWatcher</name>
    <message>
        <source>Case %1: retry of “%2” (order %3) sent; waiting for the step&apos;s result…</source>
        <translation>Fall %1: Wiederholung von „%2“ (Auftrag %3) gesendet; warte auf das Ergebnis des Schritts…</translation>
    </message>
    <message>
        <source>Case %1 was not retried: %2</source>
        <translation>Fall %1 wurde nicht wiederholt: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1 failed again&lt;/b&gt; — “%2” of order %3 is now case %4: %5 &amp;nbsp;&lt;a href=&quot;case:%4&quot;&gt;Open case %4&lt;/a&gt;</source>
        <translation>&lt;b&gt;Fall %1 ist erneut fehlgeschlagen&lt;/b&gt; — „%2“ von Auftrag %3 ist jetzt Fall %4: %5 &amp;nbsp;&lt;a href=&quot;case:%4&quot;&gt;Fall %4 öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Case %1 resolved: “%2” ran and order %3 went on (%4 of %5 steps done).</source>
        <translation>Fall %1 gelöst: „%2“ lief und Auftrag %3 ging weiter (%4 von %5 Schritten erledigt).</translation>
    </message>
</context>
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
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umzug</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Entsperrung</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>%1 of %2: %3%4, new total %5</source>
        <translation>%1 von %2: %3%4, neu insgesamt %5</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>What this line does to the asset the account has</source>
        <translation>Was diese Position mit dem Asset des Kunden macht</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
</context>
<context>
    <name>fw::FulfillmentLineTable</name>
    <message>
        <source>Fulfillment lines</source>
        <translation>Fulfillment-Positionen</translation>
    </message>
</context>
<context>
    <name>fw::HelpWindow</name>
    <message>
        <source>Fulfillment Workbench User Guide</source>
        <translation>Fulfillment Workbench – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Handbuch suchen (Enter: nächster, Umschalt+Enter: vorheriger Treffer)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fw::InstalledBaseModel</name>
    <message>
        <source>Asset %1 (product %2), from order %3</source>
        <translation>Asset %1 (Produkt %2), aus Auftrag %3</translation>
    </message>
    <message>
        <source>Renewal due %1 days before the term ends</source>
        <translation>Verlängerung fällig %1 Tage vor Laufzeitende</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Laufzeitbeginn</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Laufzeitende</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyActionDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>%1 neu zuweisen</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3
%4</source>
        <translation>%1 · Auftrag %2 · %3
%4</translation>
    </message>
    <message>
        <source>Current queue:</source>
        <translation>Aktuelle Warteschlange:</translation>
    </message>
    <message>
        <source>Move the task to:</source>
        <translation>Aufgabe verschieben nach:</translation>
    </message>
    <message>
        <source>Supervisors&apos; queue:</source>
        <translation>Supervisor-Warteschlange:</translation>
    </message>
    <message>
        <source>What should the supervisor know or do?</source>
        <translation>Was soll der Supervisor wissen oder tun?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>No other task queue is known.</source>
        <translation>Keine andere Aufgabenwarteschlange bekannt.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Add a note to escalation %1</source>
        <translation>Notiz zu Eskalation %1 hinzufügen</translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 on %3. Your note is added to this escalation.</source>
        <translation>Bereits an %1 eskaliert von %2 am %3. Ihre Notiz wird dieser Eskalation hinzugefügt.</translation>
    </message>
    <message>
        <source>The open escalation&apos;s queue</source>
        <translation>Die Warteschlange der offenen Eskalation</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmap</name>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation>Gefährdung nach Bahn und Warteschlange</translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation>Nichts gefährdet</translation>
    </message>
    <message>
        <source>Lane ↓</source>
        <translation>Bahn ↓</translation>
    </message>
    <message>
        <source>Task queue →</source>
        <translation>Aufgaben-Warteschlange →</translation>
    </message>
    <message>
        <source>Any critical</source>
        <translation>Mind. einer kritisch</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Darker: more findings (max %1)</source>
        <translation>Dunkler: mehr Befunde (max. %1)</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmapModel</name>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation>Bahn %1 · Warteschlange %2</translation>
    </message>
    <message>
        <source>%1: nothing in jeopardy</source>
        <translation>%1: nichts gefährdet</translation>
    </message>
    <message>
        <source>%1: %2 critical, %3 warning. Click to show them in the table.</source>
        <translation>%1: kritisch %2, Warnung %3. Klicken, um sie in der Tabelle anzuzeigen.</translation>
    </message>
    <message>
        <source>Findings without a lane (whole orders)</source>
        <translation>Befunde ohne Bahn (ganze Aufträge)</translation>
    </message>
    <message>
        <source>Whole orders and steps without a task queue</source>
        <translation>Ganze Aufträge und Schritte ohne Aufgabenwarteschlange</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>; critical at %1</source>
        <translation>; kritisch ab %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Aktionen: %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Überschreitung</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Forecast vs due</source>
        <translation>Prognose vs. Fälligkeit</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 (taken by %2)</source>
        <translation>%1 (übernommen von %2)</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation>An %1 eskaliert von %2 am %3 (Eskalation %4)</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Escalate again to add a note to it.</source>
        <translation>Erneut eskalieren, um eine Notiz hinzuzufügen.</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Nicht eskaliert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyNotifier</name>
    <message>
        <source>Critical: order %1</source>
        <translation>Kritisch: Auftrag %1</translation>
    </message>
    <message>
        <source>Warning: order %1</source>
        <translation>Warnung: Auftrag %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In jeopardy: %1</source>
        <translation>Gefährdet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your order(s) entered jeopardy</source>
        <translation>
            <numerusform>%n Ihrer Aufträge ist jetzt gefährdet</numerusform>
            <numerusform>%n Ihrer Aufträge sind jetzt gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation>
            <numerusform> (davon %n kritisch)</numerusform>
            <numerusform> (davon %n kritisch)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in jeopardy</source>
        <translation>Gefährdete Aufträge</translation>
    </message>
    <message>
        <source>Open the Jeopardy view to see them.</source>
        <translation>Öffnen Sie die Ansicht „Gefährdung“, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Evaluate the open orders again (F5)</source>
        <translation>Die offenen Aufträge neu bewerten (F5)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Send the finding to a supervisors&apos; queue with a note</source>
        <translation>Den Befund mit einer Notiz an eine Supervisor-Warteschlange senden</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>&amp;Auftrag öffnen</translation>
    </message>
    <message>
        <source>Open the order&apos;s page (double-click a row)</source>
        <translation>Die Seite des Auftrags öffnen (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Search by order, account or step (Ctrl+F)</source>
        <translation>Nach Auftrag, Kundenkonto oder Schritt suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Alle Ursachen</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Show the findings of every lane and queue again</source>
        <translation>Wieder die Befunde aller Bahnen und Warteschlangen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %1 · %n order(s) checked</source>
        <translation>
            <numerusform>Bewertet um %1 · %n Auftrag geprüft</numerusform>
            <numerusform>Bewertet um %1 · %n Aufträge geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation>Bahn %1 · Warteschlange %2</translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation>Nichts gefährdet</translation>
    </message>
    <message numerus="yes">
        <source>%1 critical · %2 warning · %n order(s) projected to miss their due date</source>
        <translation>
            <numerusform>Kritisch: %1 · Warnung: %2 · %n Auftrag verfehlt voraussichtlich seine Fälligkeit</numerusform>
            <numerusform>Kritisch: %1 · Warnung: %2 · %n Aufträge verfehlen voraussichtlich ihre Fälligkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding</source>
        <translation>Wählen Sie einen Befund aus</translation>
    </message>
    <message>
        <source>Only a manual task&apos;s step can be moved to another queue</source>
        <translation>Nur der Schritt einer manuellen Aufgabe kann in eine andere Warteschlange verschoben werden</translation>
    </message>
    <message>
        <source>No other task queue is known</source>
        <translation>Keine andere Aufgabenwarteschlange bekannt</translation>
    </message>
    <message>
        <source>Move the step&apos;s task to another queue</source>
        <translation>Die Aufgabe des Schritts in eine andere Warteschlange verschieben</translation>
    </message>
    <message>
        <source>Select a finding to see why it is in jeopardy and what its rule does.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, warum eine Gefährdung besteht und was die zugehörige Regel bewirkt.</translation>
    </message>
    <message>
        <source>No order or step is in jeopardy.</source>
        <translation>Kein Auftrag und kein Schritt ist gefährdet.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>Bahn %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 ab %2 (%3)</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 seit %2 (%3)</translation>
    </message>
    <message>
        <source>Critical at %1 (%2)</source>
        <translation>Kritisch ab %1 (%2)</translation>
    </message>
    <message>
        <source>Forecast %1 · due %2</source>
        <translation>Prognose %1 · fällig %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation>Kritischer Pfad: %1</translation>
    </message>
    <message>
        <source>The rule&apos;s actions at this level: %1</source>
        <translation>Aktionen der Regel auf dieser Stufe: %1</translation>
    </message>
    <message>
        <source>The rule takes no action at this level.</source>
        <translation>Die Regel löst auf dieser Stufe keine Aktion aus.</translation>
    </message>
    <message>
        <source>No rule acts on this finding.</source>
        <translation>Für diesen Befund greift keine Regel.</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation>An %1 eskaliert von %2 am %3 (Eskalation %4)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 (escalation %3): add a note to it</source>
        <translation>Bereits an %1 eskaliert von %2 (Eskalation %3): eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation>Gefährdung nach Bahn und Warteschlange</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Einzelheiten des Befunds</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>orders in jeopardy</source>
        <translation>gefährdeten Aufträge</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPresentation</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>History p90</source>
        <translation>Historie p90</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>A catalog jeopardy rule&apos;s threshold was reached.</source>
        <translation>Der Schwellenwert einer Gefährdungsregel aus dem Katalog wurde erreicht.</translation>
    </message>
    <message>
        <source>The step has been pending longer than 90% of the same steps took before.</source>
        <translation>Der Schritt ist schon länger offen, als 90 % der gleichen Schritte bisher gedauert haben.</translation>
    </message>
    <message>
        <source>The order&apos;s projected completion is past its due date.</source>
        <translation>Der prognostizierte Abschluss des Auftrags liegt nach seiner Fälligkeit.</translation>
    </message>
    <message>
        <source>The order is not done and its due date has passed.</source>
        <translation>Der Auftrag ist nicht abgeschlossen, und seine Fälligkeit ist überschritten.</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>+%1 late</source>
        <translation>+%1 zu spät</translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation>%1 Puffer</translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <source>%1 (runs on %2)</source>
        <translation>%1 (läuft auf %2)</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Ganzer Auftrag</translation>
    </message>
    <message>
        <source>at critical</source>
        <translation>bei kritisch</translation>
    </message>
    <message>
        <source>at warning</source>
        <translation>bei Warnung</translation>
    </message>
    <message>
        <source>Flag (%1)</source>
        <translation>Markieren (%1)</translation>
    </message>
    <message>
        <source>Notify (%1)</source>
        <translation>Benachrichtigen (%1)</translation>
    </message>
    <message>
        <source>Raise priority (%1)</source>
        <translation>Priorität erhöhen (%1)</translation>
    </message>
    <message>
        <source>Reassign to %1 (%2)</source>
        <translation>Neu zuweisen an %1 (%2)</translation>
    </message>
    <message>
        <source>Escalate to %1 (%2)</source>
        <translation>Eskalieren an %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fw::KpiCountModel</name>
    <message numerus="yes">
        <source>%1: %n fallout case(s)</source>
        <translation>
            <numerusform>%1: %n Fallout-Fall</numerusform>
            <numerusform>%1: %n Fallout-Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Fallout-Fälle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>fw::KpiDayModel</name>
    <message>
        <source>%1: %2 of %3 finished orders had fallout</source>
        <translation>%1: %2 von %3 beendeten Aufträgen hatten Fallout</translation>
    </message>
    <message>
        <source>%1: %2 of %3 completed orders without a person acting</source>
        <translation>%1: %2 von %3 abgeschlossenen Aufträgen ohne Eingriff</translation>
    </message>
    <message>
        <source>%1: cycle time of the orders completed that day (created to finished)</source>
        <translation>%1: Durchlaufzeit der an diesem Tag abgeschlossenen Aufträge (Anlage bis Abschluss)</translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 cancelled</source>
        <translation>%1: %2 abgeschlossen, %3 storniert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Median-Durchlaufzeit</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Fallout-Quote</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Ohne Eingriff</translation>
    </message>
</context>
<context>
    <name>fw::KpiTiles</name>
    <message>
        <source>Orders completed</source>
        <translation>Abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>Orders that finished completed in the range</source>
        <translation>Aufträge, die im Zeitraum erfolgreich abgeschlossen wurden</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Orders completed per day of the range</source>
        <translation>Abgeschlossene Aufträge pro Tag im Zeitraum</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Median-Durchlaufzeit</translation>
    </message>
    <message>
        <source>Created to finished, of the completed orders</source>
        <translation>Anlage bis Abschluss, über die abgeschlossenen Aufträge</translation>
    </message>
    <message>
        <source>90th percentile cycle time</source>
        <translation>Durchlaufzeit 90. Perzentil</translation>
    </message>
    <message>
        <source>9 in 10 completed orders finished within this time</source>
        <translation>9 von 10 abgeschlossenen Aufträgen waren innerhalb dieser Zeit fertig</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Fallout-Quote</translation>
    </message>
    <message>
        <source>Finished orders that had at least one fallout case</source>
        <translation>Beendete Aufträge mit mindestens einem Fallout-Fall</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Ohne Eingriff</translation>
    </message>
    <message>
        <source>Completed orders no person acted on</source>
        <translation>Abgeschlossene Aufträge ohne menschlichen Eingriff</translation>
    </message>
    <message>
        <source>SLA adherence</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Steps that completed within their estimate</source>
        <translation>Schritte, die innerhalb ihrer geschätzten Dauer abgeschlossen wurden</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 storniert</translation>
    </message>
    <message numerus="yes">
        <source>orders per day over %n day(s)</source>
        <translation>
            <numerusform>Aufträge pro Tag über %n Tag</numerusform>
            <numerusform>Aufträge pro Tag über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n completed order(s)</source>
        <translation>
            <numerusform>von %n abgeschlossenen Auftrag</numerusform>
            <numerusform>von %n abgeschlossenen Aufträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>above the %1 target</source>
        <translation>über dem Ziel von %1</translation>
    </message>
    <message>
        <source>within the %1 target</source>
        <translation>innerhalb des Ziels von %1</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 von %2 abgeschlossenen</translation>
    </message>
    <message>
        <source>%1 of %2 steps on time</source>
        <translation>%1 von %2 Schritten rechtzeitig</translation>
    </message>
</context>
<context>
    <name>fw::LaneAdherenceModel</name>
    <message>
        <source>%1 on %2: no steps finished (counted as 100 %)</source>
        <translation>%1 am %2: keine Schritte beendet (als 100 % gezählt)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 steps finished within their estimate</source>
        <translation>%1 am %2: %3 von %4 Schritten innerhalb ihrer geschätzten Dauer beendet</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>fw::LaneBandItem</name>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
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
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
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
        <source>No store is open.

Open one with File &gt; Open Store (Ctrl+Shift+S), or start the demo (fulfillment-workbench --demo) to see orders, tasks and fallout.</source>
        <translation>Kein Datenspeicher geöffnet.

Öffnen Sie einen über Datei &gt; Datenspeicher öffnen (Strg+Umschalt+S) oder starten Sie die Demo (fulfillment-workbench --demo), um Aufträge, Aufgaben und Fallout zu sehen.</translation>
    </message>
    <message>
        <source>Preview Catalog</source>
        <translation>Katalogvorschau</translation>
    </message>
    <message>
        <source>Preview Order</source>
        <translation>Auftragsvorschau</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Fallout</source>
        <translation>&amp;Fallout</translation>
    </message>
    <message>
        <source>&amp;Plan Preview</source>
        <translation>&amp;Planvorschau</translation>
    </message>
    <message>
        <source>&amp;Search in View</source>
        <translation>In Ansicht &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Close Order Page</source>
        <translation>Auftragsseite s&amp;chließen</translation>
    </message>
    <message>
        <source>Opening store %1…</source>
        <translation>Datenspeicher %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open or Create Store</source>
        <translation>Datenspeicher öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Stores (*.db *.sqlite);;All files (*)</source>
        <translation>Datenspeicher (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation>Auftrag importieren</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>&amp;Datenspeicher öffnen…</translation>
    </message>
    <message>
        <source>Open (or create) a store and run its orders</source>
        <translation>Einen Datenspeicher öffnen (oder anlegen) und seine Aufträge ausführen</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>Import Catalog into Store…</source>
        <translation>Katalog in Datenspeicher importieren…</translation>
    </message>
    <message>
        <source>&amp;Import Order into Store…</source>
        <translation>Auftrag in Datenspeicher &amp;importieren…</translation>
    </message>
    <message>
        <source>Validate order files, plan them and run them on the open store</source>
        <translation>Auftragsdateien prüfen, planen und im geöffneten Datenspeicher ausführen</translation>
    </message>
    <message>
        <source>Close Store</source>
        <translation>Datenspeicher schließen</translation>
    </message>
    <message>
        <source>Open Order in New &amp;Window</source>
        <translation>Auftrag in neuem Fe&amp;nster öffnen</translation>
    </message>
    <message>
        <source>&amp;Remote Store…</source>
        <translation>&amp;Zentraler Datenspeicher…</translation>
    </message>
    <message>
        <source>Share orders with other workstations through a PostgreSQL server</source>
        <translation>Aufträge über einen PostgreSQL-Server mit anderen Arbeitsplätzen teilen</translation>
    </message>
    <message>
        <source>Remote store saved: stores opened from now on join it.</source>
        <translation>Zentraler Datenspeicher gespeichert: Ab jetzt geöffnete Datenspeicher verbinden sich mit ihm.</translation>
    </message>
    <message>
        <source>Remote store turned off.</source>
        <translation>Zentraler Datenspeicher ausgeschaltet.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Neu verbinden mit %1…</translation>
    </message>
    <message>
        <source>This workstation no longer syncs with a remote store.</source>
        <translation>Dieser Arbeitsplatz synchronisiert nicht mehr mit einem zentralen Datenspeicher.</translation>
    </message>
    <message>
        <source>&amp;Jeopardy</source>
        <translation>G&amp;efährdung</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Work in the open store as another of its users</source>
        <translation>Im geöffneten Datenspeicher als ein anderer seiner Benutzer arbeiten</translation>
    </message>
    <message>
        <source>The remote store&apos;s settings were not changed: %1</source>
        <translation>Die Einstellungen des zentralen Datenspeichers wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Us&amp;ers…</source>
        <translation>Benutzer&amp;verwaltung…</translation>
    </message>
    <message>
        <source>Add users, change their roles and queues, deactivate them</source>
        <translation>Benutzer anlegen, ihre Rollen und Warteschlangen ändern, sie deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the log files (for a support request)</source>
        <translation>Den Ordner der Protokolldateien zeigen (für eine Supportanfrage)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the order&apos;s summary and its plan graph (an order page must be in front)</source>
        <translation>Die Übersicht des Auftrags und seinen Plangraphen drucken (eine Auftragsseite muss vorne sein)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Set or clear the secrets of the credentials the catalogs&apos; endpoints authenticate with</source>
        <translation>Die Geheimnisse der Zugangsdaten setzen oder löschen, mit denen sich die Endpunkte der Kataloge anmelden</translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation>Zu&amp;gangsdaten…</translation>
    </message>
</context>
<context>
    <name>fw::NewItemEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>ein Datum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>one of the listed values</source>
        <translation>einer der aufgeführten Werte</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>This product has no attributes.</source>
        <translation>Dieses Produkt hat keine Attribute.</translation>
    </message>
    <message>
        <source>A bundle of the order the item joins (it ships with the bundle), or a new top-level item</source>
        <translation>Ein Paket des Auftrags, dem die Position beitritt (sie wird mit dem Paket geliefert), oder eine neue Position der obersten Ebene</translation>
    </message>
    <message>
        <source>The catalog&apos;s products; in a bundle, the products the bundle takes</source>
        <translation>Die Produkte des Katalogs; in einem Paket die Produkte, die das Paket aufnimmt</translation>
    </message>
    <message>
        <source>The new item&apos;s id in the order; it must not be taken</source>
        <translation>Die ID der neuen Position im Auftrag; sie darf nicht vergeben sein</translation>
    </message>
    <message>
        <source>Where a new top-level item is delivered; items in a bundle ship with their bundle</source>
        <translation>Wohin eine neue Position der obersten Ebene geliefert wird; Positionen in einem Paket werden mit ihrem Paket geliefert</translation>
    </message>
    <message>
        <source>I&amp;nto:</source>
        <translation>I&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>New item i&amp;d:</source>
        <translation>I&amp;D der neuen Position:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Deli&amp;very group:</source>
        <translation>&amp;Liefergruppe:</translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation>Attri&amp;bute:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(a new top-level item)</source>
        <translation>(eine neue Position der obersten Ebene)</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (Vorgabe %2)</translation>
    </message>
    <message>
        <source>%1: %2, required</source>
        <translation>%1: %2, Pflicht</translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation>%1: %2, optional</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>The order&apos;s catalog is not known here: the products cannot be listed.</source>
        <translation>Der Katalog des Auftrags ist hier nicht bekannt: die Produkte können nicht aufgeführt werden.</translation>
    </message>
    <message>
        <source>This bundle takes no further products.</source>
        <translation>Dieses Paket nimmt keine weiteren Produkte auf.</translation>
    </message>
    <message>
        <source>Product code %1 · a bundle: add its items to it afterwards</source>
        <translation>Produktcode %1 · ein Paket: fügen Sie seine Positionen danach hinzu</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Produktcode %1</translation>
    </message>
</context>
<context>
    <name>fw::OrderDocuments</name>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>Nachweis e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the order&apos;s evidence of delivery</source>
        <translation>Den Liefernachweis des Auftrags exportieren</translation>
    </message>
    <message>
        <source>Write what was delivered when, the delivery confirmations, the callouts that prove them, the billing start and the change orders to a PDF or JSON file, for revenue recognition audits</source>
        <translation>Was wann geliefert wurde, die Lieferbestätigungen, die belegenden Systemaufrufe, den Abrechnungsbeginn und die Änderungsaufträge in eine PDF- oder JSON-Datei schreiben, für Prüfungen der Umsatzrealisierung</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>Der Nachweis konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The order summary could not be read: %1</source>
        <translation>Die Auftragsübersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation>Auftrag %1 drucken</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3%4</source>
        <translation>%1 · %2 · Revision %3%4</translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation> · storniert</translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation>Positionen: bestellt und jetzt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Liefergruppe</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert durch</translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation>Liefergruppen (Teilpfade)</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Consolidated billing: %1</source>
        <translation>Gesammelte Abrechnung: %1</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Änderungsaufträge</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Änderungsauftrag</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Eingereicht (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plan of order %1</source>
        <translation>Plan des Auftrags %1</translation>
    </message>
    <message>
        <source>Plan of order %1, part %2 of %3 (row %4, column %5)</source>
        <translation>Plan des Auftrags %1, Teil %2 von %3 (Zeile %4, Spalte %5)</translation>
    </message>
</context>
<context>
    <name>fw::OrderImportDialog</name>
    <message>
        <source>Show All Rejections</source>
        <translation>Alle Ablehnungen anzeigen</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>Aufträge importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing orders from %n file(s)…</source>
        <translation>
            <numerusform>Aufträge werden aus %n Datei importiert…</numerusform>
            <numerusform>Aufträge werden aus %n Dateien importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling: the orders being written now are finished first…</source>
        <translation>Wird abgebrochen: die gerade geschriebenen Aufträge werden noch fertig gespeichert…</translation>
    </message>
    <message>
        <source>Importing orders… %1 of %2 files read: %3 imported, %4 rejected.</source>
        <translation>Aufträge werden importiert… %1 von %2 Dateien gelesen: %3 importiert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s); nothing was rejected.</source>
        <translation>
            <numerusform>%n Auftrag importiert; nichts wurde abgelehnt.</numerusform>
            <numerusform>%n Aufträge importiert; nichts wurde abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>%n Auftrag importiert.</numerusform>
            <numerusform>%n Aufträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n file(s): they are not in the store.</source>
        <translation>
            <numerusform>%n Datei abgelehnt: sie ist nicht im Datenspeicher.</numerusform>
            <numerusform>%n Dateien abgelehnt: sie sind nicht im Datenspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files: the orders imported so far stay in the store; the other files were not read.</source>
        <translation>Abgebrochen nach %1 von %2 Dateien: die bis dahin importierten Aufträge bleiben im Datenspeicher; die übrigen Dateien wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The store could not be written for some orders: see the details, then import those files again.</source>
        <translation>Für einige Aufträge konnte der Datenspeicher nicht beschrieben werden: siehe Details, dann diese Dateien erneut importieren.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>fw::OrderPage</name>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout</source>
        <translation>Den Haltezustand aufheben, sobald kein Schritt mehr im Fallout ist</translation>
    </message>
    <message>
        <source>Send &amp;Signal…</source>
        <translation>&amp;Signal senden…</translation>
    </message>
    <message>
        <source>Tell a pause that its external event happened (e.g. delivered)</source>
        <translation>Einem Pausenschritt melden, dass sein externes Ereignis eingetreten ist (z.&#xa0;B. delivered)</translation>
    </message>
    <message>
        <source>Search the timeline: step, actor, state, payload text</source>
        <translation>Verlauf durchsuchen: Schritt, Akteur, Status, Text der Nutzdaten</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp; loading…</source>
        <translation>&lt;b&gt;Auftrag %1&lt;/b&gt; &amp;nbsp; wird geladen…</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15px&apos;&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; catalog %5 %6%7</source>
        <translation>&lt;b style=&apos;font-size:15px&apos;&gt;Auftrag %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Katalog %5 %6%7</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; requested %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; gewünscht zum %1</translation>
    </message>
    <message>
        <source>Send Signal</source>
        <translation>Signal senden</translation>
    </message>
    <message>
        <source>Signal for order %1 (the name a pause waits for, e.g. delivered):</source>
        <translation>Signal für Auftrag %1 (der Name, auf den ein Pausenschritt wartet, z.&#xa0;B. delivered):</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle Bahnen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>The engine</source>
        <translation>Die Engine</translation>
    </message>
    <message>
        <source>Step durations by lane; click a bar to see the step on the plan</source>
        <translation>Schrittdauern nach Bahn; klicken Sie auf einen Balken, um den Schritt im Plan zu sehen</translation>
    </message>
    <message>
        <source>&amp;Change Order…</source>
        <translation>Auftrag ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Amend or cancel the running order: compose or open a change order, preview it, submit it (Ctrl+Shift+C)</source>
        <translation>Den laufenden Auftrag ändern oder stornieren: Änderungsauftrag zusammenstellen oder öffnen, Vorschau ansehen, einreichen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Change orders only</source>
        <translation>Nur Änderungsaufträge</translation>
    </message>
    <message>
        <source>Change orders applied, waiting or refused, and the steps they added, amended or discarded</source>
        <translation>Angewendete, wartende oder abgelehnte Änderungsaufträge und die Schritte, die sie hinzugefügt, angepasst oder verworfen haben</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>Enter or double click: show the event&apos;s step on the plan; the context menu replays the order as it stood before or after the event</source>
        <translation>Eingabetaste oder Doppelklick: den Schritt des Ereignisses im Plan zeigen; das Kontextmenü zeigt den Auftrag im Rückblick, wie er vor oder nach dem Ereignis stand</translation>
    </message>
    <message>
        <source>Replay: Just Before This Event</source>
        <translation>Rückblick: kurz vor diesem Ereignis</translation>
    </message>
    <message>
        <source>Replay: Just After This Event</source>
        <translation>Rückblick: direkt nach diesem Ereignis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Step durations by lane</source>
        <translation>Schrittdauern nach Bahn</translation>
    </message>
    <message>
        <source>Order views</source>
        <translation>Ansichten des Auftrags</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Open the account of this order: its installed base, orders and asset history</source>
        <translation>Den Kunden dieses Auftrags öffnen: installierte Basis, Aufträge und Asset-Verlauf</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Kunden öffnen</translation>
    </message>
</context>
<context>
    <name>fw::OrderReplayBar</name>
    <message>
        <source>Repla&amp;y:</source>
        <translation>Rückbl&amp;ick:</translation>
    </message>
    <message>
        <source>Move through the order&apos;s journal: the plan, step states and open work as they stood then (arrows: one transition; Home: the first; End: live)</source>
        <translation>Durch das Journal des Auftrags gehen: Plan, Schrittstatus und offene Arbeit, wie sie damals standen (Pfeiltasten: ein Übergang; Pos1: der erste; Ende: aktuell)</translation>
    </message>
    <message>
        <source>One transition back</source>
        <translation>Einen Übergang zurück</translation>
    </message>
    <message>
        <source>One transition forward</source>
        <translation>Einen Übergang vor</translation>
    </message>
    <message>
        <source>Back to the order as it is now</source>
        <translation>Zurück zum Auftrag, wie er jetzt ist</translation>
    </message>
    <message>
        <source>Replay: as of %1</source>
        <translation>Rückblick: Stand %1</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
</context>
<context>
    <name>fw::OrderSummaryPanel</name>
    <message>
        <source>Loading the summary…</source>
        <translation>Übersicht wird geladen…</translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation>Positionen: bestellt und jetzt</translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation>Liefergruppen (Teilpfade)</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Änderungsaufträge</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; revision %5 &amp;nbsp;·&amp;nbsp; %n item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Auftrag %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Revision %5 &amp;nbsp;·&amp;nbsp; %n Position</numerusform>
            <numerusform>&lt;b&gt;Auftrag %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Revision %5 &amp;nbsp;·&amp;nbsp; %n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n storniert</numerusform>
            <numerusform>%n storniert</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled by a change order</source>
        <translation>durch einen Änderungsauftrag storniert</translation>
    </message>
    <message>
        <source>Billing: no consolidated billing milestone</source>
        <translation>Abrechnung: kein gemeinsamer Abrechnungsmeilenstein</translation>
    </message>
    <message>
        <source>Consolidated billing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gemeinsame Abrechnung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) partly delivered</source>
        <translation>
            <numerusform>%n Position teilweise geliefert</numerusform>
            <numerusform>%n Positionen teilweise geliefert</numerusform>
        </translation>
    </message>
    <message>
        <source>order summary</source>
        <translation>Auftragsübersicht</translation>
    </message>
    <message>
        <source>delivery groups</source>
        <translation>Liefergruppen</translation>
    </message>
    <message>
        <source>change orders</source>
        <translation>Änderungsaufträge</translation>
    </message>
</context>
<context>
    <name>fw::OrderTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Set aside: the engine cannot read this order&apos;s stored data and does not run it (the other orders run). Reason: %1</source>
        <translation>Zurückgestellt: Die Engine kann die gespeicherten Daten dieses Auftrags nicht lesen und führt ihn nicht aus (die anderen Aufträge laufen). Grund: %1</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>On hold: a fallout case stopped new work until an operator resumes the order.</source>
        <translation>Angehalten: Ein Fallout-Fall hält neue Arbeit an, bis ein Bearbeiter den Auftrag fortsetzt.</translation>
    </message>
    <message>
        <source>The requested date %1 has passed and the order is not finished.</source>
        <translation>Das Wunschdatum %1 ist überschritten, und der Auftrag ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 Schritte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Computed for the rows in view; not sortable</source>
        <translation>Wird für die sichtbaren Zeilen berechnet; nicht sortierbar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>The workstation whose engine runs the order (with a remote store)</source>
        <translation>Der Arbeitsplatz, dessen Engine den Auftrag ausführt (mit zentralem Datenspeicher)</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>In jeopardy: see the Jeopardy view (Ctrl+5) for why, the forecast and the due date.</source>
        <translation>Gefährdet: Grund, Prognose und Fälligkeit zeigt die Ansicht Gefährdung (Strg+5).</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>fw::OrdersPage</name>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Search orders by id, account or product (Ctrl+F)</source>
        <translation>Aufträge nach ID, Kundenkonto oder Produkt durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle Bahnen</translation>
    </message>
    <message>
        <source>Saved views: a search, filters and sort under a name</source>
        <translation>Gespeicherte Ansichten: Suche, Filter und Sortierung unter einem Namen</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the orders the search and filters select to a CSV file</source>
        <translation>Die von Suche und Filtern erfassten Aufträge in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v Zeilen</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Aufträge exportieren</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %L1 orders</source>
        <translation>%L1 Aufträge exportiert</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%1+ of %Ln order(s)</source>
        <translation>
            <numerusform>%1+ von %Ln Auftrag</numerusform>
            <numerusform>%1+ von %Ln Aufträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 orders match; refine the search to narrow them down. The export writes them all.</source>
        <translation>Mehr als %1 Aufträge passen; verfeinern Sie die Suche, um die Treffer einzugrenzen. Der Export schreibt sie alle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s)</source>
        <translation>
            <numerusform>%1 von %Ln Auftrag</numerusform>
            <numerusform>%1 von %Ln Aufträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation>Name für die aktuelle Suche mit Filtern und Sortierung:</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Orders with work in this lane now: a step ready, running, waiting, retrying or in fallout</source>
        <translation>Aufträge, die gerade in dieser Bahn arbeiten: ein Schritt bereit, läuft, wartet, wird wiederholt oder im Fallout</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Export orders to CSV</source>
        <translation>Aufträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Open &amp;Account</source>
        <translation>&amp;Kunden öffnen</translation>
    </message>
</context>
<context>
    <name>fw::PayloadEditDialog</name>
    <message>
        <source>Edit Payload and Retry — Case %1</source>
        <translation>Nutzdaten bearbeiten und wiederholen — Fall %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of order %2 failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von Auftrag %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The request below is sent instead of the catalog&apos;s template for the new attempt series (a new idempotency key and a fresh retry budget).</source>
        <translation>Für die neue Versuchsreihe wird die folgende Anfrage statt der Vorlage aus dem Katalog gesendet (mit neuem Idempotenzschlüssel und frischem Wiederholungsbudget).</translation>
    </message>
    <message>
        <source>&amp;Retry with This Payload</source>
        <translation>Mit diesen Nutzdaten &amp;wiederholen</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object ({ ... }).</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <source>Send the edited request (Ctrl+Return)</source>
        <translation>Die bearbeitete Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The last attempt got no answer: %1 may already have carried it out. A plain retry sends the same request again under the same idempotency key, so it cannot act twice. An edited payload is a new request that may act a second time.</source>
        <translation>Der letzte Versuch blieb ohne Antwort: %1 hat ihn womöglich schon ausgeführt. Ein einfaches Wiederholen sendet dieselbe Anfrage mit demselben Idempotenzschlüssel erneut und kann daher nicht doppelt wirken. Bearbeitete Nutzdaten sind eine neue Anfrage, die ein zweites Mal wirken kann.</translation>
    </message>
    <message>
        <source>Send it as a &amp;new request anyway</source>
        <translation>Trotzdem als &amp;neue Anfrage senden</translation>
    </message>
    <message>
        <source>Tick “new request” to send it, or cancel and retry without editing.</source>
        <translation>Zum Senden „neue Anfrage“ ankreuzen, oder abbrechen und ohne Bearbeiten wiederholen.</translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation>Zu sendende Anfrage</translation>
    </message>
</context>
<context>
    <name>fw::PlanCards</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n step(s): %2</source>
        <translation>
            <numerusform>%1, %n Schritt: %2</numerusform>
            <numerusform>%1, %n Schritte: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A group of steps; Enter shows them</source>
        <translation>Eine Gruppe von Schritten; Enter zeigt sie</translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation>%1, Bereich %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
</context>
<context>
    <name>fw::PlanDiffWidget</name>
    <message>
        <source>Before: the plan as it runs now</source>
        <translation>Vorher: der Plan, wie er jetzt läuft</translation>
    </message>
    <message>
        <source>After: the plan as the change leaves it</source>
        <translation>Nachher: der Plan nach der Änderung</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Vorher</translation>
    </message>
    <message>
        <source>A&amp;fter</source>
        <translation>&amp;Nachher</translation>
    </message>
    <message>
        <source>Side by si&amp;de</source>
        <translation>Neben&amp;einander</translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphExport</name>
    <message>
        <source>Orchestration plan</source>
        <translation>Orchestrierungsplan</translation>
    </message>
    <message>
        <source>there is no plan to export.</source>
        <translation>Es gibt keinen Plan zum Exportieren.</translation>
    </message>
    <message>
        <source>cannot write the SVG file.</source>
        <translation>Die SVG-Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos; (expected .png or .svg).</source>
        <translation>Unbekannter Bildtyp &apos;%1&apos; (erwartet: .png oder .svg).</translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphWidget</name>
    <message>
        <source>Find step by name or id</source>
        <translation>Schritt nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Manual tasks</source>
        <translation>Manuelle Aufgaben</translation>
    </message>
    <message>
        <source>Callouts</source>
        <translation>Systemaufrufe</translation>
    </message>
    <message>
        <source>Failed or fallout</source>
        <translation>Fehlgeschlagen oder Fallout</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole plan (0)</source>
        <translation>Den ganzen Plan anzeigen (0)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as PNG or SVG</source>
        <translation>Den Graphen als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export plan graph</source>
        <translation>Plangraph exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Dim the steps that do not match and zoom to those that do</source>
        <translation>Nicht passende Schritte abblenden und auf die passenden zoomen</translation>
    </message>
    <message>
        <source>Find step</source>
        <translation>Schritt suchen</translation>
    </message>
</context>
<context>
    <name>fw::PlanGroupModel</name>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Bündel %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Sites (%1)</source>
        <translation>Standorte (%1)</translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation>Bündel (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
</context>
<context>
    <name>fw::PlanKeyboard</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the whole plan</source>
        <translation>Den ganzen Plan einpassen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Leave the plan graph</source>
        <translation>Den Plangraph verlassen</translation>
    </message>
    <message>
        <source>First step of the next lane</source>
        <translation>Erster Schritt der nächsten Bahn</translation>
    </message>
    <message>
        <source>First step of the previous lane</source>
        <translation>Erster Schritt der vorigen Bahn</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Open the step in the inspector, or show a group&apos;s steps</source>
        <translation>Den Schritt im Inspektor öffnen oder die Schritte einer Gruppe zeigen</translation>
    </message>
    <message>
        <source>Select the step</source>
        <translation>Den Schritt auswählen</translation>
    </message>
    <message>
        <source>Collapse the selected step&apos;s group</source>
        <translation>Die Gruppe des ausgewählten Schritts zuklappen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation>Plangraph</translation>
    </message>
</context>
<context>
    <name>fw::PlanOverview</name>
    <message>
        <source>Overview of the whole plan: click or drag to move the view</source>
        <translation>Übersicht über den ganzen Plan: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>fw::PlanPreviewPage</name>
    <message>
        <source>Plan &amp;Steps</source>
        <translation>Plan&amp;schritte</translation>
    </message>
    <message>
        <source>Fulfillment &amp;Lines</source>
        <translation>Fulfillment-&amp;Positionen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No order is open.

Open a catalog (File &gt; Open Catalog) and then an order (File &gt; Open Order) to see its orchestration plan, or try Help &gt; Open Demo.</source>
        <translation>Kein Auftrag geöffnet.

Öffnen Sie einen Katalog (Datei &gt; Katalog öffnen) und dann einen Auftrag (Datei &gt; Auftrag öffnen), um seinen Orchestrierungsplan zu sehen, oder probieren Sie Hilfe &gt; Demo öffnen.</translation>
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
        <source>Plan preview</source>
        <translation>Planvorschau</translation>
    </message>
</context>
<context>
    <name>fw::PlanScene</name>
    <message>
        <source>All steps of this lane are in the groups above.</source>
        <translation>Alle Schritte dieser Bahn sind in den Gruppen oben.</translation>
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
    <name>fw::PlanStepTree</name>
    <message>
        <source>Plan steps by lane</source>
        <translation>Planschritte nach Bahn</translation>
    </message>
</context>
<context>
    <name>fw::PlanView</name>
    <message>
        <source>Expand lane %1</source>
        <translation>Bahn %1 aufklappen</translation>
    </message>
    <message>
        <source>Collapse lane %1</source>
        <translation>Bahn %1 zuklappen</translation>
    </message>
    <message>
        <source>%1 · %2 scope · %3</source>
        <translation>%1 · Bereich %2 · %3</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Point of no return: after it the order can no longer be cancelled.</source>
        <translation>Point of no Return (PONR): Danach kann der Auftrag nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <source>Double click or Enter: show its steps</source>
        <translation>Doppelklick oder Eingabetaste: seine Schritte zeigen</translation>
    </message>
    <message>
        <source>Show the steps of %1	Enter</source>
        <translation>Schritte von %1 zeigen	Eingabe</translation>
    </message>
    <message>
        <source>Collapse %1	Backspace</source>
        <translation>%1 zusammenklappen	Rücktaste</translation>
    </message>
    <message>
        <source>Expand all groups</source>
        <translation>Alle Gruppen aufklappen</translation>
    </message>
    <message>
        <source>Collapse all groups</source>
        <translation>Alle Gruppen zusammenklappen</translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation>Plangraph</translation>
    </message>
    <message>
        <source>The order&apos;s steps by lane. Arrow keys and Tab move between the steps, Enter opens one.</source>
        <translation>Die Schritte des Auftrags nach Bahnen. Pfeiltasten und Tab wechseln zwischen den Schritten, Enter öffnet einen.</translation>
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
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>fw::QueueLoadModel</name>
    <message>
        <source>%1 (fallout)</source>
        <translation>%1 (Fallout)</translation>
    </message>
    <message>
        <source>%1 (tasks)</source>
        <translation>%1 (Aufgaben)</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1: %2 open, the oldest waiting %3</source>
        <translation>%1: %2 offen, der älteste wartet seit %3</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Einträge</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Höchstes Alter</translation>
    </message>
    <message>
        <source>Median age</source>
        <translation>Alter (Median)</translation>
    </message>
</context>
<context>
    <name>fw::RangePicker</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>The days the figures cover (UTC); queue load is always now</source>
        <translation>Die Tage, die die Kennzahlen abdecken (UTC); die Warteschlangenlast zeigt immer den aktuellen Stand</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
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
    <name>fw::RemoteSettingsDialog</name>
    <message>
        <source>Share orders with other workstations through a remote store</source>
        <translation>Aufträge über einen zentralen Datenspeicher mit anderen Arbeitsplätzen teilen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Remote Store</source>
        <translation>Zentraler Datenspeicher</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server offers it</source>
        <translation>prefer: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: immer verschlüsseln</translation>
    </message>
    <message>
        <source>verify-full: encrypt and check the server&apos;s certificate and name</source>
        <translation>verify-full: verschlüsseln und Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>automatic: made once for the store and kept</source>
        <translation>automatisch: einmal für den Datenspeicher erzeugt und beibehalten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long this workstation may be cut off before another one takes over the orders it runs</source>
        <translation>Wie lange dieser Arbeitsplatz getrennt sein darf, bevor ein anderer die Aufträge übernimmt, die er ausführt</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>&amp;Lease-Dauer:</translation>
    </message>
    <message>
        <source>&amp;Apply and Reconnect</source>
        <translation>&amp;Übernehmen und neu verbinden</translation>
    </message>
    <message>
        <source>Fill in host, database and user first.</source>
        <translation>Bitte zuerst Host, Datenbank und Benutzer ausfüllen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; remote store schema version %2.</source>
        <translation>Verbunden mit PostgreSQL %1; Schema des zentralen Datenspeichers in Version %2.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; no remote store there yet: the first workstation to join creates it.</source>
        <translation>Verbunden mit PostgreSQL %1; dort gibt es noch keinen zentralen Datenspeicher: Der erste Arbeitsplatz, der sich verbindet, legt ihn an.</translation>
    </message>
    <message>
        <source>A remote store needs a host, a database and a user.</source>
        <translation>Ein zentraler Datenspeicher braucht einen Host, eine Datenbank und einen Benutzer.</translation>
    </message>
    <message>
        <source>Connects with: %1</source>
        <translation>Verbindet mit: %1</translation>
    </message>
    <message>
        <source> The link is NOT encrypted: anyone on the network can read and change what is sent; choose the TLS mode verify-full (the CA&apos;s certificate in ~/.postgresql/root.crt).</source>
        <translation> Die Verbindung ist NICHT verschlüsselt: Jeder im Netz kann mitlesen und verändern, was gesendet wird; wählen Sie den TLS-Modus verify-full (das Zertifikat der Zertifizierungsstelle in ~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <source> The link is not encrypted, but stays on this machine.</source>
        <translation> Die Verbindung ist nicht verschlüsselt, bleibt aber auf diesem Rechner.</translation>
    </message>
    <message>
        <source> The link is encrypted (%1).</source>
        <translation> Die Verbindung ist verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>&amp;Move the Password into the Keyring</source>
        <translation>Passwort in den Schlüsselbund &amp;verschieben</translation>
    </message>
    <message>
        <source>%1 holds the password of %2 on %3: move it into the desktop keyring and out of the file (fwctl reads only the file: it then needs the password there again)</source>
        <translation>%1 enthält das Passwort von %2 auf %3: es in den Schlüsselbund des Desktops verschieben und aus der Datei entfernen (fwctl liest nur die Datei: es braucht das Passwort dann wieder dort)</translation>
    </message>
    <message>
        <source>%1 no longer holds this password.</source>
        <translation>%1 enthält dieses Passwort nicht mehr.</translation>
    </message>
    <message>
        <source>The password could not be saved in the desktop keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Desktops gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service), but it could not be removed from %1: %2</source>
        <translation>Im Schlüsselbund des Desktops (KWallet/Secret Service) gespeichert, konnte aber nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>Moved into the desktop keyring (KWallet/Secret Service); %1 no longer holds it.</source>
        <translation>In den Schlüsselbund des Desktops (KWallet/Secret Service) verschoben; %1 enthält es nicht mehr.</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring… The password is never kept in the workbench&apos;s settings.</source>
        <translation>Suche nach dem Schlüsselbund des Desktops… Das Passwort wird nie in den Einstellungen der Workbench gespeichert.</translation>
    </message>
    <message>
        <source>A password typed here is saved in the desktop keyring (KWallet/Secret Service), never in the workbench&apos;s settings; leave the field empty to keep the one saved. fwctl reads libpq&apos;s password file %1 instead.</source>
        <translation>Ein hier eingegebenes Passwort wird im Schlüsselbund des Desktops (KWallet/Secret Service) gespeichert, nie in den Einstellungen der Workbench; lassen Sie das Feld leer, um das gespeicherte zu behalten. fwctl liest stattdessen die Passwortdatei von libpq %1.</translation>
    </message>
    <message>
        <source>No desktop keyring is available, so a password typed here is saved to libpq&apos;s password file %1 (mode 0600: readable by you only); leave the field empty to keep the one there.</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar, daher wird ein hier eingegebenes Passwort in der Passwortdatei von libpq %1 gespeichert (Modus 0600: nur für Sie lesbar); lassen Sie das Feld leer, um das dortige zu behalten.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service).</source>
        <translation>Im Schlüsselbund des Desktops (KWallet/Secret Service) gespeichert.</translation>
    </message>
    <message>
        <source>No desktop keyring is available, and the password could not be saved to the password file: %1</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar, und das Passwort konnte nicht in der Passwortdatei gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No desktop keyring is available: saved to %1 (mode 0600: readable by you only).</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar: in %1 gespeichert (Modus 0600: nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>fw::RenewalModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Gefährdeter Wert</translation>
    </message>
</context>
<context>
    <name>fw::RenewalsPage</name>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>&amp;Decline...</source>
        <translation>&amp;Ablehnen...</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>To work (open, claimed, upcoming)</source>
        <translation>Zu bearbeiten (offen, übernommen, anstehend)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Term ends within:</source>
        <translation>Laufzeit endet innerhalb von:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <source>Decline Renewal</source>
        <translation>Verlängerung ablehnen</translation>
    </message>
    <message>
        <source>Why is the renewal of %1 declined? The subscription ends on %2.</source>
        <translation>Warum wird die Verlängerung von %1 abgelehnt? Das Abonnement endet am %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) with a term ending by %1, value at risk %2.</source>
        <translation>
            <numerusform>%n Verlängerung mit Laufzeitende bis %1, gefährdeter Wert %2.</numerusform>
            <numerusform>%n Verlängerungen mit Laufzeitende bis %1, gefährdeter Wert %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The renewals cannot be read: %1</source>
        <translation>Die Verlängerungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not due yet: the renewal opens on %1</source>
        <translation>Noch nicht fällig: die Verlängerung wird am %1 eröffnet</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewals in this period</source>
        <translation>Keine Verlängerungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Value at risk by month the term ends (renewals in brackets)</source>
        <translation>Gefährdeter Wert nach Monat des Laufzeitendes (Verlängerungen in Klammern)</translation>
    </message>
</context>
<context>
    <name>fw::ReplayWorkPanel</name>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 added by a change order (%2)</source>
        <translation>%1 durch einen Änderungsauftrag hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1: task claimed by %2</source>
        <translation>%1: Aufgabe übernommen von %2</translation>
    </message>
    <message>
        <source>Order put on hold (%1)</source>
        <translation>Auftrag angehalten (%1)</translation>
    </message>
    <message>
        <source>Order resumed (%1)</source>
        <translation>Auftrag fortgesetzt (%1)</translation>
    </message>
    <message>
        <source>Order imported (%1)</source>
        <translation>Auftrag importiert (%1)</translation>
    </message>
    <message>
        <source>Open work at this moment</source>
        <translation>Offene Arbeit zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open work then&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offene Arbeit damals&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Order then: %1</source>
        <translation>Auftrag damals: %1</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, open since %3</source>
        <translation>Aufgabe: %1 — Warteschlange %2, offen seit %3</translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, claimed by %3</source>
        <translation>Aufgabe: %1 — Warteschlange %2, übernommen von %3</translation>
    </message>
    <message>
        <source>Fallout: %1 — queue %2: %3</source>
        <translation>Fallout: %1 — Warteschlange %2: %3</translation>
    </message>
    <message>
        <source>No open tasks or fallout cases.</source>
        <translation>Keine offenen Aufgaben oder Fallout-Fälle.</translation>
    </message>
    <message>
        <source>%1: claim renewed by %2</source>
        <translation>%1: Übernahme verlängert von %2</translation>
    </message>
    <message>
        <source>%1: task released (%2)</source>
        <translation>%1: Aufgabe freigegeben (%2)</translation>
    </message>
    <message>
        <source>%1: the claim expired</source>
        <translation>%1: die Übernahme ist abgelaufen</translation>
    </message>
    <message>
        <source>%1: task moved to another queue (%2)</source>
        <translation>%1: Aufgabe in eine andere Warteschlange verschoben (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fw::SecretForm</name>
    <message>
        <source>Secret of %1</source>
        <translation>Geheimnis von %1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation>&amp;Wert von %1:</translation>
    </message>
    <message>
        <source>&amp;Certificate file (PEM):</source>
        <translation>&amp;Zertifikatsdatei (PEM):</translation>
    </message>
    <message>
        <source>&amp;Key file (PEM):</source>
        <translation>&amp;Schlüsseldatei (PEM):</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>fw::SessionUser</name>
    <message>
        <source>Needs the %1 role</source>
        <translation>Erfordert die Rolle %1</translation>
    </message>
    <message>
        <source>Needs the %1 or %2 role</source>
        <translation>Erfordert die Rolle %1 oder %2</translation>
    </message>
    <message>
        <source>the store is still opening</source>
        <translation>der Datenspeicher wird noch geöffnet</translation>
    </message>
    <message>
        <source>no user was given</source>
        <translation>kein Benutzer angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer a user of this store</source>
        <translation>„%1“ ist kein Benutzer dieses Datenspeichers mehr</translation>
    </message>
    <message>
        <source>the store is not open yet</source>
        <translation>der Datenspeicher ist noch nicht geöffnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation>„%1“ ist kein Benutzer dieses Datenspeichers (Benutzer legt ein Admin mit &apos;fwctl users add&apos; an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deactivated</source>
        <translation>„%1“ ist deaktiviert</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): choose a user with File &gt; Switch User</source>
        <translation>Niemand ist angemeldet (%1): Wählen Sie einen Benutzer über Datei &gt; Benutzer wechseln</translation>
    </message>
    <message>
        <source>%1 is deactivated: choose another user with File &gt; Switch User</source>
        <translation>%1 ist deaktiviert: Wählen Sie einen anderen Benutzer über Datei &gt; Benutzer wechseln</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>Unbekannte Aktion %1</translation>
    </message>
    <message>
        <source>%1: %2 holds %3</source>
        <translation>%1; %2 hat: %3</translation>
    </message>
    <message>
        <source>Queue %1 is not one of %2&apos;s queues (%3); the supervisor role works every queue</source>
        <translation>Die Warteschlange %1 gehört nicht zu den Warteschlangen von %2 (%3); die Rolle supervisor bearbeitet alle Warteschlangen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>the store cannot be read: %1</source>
        <translation>der Datenspeicher kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The shortcuts of the menus work everywhere; a page&apos;s work while that page is shown.</source>
        <translation>Die Tastenkürzel der Menüs wirken überall, die einer Seite, solange diese Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>fw::Sidebar</name>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <source>Order %1 (Ctrl+W closes it)</source>
        <translation>Auftrag %1 (Strg+W schließt ihn)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>fw::SplitPathModel</name>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Liefergruppe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fw::StateLegend</name>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>The steps that decide when the order completes: a delay on any of them delays the order.</source>
        <translation>Die Schritte, die bestimmen, wann der Auftrag abgeschlossen ist: Verzögert sich einer davon, verzögert sich der Auftrag.</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>A step marked so is the order&apos;s point of no return: once it has completed, a change or cancellation no longer undoes the order, it compensates what was done.</source>
        <translation>Ein so markierter Schritt ist der Point of no Return des Auftrags: Sobald er abgeschlossen ist, macht eine Änderung oder Stornierung den Auftrag nicht mehr rückgängig, sondern gleicht das Erledigte aus.</translation>
    </message>
</context>
<context>
    <name>fw::StatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>fw::StepChangeModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation>macht „%1“ rückgängig: %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>State before → after</source>
        <translation>Status vorher → nachher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fw::StepGanttStrip</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>No step has started yet.</source>
        <translation>Noch hat kein Schritt begonnen.</translation>
    </message>
    <message>
        <source>%1
%2, %3%4</source>
        <translation>%1
%2, %4%3</translation>
    </message>
    <message>
        <source> so far</source>
        <translation>bisher </translation>
    </message>
</context>
<context>
    <name>fw::StepGroupItem</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::StepInspector</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Complete Task…</source>
        <translation>Aufgabe abschließen…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Resume Order</source>
        <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step inspector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt-Inspektor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a step in the plan to see its definition, history and attempts, and what can be done with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie im Plan auf einen Schritt, um seine Definition, seinen Verlauf und seine Versuche zu sehen – und was sich damit tun lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;● &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;%4</source>
        <translation>&lt;b style=&apos;font-size:14px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;● &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;%4</translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n Versuch</numerusform>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
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
        <source>%1, plan %2</source>
        <translation>%1, Plan %2</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>PONR</source>
        <translation>PONR</translation>
    </message>
    <message>
        <source>point of no return: once done, changes need compensation</source>
        <translation>Point of no Return: Nach dem Abschluss erfordern Änderungen eine Kompensation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Übersprungen, weil</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verlauf&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Callout attempts&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Versuche des Systemaufrufs&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Series %1, attempt %2&lt;/b&gt; &amp;nbsp;%3 &amp;nbsp;HTTP %4 %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;key %6&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Serie %1, Versuch %2&lt;/b&gt; &amp;nbsp;%3 &amp;nbsp;HTTP %4 %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Schlüssel %6&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Request&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;div style=&apos;color:gray&apos;&gt;Anfrage&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Response&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;div style=&apos;color:gray&apos;&gt;Antwort&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#e65100&apos;&gt;No answer came although the request was sent: the system may have carried it out. A retry sends it again with the same key.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#e65100&apos;&gt;Keine Antwort, obwohl die Anfrage gesendet wurde: Das System hat sie womöglich ausgeführt. Ein Wiederholen sendet sie erneut mit demselben Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; Retry…</source>
        <translation>Bearbeiten &amp;&amp; wiederholen…</translation>
    </message>
    <message>
        <source>Correct the request, then send it</source>
        <translation>Die Anfrage korrigieren, dann senden</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Einzelheiten des Schritts</translation>
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
    <name>fw::StepStatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Waits for its dependencies.</source>
        <translation>Wartet auf seine Abhängigkeiten.</translation>
    </message>
    <message>
        <source>May start now.</source>
        <translation>Kann jetzt starten.</translation>
    </message>
    <message>
        <source>The engine is executing it.</source>
        <translation>Wird gerade von der Engine ausgeführt.</translation>
    </message>
    <message>
        <source>Waits for a person, a signal, a time or a callout response.</source>
        <translation>Wartet auf eine Person, ein Signal, einen Zeitpunkt oder die Antwort eines Systemaufrufs.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Failed; another attempt is scheduled.</source>
        <translation>Fehlgeschlagen; ein weiterer Versuch ist eingeplant.</translation>
    </message>
    <message>
        <source>Failed for good; a fallout case is open.</source>
        <translation>Endgültig fehlgeschlagen; ein Fallout-Fall ist offen.</translation>
    </message>
    <message>
        <source>Force-completed by an operator.</source>
        <translation>Von einem Bearbeiter zwangsweise abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled with the order.</source>
        <translation>Mit dem Auftrag storniert.</translation>
    </message>
</context>
<context>
    <name>fw::StepStatusModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>fw::StoreIndicators</name>
    <message>
        <source>No store</source>
        <translation>Kein Datenspeicher</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Engine startet…</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation>Datenspeicher %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <source>The engine stopped: %1</source>
        <translation>Die Engine wurde gestoppt: %1</translation>
    </message>
    <message>
        <source>The engine could not start: %1</source>
        <translation>Die Engine konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Engine running · %n callout(s) out</source>
        <translation>
            <numerusform>Engine läuft · %n Systemaufruf ausstehend</numerusform>
            <numerusform>Engine läuft · %n Systemaufrufe ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle Warteschlangen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Working as %1
Roles: %2
Queues: %3%4

Click to switch user (File &gt; Switch User)</source>
        <translation>Angemeldet als %1
Rollen: %2
Warteschlangen: %3%4

Klicken, um den Benutzer zu wechseln (Datei &gt; Benutzer wechseln)</translation>
    </message>
    <message>
        <source>
Deactivated: may do nothing</source>
        <translation>
Deaktiviert: darf nichts tun</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>%1

Click to choose a user (File &gt; Switch User)</source>
        <translation>%1

Klicken, um einen Benutzer zu wählen (Datei &gt; Benutzer wechseln)</translation>
    </message>
    <message>
        <source>Nobody is signed in: %1. Choose a user with File &gt; Switch User.</source>
        <translation>Niemand ist angemeldet: %1. Wählen Sie einen Benutzer über Datei &gt; Benutzer wechseln.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weiterer</numerusform>
            <numerusform>%1; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ 1 order cannot run</source>
        <translation>⚠ 1 Auftrag kann nicht laufen</translation>
    </message>
    <message>
        <source>⚠ %1 orders cannot run</source>
        <translation>⚠ %1 Aufträge können nicht laufen</translation>
    </message>
    <message>
        <source>%1
Click for the list of all of them, with the reasons.</source>
        <translation>%1
Klicken für die Liste aller, mit den Gründen.</translation>
    </message>
    <message>
        <source>Sent: %1; the step runs again and the fallout page shows how it ends</source>
        <translation>Gesendet: %1; der Schritt läuft erneut, und die Fallout-Seite zeigt, wie er ausgeht</translation>
    </message>
    <message>
        <source>Engine starting: the demo&apos;s history, day %1 of %2…</source>
        <translation>Engine startet: Vorgeschichte der Demo, Tag %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>A new demo store gets a past: the engine runs the sample orders of the last %n day(s) against the stand-in systems, so the views open on real history.</source>
        <translation>
            <numerusform>Ein neuer Demo-Datenspeicher bekommt eine Vorgeschichte: Die Engine führt die Beispielaufträge des letzten Tages gegen die Ersatzsysteme aus, damit die Ansichten mit echtem Verlauf öffnen.</numerusform>
            <numerusform>Ein neuer Demo-Datenspeicher bekommt eine Vorgeschichte: Die Engine führt die Beispielaufträge der letzten %n Tage gegen die Ersatzsysteme aus, damit die Ansichten mit echtem Verlauf öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine starting: %1 of %2…</source>
        <translation>Engine startet: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln offene Aufgabe</numerusform>
            <numerusform>%Ln offene Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 active, %3 on hold) · %4 · %5 fallout</source>
        <translation>%1 (%2 aktiv, %3 angehalten) · %4 · %5 Fallout</translation>
    </message>
</context>
<context>
    <name>fw::StoreWorkspace</name>
    <message>
        <source>Order %1 — Fulfillment Workbench</source>
        <translation>Auftrag %1 — Fulfillment Workbench</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>switch to user</source>
        <translation>zum Benutzer wechseln</translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation>Auftrag importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Aufträge (%1)</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Fallout (%1)</source>
        <translation>Fallout (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Fallout</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>fw::SummaryItemModel</name>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation>Fulfillment-Positionen: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Liefergruppe</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert durch</translation>
    </message>
    <message>
        <source>Inherited from item %1</source>
        <translation>Von Position %1 übernommen</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Produktcode %1</translation>
    </message>
    <message>
        <source>Delivered: %1 · pending (not started): %2 · in progress: %3</source>
        <translation>Geliefert: %1 · ausstehend (nicht begonnen): %2 · in Arbeit: %3</translation>
    </message>
</context>
<context>
    <name>fw::SupervisorPages</name>
    <message>
        <source>At Risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Escalations (%1 open)</source>
        <translation>Eskalationen (%1 offen)</translation>
    </message>
    <message>
        <source>At Risk (%1)</source>
        <translation>Gefährdet (%1)</translation>
    </message>
    <message>
        <source>Jeopardy (%1 critical)</source>
        <translation>Gefährdung (%1 kritisch)</translation>
    </message>
    <message>
        <source>Jeopardy (%1)</source>
        <translation>Gefährdung (%1)</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
</context>
<context>
    <name>fw::SwitchUserDialog</name>
    <message>
        <source>Switch User</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Work in this store as another of its users. What you may do follows their roles; the engine records every action under their name.</source>
        <translation>In diesem Datenspeicher als ein anderer seiner Benutzer arbeiten. Was Sie dürfen, folgt aus dessen Rollen; die Engine verbucht jede Aktion unter seinem Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle Warteschlangen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a user id, e.g. %1</source>
        <translation>eine Benutzerkennung, z. B. %1</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzerkennung:</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Cannot switch: %1.</source>
        <translation>Wechsel nicht möglich: %1.</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Die Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected conflicts as seen; they stay in the store&apos;s history</source>
        <translation>Die ausgewählten Konflikte als gesehen markieren; sie bleiben im Verlauf des Datenspeichers</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>&amp;Alle bestätigen</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>A&amp;uftrag öffnen</translation>
    </message>
    <message>
        <source>No open conflicts: everything this workstation did reached the other workstations, or was reported here and acknowledged.</source>
        <translation>Keine offenen Konflikte: Alles, was dieser Arbeitsplatz getan hat, hat die anderen Arbeitsplätze erreicht oder wurde hier gemeldet und bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) between this workstation and the others. Nothing was dropped: each says what did not happen and who did what instead.</source>
        <translation>
            <numerusform>%Ln Konflikt zwischen diesem Arbeitsplatz und den anderen. Nichts wurde verworfen: Jeder sagt, was nicht geschah und wer stattdessen was getan hat.</numerusform>
            <numerusform>%Ln Konflikte zwischen diesem Arbeitsplatz und den anderen. Nichts wurde verworfen: Jeder sagt, was nicht geschah und wer stattdessen was getan hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::SyncIndicator</name>
    <message>
        <source>Sync with the remote store</source>
        <translation>Synchronisation mit dem zentralen Datenspeicher</translation>
    </message>
</context>
<context>
    <name>fw::SyncPresentation</name>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>%1 to pull</source>
        <translation>%1 abzuholen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting for an answer</source>
        <translation>
            <numerusform>%n Befehl wartet auf Antwort</numerusform>
            <numerusform>%n Befehle warten auf Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the remote store…</source>
        <translation>Verbinde mit dem zentralen Datenspeicher…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) queued</source>
        <translation>
            <numerusform>%Ln Ereignis wartet</numerusform>
            <numerusform>%Ln Ereignisse warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln command(s) queued</source>
        <translation>
            <numerusform>%Ln Befehl wartet</numerusform>
            <numerusform>%Ln Befehle warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Arbeitsplatz: %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Orders run here (leases held): %1</source>
        <translation>Hier ausgeführte Aufträge (gehaltene Leases): %1</translation>
    </message>
    <message>
        <source>Events pushed: %1 · pulled: %2</source>
        <translation>Ereignisse gesendet: %1 · abgeholt: %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message>
        <source>Offline for longer than the lease time: other workstations may take over this workstation&apos;s orders.</source>
        <translation>Länger offline als die Lease-Dauer: Andere Arbeitsplätze können die Aufträge dieses Arbeitsplatzes übernehmen.</translation>
    </message>
    <message>
        <source>The engine keeps running the orders it holds; its work is sent when the remote store is back.</source>
        <translation>Die Engine führt ihre Aufträge weiter aus; ihre Arbeit wird gesendet, sobald der zentrale Datenspeicher wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation>Klicken, um die Konflikte zu sehen.</translation>
    </message>
    <message>
        <source>Order taken over</source>
        <translation>Auftrag übernommen</translation>
    </message>
    <message>
        <source>Work not accepted</source>
        <translation>Arbeit nicht angenommen</translation>
    </message>
    <message>
        <source>Action not applied</source>
        <translation>Aktion nicht ausgeführt</translation>
    </message>
    <message>
        <source>Claim lost</source>
        <translation>Übernahme verloren</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Auftrag abgelehnt</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>The link is not encrypted, but stays on this machine.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, bleibt aber auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The link is encrypted (%1).</source>
        <translation>Die Verbindung ist verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>The link is not encrypted: anyone on the network can read and change what is sent. Connect with sslmode=verify-full and the CA&apos;s file (File &gt; Remote Store…).</source>
        <translation>Die Verbindung ist nicht verschlüsselt: Jeder im Netz kann mitlesen und verändern, was gesendet wird. Verbinden Sie sich mit sslmode=verify-full und der Datei der Zertifizierungsstelle (Datei &gt; Zentraler Datenspeicher…).</translation>
    </message>
    <message>
        <source>Refused by the remote store</source>
        <translation>Vom zentralen Datenspeicher abgewiesen</translation>
    </message>
    <message>
        <source>The remote store does not accept this workstation as it is set up (the reason is below): nothing is sent until the workstation or the database role is changed (File &gt; Remote Store…).</source>
        <translation>Der zentrale Datenspeicher nimmt diesen Arbeitsplatz so nicht an (der Grund steht unten): Nichts wird gesendet, bis der Arbeitsplatz oder die Datenbankrolle geändert ist (Datei &gt; Zentraler Datenspeicher…).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset change(s) queued</source>
        <translation>
            <numerusform>%Ln Asset-Änderung wartet</numerusform>
            <numerusform>%Ln Asset-Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset change not accepted</source>
        <translation>Asset-Änderung nicht angenommen</translation>
    </message>
</context>
<context>
    <name>fw::TaskFormDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>„%1“ abschließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 &amp;nbsp;·&amp;nbsp; queue %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Auftrag %2 &amp;nbsp;·&amp;nbsp; Warteschlange %3</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Optional: what you did, for the order&apos;s history</source>
        <translation>Optional: Was Sie getan haben, für den Verlauf des Auftrags</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Complete Task</source>
        <translation>Aufgabe &amp;abschließen</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number, e.g. -18.5</source>
        <translation>Zahl mit Dezimalpunkt, z.&#xa0;B. -18.5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty</source>
        <translation>JJJJ-MM-TT oder leer lassen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>%1: choose Yes or No</source>
        <translation>%1: Wählen Sie Ja oder Nein</translation>
    </message>
</context>
<context>
    <name>fw::TaskInboxPage</name>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Search tasks by step, order or account (Ctrl+F)</source>
        <translation>Aufgaben nach Schritt, Auftrag oder Kundenkonto durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <source>Claim the selected tasks (Ctrl+K)</source>
        <translation>Die ausgewählten Aufgaben übernehmen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Fill in the task&apos;s form and complete it (Ctrl+Return)</source>
        <translation>Das Formular der Aufgabe ausfüllen und sie abschließen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>&amp;Auftrag öffnen</translation>
    </message>
    <message>
        <source>Select a task to see its instructions and form.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Anweisungen und ihr Formular zu sehen.</translation>
    </message>
    <message>
        <source>No open tasks. New ones appear here as orders reach manual steps.</source>
        <translation>Keine offenen Aufgaben. Neue erscheinen hier, sobald Aufträge manuelle Schritte erreichen.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 (%3) &amp;nbsp;·&amp;nbsp; queue %4 &amp;nbsp;·&amp;nbsp; lane %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Auftrag %2 (%3) &amp;nbsp;·&amp;nbsp; Warteschlange %4 &amp;nbsp;·&amp;nbsp; Bahn %5</translation>
    </message>
    <message>
        <source>&lt;p&gt;Form: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Formular: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Übernommen von %1: Nur diese Person kann sie abschließen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Put the selected tasks back in their queue</source>
        <translation>Die ausgewählten Aufgaben in ihre Warteschlange zurückgeben</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Meine Warteschlangen</translation>
    </message>
    <message>
        <source>My queues: %1</source>
        <translation>Meine Warteschlangen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1 since %2: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Übernommen von %1 seit %2: Nur diese Person kann sie abschließen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>Meine Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>fw::TaskListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Claimed by %1 since %2 (%3 ago)</source>
        <translation>Übernommen von %1 seit %2 (vor %3)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Sorts by urgency: orders at risk first (SLA critical, warning, then priority and due), then the others oldest first. Due: when the step&apos;s estimated time runs out, counted from when the task opened.</source>
        <translation>Sortiert nach Dringlichkeit: zuerst gefährdete Aufträge (SLA kritisch, Warnung, dann Priorität und Fälligkeit), dann die übrigen, älteste zuerst. Fällig: wenn die geschätzte Dauer des Schritts abläuft, gerechnet ab Eröffnung der Aufgabe.</translation>
    </message>
    <message>
        <source>Not sortable: tasks sort by urgency or by how long they wait</source>
        <translation>Nicht sortierbar: Aufgaben sortieren nach Dringlichkeit oder nach ihrer Wartezeit</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>fw::TimelineModel</name>
    <message>
        <source>Order imported</source>
        <translation>Auftrag importiert</translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation>Auftrag angehalten</translation>
    </message>
    <message>
        <source>Order resumed</source>
        <translation>Auftrag fortgesetzt</translation>
    </message>
    <message>
        <source>Line data changed</source>
        <translation>Positionsdaten geändert</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Callout %1</source>
        <translation>Systemaufruf: %1</translation>
    </message>
    <message>
        <source>Fallout %1</source>
        <translation>Fallout: %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Signal received</source>
        <translation>Signal empfangen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Jeopardy: critical</source>
        <translation>Gefährdung: kritisch</translation>
    </message>
    <message>
        <source>Jeopardy: warning</source>
        <translation>Gefährdung: Warnung</translation>
    </message>
    <message>
        <source>Jeopardy cleared</source>
        <translation>Gefährdung aufgehoben</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>An einen Supervisor eskaliert</translation>
    </message>
    <message>
        <source>Escalation taken</source>
        <translation>Eskalation übernommen</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Eskalation erledigt</translation>
    </message>
    <message>
        <source>Priority raised</source>
        <translation>Priorität erhöht</translation>
    </message>
    <message>
        <source>Task reassigned</source>
        <translation>Aufgabe neu zugewiesen</translation>
    </message>
    <message>
        <source>Change order applied</source>
        <translation>Änderungsauftrag angewendet</translation>
    </message>
    <message>
        <source>Change order waits for replies</source>
        <translation>Änderungsauftrag wartet auf Antworten</translation>
    </message>
    <message>
        <source>Change order refused</source>
        <translation>Änderungsauftrag abgelehnt</translation>
    </message>
    <message>
        <source>Compensation step added</source>
        <translation>Kompensationsschritt hinzugefügt</translation>
    </message>
    <message>
        <source>Step added by a change</source>
        <translation>Schritt durch Änderung hinzugefügt</translation>
    </message>
    <message>
        <source>Step amended by a change</source>
        <translation>Schritt durch Änderung angepasst</translation>
    </message>
    <message>
        <source>Step discarded by a change</source>
        <translation>Schritt durch Änderung verworfen</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>(Revision %1)</translation>
    </message>
    <message>
        <source>item %1 %2</source>
        <translation>Position %1 %2</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1 (asked by %2)</source>
        <translation>%1 (gewünscht von %2)</translation>
    </message>
    <message>
        <source>%1: undoes %2 (%3)</source>
        <translation>%1: macht %2 rückgängig (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
</context>
<context>
    <name>fw::UnrunnableOrderModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 order cannot run</source>
        <translation>1 Auftrag kann nicht laufen</translation>
    </message>
    <message>
        <source>%1 orders cannot run</source>
        <translation>%1 Aufträge können nicht laufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; and %3 more</source>
        <translation>%1: %2; und %3 weitere</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fw::UnrunnableOrdersDialog</name>
    <message>
        <source>Orders That Cannot Run</source>
        <translation>Aufträge, die nicht laufen können</translation>
    </message>
    <message>
        <source>The engine runs every other order. An order set aside has stored data that cannot be read: repair its rows and clear its reason (see the store documentation). An order whose catalog is missing runs once the catalog is imported and the store opened again.</source>
        <translation>Die Engine führt alle anderen Aufträge aus. Ein zurückgestellter Auftrag hat gespeicherte Daten, die nicht gelesen werden können: Reparieren Sie seine Zeilen und löschen Sie den Grund (siehe die Dokumentation des Speichers). Ein Auftrag, dessen Katalog fehlt, läuft, sobald der Katalog importiert und der Speicher erneut geöffnet ist.</translation>
    </message>
    <message>
        <source>Every order can run.</source>
        <translation>Jeder Auftrag kann laufen.</translation>
    </message>
    <message>
        <source>1 order cannot run.</source>
        <translation>1 Auftrag kann nicht laufen.</translation>
    </message>
    <message>
        <source>%1 orders cannot run.</source>
        <translation>%1 Aufträge können nicht laufen.</translation>
    </message>
</context>
<context>
    <name>fw::UsersDialog</name>
    <message>
        <source>Active (a deactivated user is kept for the history but may do nothing)</source>
        <translation>Aktiv (ein deaktivierter Benutzer bleibt für die Historie erhalten, darf aber nichts tun)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>a new id adds a user, e.g. anna</source>
        <translation>eine neue Kennung legt einen Benutzer an, z. B. anna</translation>
    </message>
    <message>
        <source>task queues an operator works, separated by commas</source>
        <translation>Aufgaben-Warteschlangen, die ein operator bearbeitet, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzerkennung:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Warteschlangen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Die Benutzer können nicht gelesen werden: %1</translation>
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
        <source>Open the demo store (every bundled sample order, run against built-in stand-ins for the external systems) and preview the telecom fibre sample plan.</source>
        <translation>Den Demo-Datenspeicher öffnen (alle mitgelieferten Beispielaufträge, ausgeführt gegen eingebaute Platzhalter für die externen Systeme) und eine Vorschau des Beispielplans „Glasfaseranschluss“ zeigen.</translation>
    </message>
    <message>
        <source>Open the store FILE (created if missing) and run its orders.</source>
        <translation>Den Datenspeicher DATEI öffnen (wird bei Bedarf angelegt) und seine Aufträge ausführen.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Die helle (light) oder dunkle (dark) Farbpalette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>DESIGN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Gave up waiting for the window&apos;s content.</source>
        <translation>Das Warten auf den Fensterinhalt wurde aufgegeben.</translation>
    </message>
    <message>
        <source>How many copies of each sample order a new demo store gets (default 25).</source>
        <translation>Wie viele Kopien jedes Beispielauftrags ein neuer Demo-Datenspeicher erhält (Standard: 25).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>This workstation&apos;s id with the remote store (default: made once per store).</source>
        <translation>Die Kennung dieses Arbeitsplatzes beim zentralen Datenspeicher (Standard: einmal pro Datenspeicher erzeugt).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Work in the store as USER, who must be an active user of it (default: $FW_USER, else the user last chosen in File &gt; Switch User, else the OS login name; the demo: olivia, an operator).</source>
        <translation>Im Datenspeicher als BENUTZER arbeiten, der dort ein aktiver Benutzer sein muss (Standard: $FW_USER, sonst der zuletzt unter Datei &gt; Benutzer wechseln gewählte Benutzer, sonst der Anmeldename des Betriebssystems; in der Demo: olivia, eine Bearbeiterin mit der Rolle operator).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) for this run instead of the language chosen in View &gt; Language.</source>
        <translation>Für diesen Lauf SPRACHE (en, de, fr) statt der unter Ansicht &gt; Sprache gewählten Sprache verwenden.</translation>
    </message>
    <message>
        <source>Share the store&apos;s orders with other workstations through the remote store CONNINFO (a libpq connection string or postgresql:// URI; the password from the desktop keyring, else ~/.pgpass or PGPASSFILE). Default: $FW_REMOTE, else File &gt; Remote Store.</source>
        <translation>Die Aufträge des Datenspeichers über den zentralen Datenspeicher CONNINFO mit anderen Arbeitsplätzen teilen (eine libpq-Verbindungszeichenfolge oder postgresql://-URI; das Passwort aus dem Schlüsselbund des Desktops, sonst aus ~/.pgpass oder PGPASSFILE). Standard: $FW_REMOTE, sonst Datei &gt; Zentraler Datenspeicher.</translation>
    </message>
    <message>
        <source>Log debug messages too, to stderr and the log file (Help &gt; Open Log Folder); QT_LOGGING_RULES still wins.</source>
        <translation>Auch Debug-Meldungen protokollieren, auf stderr und in die Protokolldatei (Hilfe &gt; Protokollordner öffnen); QT_LOGGING_RULES hat weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>Catalog and order files to open in the plan preview (as --catalog and --order; told apart by their content). This is how a file manager opens them.</source>
        <translation>Katalog- und Auftragsdateien, die in der Planvorschau geöffnet werden (wie --catalog und --order; am Inhalt unterschieden). So öffnet sie ein Dateimanager.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <source>neither a catalog (a JSON object with &quot;products&quot;) nor an order (a JSON object with &quot;items&quot;)</source>
        <translation>weder ein Katalog (ein JSON-Objekt mit „products“) noch ein Auftrag (ein JSON-Objekt mit „items“)</translation>
    </message>
    <message>
        <source>only one catalog and one order can be opened</source>
        <translation>es können nur ein Katalog und ein Auftrag geöffnet werden</translation>
    </message>
    <message>
        <source>Start in VIEW: orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, account:ID#ASSET (the asset&apos;s history shown), order:ID, order:ID#STEP, replay:ID@SEQ (the order as it stood after journal entry SEQ), replay:ID@STATE (just before a step first went into STATE), timeline:ID, summary:ID, change:ID:FILE (the change order FILE previewed for order ID), compose:ID:FILE (its actions in the composer), sync-conflicts, remote-settings or credentials.</source>
        <translation>In ANSICHT starten: orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, account:ID#ASSET (mit dem Verlauf des Assets), order:ID, order:ID#SCHRITT, replay:ID@NR (der Auftrag, wie er nach Journaleintrag NR stand), replay:ID@STATUS (kurz bevor ein Schritt erstmals in STATUS wechselte), timeline:ID, summary:ID, change:ID:DATEI (die Vorschau des Änderungsauftrags DATEI für Auftrag ID), compose:ID:DATEI (seine Aktionen im Editor), sync-conflicts, remote-settings oder credentials.</translation>
    </message>
</context>
</TS>
