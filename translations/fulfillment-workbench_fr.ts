<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .pdf</source>
        <translation>choisissez un nom de fichier se terminant par .png ou .pdf</translation>
    </message>
    <message>
        <source>Could not write</source>
        <translation>Écriture impossible</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A reason is required: it goes into the order&apos;s audit trail.</source>
        <translation>Un motif est obligatoire : il entre dans la piste d&apos;audit de la commande.</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Ignorer l&apos;étape</translation>
    </message>
    <message>
        <source>Why is “%1” of order %2 done without running it?</source>
        <translation>Pourquoi « %1 » de la commande %2 est-elle terminée sans être exécutée ?</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Why is order %1 cancelled? Steps not yet done are cancelled.</source>
        <translation>Pourquoi la commande %1 est-elle annulée ? Les étapes pas encore terminées sont annulées.</translation>
    </message>
</context>
<context>
    <name>fw::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
</context>
<context>
    <name>fw::AccountOrderModel</name>
    <message>
        <source>Double-click or press Enter to open order %1</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la commande %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Souhaitée</translation>
    </message>
</context>
<context>
    <name>fw::AccountPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Asset history</source>
        <translation>Historique de l’actif</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Back to all accounts</source>
        <translation>Retour à tous les comptes</translation>
    </message>
    <message>
        <source>Refresh the account</source>
        <translation>Actualiser le compte</translation>
    </message>
    <message>
        <source>Change the selected asset</source>
        <translation>Modifier l’actif sélectionné</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>Parc installé</translation>
    </message>
    <message>
        <source>Orders of the account</source>
        <translation>Commandes du compte</translation>
    </message>
    <message>
        <source>History of the selected asset</source>
        <translation>Historique de l’actif sélectionné</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Le magasin n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The store has no orders and no assets of account %1.</source>
        <translation>Le magasin n’a ni commande ni actif du compte %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Pays %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln actif</numerusform>
            <numerusform>%Ln actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History of %1: the store could not be read: %2</source>
        <translation>Historique de %1 : le magasin n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Select an asset of the installed base to change it.</source>
        <translation>Sélectionnez un actif du parc installé pour le modifier.</translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation>L’actif %1 est résilié : on ne peut plus rien en faire.</translation>
    </message>
    <message>
        <source>Start an order that changes, moves, suspends, resumes or disconnects %1.</source>
        <translation>Commencer une commande qui modifie, déménage, suspend, réactive ou résilie %1.</translation>
    </message>
    <message>
        <source>Back to the list of accounts (Alt+Left)</source>
        <translation>Retour à la liste des comptes (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Open &amp;Source Order</source>
        <translation>Ouvrir la commande d’&amp;origine</translation>
    </message>
</context>
<context>
    <name>fw::AccountsPage</name>
    <message>
        <source>Search accounts by name or id</source>
        <translation>Rechercher des comptes par nom ou ID</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 sur %Ln compte</numerusform>
            <numerusform>%1 sur %Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Le magasin n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>fw::ActionMessageBar</name>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec : %1 — %2</translation>
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
        <translation>Chargement de l’actif %1…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Submit Order</source>
        <translation>&amp;Envoyer la commande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change Asset %1</source>
        <translation>Modifier l’actif %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Street (line 1)</source>
        <translation>Rue (ligne 1)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Lines of the new order</source>
        <translation>Lignes de la nouvelle commande</translation>
    </message>
    <message>
        <source>Plan steps by lane</source>
        <translation>Étapes du plan par couloir</translation>
    </message>
    <message>
        <source>Preview the order</source>
        <translation>Aperçu de la commande</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <source>Cancel without ordering</source>
        <translation>Annuler sans commander</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>&amp;N° de commande :</translation>
    </message>
    <message>
        <source>Preview: the lines with their change, and the plan by lane</source>
        <translation>Aperçu : les lignes avec leur changement, et le plan par couloir</translation>
    </message>
    <message>
        <source>%1 changes nothing else about the asset.</source>
        <translation>« %1 » ne change rien d’autre à l’actif.</translation>
    </message>
    <message>
        <source>Asset %1 cannot be changed: %2</source>
        <translation>L’actif %1 ne peut pas être modifié : %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 : %3</translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation>L’actif %1 est résilié : on ne peut plus rien en faire.</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the engine did not import the order: %1</source>
        <translation>le moteur n’a pas importé la commande : %1</translation>
    </message>
    <message>
        <source>Preview the order first: Submit sends exactly what the preview shows.</source>
        <translation>D’abord l’aperçu : Envoyer transmet exactement ce que l’aperçu montre.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>fw::AssetHistoryModel</name>
    <message>
        <source>Order %1 as changed by %2</source>
        <translation>Commande %1 modifiée par %2</translation>
    </message>
    <message>
        <source>%1 (+ %2)</source>
        <translation>%1 (+ %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change (before → after)</source>
        <translation>Changement (avant → après)</translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderLineModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Fulfillment product</source>
        <translation>Produit de réalisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Qty after</source>
        <translation>Qté après</translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderStepModel</name>
    <message numerus="yes">
        <source>%1 (%Ln step(s))</source>
        <translation>
            <numerusform>%1 (%Ln étape)</numerusform>
            <numerusform>%1 (%Ln étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lane / step</source>
        <translation>Couloir / étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>fw::AssetPresentation</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déménagé</translation>
    </message>
    <message>
        <source>Change quantity or attributes</source>
        <translation>Modifier la quantité ou les attributs</translation>
    </message>
    <message>
        <source>Move to a new site</source>
        <translation>Déménager vers un nouveau site</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>quantité %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>no change of quantity or attributes</source>
        <translation>aucun changement de quantité ni d’attributs</translation>
    </message>
    <message>
        <source>+%1 (increase)</source>
        <translation>+%1 (hausse)</translation>
    </message>
    <message>
        <source>−%1 (decrease)</source>
        <translation>−%1 (baisse)</translation>
    </message>
    <message>
        <source>modify: %1</source>
        <translation>modifier : %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déménager</translation>
    </message>
</context>
<context>
    <name>fw::BulkFalloutDialog</name>
    <message numerus="yes">
        <source>Bulk Retry — %n Case(s)</source>
        <translation>
            <numerusform>Relance groupée — %n cas</numerusform>
            <numerusform>Relance groupée — %n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Skip — %n Case(s)</source>
        <translation>
            <numerusform>Saut groupé — %n cas</numerusform>
            <numerusform>Saut groupé — %n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below runs again with a new idempotency key and a fresh retry budget.</source>
        <translation>Simulation : rien n&apos;a encore été envoyé. Chaque étape en échec ci-dessous est relancée avec une nouvelle clé d&apos;idempotence et un nouveau budget de tentatives.</translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below is force-completed with the reason you give; its dependents then run.</source>
        <translation>Simulation : rien n&apos;a encore été envoyé. Chaque étape en échec ci-dessous est terminée de force avec le motif que vous donnez ; ses dépendantes s&apos;exécutent ensuite.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>run again</source>
        <translation>relancée</translation>
    </message>
    <message>
        <source>be skipped</source>
        <translation>ignorée</translation>
    </message>
    <message numerus="yes">
        <source>; order stays on hold (%n other case(s))</source>
        <translation>
            <numerusform> ; la commande reste suspendue (%n autre cas)</numerusform>
            <numerusform> ; la commande reste suspendue (%n autres cas)</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>Reason for skipping (required, goes into each order&apos;s audit trail)</source>
        <translation>Motif du saut (obligatoire, inscrit dans la piste d&apos;audit de chaque commande)</translation>
    </message>
    <message>
        <source>Resume each order whose last case this resolves</source>
        <translation>Reprendre chaque commande dont ceci résout le dernier cas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Case(s)</source>
        <translation>
            <numerusform>&amp;Relancer %n cas</numerusform>
            <numerusform>&amp;Relancer %n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip %n Case(s)</source>
        <translation>
            <numerusform>&amp;Ignorer %n cas</numerusform>
            <numerusform>&amp;Ignorer %n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason first: skipping without one is not allowed.</source>
        <translation>Donnez d&apos;abord un motif : ignorer sans motif n&apos;est pas permis.</translation>
    </message>
    <message>
        <source>sent…</source>
        <translation>envoyé…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) selected. Press the button to send them to the engine.</source>
        <translation>
            <numerusform>%n cas sélectionné. Appuyez sur le bouton pour l&apos;envoyer au moteur.</numerusform>
            <numerusform>%n cas sélectionnés. Appuyez sur le bouton pour les envoyer au moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 waiting for the engine.</source>
        <translation>%1 faits, %2 en échec, %3 en attente du moteur.</translation>
    </message>
    <message numerus="yes">
        <source>Bulk retry of %n fallout case(s)</source>
        <translation>
            <numerusform>Relance groupée de %n incident</numerusform>
            <numerusform>Relance groupée de %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk skip of %n fallout case(s)</source>
        <translation>
            <numerusform>Saut groupé de %n incident</numerusform>
            <numerusform>Saut groupé de %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer for this case</source>
        <translation>pas de réponse pour ce cas</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>relancé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is retrying %n case(s)…</source>
        <translation>
            <numerusform>Envoyé : le moteur relance %n cas…</numerusform>
            <numerusform>Envoyé : le moteur relance %n cas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is skipping %n case(s)…</source>
        <translation>
            <numerusform>Envoyé : le moteur ignore %n cas…</numerusform>
            <numerusform>Envoyé : le moteur ignore %n cas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 retried, %2 refused. A step that fails again opens a new fallout case in the queue.</source>
        <translation>Terminé : %1 relancés, %2 refusés. Une étape qui échoue de nouveau ouvre un nouvel incident dans la file.</translation>
    </message>
    <message>
        <source>Finished: %1 skipped, %2 refused.</source>
        <translation>Terminé : %1 ignorés, %2 refusés.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
</context>
<context>
    <name>fw::ChangeActionEditor</name>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country code, e.g. NL</source>
        <translation>Code pays, p. ex. NL</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Nouvelle date :</translation>
    </message>
    <message>
        <source>The whole order is cancelled: work not started is discarded, completed work is compensated (returns, credits) and billing stops. This must be the only action.</source>
        <translation>Toute la commande est annulée : le travail non commencé est abandonné, le travail terminé est compensé (retours, avoirs) et la facturation s&apos;arrête. Ce doit être la seule action.</translation>
    </message>
    <message>
        <source>The commercial item the action changes; removing a bundle removes its child items too</source>
        <translation>L&apos;article commercial que l&apos;action modifie ; retirer un lot retire aussi ses articles enfants</translation>
    </message>
    <message>
        <source>The item&apos;s new total (itself and its supplements); once fulfilment started only the difference is provisioned, as a supplement</source>
        <translation>Le nouveau total de l&apos;article (lui-même et ses suppléments) ; une fois l&apos;exécution commencée, seule la différence est provisionnée, comme supplément</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>An empty value removes the attribute</source>
        <translation>Une valeur vide retire l&apos;attribut</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Retirer l&apos;attribut</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>New &amp;total:</source>
        <translation>Nouveau &amp;total :</translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation>Attri&amp;buts :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Demandée :</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Quantity %1 · %2 · group %3</source>
        <translation>Quantité %1 · %2 · groupe %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> · changed by %1</source>
        <translation> · modifié par %1</translation>
    </message>
    <message>
        <source>The order has no items left to change.</source>
        <translation>La commande n&apos;a plus d&apos;articles à modifier.</translation>
    </message>
    <message>
        <source>Now: %1 · requested %2</source>
        <translation>Actuellement : %1 · demandée le %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>The order has no delivery groups.</source>
        <translation>La commande n&apos;a pas de groupes de livraison.</translation>
    </message>
    <message>
        <source>Create a &amp;new group:</source>
        <translation>Créer un &amp;nouveau groupe :</translation>
    </message>
    <message>
        <source>Its id, e.g. EINDHOVEN</source>
        <translation>Son identifiant, p. ex. EINDHOVEN</translation>
    </message>
    <message>
        <source>A delivery group the order does not have yet (a new site); it needs an address</source>
        <translation>Un groupe de livraison que la commande n&apos;a pas encore (un nouveau site) ; il lui faut une adresse</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Code produit %1</translation>
    </message>
    <message>
        <source>A new group: give its address; new top-level items can then be delivered to it.</source>
        <translation>Un nouveau groupe : donnez son adresse ; de nouveaux articles de premier niveau pourront alors y être livrés.</translation>
    </message>
</context>
<context>
    <name>fw::ChangeComposer</name>
    <message>
        <source>Remove Action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <source>The change order&apos;s id; supplement items are named after it</source>
        <translation>L&apos;identifiant de la modification ; les articles supplémentaires portent son nom</translation>
    </message>
    <message>
        <source>Who asked: customer, account manager, portal</source>
        <translation>Qui l&apos;a demandée : client, chargé de compte, portail</translation>
    </message>
    <message>
        <source>Why, in a few words (the timeline and the summary show it)</source>
        <translation>Pourquoi, en quelques mots (la chronologie et le résumé l&apos;affichent)</translation>
    </message>
    <message>
        <source>Change &amp;id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Demandée &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions yet. Add Action: add an item from the catalog, remove an item, change its quantity or attributes, move a delivery group&apos;s address or date, or cancel the whole order.</source>
        <translation>Pas encore d&apos;action. Ajouter une action : ajouter un article du catalogue, retirer un article, changer sa quantité ou ses attributs, déplacer l&apos;adresse ou la date d&apos;un groupe de livraison, ou annuler toute la commande.</translation>
    </message>
    <message>
        <source>Actions of the change</source>
        <translation>Actions de la modification</translation>
    </message>
</context>
<context>
    <name>fw::ChangeGraph</name>
    <message>
        <source>Undoes &apos;%1&apos;</source>
        <translation>Annule « %1 »</translation>
    </message>
    <message>
        <source>Will be undone: %1</source>
        <translation>Sera annulé : %1</translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDialog</name>
    <message>
        <source>Compose &amp;Instead</source>
        <translation>Composer à la &amp;place</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Change Order — %1</source>
        <translation>Modification de commande — %1</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Load a change order file (JSON) instead of composing one (Ctrl+O)</source>
        <translation>Charger un fichier de modification (JSON) au lieu d&apos;en composer une (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ask the engine what the change does to the running order; nothing is changed (Ctrl+Enter)</source>
        <translation>Demander au moteur ce que la modification fait à la commande en cours ; rien n&apos;est modifié (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close without changing the order</source>
        <translation>Fermer sans modifier la commande</translation>
    </message>
    <message>
        <source>Done: change %1 of %2: %3 (revision %4) — %5</source>
        <translation>Fait : modification %1 de %2 : %3 (révision %4) — %5</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>%1 appliquée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>From file &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Depuis le fichier &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>composed change %1</source>
        <translation>modification composée %1</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Interrogation du moteur…</translation>
    </message>
    <message>
        <source>Cancel Order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the whole order %1?

Work not started is discarded, completed work is compensated (%n callout(s) will be sent) and billing stops. This cannot be undone.</source>
        <translation>
            <numerusform>Annuler toute la commande %1 ?

Le travail non commencé est abandonné, le travail terminé est compensé (%n appel sera envoyé) et la facturation s&apos;arrête. C&apos;est irréversible.</numerusform>
            <numerusform>Annuler toute la commande %1 ?

Le travail non commencé est abandonné, le travail terminé est compensé (%n appels seront envoyés) et la facturation s&apos;arrête. C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting change %1…</source>
        <translation>Soumission de la modification %1…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliquée : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The change was edited after its preview: Preview again</source>
        <translation>La modification a changé depuis son aperçu : refaites l&apos;aperçu</translation>
    </message>
    <message>
        <source>The preview shows why this change cannot be made</source>
        <translation>L&apos;aperçu montre pourquoi cette modification est impossible</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Apply the previewed change to the running order</source>
        <translation>Appliquer la modification prévisualisée à la commande en cours</translation>
    </message>
    <message>
        <source>Preview the change first</source>
        <translation>Faites d&apos;abord l&apos;aperçu de la modification</translation>
    </message>
    <message>
        <source>Open Change Order</source>
        <translation>Ouvrir une modification de commande</translation>
    </message>
    <message>
        <source>Change orders (*.json);;All files (*)</source>
        <translation>Modifications de commande (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot compose %1: %2</source>
        <translation>Impossible de composer %1 : %2</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>La modification</translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDraft</name>
    <message>
        <source>Cancel the whole order</source>
        <translation>Annuler toute la commande</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Retirer un article</translation>
    </message>
    <message>
        <source>Change an item&apos;s quantity</source>
        <translation>Changer la quantité d&apos;un article</translation>
    </message>
    <message>
        <source>Change an item&apos;s attributes</source>
        <translation>Changer les attributs d&apos;un article</translation>
    </message>
    <message>
        <source>Change a delivery group&apos;s address or date</source>
        <translation>Changer l&apos;adresse ou la date d&apos;un groupe de livraison</translation>
    </message>
    <message>
        <source>(no item chosen)</source>
        <translation>(aucun article choisi)</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Retirer l&apos;article %1</translation>
    </message>
    <message>
        <source>Item %1: quantity %2</source>
        <translation>Article %1 : quantité %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Article %1 : %2</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(aucun attribut)</translation>
    </message>
    <message>
        <source>new address</source>
        <translation>nouvelle adresse</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>demandée le %1</translation>
    </message>
    <message>
        <source>Delivery group %1: %2</source>
        <translation>Groupe de livraison %1 : %2</translation>
    </message>
    <message>
        <source>(no group chosen)</source>
        <translation>(aucun groupe choisi)</translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation>(rien de changé)</translation>
    </message>
    <message>
        <source>The change order needs an id.</source>
        <translation>La modification de commande a besoin d&apos;un identifiant.</translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation>Ajoutez au moins une action.</translation>
    </message>
    <message>
        <source>Action %1: cancelling the order must be the only action.</source>
        <translation>Action %1 : l&apos;annulation de la commande doit être la seule action.</translation>
    </message>
    <message>
        <source>Action %1: choose an item.</source>
        <translation>Action %1 : choisissez un article.</translation>
    </message>
    <message>
        <source>Action %1: name at least one attribute.</source>
        <translation>Action %1 : nommez au moins un attribut.</translation>
    </message>
    <message>
        <source>Action %1: choose a delivery group.</source>
        <translation>Action %1 : choisissez un groupe de livraison.</translation>
    </message>
    <message>
        <source>Action %1: give a new address, a requested date or both.</source>
        <translation>Action %1 : donnez une nouvelle adresse, une date demandée ou les deux.</translation>
    </message>
    <message>
        <source>not a change order: the text is not a JSON object</source>
        <translation>pas une modification de commande : le texte n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>not a change order: it has no list of actions</source>
        <translation>pas une modification de commande : elle n&apos;a pas de liste d&apos;actions</translation>
    </message>
    <message>
        <source>action %1 cannot be composed here; open the file to preview it as it is</source>
        <translation>l&apos;action %1 ne peut pas être composée ici ; ouvrez le fichier pour la prévisualiser telle quelle</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>New delivery group %1: %2</source>
        <translation>Nouveau groupe de livraison %1 : %2</translation>
    </message>
    <message>
        <source>(no product chosen)</source>
        <translation>(aucun produit choisi)</translation>
    </message>
    <message>
        <source>Add %1 ×%2 to bundle %3 as item %4</source>
        <translation>Ajouter %1 ×%2 au lot %3 comme article %4</translation>
    </message>
    <message>
        <source>Add %1 ×%2 as item %3</source>
        <translation>Ajouter %1 ×%2 comme article %3</translation>
    </message>
    <message>
        <source>Action %1: name the new delivery group.</source>
        <translation>Action %1 : nommez le nouveau groupe de livraison.</translation>
    </message>
    <message>
        <source>Action %1: the order already has a delivery group %2.</source>
        <translation>Action %1 : la commande a déjà un groupe de livraison %2.</translation>
    </message>
    <message>
        <source>Action %1: a new delivery group needs an address.</source>
        <translation>Action %1 : un nouveau groupe de livraison a besoin d&apos;une adresse.</translation>
    </message>
    <message>
        <source>Action %1: choose a product.</source>
        <translation>Action %1 : choisissez un produit.</translation>
    </message>
    <message>
        <source>Action %1: give the new item an id.</source>
        <translation>Action %1 : donnez un identifiant au nouvel article.</translation>
    </message>
    <message>
        <source>Action %1: the order already has an item %2; give the new item another id.</source>
        <translation>Action %1 : la commande a déjà un article %2 ; donnez un autre identifiant au nouvel article.</translation>
    </message>
    <message>
        <source>Action %1: %2 needs attribute %3.</source>
        <translation>Action %1 : %2 a besoin de l&apos;attribut %3.</translation>
    </message>
</context>
<context>
    <name>fw::ChangePresentation</name>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Amendée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Unchanged; completed work stays completed.</source>
        <translation>Inchangée ; le travail terminé reste terminé.</translation>
    </message>
    <message>
        <source>Not started yet; it will run with the changed order&apos;s data.</source>
        <translation>Pas encore commencée ; elle s&apos;exécutera avec les données de la commande modifiée.</translation>
    </message>
    <message>
        <source>New: a new item&apos;s step, a supplement&apos;s step or work done again.</source>
        <translation>Nouvelle : l&apos;étape d&apos;un nouvel article, d&apos;un supplément ou un travail refait.</translation>
    </message>
    <message>
        <source>No longer needed; cancelled.</source>
        <translation>N&apos;est plus nécessaire ; annulée.</translation>
    </message>
    <message>
        <source>Added to undo completed work.</source>
        <translation>Ajoutée pour défaire un travail terminé.</translation>
    </message>
    <message>
        <source>Past its point of no return: the change cannot be made.</source>
        <translation>Au-delà de son point de non-retour : la modification est impossible.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Waiting for replies</source>
        <translation>En attente de réponses</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 pending</source>
        <translation>%1 sur %2 livrés, +%3 en attente</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress</source>
        <translation>%1 sur %2 livrés, +%3 en cours</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress, +%4 pending</source>
        <translation>%1 sur %2 livrés, +%3 en cours, +%4 en attente</translation>
    </message>
</context>
<context>
    <name>fw::ChangePreviewPanel</name>
    <message>
        <source>&amp;Changed steps only</source>
        <translation>Étapes &amp;modifiées seulement</translation>
    </message>
    <message>
        <source>Select a callout to see the payload it will send</source>
        <translation>Sélectionnez un appel pour voir le contenu qu&apos;il enverra</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>External effects</source>
        <translation>Effets externes</translation>
    </message>
    <message>
        <source>Compose a change or open a change file, then Preview to see what it does to the running order.</source>
        <translation>Composez une modification ou ouvrez un fichier de modification, puis Aperçu pour voir ce qu&apos;elle fait à la commande en cours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The whole order is cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toute la commande est annulée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Steps (%1 changed)</source>
        <translation>Étapes (%1 modifiées)</translation>
    </message>
    <message>
        <source>External effects (%1)</source>
        <translation>Effets externes (%1)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;This change cannot be submitted.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Cette modification ne peut pas être soumise.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• Point of no return: step &lt;b&gt;%1&lt;/b&gt; (%2), line &lt;b&gt;%3&lt;/b&gt;: %4</source>
        <translation>• Point de non-retour : étape &lt;b&gt;%1&lt;/b&gt; (%2), ligne &lt;b&gt;%3&lt;/b&gt; : %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change %1 to order %2 (revision %3)&lt;/b&gt; &amp;nbsp; %4</source>
        <translation>&lt;b&gt;Modification %1 de la commande %2 (révision %3)&lt;/b&gt; &amp;nbsp; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n callout(s) will be sent.</source>
        <translation>
            <numerusform>%n appel sera envoyé.</numerusform>
            <numerusform>%n appels seront envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast completion %1 → %2.</source>
        <translation>Fin prévue %1 → %2.</translation>
    </message>
    <message>
        <source>Waits for the replies of %1: the change is applied once they are in.</source>
        <translation>Attend les réponses de %1 : la modification est appliquée dès leur arrivée.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>fw::ChangeRecordModel</name>
    <message>
        <source>Applied %1</source>
        <translation>%1 appliquée</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumise par</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>fw::ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the figures of this chart as a table</source>
        <translation>Afficher les chiffres de ce graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>Afficher de nouveau le graphique</translation>
    </message>
</context>
<context>
    <name>fw::CredentialsDialog</name>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The credentials the store&apos;s catalogs declare for their endpoints. Their secrets are kept in this workstation&apos;s desktop keyring, never in the store or a catalog; fwctl reads them from FW_CREDENTIAL_&lt;NAME&gt; or its credentials file.</source>
        <translation>Les identifiants que les catalogues de la base déclarent pour leurs points d’accès. Leurs secrets sont gardés dans le trousseau du bureau de ce poste, jamais dans la base ni dans un catalogue ; fwctl les lit dans FW_CREDENTIAL_&lt;NAME&gt; ou dans son fichier d’identifiants.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points d’accès</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Reading the catalogs…</source>
        <translation>Lecture des catalogues…</translation>
    </message>
    <message>
        <source>&amp;Set Secret…</source>
        <translation>&amp;Définir le secret…</translation>
    </message>
    <message>
        <source>C&amp;lear Secret</source>
        <translation>&amp;Effacer le secret</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s catalogs: %1</source>
        <translation>Impossible de lire les catalogues de la base : %1</translation>
    </message>
    <message>
        <source>The store&apos;s catalogs declare no credentials.</source>
        <translation>Les catalogues de la base ne déclarent aucun identifiant.</translation>
    </message>
    <message>
        <source>Asking the keyring…</source>
        <translation>Interrogation du trousseau…</translation>
    </message>
    <message>
        <source>The desktop keyring did not answer: %1</source>
        <translation>Le trousseau du bureau n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Select a credential to set or clear its secret.</source>
        <translation>Sélectionnez un identifiant pour définir ou effacer son secret.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Saving the secret of %1 in the keyring…</source>
        <translation>Enregistrement du secret de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>The secret of %1 is set: the next callout uses it.</source>
        <translation>Le secret de %1 est défini : le prochain appel l’utilise.</translation>
    </message>
    <message>
        <source>The keyring did not keep the secret of %1: %2</source>
        <translation>Le trousseau n’a pas gardé le secret de %1 : %2</translation>
    </message>
    <message>
        <source>The secret of %1 is cleared: its callouts fall out until it is set again.</source>
        <translation>Le secret de %1 est effacé : ses appels passent en fallout jusqu’à ce qu’il soit défini à nouveau.</translation>
    </message>
    <message>
        <source>The keyring did not clear the secret of %1: %2</source>
        <translation>Le trousseau n’a pas effacé le secret de %1 : %2</translation>
    </message>
</context>
<context>
    <name>fw::CsvExportButton</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>Write the %1 as shown (visible columns, filter and sort) to a CSV file (Ctrl+Shift+E in the table)</source>
        <translation>Écrire %1 tel que le tableau l&apos;affiche (colonnes visibles, filtre et tri) dans un fichier CSV (Ctrl+Maj+E dans le tableau)</translation>
    </message>
    <message>
        <source>Export %1 to CSV…</source>
        <translation>Exporter %1 en CSV…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne exportée</numerusform>
            <numerusform>%Ln lignes exportées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::CsvExportDialog</name>
    <message>
        <source>Start with a byte-order mark (for Microsoft Excel)</source>
        <translation>Commencer par une marque d&apos;ordre des octets (pour Microsoft Excel)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other programs may show it as stray characters</source>
        <translation>Excel ne lit un fichier CSV en UTF-8 que s&apos;il commence par une marque d&apos;ordre des octets ; d&apos;autres programmes peuvent l&apos;afficher comme des caractères parasites</translation>
    </message>
    <message>
        <source>Cells that start with = + - or @ are written with a leading &apos; so that spreadsheets show them as text instead of running them as formulas.</source>
        <translation>Les cellules qui commencent par = + - ou @ sont écrites précédées d&apos;un &apos; afin que les tableurs les affichent comme du texte au lieu de les exécuter comme des formules.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fw::CycleHistogramModel</name>
    <message numerus="yes">
        <source>%n order(s) completed with a cycle time of %1</source>
        <translation>
            <numerusform>%n commande terminée avec une durée de cycle de %1</numerusform>
            <numerusform>%n commandes terminées avec une durée de cycle de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durée de cycle</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>fw::DashboardCharts</name>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Throughput: orders completed per day</source>
        <translation>Débit : commandes terminées par jour</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Order cycle time distribution</source>
        <translation>Répartition des durées de cycle des commandes</translation>
    </message>
    <message>
        <source>Cycle time (created to finished)</source>
        <translation>Durée de cycle (de la création à la fin)</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Commandes terminées</translation>
    </message>
    <message>
        <source>Order cycle time trend</source>
        <translation>Tendance de la durée de cycle des commandes</translation>
    </message>
    <message>
        <source>Cycle time (h)</source>
        <translation>Durée de cycle (h)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Touchless ratio per day</source>
        <translation>Taux sans intervention par jour</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Sans intervention</translation>
    </message>
    <message>
        <source>Touchless (%)</source>
        <translation>Sans intervention (%)</translation>
    </message>
    <message>
        <source>Fallout rate per day</source>
        <translation>Taux d&apos;incidents par jour</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Taux d&apos;incidents</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>With fallout (%)</source>
        <translation>Avec incident (%)</translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>SLA adherence per lane</source>
        <translation>Respect du SLA par couloir</translation>
    </message>
    <message>
        <source>Steps on time (%)</source>
        <translation>Étapes à l&apos;heure (%)</translation>
    </message>
    <message>
        <source>Open work per queue now</source>
        <translation>Travail ouvert par file, maintenant</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <source>Oldest age (h)</source>
        <translation>Âge du plus ancien (h)</translation>
    </message>
    <message>
        <source>Age (h)</source>
        <translation>Âge (h)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other lanes (%1)</source>
        <translation>Autres couloirs (%1)</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(sans couloir)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fallout cases by lane (top 8)</source>
        <translation>Incidents par couloir (top 8)</translation>
    </message>
    <message>
        <source>Fallout cases by error signature (top 8)</source>
        <translation>Incidents par signature d&apos;erreur (top 8)</translation>
    </message>
</context>
<context>
    <name>fw::DashboardPage</name>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation>Signature d&apos;erreur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Compute the figures again for the range</source>
        <translation>Recalculer les chiffres pour la période</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG image or a PDF document</source>
        <translation>Enregistrer le tableau de bord en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The figures shown are the previous ones until the new ones are ready</source>
        <translation>Les chiffres affichés sont les précédents jusqu&apos;à ce que les nouveaux soient prêts</translation>
    </message>
    <message>
        <source>%1 to %2, computed %3</source>
        <translation>Du %1 au %2, calculé %3</translation>
    </message>
    <message>
        <source>Fulfillment KPIs, %1 to %2</source>
        <translation>Indicateurs d&apos;exécution, du %1 au %2</translation>
    </message>
    <message>
        <source> (computed %1 UTC)</source>
        <translation> (calculé %1 UTC)</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Graphiques du tableau de bord</translation>
    </message>
</context>
<context>
    <name>fw::DrillDownDialog</name>
    <message>
        <source>Orders behind the figure</source>
        <translation>Les commandes derrière le chiffre</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la commande</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Orders completed %1 with a cycle time of %2</source>
        <translation>Commandes terminées %1 avec une durée de cycle de %2</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>tranche %1</translation>
    </message>
    <message>
        <source>Orders completed on %1</source>
        <translation>Commandes terminées le %1</translation>
    </message>
    <message>
        <source>Orders finished on %1 that had fallout</source>
        <translation>Commandes finies le %1 qui ont eu un incident</translation>
    </message>
    <message>
        <source>Orders completed on %1 without a person acting</source>
        <translation>Commandes terminées le %1 sans intervention humaine</translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1 on %2</source>
        <translation>Commandes avec une étape en retard du couloir %1 le %2</translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1, %2</source>
        <translation>Commandes avec une étape en retard du couloir %1, %2</translation>
    </message>
    <message>
        <source>Orders with fallout cases of lane %1, %2</source>
        <translation>Commandes avec des incidents du couloir %1, %2</translation>
    </message>
    <message>
        <source>Orders with fallout cases of signature %1, %2</source>
        <translation>Commandes avec des incidents de signature %1, %2</translation>
    </message>
    <message>
        <source>Orders with open work in queue %1 now</source>
        <translation>Commandes avec du travail ouvert dans la file %1, maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1 : %n commande</numerusform>
            <numerusform>%1 : %n commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::DrillOrderModel</name>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Ouvrir la commande %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finie</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durée de cycle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>fw::EngineText</name>
    <message>
        <source>%1, %2% of its %3 estimate (%4)</source>
        <translation>%1, %2 % de son estimation de %3 (%4)</translation>
    </message>
    <message>
        <source>warning at %1, critical at %2</source>
        <translation>alerte à %1, critique à %2</translation>
    </message>
    <message>
        <source>warning at %1</source>
        <translation>alerte à %1</translation>
    </message>
    <message>
        <source>critical at %1</source>
        <translation>critique à %1</translation>
    </message>
    <message>
        <source>%1, over its %2 critical threshold</source>
        <translation>%1, au-delà de son seuil critique de %2</translation>
    </message>
    <message>
        <source>%1, over its %2 warning threshold</source>
        <translation>%1, au-delà de son seuil d&apos;alerte de %2</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>en attente depuis %1</translation>
    </message>
    <message>
        <source>retrying %1</source>
        <translation>en relance depuis %1</translation>
    </message>
    <message>
        <source>in fallout %1</source>
        <translation>en incident depuis %1</translation>
    </message>
    <message>
        <source>pending %1</source>
        <translation>en suspens depuis %1</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>ouverte depuis %1</translation>
    </message>
    <message>
        <source>working time %1 in %2 hours</source>
        <translation>temps de travail %1 en %2 heures</translation>
    </message>
    <message>
        <source>%1, longer than 90% of the last %2 runs (p90 %3, median %4)</source>
        <translation>%1, plus long que 90 % des %2 dernières exécutions (p90 %3, médiane %4)</translation>
    </message>
    <message>
        <source>due %1 and not complete (overdue %2)</source>
        <translation>échéance %1 et pas terminée (retard %2)</translation>
    </message>
    <message>
        <source>projected to complete %1, %2 after its due date %3; critical path: %4</source>
        <translation>fin prévue %1, %2 après son échéance %3 ; chemin critique : %4</translation>
    </message>
    <message>
        <source>back within its thresholds</source>
        <translation>de nouveau dans ses seuils</translation>
    </message>
    <message>
        <source>the order finished</source>
        <translation>la commande est terminée</translation>
    </message>
    <message>
        <source>priority raised to %1</source>
        <translation>priorité portée à %1</translation>
    </message>
    <message>
        <source>task reassigned to %1</source>
        <translation>tâche réaffectée à %1</translation>
    </message>
    <message>
        <source>escalated to %1 (escalation %2)</source>
        <translation>escaladé à %1 (escalade %2)</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>pas fait : %1</translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3)</source>
        <translation>la commande %1 est déjà escaladée (escalade %2 dans la file %3)</translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4)</source>
        <translation>l&apos;étape %1 de la commande %2 est déjà escaladée (escalade %3 dans la file %4)</translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3): write a note to add to it</source>
        <translation>la commande %1 est déjà escaladée (escalade %2 dans la file %3) : écrivez une note à y ajouter</translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4): write a note to add to it</source>
        <translation>l&apos;étape %1 de la commande %2 est déjà escaladée (escalade %3 dans la file %4) : écrivez une note à y ajouter</translation>
    </message>
    <message>
        <source>order %1: &apos;%2&apos; is not a task queue of catalog %3 (task queues: %4)</source>
        <translation>commande %1 : « %2 » n&apos;est pas une file de tâches du catalogue %3 (files de tâches : %4)</translation>
    </message>
    <message>
        <source>order %1: step %2 has no open task to reassign</source>
        <translation>commande %1 : l&apos;étape %2 n&apos;a pas de tâche ouverte à réaffecter</translation>
    </message>
    <message>
        <source>order %1: the task of step %2 is already in queue %3</source>
        <translation>commande %1 : la tâche de l&apos;étape %2 est déjà dans la file %3</translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation>escalade %1 inconnue</translation>
    </message>
    <message>
        <source>escalation %1 is already claimed by you</source>
        <translation>l&apos;escalade %1 est déjà prise par vous</translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2; only they can resolve it</source>
        <translation>l&apos;escalade %1 est prise par %2 ; seule cette personne peut la résoudre</translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2</source>
        <translation>l&apos;escalade %1 est prise par %2</translation>
    </message>
    <message>
        <source>escalation %1 is already resolved</source>
        <translation>l&apos;escalade %1 est déjà résolue</translation>
    </message>
    <message>
        <source>escalation %1: say what was done to resolve it</source>
        <translation>escalade %1 : dites ce qui a été fait pour la résoudre</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>%1 (%2: %3 by fallout rule &apos;%4&apos;)</source>
        <translation>%1 (%2 : %3 selon la règle d&apos;incident « %4 »)</translation>
    </message>
    <message>
        <source>%1 (%2: %3 by default)</source>
        <translation>%1 (%2 : %3 par défaut)</translation>
    </message>
    <message>
        <source>%1: %2 by fallout rule &apos;%3&apos;</source>
        <translation>%1 : %2 selon la règle d&apos;incident « %3 »</translation>
    </message>
    <message>
        <source>%1: %2 by default</source>
        <translation>%1 : %2 par défaut</translation>
    </message>
    <message>
        <source>%1; retries exhausted: %2</source>
        <translation>%1 ; tentatives épuisées : %2</translation>
    </message>
    <message>
        <source>retriable</source>
        <translation>réessayable</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatale</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>the response has no %1</source>
        <translation>la réponse n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>contenu : %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no value</source>
        <translation>%1 : « %2 » n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made</source>
        <translation>%1 tentatives faites sur %2</translation>
    </message>
    <message>
        <source>the %1 retry window would be exceeded</source>
        <translation>la fenêtre de relance de %1 serait dépassée</translation>
    </message>
    <message>
        <source>no retry policy</source>
        <translation>pas de politique de relance</translation>
    </message>
    <message>
        <source>the step moved on before the response arrived</source>
        <translation>l&apos;étape a avancé avant l&apos;arrivée de la réponse</translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; is missing</source>
        <translation>le paramètre « field » manque</translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; must name a line field (line.fields.NAME), not &apos;%1&apos;</source>
        <translation>le paramètre « field » doit nommer un champ de ligne (line.fields.NOM), pas « %1 »</translation>
    </message>
    <message>
        <source>parameter &apos;value&apos; is missing</source>
        <translation>le paramètre « value » manque</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not completed, so &apos;%2&apos; has no date</source>
        <translation>l&apos;étape « %1 » n&apos;est pas terminée, donc « %2 » n&apos;a pas de date</translation>
    </message>
    <message>
        <source>parameter &apos;from&apos; is &apos;%1&apos;: expected now, completion:STEP or an ISO date</source>
        <translation>le paramètre « from » vaut « %1 » : attendu now, completion:ÉTAPE ou une date ISO</translation>
    </message>
    <message>
        <source>addDays, addMonths and addYears must be whole numbers</source>
        <translation>addDays, addMonths et addYears doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>parameter &apos;event&apos; is missing</source>
        <translation>le paramètre « event » manque</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>doit être une date et une heure (AAAA-MM-JJThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>is required: answer yes or no</source>
        <translation>est obligatoire : répondez oui ou non</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of this form</source>
        <translation>« %1 » n&apos;est pas un champ de ce formulaire</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>tâche %1 inconnue</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only they can release it</source>
        <translation>la tâche %1 est prise par %2 ; seule cette personne peut la libérer</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only the claimant can complete it</source>
        <translation>la tâche %1 est prise par %2 ; seule cette personne peut la terminer</translation>
    </message>
    <message>
        <source>task %1 is claimed by %2</source>
        <translation>la tâche %1 est prise par %2</translation>
    </message>
    <message>
        <source>task %1 is not claimed; claim it before completing it</source>
        <translation>la tâche %1 n&apos;est pas prise ; prenez-la avant de la terminer</translation>
    </message>
    <message>
        <source>task %1 is not claimed</source>
        <translation>la tâche %1 n&apos;est pas prise</translation>
    </message>
    <message>
        <source>task %1: order %2 is not active</source>
        <translation>tâche %1 : la commande %2 n&apos;est pas active</translation>
    </message>
    <message>
        <source>task %1: step %2 cannot complete now</source>
        <translation>tâche %1 : l&apos;étape %2 ne peut pas se terminer maintenant</translation>
    </message>
    <message>
        <source>unknown or inactive order &apos;%1&apos;</source>
        <translation>commande « %1 » inconnue ou inactive</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3): it needs %4, and %1 %5</source>
        <translation>%1 ne peut pas %2 (%3) : il faut %4, et %1 %5</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3) of queue &apos;%4&apos;: %1 %5 (the supervisor role works every queue)</source>
        <translation>%1 ne peut pas %2 (%3) dans la file « %4 » : %1 %5 (le rôle superviseur traite toutes les files)</translation>
    </message>
    <message>
        <source>%1 may not %2: the user is deactivated</source>
        <translation>%1 ne peut pas %2 : l&apos;utilisateur est désactivé</translation>
    </message>
    <message>
        <source>%1 may not %2: &apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation>%1 ne peut pas %2 : « %1 » n&apos;est pas un utilisateur de cette base (un administrateur ajoute des utilisateurs avec « fwctl users add »)</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Requiert %1</translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation>le rôle %1 ou %2</translation>
    </message>
    <message>
        <source>the %1 role</source>
        <translation>le rôle %1</translation>
    </message>
    <message>
        <source>holds no role</source>
        <translation>n&apos;a aucun rôle</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>works no queue</source>
        <translation>ne traite aucune file</translation>
    </message>
    <message>
        <source>works %1</source>
        <translation>traite %1</translation>
    </message>
    <message>
        <source>claim a task</source>
        <translation>prendre une tâche</translation>
    </message>
    <message>
        <source>release a task</source>
        <translation>libérer une tâche</translation>
    </message>
    <message>
        <source>release a task another user holds</source>
        <translation>libérer une tâche qu&apos;un autre utilisateur détient</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>terminer une tâche</translation>
    </message>
    <message>
        <source>give an order a signal</source>
        <translation>donner un signal à une commande</translation>
    </message>
    <message>
        <source>set a line field</source>
        <translation>renseigner un champ de ligne</translation>
    </message>
    <message>
        <source>retry a fallout case</source>
        <translation>relancer un incident</translation>
    </message>
    <message>
        <source>skip a fallout case</source>
        <translation>ignorer un incident</translation>
    </message>
    <message>
        <source>cancel an order in fallout</source>
        <translation>annuler une commande en incident</translation>
    </message>
    <message>
        <source>resume an order on hold</source>
        <translation>reprendre une commande suspendue</translation>
    </message>
    <message>
        <source>retry fallout cases in bulk</source>
        <translation>relancer des incidents en groupe</translation>
    </message>
    <message>
        <source>skip fallout cases in bulk</source>
        <translation>ignorer des incidents en groupe</translation>
    </message>
    <message>
        <source>reassign a task to another queue</source>
        <translation>réaffecter une tâche à une autre file</translation>
    </message>
    <message>
        <source>escalate a step or an order</source>
        <translation>escalader une étape ou une commande</translation>
    </message>
    <message>
        <source>change an order&apos;s priority</source>
        <translation>changer la priorité d&apos;une commande</translation>
    </message>
    <message>
        <source>claim an escalation</source>
        <translation>prendre une escalade</translation>
    </message>
    <message>
        <source>resolve an escalation</source>
        <translation>résoudre une escalade</translation>
    </message>
    <message>
        <source>preview a change order</source>
        <translation>prévisualiser une modification de commande</translation>
    </message>
    <message>
        <source>submit a change order or cancellation</source>
        <translation>soumettre une modification ou une annulation de commande</translation>
    </message>
    <message>
        <source>import an order</source>
        <translation>importer une commande</translation>
    </message>
    <message>
        <source>import a catalog</source>
        <translation>importer un catalogue</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>ajouter un utilisateur</translation>
    </message>
    <message>
        <source>change a user&apos;s roles, queues or name</source>
        <translation>changer les rôles, les files ou le nom d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>deactivate a user</source>
        <translation>désactiver un utilisateur</translation>
    </message>
    <message>
        <source>change the remote store&apos;s settings</source>
        <translation>changer les réglages de la base distante</translation>
    </message>
    <message>
        <source>archive finished orders</source>
        <translation>archiver les commandes terminées</translation>
    </message>
    <message>
        <source>acknowledge a sync conflict</source>
        <translation>prendre acte d&apos;un conflit de synchronisation</translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>a duration in days (&quot;3d&quot;; &quot;1d 4h&quot; is made of the day and hour forms)</extracomment>
        <translation>%1 j</translation>
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
        <translation>d MMM HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage (&quot;150%&quot;: a jeopardy threshold, a share of an estimate)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>released: %1 delivery path delivered</source>
        <translation>libérée (%1 chemin de livraison livré)</translation>
    </message>
    <message>
        <source>released: %1 delivery paths delivered</source>
        <translation>libérée (%1 chemins de livraison livrés)</translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery path delivered</source>
        <translation>en attente (%1 chemin de livraison sur %2 livré)</translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery paths delivered</source>
        <translation>en attente (%1 chemins de livraison sur %2 livrés)</translation>
    </message>
    <message>
        <source>unknown fallout case %1</source>
        <translation>incident %1 inconnu</translation>
    </message>
    <message>
        <source>fallout case %1 is already resolved</source>
        <translation>l&apos;incident %1 est déjà résolu</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not in fallout</source>
        <translation>incident %1 : l&apos;étape %2 n&apos;est pas en incident</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not a callout; an edited payload applies to callouts only</source>
        <translation>incident %1 : l&apos;étape %2 n&apos;est pas un appel ; un contenu modifié ne s&apos;applique qu&apos;aux appels</translation>
    </message>
    <message>
        <source>fallout case %1: the edited payload must be a JSON object</source>
        <translation>incident %1 : le contenu modifié doit être un objet JSON</translation>
    </message>
    <message>
        <source>skipping fallout case %1 needs a reason</source>
        <translation>ignorer l&apos;incident %1 demande un motif</translation>
    </message>
    <message>
        <source>fallout case %1: step %2 cannot be skipped now</source>
        <translation>incident %1 : l&apos;étape %2 ne peut pas être ignorée maintenant</translation>
    </message>
    <message>
        <source>cancelling the order of fallout case %1 needs a reason</source>
        <translation>annuler la commande de l&apos;incident %1 demande un motif</translation>
    </message>
    <message>
        <source>fallout case %1: order %2 is not active</source>
        <translation>incident %1 : la commande %2 n&apos;est pas active</translation>
    </message>
    <message>
        <source>order %1 is %2; nothing to resume</source>
        <translation>la commande %1 est %2 ; rien à reprendre</translation>
    </message>
    <message>
        <source>order %1 still has %2 step(s) in fallout (first: %3); retry or skip them first</source>
        <translation>la commande %1 a encore %2 étape(s) en incident (la première : %3) ; relancez-les ou ignorez-les d&apos;abord</translation>
    </message>
    <message>
        <source>order %1 is not on hold; nothing to resume</source>
        <translation>la commande %1 n&apos;est pas suspendue ; rien à reprendre</translation>
    </message>
    <message>
        <source>retried by %1</source>
        <translation>relancé par %1</translation>
    </message>
    <message>
        <source>skipped by %1: %2</source>
        <translation>ignoré par %1 : %2</translation>
    </message>
    <message>
        <source>condition false: %1</source>
        <translation>condition non remplie : %1</translation>
    </message>
    <message>
        <source>order cancelled by %1: %2</source>
        <translation>commande annulée par %1 : %2</translation>
    </message>
    <message>
        <source>the remote host closed the connection</source>
        <translation>l&apos;hôte distant a fermé la connexion</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>erreur réseau %1</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; version &apos;%2&apos; is not in the store</source>
        <translation>le catalogue « %1 » version « %2 » n&apos;est pas dans la base</translation>
    </message>
    <message>
        <source>claim task %1</source>
        <translation>prendre la tâche %1</translation>
    </message>
    <message>
        <source>release task %1</source>
        <translation>libérer la tâche %1</translation>
    </message>
    <message>
        <source>complete task %1</source>
        <translation>terminer la tâche %1</translation>
    </message>
    <message>
        <source>complete task</source>
        <translation>terminer la tâche</translation>
    </message>
    <message>
        <source>signal %1 to %2</source>
        <translation>signaler %1 à %2</translation>
    </message>
    <message>
        <source>retry fallout case %1</source>
        <translation>relancer l&apos;incident %1</translation>
    </message>
    <message>
        <source>skip fallout case %1</source>
        <translation>ignorer l&apos;incident %1</translation>
    </message>
    <message>
        <source>cancel the order of fallout case %1</source>
        <translation>annuler la commande de l&apos;incident %1</translation>
    </message>
    <message>
        <source>resume %1</source>
        <translation>reprendre %1</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>modifier %1 de %2</translation>
    </message>
    <message>
        <source>reassign %1 to %2</source>
        <translation>réaffecter %1 à %2</translation>
    </message>
    <message>
        <source>escalate %1</source>
        <translation>escalader %1</translation>
    </message>
    <message>
        <source>take escalation %1</source>
        <translation>prendre l&apos;escalade %1</translation>
    </message>
    <message>
        <source>resolve escalation %1</source>
        <translation>résoudre l&apos;escalade %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en suspens</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>en relance</translation>
    </message>
    <message>
        <source>fallout</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>being cancelled</source>
        <translation>en annulation</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2</source>
        <translation>quantité %1 -&gt; %2</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplement removed: %3)</source>
        <translation>quantité %1 -&gt; %2 (supplément retiré : %3)</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplements removed: %3)</source>
        <translation>quantité %1 -&gt; %2 (suppléments retirés : %3)</translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (+%3 as supplement %4)</source>
        <translation>quantité %1 -&gt; %2 (+%3 en supplément %4)</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>attributs %1</translation>
    </message>
    <message>
        <source>delivery group %1 -&gt; %2</source>
        <translation>groupe de livraison %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(hérité)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>removed (with %1)</source>
        <translation>retiré (avec %1)</translation>
    </message>
    <message>
        <source>removed (with %1 and %2)</source>
        <translation>retiré (avec %1 et %2)</translation>
    </message>
    <message>
        <source>%1 child item</source>
        <translation>%1 article enfant</translation>
    </message>
    <message>
        <source>%1 child items</source>
        <translation>%1 articles enfants</translation>
    </message>
    <message>
        <source>%1 supplement</source>
        <translation>%1 supplément</translation>
    </message>
    <message>
        <source>%1 supplements</source>
        <translation>%1 suppléments</translation>
    </message>
    <message>
        <source>added %1 x%2</source>
        <translation>ajouté %1 x%2</translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3</source>
        <translation>ajouté %1 x%2 à l&apos;article lot %3</translation>
    </message>
    <message>
        <source>added %1 x%2 in group %3</source>
        <translation>ajouté %1 x%2 dans le groupe %3</translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3 in group %4</source>
        <translation>ajouté %1 x%2 à l&apos;article lot %3 dans le groupe %4</translation>
    </message>
    <message>
        <source>new delivery group %1: %2</source>
        <translation>nouveau groupe de livraison %1 : %2</translation>
    </message>
    <message>
        <source>delivery group %1: %2</source>
        <translation>groupe de livraison %1 : %2</translation>
    </message>
    <message>
        <source>address set</source>
        <translation>adresse définie</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>adresse changée</translation>
    </message>
    <message>
        <source>requested date %1</source>
        <translation>date demandée %1</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>retiré par %1</translation>
    </message>
    <message>
        <source>line %1 removed</source>
        <translation>ligne %1 retirée</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>commande annulée</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1 added (%2 x%3)</source>
        <translation>ligne %1 ajoutée (%2 x%3)</translation>
    </message>
    <message>
        <source>delivery address of %1 %2 -&gt; %3</source>
        <translation>adresse de livraison de %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>requested date of %1 %2 -&gt; %3</source>
        <translation>date demandée de %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; (%2) on line %3 passed its point of no return (%4), so the change is refused: %5</source>
        <translation>l&apos;étape « %1 » (%2) de la ligne %3 a passé son point de non-retour (%4), la modification est donc refusée : %5</translation>
    </message>
    <message>
        <source>the order cannot be cancelled any more</source>
        <translation>la commande ne peut plus être annulée</translation>
    </message>
    <message>
        <source>the change to its lines</source>
        <translation>la modification de ses lignes</translation>
    </message>
    <message>
        <source>past its point of no return (%1)</source>
        <translation>au-delà de son point de non-retour (%1)</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>terminée %1</translation>
    </message>
    <message>
        <source>callout started</source>
        <translation>appel lancé</translation>
    </message>
    <message>
        <source>lines added: %1</source>
        <translation>lignes ajoutées : %1</translation>
    </message>
    <message>
        <source>it follows &apos;%1&apos;, which is done again</source>
        <translation>elle suit « %1 », qui est refaite</translation>
    </message>
    <message>
        <source>skipped by an operator; left as it is (%1)</source>
        <translation>ignorée par un opérateur ; laissée telle quelle (%1)</translation>
    </message>
    <message>
        <source>a callout is out now: the change waits for its reply</source>
        <translation>un appel est en cours : la modification attend sa réponse</translation>
    </message>
    <message>
        <source>completed; an added instance covers the new lines</source>
        <translation>terminée ; une instance ajoutée couvre les nouvelles lignes</translation>
    </message>
    <message>
        <source>completed; compensated (%1)</source>
        <translation>terminée ; compensée (%1)</translation>
    </message>
    <message>
        <source>completed; done again (%1)</source>
        <translation>terminée ; refaite (%1)</translation>
    </message>
    <message>
        <source>completed; the catalog defines no compensation, its effect stands (%1)</source>
        <translation>terminée ; le catalogue ne définit pas de compensation, son effet demeure (%1)</translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation>annule « %1 » : %2</translation>
    </message>
    <message>
        <source>new in the amended plan</source>
        <translation>nouvelle dans le plan amendé</translation>
    </message>
    <message>
        <source>done again after its compensation: %1</source>
        <translation>refaite après sa compensation : %1</translation>
    </message>
    <message>
        <source>done again: %1</source>
        <translation>refaite : %1</translation>
    </message>
    <message>
        <source>covers the added lines %1</source>
        <translation>couvre les lignes ajoutées %1</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 conservée</translation>
    </message>
    <message>
        <source>%1 amended</source>
        <translation>%1 amendée</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajoutée</translation>
    </message>
    <message>
        <source>%1 discarded</source>
        <translation>%1 abandonnée</translation>
    </message>
    <message>
        <source>%1 compensation</source>
        <translation>%1 compensation</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>appliquée : %1</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>non appliquée : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <source>waiting for the replies of %1; applied when they are in</source>
        <translation>en attente des réponses de %1 ; appliquée dès leur arrivée</translation>
    </message>
    <message>
        <source>order %1 is %2; a change order cannot change it</source>
        <translation>la commande %1 est %2 ; une modification de commande ne peut pas la changer</translation>
    </message>
    <message>
        <source>order %1 runs on workstation %2; submit the change there</source>
        <translation>la commande %1 s&apos;exécute sur le poste %2 ; soumettez-y la modification</translation>
    </message>
    <message>
        <source>change order %1 of order %2 is already %3</source>
        <translation>la modification %1 de la commande %2 est déjà %3</translation>
    </message>
    <message>
        <source>the change order is for order &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>la modification concerne la commande « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>%1&apos;s claim on order %2 (made while the remote store did not answer) was lost: %3</source>
        <translation>la prise de la commande %2 par %1 (faite pendant que la base distante ne répondait pas) a été perdue : %3</translation>
    </message>
    <message>
        <source>task.claim by %1 (made while the remote store did not answer) was not granted by the remote store: %2</source>
        <translation>task.claim par %1 (fait pendant que la base distante ne répondait pas) n&apos;a pas été accordé par la base distante : %2</translation>
    </message>
    <message>
        <source>%1 by %2 was not applied by %3: %4</source>
        <translation>%1 par %2 n&apos;a pas été appliqué par %3 : %4</translation>
    </message>
    <message>
        <source>a command</source>
        <translation>une commande</translation>
    </message>
    <message>
        <source>%1 change(s) to order %2 made here (%3) were not accepted: %4; the order&apos;s state now comes from the workstation that holds it</source>
        <translation>%1 modification(s) de la commande %2 faites ici (%3) n&apos;ont pas été acceptées : %4 ; l&apos;état de la commande vient désormais du poste qui la détient</translation>
    </message>
    <message>
        <source>this workstation no longer holds its lease</source>
        <translation>ce poste ne détient plus son bail</translation>
    </message>
    <message>
        <source>order %1 was taken over by %2 after this workstation&apos;s lease expired; this workstation no longer runs it</source>
        <translation>la commande %1 a été reprise par %2 après l&apos;expiration du bail de ce poste ; ce poste ne l&apos;exécute plus</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>inbound order %1 cannot run here: %2</source>
        <translation>la commande entrante %1 ne peut pas s&apos;exécuter ici : %2</translation>
    </message>
    <message>
        <source>claimed by %1 at %2</source>
        <translation>prise par %1 à %2</translation>
    </message>
    <message>
        <source>claimed by %1 at %2 (on %3)</source>
        <translation>prise par %1 à %2 (sur %3)</translation>
    </message>
    <message>
        <source>workstation %1 is registered to database role %2, but this connection is role %3: connect as %2, or give this store a workstation id of its own (--workstation)</source>
        <translation>le poste %1 est inscrit au rôle de base de données %2, mais cette connexion a le rôle %3 : connectez-vous en tant que %2, ou donnez à cette base son propre identifiant de poste (--workstation)</translation>
    </message>
    <message>
        <source>remote store %1: cannot connect: %2</source>
        <translation>base distante %1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>no answer within %1 s (connect_timeout)</source>
        <translation>pas de réponse en %1 s (connect_timeout)</translation>
    </message>
    <message>
        <source>remote store schema version %1 is newer than this build supports (%2); use a newer build</source>
        <translation>la version %1 du schéma de la base distante est plus récente que ce que cette version prend en charge (%2) ; utilisez une version plus récente</translation>
    </message>
    <message>
        <source>remote migration %1 failed: %2</source>
        <translation>la migration distante %1 a échoué : %2</translation>
    </message>
    <message>
        <source>database role %1 may not change the shared users (fw.users); connect as a role in fw_user_admin (&apos;fwctl sync-admin roles&apos; prints the GRANTs)</source>
        <translation>le rôle de base de données %1 ne peut pas modifier les utilisateurs partagés (fw.users) ; connectez-vous avec un rôle de fw_user_admin (« fwctl sync-admin roles » affiche les GRANT)</translation>
    </message>
    <message>
        <source>the quantity of item &apos;%1&apos; is already %2</source>
        <translation>la quantité de l&apos;article « %1 » est déjà %2</translation>
    </message>
    <message>
        <source>supplement item &apos;%1&apos; already exists: change order %2 was applied already</source>
        <translation>l&apos;article supplément « %1 » existe déjà : la modification %2 a déjà été appliquée</translation>
    </message>
    <message>
        <source>changes nothing: item &apos;%1&apos; already has these values</source>
        <translation>ne change rien : l&apos;article « %1 » a déjà ces valeurs</translation>
    </message>
    <message>
        <source>changes nothing: delivery group &apos;%1&apos; already has this address and date</source>
        <translation>ne change rien : le groupe de livraison « %1 » a déjà cette adresse et cette date</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation>l&apos;article « %1 » est un supplément de l&apos;article « %2 » ; nommez « %2 »</translation>
    </message>
    <message>
        <source>parent item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation>l&apos;article parent « %1 » est un supplément de l&apos;article « %2 » ; nommez « %2 »</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation>article « %1 » inconnu dans la commande %2 (articles : %3)</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation>article « %1 » inconnu dans la commande %2 (la commande n&apos;a pas d&apos;articles)</translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation>article parent « %1 » inconnu dans la commande %2 (articles : %3)</translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation>article parent « %1 » inconnu dans la commande %2 (la commande n&apos;a pas d&apos;articles)</translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (delivery groups: %3)</source>
        <translation>groupe de livraison « %1 » inconnu dans la commande %2 (groupes de livraison : %3)</translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (the order has no delivery groups)</source>
        <translation>groupe de livraison « %1 » inconnu dans la commande %2 (la commande n&apos;a pas de groupes de livraison)</translation>
    </message>
    <message>
        <source>%1; to create it, add &quot;new&quot;: true</source>
        <translation>%1 ; pour le créer, ajoutez &quot;new&quot;: true</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (not in catalog &apos;%2&apos;)</source>
        <translation>produit « %1 » inconnu (absent du catalogue « %2 »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a fulfillment product; orders contain commercial products</source>
        <translation>« %1 » est un produit d&apos;exécution ; les commandes contiennent des produits commerciaux</translation>
    </message>
    <message>
        <source>delivery group &apos;%1&apos; already exists in order %2</source>
        <translation>le groupe de livraison « %1 » existe déjà dans la commande %2</translation>
    </message>
    <message>
        <source>a new delivery group needs an address</source>
        <translation>un nouveau groupe de livraison a besoin d&apos;une adresse</translation>
    </message>
    <message>
        <source>change order %1 is for order &apos;%2&apos;, not for order &apos;%3&apos;</source>
        <translation>la modification %1 concerne la commande « %2 », pas la commande « %3 »</translation>
    </message>
    <message>
        <source>change order %1 applied, but order %2 could not be reloaded: %3</source>
        <translation>modification %1 appliquée, mais la commande %2 n&apos;a pas pu être rechargée : %3</translation>
    </message>
    <message>
        <source>claim a renewal</source>
        <translation>prendre un renouvellement</translation>
    </message>
    <message>
        <source>renew a subscription</source>
        <translation>renouveler un abonnement</translation>
    </message>
    <message>
        <source>decline a renewal</source>
        <translation>refuser un renouvellement</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) claimed by %3</source>
        <translation>renouvellement %1 (actif %2) pris par %3</translation>
    </message>
    <message>
        <source>renewal %1: asset %2 renewed until %3</source>
        <translation>renouvellement %1 : actif %2 renouvelé jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) declined: %3</source>
        <translation>renouvellement %1 (actif %2) refusé : %3</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is claimed by %3</source>
        <translation>le renouvellement %1 (actif %2) est pris par %3</translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is already %3 by %4</source>
        <translation>le renouvellement %1 (actif %2) est déjà %3 par %4</translation>
    </message>
    <message>
        <source>renewal %1: a decline needs a reason</source>
        <translation>renouvellement %1 : un refus nécessite un motif</translation>
    </message>
    <message>
        <source>no renewal %1 in this store</source>
        <translation>aucun renouvellement %1 dans cette base</translation>
    </message>
    <message>
        <source>renewal %1 changed meanwhile: it is %2</source>
        <translation>le renouvellement %1 a changé entre-temps : il est %2</translation>
    </message>
    <message>
        <source>renewal %1: asset %2 is disconnected; decline the renewal instead</source>
        <translation>renouvellement %1 : l&apos;actif %2 est résilié ; refusez plutôt le renouvellement</translation>
    </message>
</context>
<context>
    <name>fw::EscalationModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>By a supervisor</source>
        <translation>Par un superviseur</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Note : %2</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Prise par %1</translation>
    </message>
    <message>
        <source>Jeopardy rule</source>
        <translation>Règle de risque</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Levée par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>fw::EscalationsPanel</name>
    <message>
        <source>Resolve Escalation %1</source>
        <translation>Résoudre l&apos;escalade %1</translation>
    </message>
    <message>
        <source>What was done? (kept in the order&apos;s timeline)</source>
        <translation>Qu&apos;a-t-on fait ? (conservé dans la chronologie de la commande)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>Take the escalation: the other supervisors see that you are on it</source>
        <translation>Prendre l&apos;escalade : les autres superviseurs voient que vous vous en occupez</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Ré&amp;soudre…</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>escalations</source>
        <translation>les escalades</translation>
    </message>
</context>
<context>
    <name>fw::EvidenceExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON evidence bundle (*.json)</source>
        <translation>Dossier de preuves JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Evidence of Order %1</source>
        <translation>Exporter les preuves de la commande %1</translation>
    </message>
</context>
<context>
    <name>fw::EvidencePdf</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Evidence of delivery</source>
        <translation>Preuves de livraison</translation>
    </message>
    <message>
        <source>Order %1 for revenue recognition (ASC 606 / IFRS 15): what was delivered when, and the records that prove it.</source>
        <translation>Commande %1 pour la comptabilisation du chiffre d&apos;affaires (ASC 606 / IFRS 15) : ce qui a été livré et quand, et les enregistrements qui le prouvent.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Date demandée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Billing started</source>
        <translation>Début de la facturation</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Catalog, revision</source>
        <translation>Catalogue, révision</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Delivered when</source>
        <translation>Livré quand</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>For items</source>
        <translation>Pour les articles</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Groupe de livraison</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The pages that follow hold the items ordered and now, the delivery confirmations (%1), the billing start, the change orders (%2), and every callout with its request and response (%3).</source>
        <translation>Les pages suivantes contiennent les articles commandés et actuels, les confirmations de livraison (%1), le début de la facturation, les modifications de commande (%2) et chaque appel avec sa requête et sa réponse (%3).</translation>
    </message>
    <message>
        <source>Items ordered and now</source>
        <translation>Articles commandés et actuels</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Delivery confirmations</source>
        <translation>Confirmations de livraison</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune enregistrée.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Task completed (%1)</source>
        <translation>Tâche terminée (%1)</translation>
    </message>
    <message>
        <source>Signal received: %1</source>
        <translation>Signal reçu : %1</translation>
    </message>
    <message>
        <source>Billing start</source>
        <translation>Début de la facturation</translation>
    </message>
    <message>
        <source>Billing has not started.</source>
        <translation>La facturation n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>%1 completed at %2%3%4.</source>
        <translation>%1 terminée le %2%3%4.</translation>
    </message>
    <message>
        <source>; billing start date %1</source>
        <translation>; date de début de facturation %1</translation>
    </message>
    <message>
        <source>; see callout %1 below</source>
        <translation>; voir l&apos;appel %1 ci-dessous</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Modifications de commande</translation>
    </message>
    <message>
        <source>None: the order ran as submitted.</source>
        <translation>Aucune : la commande s&apos;est déroulée telle que soumise.</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Modification de commande</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Callouts: requests and responses</source>
        <translation>Appels : requêtes et réponses</translation>
    </message>
    <message>
        <source>Each request the workbench sent to an external system and the answer it received, as stored. The idempotency key identifies the request in the other system&apos;s records.</source>
        <translation>Chaque requête que le poste de travail a envoyée à un système externe et la réponse reçue, telles qu&apos;enregistrées. La clé d&apos;idempotence identifie la requête dans les enregistrements de l&apos;autre système.</translation>
    </message>
    <message>
        <source>%1. %2, attempt %3: %4</source>
        <translation>%1. %2, tentative %3 : %4</translation>
    </message>
    <message>
        <source>Sent %1, answered %2, idempotency key %3</source>
        <translation>Envoyée le %1, réponse le %2, clé d&apos;idempotence %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Generated by Fulfillment Workbench from its store at %1. Times are UTC.</source>
        <translation>Généré par Fulfillment Workbench à partir de sa base le %1. Les heures sont en UTC.</translation>
    </message>
    <message>
        <source>Evidence of delivery: order %1</source>
        <translation>Preuves de livraison : commande %1</translation>
    </message>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation>le PDF n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>fw::ExternalEffectModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>fw::FalloutCaseModel</name>
    <message>
        <source>Fatal</source>
        <translation>Fatale</translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation>Tentatives épuisées</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
</context>
<context>
    <name>fw::FalloutGroupModel</name>
    <message numerus="yes">
        <source>%n case(s) in %1 order(s); queues: %2</source>
        <translation>
            <numerusform>%n cas dans %1 commande(s) ; files : %2</numerusform>
            <numerusform>%n cas dans %1 commande(s) ; files : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatale</translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation>Tentatives épuisées</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation>Signature d&apos;erreur</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>fw::FalloutHistoryModel</name>
    <message>
        <source>No fallout</source>
        <translation>Pas d&apos;incident</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>This case (%1): %2</source>
        <translation>Ce cas (%1) : %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Cas %1 : %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencée %1</translation>
    </message>
    <message numerus="yes">
        <source>Fell out %1 as case %2 after %n attempt(s)</source>
        <translation>
            <numerusform>Tombée en incident %1 comme cas %2 après %n tentative</numerusform>
            <numerusform>Tombée en incident %1 comme cas %2 après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>moteur</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>fields fixed</source>
        <translation>champs corrigés</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>fw::FalloutQueuePage</name>
    <message>
        <source>Filter by error text, order or step (Ctrl+F)</source>
        <translation>Filtrer par texte d&apos;erreur, commande ou étape (Ctrl+F)</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Run the failed step again with the same data (%1)</source>
        <translation>Exécuter de nouveau l&apos;étape en échec avec les mêmes données (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Payload &amp;&amp; Retry…</source>
        <translation>&amp;Modifier le contenu &amp;&amp; relancer…</translation>
    </message>
    <message>
        <source>Correct the request, then send it (%1)</source>
        <translation>Corriger la requête, puis l&apos;envoyer (%1)</translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
    <message>
        <source>Force-complete the step, with a reason (%1)</source>
        <translation>Terminer de force l&apos;étape, avec un motif (%1)</translation>
    </message>
    <message>
        <source>Cancel &amp;Order…</source>
        <translation>Annuler la c&amp;ommande…</translation>
    </message>
    <message>
        <source>Cancel the whole order, with a reason</source>
        <translation>Annuler toute la commande, avec un motif</translation>
    </message>
    <message>
        <source>Res&amp;ume Order</source>
        <translation>Re&amp;prendre la commande</translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout (%1)</source>
        <translation>Lever la suspension quand aucune étape n&apos;est en incident (%1)</translation>
    </message>
    <message>
        <source>Resume the order when its last case is resolved</source>
        <translation>Reprendre la commande quand son dernier cas est résolu</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>Select a case to see what failed and fix it.</source>
        <translation>Sélectionnez un cas pour voir ce qui a échoué et le corriger.</translation>
    </message>
    <message>
        <source>No open fallout. Failed steps that need a person appear here.</source>
        <translation>Aucun incident ouvert. Les étapes en échec qui demandent une personne apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Case %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; step &lt;b&gt;%3&lt;/b&gt; (%4, lane %5) &amp;nbsp;·&amp;nbsp; queue %6 &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Cas %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; commande &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; étape &lt;b&gt;%3&lt;/b&gt; (%4, couloir %5) &amp;nbsp;·&amp;nbsp; file %6 &amp;nbsp;·&amp;nbsp; %n tentative</numerusform>
            <numerusform>&lt;b&gt;Cas %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; commande &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; étape &lt;b&gt;%3&lt;/b&gt; (%4, couloir %5) &amp;nbsp;·&amp;nbsp; file %6 &amp;nbsp;·&amp;nbsp; %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Classified by fallout rule %1.</source>
        <translation>&lt;br&gt;Classé par la règle d&apos;incident %1.</translation>
    </message>
    <message>
        <source>(not a callout)</source>
        <translation>(pas un appel)</translation>
    </message>
    <message>
        <source>Cases with the same system, class and error shape. Select a group to see its cases; Esc shows all cases again.</source>
        <translation>Cas ayant le même système, la même classe et la même forme d&apos;erreur. Sélectionnez un groupe pour voir ses cas ; Échap affiche de nouveau tous les cas.</translation>
    </message>
    <message>
        <source>Open the order with the failed step selected on its plan</source>
        <translation>Ouvrir la commande avec l&apos;étape en échec sélectionnée sur son plan</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionnés</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>affichés</translation>
    </message>
    <message>
        <source>Retry %1 %2…</source>
        <translation>Relancer %1 %2…</translation>
    </message>
    <message>
        <source>Skip %1 %2…</source>
        <translation>Ignorer %1 %2…</translation>
    </message>
    <message>
        <source>Dry run first, then skip every %1 case with one reason</source>
        <translation>Simulation d&apos;abord, puis ignorer chaque cas %1 avec un seul motif</translation>
    </message>
    <message>
        <source>Dry run first, then retry every %1 case, each with its own result (%2)</source>
        <translation>Simulation d&apos;abord, puis relancer chaque cas %1, chacun avec son propre résultat (%2)</translation>
    </message>
    <message>
        <source>Every run of this step, oldest first: the engine&apos;s own and each retry, across its earlier cases</source>
        <translation>Chaque exécution de cette étape, la plus ancienne d&apos;abord : celle du moteur et chaque relance, sur ses cas précédents</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Historique des tentatives</translation>
    </message>
    <message>
        <source>The attempt history cannot be read: %1</source>
        <translation>L&apos;historique des tentatives ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Filter the fallout cases</source>
        <translation>Filtrer les incidents</translation>
    </message>
    <message>
        <source>Fallout by error</source>
        <translation>Incidents par erreur</translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>fallout cases</source>
        <translation>les incidents</translation>
    </message>
</context>
<context>
    <name>fw::FalloutRetryWatcher</name>
    <message>
        <source>Case %1: retry of “%2” (order %3) sent; waiting for the step&apos;s result…</source>
        <translation>Cas %1 : relance de « %2 » (commande %3) envoyée ; en attente du résultat de l&apos;étape…</translation>
    </message>
    <message>
        <source>Case %1 was not retried: %2</source>
        <translation>Le cas %1 n&apos;a pas été relancé : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1 failed again&lt;/b&gt; — “%2” of order %3 is now case %4: %5 &amp;nbsp;&lt;a href=&quot;case:%4&quot;&gt;Open case %4&lt;/a&gt;</source>
        <translation>&lt;b&gt;Le cas %1 a de nouveau échoué&lt;/b&gt; — « %2 » de la commande %3 est maintenant le cas %4 : %5 &amp;nbsp;&lt;a href=&quot;case:%4&quot;&gt;Ouvrir le cas %4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Case %1 resolved: “%2” ran and order %3 went on (%4 of %5 steps done).</source>
        <translation>Cas %1 résolu : « %2 » s&apos;est exécutée et la commande %3 a continué (%4 étapes sur %5 faites).</translation>
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
            <numerusform>%n étape du plan exécute cette ligne</numerusform>
            <numerusform>%n étapes du plan exécutent cette ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Commercial order items this line was decomposed from</source>
        <translation>Articles commerciaux de la commande dont cette ligne est issue</translation>
    </message>
    <message>
        <source>Decomposition rules that produced this line</source>
        <translation>Règles de décomposition qui ont produit cette ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Source items</source>
        <translation>Articles sources</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>%1 of %2: %3%4, new total %5</source>
        <translation>%1 de %2 : %3%4, nouveau total %5</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2 : %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>What this line does to the asset the account has</source>
        <translation>Ce que cette ligne fait à l&apos;actif du client</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>fw::FulfillmentLineTable</name>
    <message>
        <source>Fulfillment lines</source>
        <translation>Lignes d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>fw::HelpWindow</name>
    <message>
        <source>Fulfillment Workbench User Guide</source>
        <translation>Guide de l&apos;utilisateur de Fulfillment Workbench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans le guide (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>fw::InstalledBaseModel</name>
    <message>
        <source>Asset %1 (product %2), from order %3</source>
        <translation>Actif %1 (produit %2), de la commande %3</translation>
    </message>
    <message>
        <source>Renewal due %1 days before the term ends</source>
        <translation>Renouvellement dû %1 jours avant la fin du terme</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du terme</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du terme</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyActionDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Réaffecter %1</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>Escalader %1</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3
%4</source>
        <translation>%1 · commande %2 · %3
%4</translation>
    </message>
    <message>
        <source>Current queue:</source>
        <translation>File actuelle :</translation>
    </message>
    <message>
        <source>Move the task to:</source>
        <translation>Déplacer la tâche vers :</translation>
    </message>
    <message>
        <source>Supervisors&apos; queue:</source>
        <translation>File des superviseurs :</translation>
    </message>
    <message>
        <source>What should the supervisor know or do?</source>
        <translation>Que doit savoir ou faire le superviseur ?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>No other task queue is known.</source>
        <translation>Aucune autre file de tâches n&apos;est connue.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réaffecter</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Add a note to escalation %1</source>
        <translation>Ajouter une note à l&apos;escalade %1</translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 on %3. Your note is added to this escalation.</source>
        <translation>Déjà escaladée à %1 par %2 le %3. Votre note est ajoutée à cette escalade.</translation>
    </message>
    <message>
        <source>The open escalation&apos;s queue</source>
        <translation>La file de l&apos;escalade ouverte</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmap</name>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation>Risques par couloir et par file</translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation>Rien à risque</translation>
    </message>
    <message>
        <source>Lane ↓</source>
        <translation>Couloir ↓</translation>
    </message>
    <message>
        <source>Task queue →</source>
        <translation>File de tâches →</translation>
    </message>
    <message>
        <source>Any critical</source>
        <translation>Au moins un critique</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Alertes seulement</translation>
    </message>
    <message>
        <source>Darker: more findings (max %1)</source>
        <translation>Plus foncé : plus de constats (max. %1)</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmapModel</name>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation>Couloir %1 · file %2</translation>
    </message>
    <message>
        <source>%1: nothing in jeopardy</source>
        <translation>%1 : rien à risque</translation>
    </message>
    <message>
        <source>%1: %2 critical, %3 warning. Click to show them in the table.</source>
        <translation>%1 : %2 critiques, %3 alertes. Cliquez pour les afficher dans le tableau.</translation>
    </message>
    <message>
        <source>Findings without a lane (whole orders)</source>
        <translation>Constats sans couloir (commandes entières)</translation>
    </message>
    <message>
        <source>Whole orders and steps without a task queue</source>
        <translation>Commandes entières et étapes sans file de tâches</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>; critical at %1</source>
        <translation> ; critique à %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Forecast vs due</source>
        <translation>Prévision / échéance</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (taken by %2)</source>
        <translation>%1 (prise par %2)</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation>Escaladée à %1 par %2 le %3 (escalade %4)</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Prise par %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Escalate again to add a note to it.</source>
        <translation>Escaladez de nouveau pour y ajouter une note.</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Non escaladée</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyNotifier</name>
    <message>
        <source>Critical: order %1</source>
        <translation>Critique : commande %1</translation>
    </message>
    <message>
        <source>Warning: order %1</source>
        <translation>Alerte : commande %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>In jeopardy: %1</source>
        <translation>À risque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your order(s) entered jeopardy</source>
        <translation>
            <numerusform>%n de vos commandes est passée à risque</numerusform>
            <numerusform>%n de vos commandes sont passées à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation>
            <numerusform> (%n critique)</numerusform>
            <numerusform> (%n critiques)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in jeopardy</source>
        <translation>Commandes à risque</translation>
    </message>
    <message>
        <source>Open the Jeopardy view to see them.</source>
        <translation>Ouvrez la vue Risques pour les voir.</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actu&amp;aliser</translation>
    </message>
    <message>
        <source>Evaluate the open orders again (F5)</source>
        <translation>Évaluer de nouveau les commandes ouvertes (F5)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Réaffecter…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Send the finding to a supervisors&apos; queue with a note</source>
        <translation>Envoyer le constat à une file de superviseurs avec une note</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>Open the order&apos;s page (double-click a row)</source>
        <translation>Ouvrir la page de la commande (double-clic sur une ligne)</translation>
    </message>
    <message>
        <source>Search by order, account or step (Ctrl+F)</source>
        <translation>Rechercher par commande, compte ou étape (Ctrl+F)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show the findings of every lane and queue again</source>
        <translation>Afficher de nouveau les constats de tous les couloirs et de toutes les files</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %1 · %n order(s) checked</source>
        <translation>
            <numerusform>Évalué %1 · %n commande vérifiée</numerusform>
            <numerusform>Évalué %1 · %n commandes vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation>Couloir %1 · file %2</translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation>Rien à risque</translation>
    </message>
    <message numerus="yes">
        <source>%1 critical · %2 warning · %n order(s) projected to miss their due date</source>
        <translation>
            <numerusform>%1 critiques · %2 alertes · %n commande prévue en retard sur son échéance</numerusform>
            <numerusform>%1 critiques · %2 alertes · %n commandes prévues en retard sur leur échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding</source>
        <translation>Sélectionnez un constat</translation>
    </message>
    <message>
        <source>Only a manual task&apos;s step can be moved to another queue</source>
        <translation>Seule l&apos;étape d&apos;une tâche manuelle peut être déplacée vers une autre file</translation>
    </message>
    <message>
        <source>No other task queue is known</source>
        <translation>Aucune autre file de tâches n&apos;est connue</translation>
    </message>
    <message>
        <source>Move the step&apos;s task to another queue</source>
        <translation>Déplacer la tâche de l&apos;étape vers une autre file</translation>
    </message>
    <message>
        <source>Select a finding to see why it is in jeopardy and what its rule does.</source>
        <translation>Sélectionnez un constat pour voir pourquoi il est à risque et ce que fait sa règle.</translation>
    </message>
    <message>
        <source>No order or step is in jeopardy.</source>
        <translation>Aucune commande ni étape n&apos;est à risque.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>couloir %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 depuis %2 (%3)</translation>
    </message>
    <message>
        <source>Critical at %1 (%2)</source>
        <translation>Critique à %1 (%2)</translation>
    </message>
    <message>
        <source>Forecast %1 · due %2</source>
        <translation>Prévision %1 · échéance %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation>Chemin critique : %1</translation>
    </message>
    <message>
        <source>The rule&apos;s actions at this level: %1</source>
        <translation>Les actions de la règle à ce niveau : %1</translation>
    </message>
    <message>
        <source>The rule takes no action at this level.</source>
        <translation>La règle n&apos;agit pas à ce niveau.</translation>
    </message>
    <message>
        <source>No rule acts on this finding.</source>
        <translation>Aucune règle n&apos;agit sur ce constat.</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation>Escaladé à %1 par %2 le %3 (escalade %4)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 (escalation %3): add a note to it</source>
        <translation>Déjà escaladé à %1 par %2 (escalade %3) : ajoutez-y une note</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation>Risques par couloir et par file</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <source>orders in jeopardy</source>
        <translation>les commandes à risque</translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPresentation</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>History p90</source>
        <translation>Historique p90</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>A catalog jeopardy rule&apos;s threshold was reached.</source>
        <translation>Le seuil d&apos;une règle de risque du catalogue a été atteint.</translation>
    </message>
    <message>
        <source>The step has been pending longer than 90% of the same steps took before.</source>
        <translation>L&apos;étape est en suspens depuis plus longtemps que 90 % des mêmes étapes auparavant.</translation>
    </message>
    <message>
        <source>The order&apos;s projected completion is past its due date.</source>
        <translation>La fin prévue de la commande dépasse son échéance.</translation>
    </message>
    <message>
        <source>The order is not done and its due date has passed.</source>
        <translation>La commande n&apos;est pas terminée et son échéance est passée.</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>+%1 late</source>
        <translation>+%1 de retard</translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation>%1 de marge</translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation>S&apos;exécute sur %1</translation>
    </message>
    <message>
        <source>%1 (runs on %2)</source>
        <translation>%1 (s&apos;exécute sur %2)</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <source>at critical</source>
        <translation>au niveau critique</translation>
    </message>
    <message>
        <source>at warning</source>
        <translation>au niveau alerte</translation>
    </message>
    <message>
        <source>Flag (%1)</source>
        <translation>Marquer (%1)</translation>
    </message>
    <message>
        <source>Notify (%1)</source>
        <translation>Notifier (%1)</translation>
    </message>
    <message>
        <source>Raise priority (%1)</source>
        <translation>Augmenter la priorité (%1)</translation>
    </message>
    <message>
        <source>Reassign to %1 (%2)</source>
        <translation>Réaffecter à %1 (%2)</translation>
    </message>
    <message>
        <source>Escalate to %1 (%2)</source>
        <translation>Escalader à %1 (%2)</translation>
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
            <numerusform>%1 : %n incident</numerusform>
            <numerusform>%1 : %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>fw::KpiDayModel</name>
    <message>
        <source>%1: %2 of %3 finished orders had fallout</source>
        <translation>%1 : %2 des %3 commandes finies ont eu un incident</translation>
    </message>
    <message>
        <source>%1: %2 of %3 completed orders without a person acting</source>
        <translation>%1 : %2 des %3 commandes terminées sans intervention humaine</translation>
    </message>
    <message>
        <source>%1: cycle time of the orders completed that day (created to finished)</source>
        <translation>%1 : durée de cycle des commandes terminées ce jour-là (de la création à la fin)</translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 cancelled</source>
        <translation>%1 : %2 terminées, %3 annulées</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Durée de cycle médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Taux d&apos;incidents</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Sans intervention</translation>
    </message>
</context>
<context>
    <name>fw::KpiTiles</name>
    <message>
        <source>Orders completed</source>
        <translation>Commandes terminées</translation>
    </message>
    <message>
        <source>Orders that finished completed in the range</source>
        <translation>Commandes finies à l&apos;état terminé dans la période</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Orders completed per day of the range</source>
        <translation>Commandes terminées par jour de la période</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Durée de cycle médiane</translation>
    </message>
    <message>
        <source>Created to finished, of the completed orders</source>
        <translation>De la création à la fin, pour les commandes terminées</translation>
    </message>
    <message>
        <source>90th percentile cycle time</source>
        <translation>Durée de cycle au 90e centile</translation>
    </message>
    <message>
        <source>9 in 10 completed orders finished within this time</source>
        <translation>9 commandes terminées sur 10 ont fini dans ce délai</translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation>Taux d&apos;incidents</translation>
    </message>
    <message>
        <source>Finished orders that had at least one fallout case</source>
        <translation>Commandes finies qui ont eu au moins un incident</translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation>Sans intervention</translation>
    </message>
    <message>
        <source>Completed orders no person acted on</source>
        <translation>Commandes terminées sans aucune intervention humaine</translation>
    </message>
    <message>
        <source>SLA adherence</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Steps that completed within their estimate</source>
        <translation>Étapes terminées dans leur estimation</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 annulées</translation>
    </message>
    <message numerus="yes">
        <source>orders per day over %n day(s)</source>
        <translation>
            <numerusform>commandes par jour sur %n jour</numerusform>
            <numerusform>commandes par jour sur %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n completed order(s)</source>
        <translation>
            <numerusform>sur %n commande terminée</numerusform>
            <numerusform>sur %n commandes terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>above the %1 target</source>
        <translation>au-dessus de la cible de %1</translation>
    </message>
    <message>
        <source>within the %1 target</source>
        <translation>dans la cible de %1</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message>
        <source>%1 of %2 steps on time</source>
        <translation>%1 étapes sur %2 à l&apos;heure</translation>
    </message>
</context>
<context>
    <name>fw::LaneAdherenceModel</name>
    <message>
        <source>%1 on %2: no steps finished (counted as 100 %)</source>
        <translation>%1 le %2 : aucune étape finie (compté comme 100 %)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 steps finished within their estimate</source>
        <translation>%1 le %2 : %3 étapes sur %4 finies dans leur estimation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>fw::LaneBandItem</name>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
</context>
<context>
    <name>fw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Catalog…</source>
        <translation>Ouvrir un &amp;catalogue…</translation>
    </message>
    <message>
        <source>Load a product catalog with its decomposition rules and plan definitions</source>
        <translation>Charger un catalogue de produits avec ses règles de décomposition et ses définitions de plan</translation>
    </message>
    <message>
        <source>&amp;Open Order…</source>
        <translation>&amp;Ouvrir une commande…</translation>
    </message>
    <message>
        <source>Plan an order against the open catalog</source>
        <translation>Planifier une commande avec le catalogue ouvert</translation>
    </message>
    <message>
        <source>Recent C&amp;atalogs</source>
        <translation>C&amp;atalogues récents</translation>
    </message>
    <message>
        <source>&amp;Recent Orders</source>
        <translation>Commandes &amp;récentes</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Read the catalog and the order again and plan anew</source>
        <translation>Relire le catalogue et la commande et planifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Expand All Lanes</source>
        <translation>&amp;Développer tous les couloirs</translation>
    </message>
    <message>
        <source>&amp;Collapse All Lanes</source>
        <translation>&amp;Réduire tous les couloirs</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Open the telecom fibre sample catalog and order</source>
        <translation>Ouvrir le catalogue et la commande d&apos;exemple fibre télécom</translation>
    </message>
    <message>
        <source>&amp;About Fulfillment Workbench</source>
        <translation>À &amp;propos de Fulfillment Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Catalogs (*.json);;All files (*)</source>
        <translation>Catalogues (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Order</source>
        <translation>Ouvrir une commande</translation>
    </message>
    <message>
        <source>Orders (*.json);;All files (*)</source>
        <translation>Commandes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Fulfillment Workbench</source>
        <translation>À propos de Fulfillment Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulfillment Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop console for operations staff who run order fulfillment: it decomposes orders into fulfillment lines and plans their orchestration steps by lane.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fulfillment Workbench %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour les équipes d&apos;exploitation qui assurent l&apos;exécution des commandes : elle décompose les commandes en lignes d&apos;exécution et planifie leurs étapes d&apos;orchestration par couloir.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No store is open.

Open one with File &gt; Open Store (Ctrl+Shift+S), or start the demo (fulfillment-workbench --demo) to see orders, tasks and fallout.</source>
        <translation>Aucune base n&apos;est ouverte.

Ouvrez-en une avec Fichier &gt; Ouvrir une base (Ctrl+Maj+S), ou lancez la démo (fulfillment-workbench --demo) pour voir commandes, tâches et incidents.</translation>
    </message>
    <message>
        <source>Preview Catalog</source>
        <translation>Aperçu du catalogue</translation>
    </message>
    <message>
        <source>Preview Order</source>
        <translation>Aperçu de la commande</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Fallout</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>&amp;Plan Preview</source>
        <translation>&amp;Aperçu du plan</translation>
    </message>
    <message>
        <source>&amp;Search in View</source>
        <translation>Rec&amp;hercher dans la vue</translation>
    </message>
    <message>
        <source>&amp;Close Order Page</source>
        <translation>&amp;Fermer la page de commande</translation>
    </message>
    <message>
        <source>Opening store %1…</source>
        <translation>Ouverture de la base %1…</translation>
    </message>
    <message>
        <source>Open or Create Store</source>
        <translation>Ouvrir ou créer une base</translation>
    </message>
    <message>
        <source>Stores (*.db *.sqlite);;All files (*)</source>
        <translation>Bases (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation>Importer une commande</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>Ouvrir une &amp;base…</translation>
    </message>
    <message>
        <source>Open (or create) a store and run its orders</source>
        <translation>Ouvrir (ou créer) une base et exécuter ses commandes</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Import Catalog into Store…</source>
        <translation>Importer un catalogue dans la base…</translation>
    </message>
    <message>
        <source>&amp;Import Order into Store…</source>
        <translation>&amp;Importer une commande dans la base…</translation>
    </message>
    <message>
        <source>Validate order files, plan them and run them on the open store</source>
        <translation>Valider des fichiers de commande, les planifier et les exécuter sur la base ouverte</translation>
    </message>
    <message>
        <source>Close Store</source>
        <translation>Fermer la base</translation>
    </message>
    <message>
        <source>Open Order in New &amp;Window</source>
        <translation>Ouvrir la commande dans une &amp;nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Remote Store…</source>
        <translation>Base &amp;distante…</translation>
    </message>
    <message>
        <source>Share orders with other workstations through a PostgreSQL server</source>
        <translation>Partager les commandes avec d&apos;autres postes via un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Remote store saved: stores opened from now on join it.</source>
        <translation>Base distante enregistrée : les bases ouvertes désormais la rejoignent.</translation>
    </message>
    <message>
        <source>Remote store turned off.</source>
        <translation>Base distante désactivée.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconnexion à %1…</translation>
    </message>
    <message>
        <source>This workstation no longer syncs with a remote store.</source>
        <translation>Ce poste ne se synchronise plus avec une base distante.</translation>
    </message>
    <message>
        <source>&amp;Jeopardy</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Work in the open store as another of its users</source>
        <translation>Travailler dans la base ouverte en tant qu&apos;un autre de ses utilisateurs</translation>
    </message>
    <message>
        <source>The remote store&apos;s settings were not changed: %1</source>
        <translation>Les réglages de la base distante n&apos;ont pas été modifiés : %1</translation>
    </message>
    <message>
        <source>Us&amp;ers…</source>
        <translation>Utilisat&amp;eurs…</translation>
    </message>
    <message>
        <source>Add users, change their roles and queues, deactivate them</source>
        <translation>Ajouter des utilisateurs, changer leurs rôles et leurs files, les désactiver</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the folder of the log files (for a support request)</source>
        <translation>Afficher le dossier des fichiers journaux (pour une demande d&apos;assistance)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the order&apos;s summary and its plan graph (an order page must be in front)</source>
        <translation>Imprimer le résumé de la commande et le graphe de son plan (une page de commande doit être au premier plan)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>Set or clear the secrets of the credentials the catalogs&apos; endpoints authenticate with</source>
        <translation>Définir ou effacer les secrets des identifiants avec lesquels les points d’accès des catalogues s’authentifient</translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation>Identi&amp;fiants…</translation>
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
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>une date, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>one of the listed values</source>
        <translation>l&apos;une des valeurs proposées</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>This product has no attributes.</source>
        <translation>Ce produit n&apos;a pas d&apos;attributs.</translation>
    </message>
    <message>
        <source>A bundle of the order the item joins (it ships with the bundle), or a new top-level item</source>
        <translation>Un lot de la commande que l&apos;article rejoint (il est expédié avec le lot), ou un nouvel article de premier niveau</translation>
    </message>
    <message>
        <source>The catalog&apos;s products; in a bundle, the products the bundle takes</source>
        <translation>Les produits du catalogue ; dans un lot, les produits que le lot accepte</translation>
    </message>
    <message>
        <source>The new item&apos;s id in the order; it must not be taken</source>
        <translation>L&apos;identifiant du nouvel article dans la commande ; il ne doit pas être déjà pris</translation>
    </message>
    <message>
        <source>Where a new top-level item is delivered; items in a bundle ship with their bundle</source>
        <translation>Où un nouvel article de premier niveau est livré ; les articles d&apos;un lot sont expédiés avec leur lot</translation>
    </message>
    <message>
        <source>I&amp;nto:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>New item i&amp;d:</source>
        <translation>&amp;Identifiant du nouvel article :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Deli&amp;very group:</source>
        <translation>&amp;Groupe de livraison :</translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation>Attri&amp;buts :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(a new top-level item)</source>
        <translation>(un nouvel article de premier niveau)</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (par défaut %2)</translation>
    </message>
    <message>
        <source>%1: %2, required</source>
        <translation>%1 : %2, obligatoire</translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation>%1 : %2, facultatif</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>The order&apos;s catalog is not known here: the products cannot be listed.</source>
        <translation>Le catalogue de la commande n&apos;est pas connu ici : les produits ne peuvent pas être listés.</translation>
    </message>
    <message>
        <source>This bundle takes no further products.</source>
        <translation>Ce lot n&apos;accepte plus d&apos;autres produits.</translation>
    </message>
    <message>
        <source>Product code %1 · a bundle: add its items to it afterwards</source>
        <translation>Code produit %1 · un lot : ajoutez-y ses articles ensuite</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Code produit %1</translation>
    </message>
</context>
<context>
    <name>fw::OrderDocuments</name>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>E&amp;xporter les preuves…</translation>
    </message>
    <message>
        <source>Export the order&apos;s evidence of delivery</source>
        <translation>Exporter les preuves de livraison de la commande</translation>
    </message>
    <message>
        <source>Write what was delivered when, the delivery confirmations, the callouts that prove them, the billing start and the change orders to a PDF or JSON file, for revenue recognition audits</source>
        <translation>Écrire ce qui a été livré et quand, les confirmations de livraison, les appels qui les prouvent, le début de la facturation et les modifications de commande dans un fichier PDF ou JSON, pour les audits de comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>Les preuves n&apos;ont pas pu être écrites : %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The order summary could not be read: %1</source>
        <translation>Le résumé de la commande n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation>Imprimer la commande %1</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3%4</source>
        <translation>%1 · %2 · révision %3%4</translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation> · annulée</translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation>Articles : commandés et actuels</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Groupe de livraison</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation>Groupes de livraison (chemins séparés)</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 étapes sur %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Consolidated billing: %1</source>
        <translation>Facturation consolidée : %1</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Modifications de commande</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Modification de commande</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumise par</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Soumise (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Plan of order %1</source>
        <translation>Plan de la commande %1</translation>
    </message>
    <message>
        <source>Plan of order %1, part %2 of %3 (row %4, column %5)</source>
        <translation>Plan de la commande %1, partie %2 sur %3 (ligne %4, colonne %5)</translation>
    </message>
</context>
<context>
    <name>fw::OrderImportDialog</name>
    <message>
        <source>Show All Rejections</source>
        <translation>Afficher tous les rejets</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message numerus="yes">
        <source>Importing orders from %n file(s)…</source>
        <translation>
            <numerusform>Import des commandes de %n fichier…</numerusform>
            <numerusform>Import des commandes de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelling: the orders being written now are finished first…</source>
        <translation>Annulation : les commandes en cours d&apos;écriture sont d&apos;abord terminées…</translation>
    </message>
    <message>
        <source>Importing orders… %1 of %2 files read: %3 imported, %4 rejected.</source>
        <translation>Import des commandes… %1 fichiers lus sur %2 : %3 importées, %4 rejetées.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s); nothing was rejected.</source>
        <translation>
            <numerusform>%n commande importée ; rien n&apos;a été rejeté.</numerusform>
            <numerusform>%n commandes importées ; rien n&apos;a été rejeté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>%n commande importée.</numerusform>
            <numerusform>%n commandes importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n file(s): they are not in the store.</source>
        <translation>
            <numerusform>%n fichier rejeté : il n&apos;est pas dans la base.</numerusform>
            <numerusform>%n fichiers rejetés : ils ne sont pas dans la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files: the orders imported so far stay in the store; the other files were not read.</source>
        <translation>Annulé après %1 fichiers sur %2 : les commandes déjà importées restent dans la base ; les autres fichiers n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>The store could not be written for some orders: see the details, then import those files again.</source>
        <translation>La base n&apos;a pas pu être écrite pour certaines commandes : voyez les détails, puis importez de nouveau ces fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>fw::OrderPage</name>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout</source>
        <translation>Lever la suspension quand aucune étape n&apos;est en incident</translation>
    </message>
    <message>
        <source>Send &amp;Signal…</source>
        <translation>Envoyer un &amp;signal…</translation>
    </message>
    <message>
        <source>Tell a pause that its external event happened (e.g. delivered)</source>
        <translation>Indiquer à une pause que son événement externe s&apos;est produit (p. ex. delivered)</translation>
    </message>
    <message>
        <source>Search the timeline: step, actor, state, payload text</source>
        <translation>Rechercher dans la chronologie : étape, acteur, état, texte du contenu</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp; loading…</source>
        <translation>&lt;b&gt;Commande %1&lt;/b&gt; &amp;nbsp; chargement…</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, suspendue</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15px&apos;&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; catalog %5 %6%7</source>
        <translation>&lt;b style=&apos;font-size:15px&apos;&gt;Commande %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; catalogue %5 %6%7</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; requested %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; demandée le %1</translation>
    </message>
    <message>
        <source>Send Signal</source>
        <translation>Envoyer un signal</translation>
    </message>
    <message>
        <source>Signal for order %1 (the name a pause waits for, e.g. delivered):</source>
        <translation>Signal pour la commande %1 (le nom qu&apos;attend une pause, p. ex. delivered) :</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Tous les couloirs</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>The engine</source>
        <translation>Le moteur</translation>
    </message>
    <message>
        <source>Step durations by lane; click a bar to see the step on the plan</source>
        <translation>Durées des étapes par couloir ; cliquez sur une barre pour voir l&apos;étape sur le plan</translation>
    </message>
    <message>
        <source>&amp;Change Order…</source>
        <translation>&amp;Modifier la commande…</translation>
    </message>
    <message>
        <source>Amend or cancel the running order: compose or open a change order, preview it, submit it (Ctrl+Shift+C)</source>
        <translation>Amender ou annuler la commande en cours : composer ou ouvrir une modification, la prévisualiser, la soumettre (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Change orders only</source>
        <translation>Modifications seulement</translation>
    </message>
    <message>
        <source>Change orders applied, waiting or refused, and the steps they added, amended or discarded</source>
        <translation>Modifications appliquées, en attente ou refusées, et les étapes qu&apos;elles ont ajoutées, amendées ou abandonnées</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <source>Enter or double click: show the event&apos;s step on the plan; the context menu replays the order as it stood before or after the event</source>
        <translation>Entrée ou double-clic : montrer l&apos;étape de l&apos;événement sur le plan ; le menu contextuel rejoue la commande telle qu&apos;elle était avant ou après l&apos;événement</translation>
    </message>
    <message>
        <source>Replay: Just Before This Event</source>
        <translation>Relecture : juste avant cet événement</translation>
    </message>
    <message>
        <source>Replay: Just After This Event</source>
        <translation>Relecture : juste après cet événement</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Step durations by lane</source>
        <translation>Durées des étapes par couloir</translation>
    </message>
    <message>
        <source>Order views</source>
        <translation>Vues de la commande</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Open the account of this order: its installed base, orders and asset history</source>
        <translation>Ouvrir le compte de cette commande : son parc installé, ses commandes et l’historique des actifs</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Ouvrir le compte</translation>
    </message>
</context>
<context>
    <name>fw::OrderReplayBar</name>
    <message>
        <source>Repla&amp;y:</source>
        <translation>Rel&amp;ecture :</translation>
    </message>
    <message>
        <source>Move through the order&apos;s journal: the plan, step states and open work as they stood then (arrows: one transition; Home: the first; End: live)</source>
        <translation>Parcourir le journal de la commande : le plan, les états des étapes et le travail ouvert tels qu&apos;ils étaient alors (flèches : une transition ; Début : la première ; Fin : en direct)</translation>
    </message>
    <message>
        <source>One transition back</source>
        <translation>Une transition en arrière</translation>
    </message>
    <message>
        <source>One transition forward</source>
        <translation>Une transition en avant</translation>
    </message>
    <message>
        <source>Back to the order as it is now</source>
        <translation>Revenir à la commande telle qu&apos;elle est maintenant</translation>
    </message>
    <message>
        <source>Replay: as of %1</source>
        <translation>Relecture : au %1</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;direct</translation>
    </message>
</context>
<context>
    <name>fw::OrderSummaryPanel</name>
    <message>
        <source>Loading the summary…</source>
        <translation>Chargement du résumé…</translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation>Articles : commandés et actuels</translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation>Groupes de livraison (chemins séparés)</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Modifications de commande</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; revision %5 &amp;nbsp;·&amp;nbsp; %n item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Commande %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; révision %5 &amp;nbsp;·&amp;nbsp; %n article</numerusform>
            <numerusform>&lt;b&gt;Commande %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; révision %5 &amp;nbsp;·&amp;nbsp; %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled by a change order</source>
        <translation>annulé par une modification de commande</translation>
    </message>
    <message>
        <source>Billing: no consolidated billing milestone</source>
        <translation>Facturation : pas de jalon de facturation consolidée</translation>
    </message>
    <message>
        <source>Consolidated billing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Facturation consolidée : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) partly delivered</source>
        <translation>
            <numerusform>%n article livré en partie</numerusform>
            <numerusform>%n articles livrés en partie</numerusform>
        </translation>
    </message>
    <message>
        <source>order summary</source>
        <translation>le résumé de la commande</translation>
    </message>
    <message>
        <source>delivery groups</source>
        <translation>les groupes de livraison</translation>
    </message>
    <message>
        <source>change orders</source>
        <translation>les modifications de commande</translation>
    </message>
</context>
<context>
    <name>fw::OrderTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Set aside: the engine cannot read this order&apos;s stored data and does not run it (the other orders run). Reason: %1</source>
        <translation>Mise de côté : le moteur ne peut pas lire les données enregistrées de cette commande et ne l&apos;exécute pas (les autres commandes s&apos;exécutent). Motif : %1</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>mise de côté</translation>
    </message>
    <message>
        <source>On hold: a fallout case stopped new work until an operator resumes the order.</source>
        <translation>Suspendue : un incident a arrêté tout nouveau travail jusqu&apos;à ce qu&apos;un opérateur reprenne la commande.</translation>
    </message>
    <message>
        <source>The requested date %1 has passed and the order is not finished.</source>
        <translation>La date demandée %1 est passée et la commande n&apos;est pas finie.</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (suspendue)</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 étapes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Computed for the rows in view; not sortable</source>
        <translation>Calculé pour les lignes affichées ; non triable</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>The workstation whose engine runs the order (with a remote store)</source>
        <translation>Le poste dont le moteur exécute la commande (avec une base distante)</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>In jeopardy: see the Jeopardy view (Ctrl+5) for why, the forecast and the due date.</source>
        <translation>À risque : voyez la vue Risques (Ctrl+5) pour le motif, la prévision et l&apos;échéance.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>fw::OrdersPage</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Search orders by id, account or product (Ctrl+F)</source>
        <translation>Rechercher des commandes par identifiant, compte ou produit (Ctrl+F)</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Tous les couloirs</translation>
    </message>
    <message>
        <source>Saved views: a search, filters and sort under a name</source>
        <translation>Vues enregistrées : une recherche, des filtres et un tri sous un nom</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the orders the search and filters select to a CSV file</source>
        <translation>Écrire dans un fichier CSV les commandes que la recherche et les filtres sélectionnent</translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation>%v lignes</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <source>Exported %L1 orders</source>
        <translation>%L1 commandes exportées</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%1+ of %Ln order(s)</source>
        <translation>
            <numerusform>%1+ sur %Ln commande</numerusform>
            <numerusform>%1+ sur %Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 orders match; refine the search to narrow them down. The export writes them all.</source>
        <translation>Plus de %1 commandes correspondent ; affinez la recherche pour les réduire. L&apos;export les écrit toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s)</source>
        <translation>
            <numerusform>%1 sur %Ln commande</numerusform>
            <numerusform>%1 sur %Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation>Nom de la recherche, des filtres et du tri actuels :</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Orders with work in this lane now: a step ready, running, waiting, retrying or in fallout</source>
        <translation>Commandes ayant du travail dans ce couloir maintenant : une étape prête, en cours, en attente, en relance ou en incident</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Export orders to CSV</source>
        <translation>Exporter les commandes en CSV</translation>
    </message>
    <message>
        <source>Open &amp;Account</source>
        <translation>Ouvrir le &amp;compte</translation>
    </message>
</context>
<context>
    <name>fw::PayloadEditDialog</name>
    <message>
        <source>Edit Payload and Retry — Case %1</source>
        <translation>Modifier le contenu et relancer — cas %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of order %2 failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de la commande %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The request below is sent instead of the catalog&apos;s template for the new attempt series (a new idempotency key and a fresh retry budget).</source>
        <translation>La requête ci-dessous est envoyée à la place du modèle du catalogue pour la nouvelle série de tentatives (une nouvelle clé d&apos;idempotence et un nouveau budget de tentatives).</translation>
    </message>
    <message>
        <source>&amp;Retry with This Payload</source>
        <translation>&amp;Relancer avec ce contenu</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object ({ ... }).</source>
        <translation>Le contenu doit être un objet JSON ({ ... }).</translation>
    </message>
    <message>
        <source>Send the edited request (Ctrl+Return)</source>
        <translation>Envoyer la requête modifiée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The last attempt got no answer: %1 may already have carried it out. A plain retry sends the same request again under the same idempotency key, so it cannot act twice. An edited payload is a new request that may act a second time.</source>
        <translation>La dernière tentative n&apos;a pas eu de réponse : %1 l&apos;a peut-être déjà exécutée. Une simple relance renvoie la même requête sous la même clé d&apos;idempotence, elle ne peut donc pas agir deux fois. Un contenu modifié est une nouvelle requête qui peut agir une seconde fois.</translation>
    </message>
    <message>
        <source>Send it as a &amp;new request anyway</source>
        <translation>L&apos;envoyer quand même comme &amp;nouvelle requête</translation>
    </message>
    <message>
        <source>Tick “new request” to send it, or cancel and retry without editing.</source>
        <translation>Cochez « nouvelle requête » pour l&apos;envoyer, ou annulez et relancez sans modifier.</translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation>Requête à envoyer</translation>
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
            <numerusform>%1, %n étape : %2</numerusform>
            <numerusform>%1, %n étapes : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A group of steps; Enter shows them</source>
        <translation>Un groupe d&apos;étapes ; Entrée les affiche</translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation>%1, portée %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>point de non-retour</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>modification : %1</translation>
    </message>
</context>
<context>
    <name>fw::PlanDiffWidget</name>
    <message>
        <source>Before: the plan as it runs now</source>
        <translation>Avant : le plan tel qu&apos;il s&apos;exécute maintenant</translation>
    </message>
    <message>
        <source>After: the plan as the change leaves it</source>
        <translation>Après : le plan tel que la modification le laisse</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Avant</translation>
    </message>
    <message>
        <source>A&amp;fter</source>
        <translation>A&amp;près</translation>
    </message>
    <message>
        <source>Side by si&amp;de</source>
        <translation>Côte à cô&amp;te</translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphExport</name>
    <message>
        <source>Orchestration plan</source>
        <translation>Plan d&apos;orchestration</translation>
    </message>
    <message>
        <source>there is no plan to export.</source>
        <translation>il n&apos;y a pas de plan à exporter.</translation>
    </message>
    <message>
        <source>cannot write the SVG file.</source>
        <translation>impossible d&apos;écrire le fichier SVG.</translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos; (expected .png or .svg).</source>
        <translation>type d&apos;image « %1 » inconnu (attendu .png ou .svg).</translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphWidget</name>
    <message>
        <source>Find step by name or id</source>
        <translation>Chercher une étape par nom ou identifiant</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Manual tasks</source>
        <translation>Tâches manuelles</translation>
    </message>
    <message>
        <source>Callouts</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Failed or fallout</source>
        <translation>En échec ou en incident</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole plan (0)</source>
        <translation>Afficher tout le plan (0)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the graph as PNG or SVG</source>
        <translation>Enregistrer le graphe en PNG ou en SVG</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Export plan graph</source>
        <translation>Exporter le graphe du plan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Dim the steps that do not match and zoom to those that do</source>
        <translation>Estomper les étapes qui ne correspondent pas et zoomer sur celles qui correspondent</translation>
    </message>
    <message>
        <source>Find step</source>
        <translation>Rechercher une étape</translation>
    </message>
</context>
<context>
    <name>fw::PlanGroupModel</name>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Sites (%1)</source>
        <translation>Sites (%1)</translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation>Lots (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
</context>
<context>
    <name>fw::PlanKeyboard</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the whole plan</source>
        <translation>Ajuster au plan entier</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Leave the plan graph</source>
        <translation>Quitter le graphe du plan</translation>
    </message>
    <message>
        <source>First step of the next lane</source>
        <translation>Première étape du couloir suivant</translation>
    </message>
    <message>
        <source>First step of the previous lane</source>
        <translation>Première étape du couloir précédent</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Open the step in the inspector, or show a group&apos;s steps</source>
        <translation>Ouvrir l&apos;étape dans l&apos;inspecteur, ou afficher les étapes d&apos;un groupe</translation>
    </message>
    <message>
        <source>Select the step</source>
        <translation>Sélectionner l&apos;étape</translation>
    </message>
    <message>
        <source>Collapse the selected step&apos;s group</source>
        <translation>Replier le groupe de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation>Graphe du plan</translation>
    </message>
</context>
<context>
    <name>fw::PlanOverview</name>
    <message>
        <source>Overview of the whole plan: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble de tout le plan : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>fw::PlanPreviewPage</name>
    <message>
        <source>Plan &amp;Steps</source>
        <translation>É&amp;tapes du plan</translation>
    </message>
    <message>
        <source>Fulfillment &amp;Lines</source>
        <translation>&amp;Lignes d&apos;exécution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No order is open.

Open a catalog (File &gt; Open Catalog) and then an order (File &gt; Open Order) to see its orchestration plan, or try Help &gt; Open Demo.</source>
        <translation>Aucune commande n&apos;est ouverte.

Ouvrez un catalogue (Fichier &gt; Ouvrir un catalogue) puis une commande (Fichier &gt; Ouvrir une commande) pour voir son plan d&apos;orchestration, ou essayez Aide &gt; Ouvrir la démo.</translation>
    </message>
    <message>
        <source>no catalog is open: open the catalog this order was made for first (File &gt; Open Catalog)</source>
        <translation>aucun catalogue n&apos;est ouvert : ouvrez d&apos;abord le catalogue pour lequel cette commande a été faite (Fichier &gt; Ouvrir un catalogue)</translation>
    </message>
    <message>
        <source>the bundled samples were not found (looked in share/fulfillment-workbench/samples next to the program and in the source tree)</source>
        <translation>les exemples fournis sont introuvables (cherchés dans share/fulfillment-workbench/samples à côté du programme et dans l&apos;arborescence des sources)</translation>
    </message>
    <message>
        <source>Loading catalog %1…</source>
        <translation>Chargement du catalogue %1…</translation>
    </message>
    <message>
        <source>Planning order %1…</source>
        <translation>Planification de la commande %1…</translation>
    </message>
    <message>
        <source>Planned order %1 in %2 ms.</source>
        <translation>Commande %1 planifiée en %2 ms.</translation>
    </message>
    <message numerus="yes">
        <source>Catalog “%1” is loaded: %n plan definition(s).

Open an order (File &gt; Open Order) to plan it.</source>
        <translation>
            <numerusform>Le catalogue « %1 » est chargé : %n définition de plan.

Ouvrez une commande (Fichier &gt; Ouvrir une commande) pour la planifier.</numerusform>
            <numerusform>Le catalogue « %1 » est chargé : %n définitions de plan.

Ouvrez une commande (Fichier &gt; Ouvrir une commande) pour la planifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded catalog %1 (%2 ms)</source>
        <translation>Catalogue %1 chargé (%2 ms)</translation>
    </message>
    <message>
        <source>%1 could not be loaded.

The Problems panel lists what is wrong.</source>
        <translation>%1 n&apos;a pas pu être chargé.

Le panneau Problèmes indique ce qui ne va pas.</translation>
    </message>
    <message numerus="yes">
        <source>Loading failed: %n problem(s)</source>
        <translation>
            <numerusform>Échec du chargement : %n problème</numerusform>
            <numerusform>Échec du chargement : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commande %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>demandée le %1</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>catalogue %1</translation>
    </message>
    <message>
        <source>catalog %1, version %2</source>
        <translation>catalogue %1, version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fulfillment line(s)</source>
        <translation>
            <numerusform>%n ligne d&apos;exécution</numerusform>
            <numerusform>%n lignes d&apos;exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>Aperçu du plan</translation>
    </message>
</context>
<context>
    <name>fw::PlanScene</name>
    <message>
        <source>All steps of this lane are in the groups above.</source>
        <translation>Toutes les étapes de ce couloir sont dans les groupes ci-dessus.</translation>
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
            <numerusform>%1 — %n étape</numerusform>
            <numerusform>%1 — %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lane %1 (%2): %n step(s)</source>
        <translation>
            <numerusform>Couloir %1 (%2) : %n étape</numerusform>
            <numerusform>Couloir %1 (%2) : %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 scope: %2</source>
        <translation>Portée %1 : %2</translation>
    </message>
    <message>
        <source>Starts as soon as the order is released.</source>
        <translation>Commence dès que la commande est lancée.</translation>
    </message>
    <message>
        <source>Point of no return: once this step has completed, the order can no longer be cancelled or changed in flight.</source>
        <translation>Point de non-retour : une fois cette étape terminée, la commande ne peut plus être annulée ni modifiée en cours de route.</translation>
    </message>
    <message>
        <source>Plan definition: %1, step %2</source>
        <translation>Définition de plan : %1, étape %2</translation>
    </message>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation>Lignes d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>Dependency depth: %1</source>
        <translation>Profondeur de dépendance : %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Est. duration</source>
        <translation>Durée est.</translation>
    </message>
    <message>
        <source>PONR</source>
        <translation>PNR</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point de non-retour</translation>
    </message>
</context>
<context>
    <name>fw::PlanStepTree</name>
    <message>
        <source>Plan steps by lane</source>
        <translation>Étapes du plan par couloir</translation>
    </message>
</context>
<context>
    <name>fw::PlanView</name>
    <message>
        <source>Expand lane %1</source>
        <translation>Développer le couloir %1</translation>
    </message>
    <message>
        <source>Collapse lane %1</source>
        <translation>Réduire le couloir %1</translation>
    </message>
    <message>
        <source>%1 · %2 scope · %3</source>
        <translation>%1 · portée %2 · %3</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>Point of no return: after it the order can no longer be cancelled.</source>
        <translation>Point de non-retour : après elle, la commande ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Double click or Enter: show its steps</source>
        <translation>Double-clic ou Entrée : afficher ses étapes</translation>
    </message>
    <message>
        <source>Show the steps of %1	Enter</source>
        <translation>Afficher les étapes de %1	Entrée</translation>
    </message>
    <message>
        <source>Collapse %1	Backspace</source>
        <translation>Réduire %1	Retour arrière</translation>
    </message>
    <message>
        <source>Expand all groups</source>
        <translation>Développer tous les groupes</translation>
    </message>
    <message>
        <source>Collapse all groups</source>
        <translation>Réduire tous les groupes</translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation>Graphe du plan</translation>
    </message>
    <message>
        <source>The order&apos;s steps by lane. Arrow keys and Tab move between the steps, Enter opens one.</source>
        <translation>Les étapes de la commande par couloir. Les flèches et Tab passent d&apos;une étape à l&apos;autre, Entrée en ouvre une.</translation>
    </message>
</context>
<context>
    <name>fw::ProblemModel</name>
    <message>
        <source>(whole file)</source>
        <translation>(tout le fichier)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>fw::ProblemsPanel</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <source>Copy every problem as FILE:/pointer: message lines</source>
        <translation>Copier chaque problème sous forme de lignes FICHIER:/pointeur: message</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stopped loading. Fix the file and choose File &gt; Reload.</source>
        <translation>
            <numerusform>%n problème a arrêté le chargement. Corrigez le fichier et choisissez Fichier &gt; Recharger.</numerusform>
            <numerusform>%n problèmes ont arrêté le chargement. Corrigez le fichier et choisissez Fichier &gt; Recharger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>fw::QueueLoadModel</name>
    <message>
        <source>%1 (fallout)</source>
        <translation>%1 (incidents)</translation>
    </message>
    <message>
        <source>%1 (tasks)</source>
        <translation>%1 (tâches)</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>%1: %2 open, the oldest waiting %3</source>
        <translation>%1 : %2 ouverts, le plus ancien attend depuis %3</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Âge du plus ancien</translation>
    </message>
    <message>
        <source>Median age</source>
        <translation>Âge médian</translation>
    </message>
</context>
<context>
    <name>fw::RangePicker</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The days the figures cover (UTC); queue load is always now</source>
        <translation>Les jours que couvrent les chiffres (UTC) ; la charge des files est toujours celle du moment</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
</context>
<context>
    <name>fw::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
</context>
<context>
    <name>fw::RemoteSettingsDialog</name>
    <message>
        <source>Share orders with other workstations through a remote store</source>
        <translation>Partager les commandes avec d&apos;autres postes via une base distante</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Remote Store</source>
        <translation>Base distante</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable : pas de chiffrement</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server offers it</source>
        <translation>prefer : chiffrer si le serveur le propose</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require : toujours chiffrer</translation>
    </message>
    <message>
        <source>verify-full: encrypt and check the server&apos;s certificate and name</source>
        <translation>verify-full : chiffrer et vérifier le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>automatic: made once for the store and kept</source>
        <translation>automatique : créé une fois pour la base et conservé</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long this workstation may be cut off before another one takes over the orders it runs</source>
        <translation>Combien de temps ce poste peut être coupé avant qu&apos;un autre reprenne les commandes qu&apos;il exécute</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>&amp;Durée du bail :</translation>
    </message>
    <message>
        <source>&amp;Apply and Reconnect</source>
        <translation>&amp;Appliquer et reconnecter</translation>
    </message>
    <message>
        <source>Fill in host, database and user first.</source>
        <translation>Renseignez d&apos;abord l&apos;hôte, la base de données et l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; remote store schema version %2.</source>
        <translation>Connecté à PostgreSQL %1 ; version du schéma de la base distante %2.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; no remote store there yet: the first workstation to join creates it.</source>
        <translation>Connecté à PostgreSQL %1 ; pas encore de base distante : le premier poste qui la rejoint la crée.</translation>
    </message>
    <message>
        <source>A remote store needs a host, a database and a user.</source>
        <translation>Une base distante a besoin d&apos;un hôte, d&apos;une base de données et d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>Connects with: %1</source>
        <translation>Se connecte avec : %1</translation>
    </message>
    <message>
        <source> The link is NOT encrypted: anyone on the network can read and change what is sent; choose the TLS mode verify-full (the CA&apos;s certificate in ~/.postgresql/root.crt).</source>
        <translation> La liaison n&apos;est PAS chiffrée : n&apos;importe qui sur le réseau peut lire et modifier ce qui est envoyé ; choisissez le mode TLS verify-full (le certificat de l&apos;autorité dans ~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <source> The link is not encrypted, but stays on this machine.</source>
        <translation> La liaison n&apos;est pas chiffrée, mais reste sur cette machine.</translation>
    </message>
    <message>
        <source> The link is encrypted (%1).</source>
        <translation> La liaison est chiffrée (%1).</translation>
    </message>
    <message>
        <source>&amp;Move the Password into the Keyring</source>
        <translation>&amp;Déplacer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>%1 holds the password of %2 on %3: move it into the desktop keyring and out of the file (fwctl reads only the file: it then needs the password there again)</source>
        <translation>%1 contient le mot de passe de %2 sur %3 : le déplacer dans le trousseau du bureau et hors du fichier (fwctl ne lit que le fichier : il faudra alors y remettre le mot de passe)</translation>
    </message>
    <message>
        <source>%1 no longer holds this password.</source>
        <translation>%1 ne contient plus ce mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be saved in the desktop keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du bureau : %1</translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service), but it could not be removed from %1: %2</source>
        <translation>Enregistré dans le trousseau du bureau (KWallet/Secret Service), mais il n&apos;a pas pu être retiré de %1 : %2</translation>
    </message>
    <message>
        <source>Moved into the desktop keyring (KWallet/Secret Service); %1 no longer holds it.</source>
        <translation>Déplacé dans le trousseau du bureau (KWallet/Secret Service) ; %1 ne le contient plus.</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring… The password is never kept in the workbench&apos;s settings.</source>
        <translation>Recherche du trousseau du bureau… Le mot de passe n&apos;est jamais conservé dans les paramètres du poste de travail.</translation>
    </message>
    <message>
        <source>A password typed here is saved in the desktop keyring (KWallet/Secret Service), never in the workbench&apos;s settings; leave the field empty to keep the one saved. fwctl reads libpq&apos;s password file %1 instead.</source>
        <translation>Un mot de passe saisi ici est enregistré dans le trousseau du bureau (KWallet/Secret Service), jamais dans les paramètres du poste de travail ; laissez le champ vide pour garder celui enregistré. fwctl lit à la place le fichier de mots de passe de libpq %1.</translation>
    </message>
    <message>
        <source>No desktop keyring is available, so a password typed here is saved to libpq&apos;s password file %1 (mode 0600: readable by you only); leave the field empty to keep the one there.</source>
        <translation>Aucun trousseau du bureau n&apos;est disponible : un mot de passe saisi ici est donc enregistré dans le fichier de mots de passe de libpq %1 (mode 0600 : lisible par vous seul) ; laissez le champ vide pour garder celui qui s&apos;y trouve.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Enregistrement du mot de passe…</translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service).</source>
        <translation>Enregistré dans le trousseau du bureau (KWallet/Secret Service).</translation>
    </message>
    <message>
        <source>No desktop keyring is available, and the password could not be saved to the password file: %1</source>
        <translation>Aucun trousseau du bureau n&apos;est disponible, et le mot de passe n&apos;a pas pu être enregistré dans le fichier de mots de passe : %1</translation>
    </message>
    <message>
        <source>No desktop keyring is available: saved to %1 (mode 0600: readable by you only).</source>
        <translation>Aucun trousseau du bureau n&apos;est disponible : enregistré dans %1 (mode 0600 : lisible par vous seul).</translation>
    </message>
</context>
<context>
    <name>fw::RenewalModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fin de la durée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
    </message>
</context>
<context>
    <name>fw::RenewalsPage</name>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>&amp;Decline...</source>
        <translation>Re&amp;fuser...</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>To work (open, claimed, upcoming)</source>
        <translation>À traiter (ouverts, pris, à venir)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelés</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Term ends within:</source>
        <translation>Fin de durée dans :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Decline Renewal</source>
        <translation>Refuser le renouvellement</translation>
    </message>
    <message>
        <source>Why is the renewal of %1 declined? The subscription ends on %2.</source>
        <translation>Pourquoi le renouvellement de %1 est-il refusé ? L&apos;abonnement se termine le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) with a term ending by %1, value at risk %2.</source>
        <translation>
            <numerusform>%n renouvellement dont la durée se termine d&apos;ici le %1, valeur à risque %2.</numerusform>
            <numerusform>%n renouvellements dont la durée se termine d&apos;ici le %1, valeur à risque %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The renewals cannot be read: %1</source>
        <translation>Les renouvellements ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Not due yet: the renewal opens on %1</source>
        <translation>Pas encore échu : le renouvellement s&apos;ouvre le %1</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
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
        <translation>Aucun renouvellement sur cette période</translation>
    </message>
    <message>
        <source>Value at risk by month the term ends (renewals in brackets)</source>
        <translation>Valeur à risque par mois de fin de durée (renouvellements entre parenthèses)</translation>
    </message>
</context>
<context>
    <name>fw::ReplayWorkPanel</name>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1 : %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 added by a change order (%2)</source>
        <translation>%1 ajoutée par une modification de commande (%2)</translation>
    </message>
    <message>
        <source>%1: task claimed by %2</source>
        <translation>%1 : tâche prise par %2</translation>
    </message>
    <message>
        <source>Order put on hold (%1)</source>
        <translation>Commande suspendue (%1)</translation>
    </message>
    <message>
        <source>Order resumed (%1)</source>
        <translation>Commande reprise (%1)</translation>
    </message>
    <message>
        <source>Order imported (%1)</source>
        <translation>Commande importée (%1)</translation>
    </message>
    <message>
        <source>Open work at this moment</source>
        <translation>Travail ouvert à ce moment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open work then&lt;/b&gt;</source>
        <translation>&lt;b&gt;Travail ouvert alors&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Order then: %1</source>
        <translation>Commande alors : %1</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, suspendue</translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, open since %3</source>
        <translation>Tâche : %1 — file %2, ouverte depuis %3</translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, claimed by %3</source>
        <translation>Tâche : %1 — file %2, prise par %3</translation>
    </message>
    <message>
        <source>Fallout: %1 — queue %2: %3</source>
        <translation>Incident : %1 — file %2 : %3</translation>
    </message>
    <message>
        <source>No open tasks or fallout cases.</source>
        <translation>Aucune tâche ouverte ni incident.</translation>
    </message>
    <message>
        <source>%1: claim renewed by %2</source>
        <translation>%1 : prise renouvelée par %2</translation>
    </message>
    <message>
        <source>%1: task released (%2)</source>
        <translation>%1 : tâche libérée (%2)</translation>
    </message>
    <message>
        <source>%1: the claim expired</source>
        <translation>%1 : la prise a expiré</translation>
    </message>
    <message>
        <source>%1: task moved to another queue (%2)</source>
        <translation>%1 : tâche déplacée vers une autre file (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fw::SecretForm</name>
    <message>
        <source>Secret of %1</source>
        <translation>Secret de %1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation>&amp;Valeur de %1 :</translation>
    </message>
    <message>
        <source>&amp;Certificate file (PEM):</source>
        <translation>Fichier du &amp;certificat (PEM) :</translation>
    </message>
    <message>
        <source>&amp;Key file (PEM):</source>
        <translation>Fichier de la &amp;clé (PEM) :</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>fw::SessionUser</name>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiert le rôle %1</translation>
    </message>
    <message>
        <source>Needs the %1 or %2 role</source>
        <translation>Requiert le rôle %1 ou %2</translation>
    </message>
    <message>
        <source>the store is still opening</source>
        <translation>la base est encore en cours d&apos;ouverture</translation>
    </message>
    <message>
        <source>no user was given</source>
        <translation>aucun utilisateur n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer a user of this store</source>
        <translation>« %1 » n&apos;est plus un utilisateur de cette base</translation>
    </message>
    <message>
        <source>the store is not open yet</source>
        <translation>la base n&apos;est pas encore ouverte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation>« %1 » n&apos;est pas un utilisateur de cette base (un administrateur ajoute des utilisateurs avec « fwctl users add »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deactivated</source>
        <translation>« %1 » est désactivé</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): choose a user with File &gt; Switch User</source>
        <translation>Personne n&apos;est connecté (%1) : choisissez un utilisateur avec Fichier &gt; Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is deactivated: choose another user with File &gt; Switch User</source>
        <translation>%1 est désactivé : choisissez un autre utilisateur avec Fichier &gt; Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>Action %1 inconnue</translation>
    </message>
    <message>
        <source>%1: %2 holds %3</source>
        <translation>%1 : %2 a %3</translation>
    </message>
    <message>
        <source>Queue %1 is not one of %2&apos;s queues (%3); the supervisor role works every queue</source>
        <translation>La file %1 n&apos;est pas l&apos;une des files de %2 (%3) ; le rôle superviseur traite toutes les files</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>the store cannot be read: %1</source>
        <translation>la base ne peut pas être lue : %1</translation>
    </message>
</context>
<context>
    <name>fw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The shortcuts of the menus work everywhere; a page&apos;s work while that page is shown.</source>
        <translation>Les raccourcis des menus fonctionnent partout ; ceux d&apos;une page lorsque cette page est affichée.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>fw::Sidebar</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <source>Order %1 (Ctrl+W closes it)</source>
        <translation>Commande %1 (Ctrl+W la ferme)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>fw::SplitPathModel</name>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 étapes sur %2</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Groupe de livraison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>fw::StateLegend</name>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>The steps that decide when the order completes: a delay on any of them delays the order.</source>
        <translation>Les étapes qui décident de la fin de la commande : un retard sur l&apos;une d&apos;elles retarde la commande.</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point de non-retour</translation>
    </message>
    <message>
        <source>A step marked so is the order&apos;s point of no return: once it has completed, a change or cancellation no longer undoes the order, it compensates what was done.</source>
        <translation>Une étape ainsi marquée est le point de non-retour de la commande : une fois qu&apos;elle est terminée, une modification ou une annulation ne défait plus la commande, elle compense ce qui a été fait.</translation>
    </message>
</context>
<context>
    <name>fw::StatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>fw::StepChangeModel</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation>annule « %1 » : %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>State before → after</source>
        <translation>État avant → après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>No step has started yet.</source>
        <translation>Aucune étape n&apos;a encore commencé.</translation>
    </message>
    <message>
        <source>%1
%2, %3%4</source>
        <translation>%1
%2, %3%4</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> jusqu&apos;ici</translation>
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
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Complete Task…</source>
        <translation>Terminer la tâche…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Ignorer…</translation>
    </message>
    <message>
        <source>Resume Order</source>
        <translation>Reprendre la commande</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step inspector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inspecteur d&apos;étape&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a step in the plan to see its definition, history and attempts, and what can be done with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur une étape du plan pour voir sa définition, son historique et ses tentatives, et ce que l&apos;on peut en faire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;● &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;%4</source>
        <translation>&lt;b style=&apos;font-size:14px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;● &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;%4</translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n tentative</numerusform>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>%1, plan %2</source>
        <translation>%1, plan %2</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>PONR</source>
        <translation>PNR</translation>
    </message>
    <message>
        <source>point of no return: once done, changes need compensation</source>
        <translation>point de non-retour : une fois faite, les modifications demandent une compensation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Ignorée parce que</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Historique&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Callout attempts&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Tentatives d&apos;appel&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Series %1, attempt %2&lt;/b&gt; &amp;nbsp;%3 &amp;nbsp;HTTP %4 %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;key %6&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Série %1, tentative %2&lt;/b&gt; &amp;nbsp;%3 &amp;nbsp;HTTP %4 %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;clé %6&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Request&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;div style=&apos;color:gray&apos;&gt;Requête&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Response&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;div style=&apos;color:gray&apos;&gt;Réponse&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#e65100&apos;&gt;No answer came although the request was sent: the system may have carried it out. A retry sends it again with the same key.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#e65100&apos;&gt;Aucune réponse n&apos;est arrivée bien que la requête ait été envoyée : le système l&apos;a peut-être exécutée. Une relance la renvoie avec la même clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; Retry…</source>
        <translation>Modifier &amp;&amp; relancer…</translation>
    </message>
    <message>
        <source>Correct the request, then send it</source>
        <translation>Corriger la requête, puis l&apos;envoyer</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Détails de l&apos;étape</translation>
    </message>
</context>
<context>
    <name>fw::StepPresentation</name>
    <message>
        <source>Automatic task</source>
        <translation>Tâche automatique</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Tâche manuelle</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Runs a built-in handler inside the workbench.</source>
        <translation>Exécute un traitement intégré dans l&apos;application.</translation>
    </message>
    <message>
        <source>Calls an external system and waits for its answer.</source>
        <translation>Appelle un système externe et attend sa réponse.</translation>
    </message>
    <message>
        <source>Waits for a person to complete a task in a work queue.</source>
        <translation>Attend qu&apos;une personne termine une tâche dans une file de travail.</translation>
    </message>
    <message>
        <source>Marks a point in the order&apos;s progress; does no work itself.</source>
        <translation>Marque un point dans l&apos;avancement de la commande ; ne fait aucun travail.</translation>
    </message>
    <message>
        <source>Waits for a signal, a time or a field value.</source>
        <translation>Attend un signal, une heure ou la valeur d&apos;un champ.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>fw::StepStatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>En relance</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Waits for its dependencies.</source>
        <translation>Attend ses dépendances.</translation>
    </message>
    <message>
        <source>May start now.</source>
        <translation>Peut commencer maintenant.</translation>
    </message>
    <message>
        <source>The engine is executing it.</source>
        <translation>Le moteur l&apos;exécute.</translation>
    </message>
    <message>
        <source>Waits for a person, a signal, a time or a callout response.</source>
        <translation>Attend une personne, un signal, une heure ou la réponse d&apos;un appel.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Faite.</translation>
    </message>
    <message>
        <source>Failed; another attempt is scheduled.</source>
        <translation>En échec ; une autre tentative est prévue.</translation>
    </message>
    <message>
        <source>Failed for good; a fallout case is open.</source>
        <translation>En échec définitif ; un incident est ouvert.</translation>
    </message>
    <message>
        <source>Force-completed by an operator.</source>
        <translation>Terminée de force par un opérateur.</translation>
    </message>
    <message>
        <source>Cancelled with the order.</source>
        <translation>Annulée avec la commande.</translation>
    </message>
</context>
<context>
    <name>fw::StepStatusModel</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>fw::StoreIndicators</name>
    <message>
        <source>No store</source>
        <translation>Aucune base</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Moteur en marche</translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation>La base %1 est ouverte.</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>The engine stopped: %1</source>
        <translation>Le moteur s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The engine could not start: %1</source>
        <translation>Le moteur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message numerus="yes">
        <source>Engine running · %n callout(s) out</source>
        <translation>
            <numerusform>Moteur en marche · %n appel en cours</numerusform>
            <numerusform>Moteur en marche · %n appels en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec : %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>toutes les files</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Working as %1
Roles: %2
Queues: %3%4

Click to switch user (File &gt; Switch User)</source>
        <translation>Connecté en tant que %1
Rôles : %2
Files : %3%4

Cliquez pour changer d&apos;utilisateur (Fichier &gt; Changer d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>
Deactivated: may do nothing</source>
        <translation>
Désactivé : ne peut rien faire</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1

Click to choose a user (File &gt; Switch User)</source>
        <translation>%1

Cliquez pour choisir un utilisateur (Fichier &gt; Changer d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>Nobody is signed in: %1. Choose a user with File &gt; Switch User.</source>
        <translation>Personne n&apos;est connecté : %1. Choisissez un utilisateur avec Fichier &gt; Changer d&apos;utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1 ; et %n autre</numerusform>
            <numerusform>%1 ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ 1 order cannot run</source>
        <translation>⚠ 1 commande ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>⚠ %1 orders cannot run</source>
        <translation>⚠ %1 commandes ne peuvent pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>%1
Click for the list of all of them, with the reasons.</source>
        <translation>%1
Cliquez pour la liste complète, avec les motifs.</translation>
    </message>
    <message>
        <source>Sent: %1; the step runs again and the fallout page shows how it ends</source>
        <translation>Envoyé : %1 ; l&apos;étape s&apos;exécute de nouveau et la page des incidents montre comment elle se termine</translation>
    </message>
    <message>
        <source>Engine starting: the demo&apos;s history, day %1 of %2…</source>
        <translation>Démarrage du moteur : l&apos;historique de la démo, jour %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>A new demo store gets a past: the engine runs the sample orders of the last %n day(s) against the stand-in systems, so the views open on real history.</source>
        <translation>
            <numerusform>Une nouvelle base de démo reçoit un passé : le moteur exécute les commandes d&apos;exemple du dernier jour (%n) contre les systèmes de substitution, pour que les vues s&apos;ouvrent sur un vrai historique.</numerusform>
            <numerusform>Une nouvelle base de démo reçoit un passé : le moteur exécute les commandes d&apos;exemple des %n derniers jours contre les systèmes de substitution, pour que les vues s&apos;ouvrent sur un vrai historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine starting: %1 of %2…</source>
        <translation>Démarrage du moteur : %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln tâche ouverte</numerusform>
            <numerusform>%Ln tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 active, %3 on hold) · %4 · %5 fallout</source>
        <translation>%1 (%2 en cours, %3 suspendues) · %4 · %5 incidents</translation>
    </message>
</context>
<context>
    <name>fw::StoreWorkspace</name>
    <message>
        <source>Order %1 — Fulfillment Workbench</source>
        <translation>Commande %1 — Fulfillment Workbench</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>Impossible de passer à %1 : %2</translation>
    </message>
    <message>
        <source>switch to user</source>
        <translation>passer à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation>Importer une commande</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Commandes (%1)</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <source>Fallout (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>fw::SummaryItemModel</name>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation>Lignes d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation>Groupe de livraison</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Inherited from item %1</source>
        <translation>Hérité de l&apos;article %1</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Code produit %1</translation>
    </message>
    <message>
        <source>Delivered: %1 · pending (not started): %2 · in progress: %3</source>
        <translation>Livrés : %1 · en suspens (non commencés) : %2 · en cours : %3</translation>
    </message>
</context>
<context>
    <name>fw::SupervisorPages</name>
    <message>
        <source>At Risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec : %1 — %2</translation>
    </message>
    <message>
        <source>Escalations (%1 open)</source>
        <translation>Escalades (%1 ouvertes)</translation>
    </message>
    <message>
        <source>At Risk (%1)</source>
        <translation>À risque (%1)</translation>
    </message>
    <message>
        <source>Jeopardy (%1 critical)</source>
        <translation>Risques (%1 critiques)</translation>
    </message>
    <message>
        <source>Jeopardy (%1)</source>
        <translation>Risques (%1)</translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
</context>
<context>
    <name>fw::SwitchUserDialog</name>
    <message>
        <source>Switch User</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Work in this store as another of its users. What you may do follows their roles; the engine records every action under their name.</source>
        <translation>Travailler dans cette base en tant qu&apos;un autre de ses utilisateurs. Ce que vous pouvez faire suit ses rôles ; le moteur enregistre chaque action sous son nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>toutes les files</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a user id, e.g. %1</source>
        <translation>un identifiant d&apos;utilisateur, p. ex. %1</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Cannot switch: %1.</source>
        <translation>Changement impossible : %1.</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Les utilisateurs ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Prendre acte</translation>
    </message>
    <message>
        <source>Mark the selected conflicts as seen; they stay in the store&apos;s history</source>
        <translation>Marquer les conflits sélectionnés comme vus ; ils restent dans l&apos;historique de la base</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>Prendre acte de &amp;tous</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>No open conflicts: everything this workstation did reached the other workstations, or was reported here and acknowledged.</source>
        <translation>Aucun conflit ouvert : tout ce que ce poste a fait a atteint les autres postes, ou a été signalé ici et pris en compte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) between this workstation and the others. Nothing was dropped: each says what did not happen and who did what instead.</source>
        <translation>
            <numerusform>%Ln conflit entre ce poste et les autres. Rien n&apos;a été perdu : chacun dit ce qui ne s&apos;est pas produit et qui a fait quoi à la place.</numerusform>
            <numerusform>%Ln conflits entre ce poste et les autres. Rien n&apos;a été perdu : chacun dit ce qui ne s&apos;est pas produit et qui a fait quoi à la place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::SyncIndicator</name>
    <message>
        <source>Sync with the remote store</source>
        <translation>Synchronisation avec la base distante</translation>
    </message>
</context>
<context>
    <name>fw::SyncPresentation</name>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 to pull</source>
        <translation>%1 à récupérer</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting for an answer</source>
        <translation>
            <numerusform>%n commande en attente de réponse</numerusform>
            <numerusform>%n commandes en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the remote store…</source>
        <translation>Connexion à la base distante…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) queued</source>
        <translation>
            <numerusform>%Ln événement en file</numerusform>
            <numerusform>%Ln événements en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln command(s) queued</source>
        <translation>
            <numerusform>%Ln commande en file</numerusform>
            <numerusform>%Ln commandes en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>Orders run here (leases held): %1</source>
        <translation>Commandes exécutées ici (baux détenus) : %1</translation>
    </message>
    <message>
        <source>Events pushed: %1 · pulled: %2</source>
        <translation>Événements envoyés : %1 · récupérés : %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Offline for longer than the lease time: other workstations may take over this workstation&apos;s orders.</source>
        <translation>Hors ligne depuis plus longtemps que la durée du bail : d&apos;autres postes peuvent reprendre les commandes de ce poste.</translation>
    </message>
    <message>
        <source>The engine keeps running the orders it holds; its work is sent when the remote store is back.</source>
        <translation>Le moteur continue d&apos;exécuter les commandes qu&apos;il détient ; son travail est envoyé quand la base distante revient.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation>Cliquez pour voir les conflits.</translation>
    </message>
    <message>
        <source>Order taken over</source>
        <translation>Commande reprise</translation>
    </message>
    <message>
        <source>Work not accepted</source>
        <translation>Travail non accepté</translation>
    </message>
    <message>
        <source>Action not applied</source>
        <translation>Action non appliquée</translation>
    </message>
    <message>
        <source>Claim lost</source>
        <translation>Prise perdue</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Commande rejetée</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>The link is not encrypted, but stays on this machine.</source>
        <translation>La liaison n&apos;est pas chiffrée, mais reste sur cette machine.</translation>
    </message>
    <message>
        <source>The link is encrypted (%1).</source>
        <translation>La liaison est chiffrée (%1).</translation>
    </message>
    <message>
        <source>The link is not encrypted: anyone on the network can read and change what is sent. Connect with sslmode=verify-full and the CA&apos;s file (File &gt; Remote Store…).</source>
        <translation>La liaison n&apos;est pas chiffrée : n&apos;importe qui sur le réseau peut lire et modifier ce qui est envoyé. Connectez-vous avec sslmode=verify-full et le fichier de l&apos;autorité (Fichier &gt; Base distante…).</translation>
    </message>
    <message>
        <source>Refused by the remote store</source>
        <translation>Refusé par la base distante</translation>
    </message>
    <message>
        <source>The remote store does not accept this workstation as it is set up (the reason is below): nothing is sent until the workstation or the database role is changed (File &gt; Remote Store…).</source>
        <translation>La base distante n&apos;accepte pas ce poste tel qu&apos;il est configuré (le motif est ci-dessous) : rien n&apos;est envoyé tant que le poste ou le rôle de base de données n&apos;est pas changé (Fichier &gt; Base distante…).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset change(s) queued</source>
        <translation>
            <numerusform>%Ln modification d’actif en attente</numerusform>
            <numerusform>%Ln modifications d’actifs en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset change not accepted</source>
        <translation>Modification d’actif refusée</translation>
    </message>
</context>
<context>
    <name>fw::TaskFormDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 &amp;nbsp;·&amp;nbsp; queue %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; commande %2 &amp;nbsp;·&amp;nbsp; file %3</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Optional: what you did, for the order&apos;s history</source>
        <translation>Facultatif : ce que vous avez fait, pour l&apos;historique de la commande</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>&amp;Complete Task</source>
        <translation>&amp;Terminer la tâche</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number, e.g. -18.5</source>
        <translation>nombre, p. ex. -18.5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty</source>
        <translation>AAAA-MM-JJ, ou laisser vide</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>%1: choose Yes or No</source>
        <translation>%1 : choisissez Oui ou Non</translation>
    </message>
</context>
<context>
    <name>fw::TaskInboxPage</name>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>Search tasks by step, order or account (Ctrl+F)</source>
        <translation>Rechercher des tâches par étape, commande ou compte (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>Claim the selected tasks (Ctrl+K)</source>
        <translation>Prendre les tâches sélectionnées (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>Ter&amp;miner…</translation>
    </message>
    <message>
        <source>Fill in the task&apos;s form and complete it (Ctrl+Return)</source>
        <translation>Remplir le formulaire de la tâche et la terminer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>Select a task to see its instructions and form.</source>
        <translation>Sélectionnez une tâche pour voir ses instructions et son formulaire.</translation>
    </message>
    <message>
        <source>No open tasks. New ones appear here as orders reach manual steps.</source>
        <translation>Aucune tâche ouverte. Les nouvelles apparaissent ici quand les commandes atteignent des étapes manuelles.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 (%3) &amp;nbsp;·&amp;nbsp; queue %4 &amp;nbsp;·&amp;nbsp; lane %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; commande %2 (%3) &amp;nbsp;·&amp;nbsp; file %4 &amp;nbsp;·&amp;nbsp; couloir %5</translation>
    </message>
    <message>
        <source>&lt;p&gt;Form: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Formulaire : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>aucun champ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Prise par %1 : seule cette personne peut la terminer.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Put the selected tasks back in their queue</source>
        <translation>Remettre les tâches sélectionnées dans leur file</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Mes files</translation>
    </message>
    <message>
        <source>My queues: %1</source>
        <translation>Mes files : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1 since %2: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Prise par %1 depuis %2 : seule cette personne peut la terminer.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>Mes tâches (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>les tâches</translation>
    </message>
</context>
<context>
    <name>fw::TaskListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>Prise par %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>Claimed by %1 since %2 (%3 ago)</source>
        <translation>Prise par %1 depuis %2 (il y a %3)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Sorts by urgency: orders at risk first (SLA critical, warning, then priority and due), then the others oldest first. Due: when the step&apos;s estimated time runs out, counted from when the task opened.</source>
        <translation>Trie par urgence : les commandes à risque d&apos;abord (SLA critique, alerte, puis priorité et échéance), ensuite les autres, les plus anciennes d&apos;abord. Échéance : quand le temps estimé de l&apos;étape est écoulé, compté depuis l&apos;ouverture de la tâche.</translation>
    </message>
    <message>
        <source>Not sortable: tasks sort by urgency or by how long they wait</source>
        <translation>Non triable : les tâches se trient par urgence ou par durée d&apos;attente</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>fw::TimelineModel</name>
    <message>
        <source>Order imported</source>
        <translation>Commande importée</translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation>Commande suspendue</translation>
    </message>
    <message>
        <source>Order resumed</source>
        <translation>Commande reprise</translation>
    </message>
    <message>
        <source>Line data changed</source>
        <translation>Données de ligne modifiées</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Callout %1</source>
        <translation>Appel %1</translation>
    </message>
    <message>
        <source>Fallout %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Signal received</source>
        <translation>Signal reçu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <source>Jeopardy: critical</source>
        <translation>Risque : critique</translation>
    </message>
    <message>
        <source>Jeopardy: warning</source>
        <translation>Risque : alerte</translation>
    </message>
    <message>
        <source>Jeopardy cleared</source>
        <translation>Risque levé</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>Escaladé à un superviseur</translation>
    </message>
    <message>
        <source>Escalation taken</source>
        <translation>Escalade prise</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Escalade résolue</translation>
    </message>
    <message>
        <source>Priority raised</source>
        <translation>Priorité augmentée</translation>
    </message>
    <message>
        <source>Task reassigned</source>
        <translation>Tâche réaffectée</translation>
    </message>
    <message>
        <source>Change order applied</source>
        <translation>Modification de commande appliquée</translation>
    </message>
    <message>
        <source>Change order waits for replies</source>
        <translation>Modification de commande en attente de réponses</translation>
    </message>
    <message>
        <source>Change order refused</source>
        <translation>Modification de commande refusée</translation>
    </message>
    <message>
        <source>Compensation step added</source>
        <translation>Étape de compensation ajoutée</translation>
    </message>
    <message>
        <source>Step added by a change</source>
        <translation>Étape ajoutée par une modification</translation>
    </message>
    <message>
        <source>Step amended by a change</source>
        <translation>Étape amendée par une modification</translation>
    </message>
    <message>
        <source>Step discarded by a change</source>
        <translation>Étape abandonnée par une modification</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>(révision %1)</translation>
    </message>
    <message>
        <source>item %1 %2</source>
        <translation>article %1 %2</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>%1 (asked by %2)</source>
        <translation>%1 (demandée par %2)</translation>
    </message>
    <message>
        <source>%1: undoes %2 (%3)</source>
        <translation>%1 : annule %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Prise</translation>
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
        <translation>1 commande ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>%1 orders cannot run</source>
        <translation>%1 commandes ne peuvent pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2; and %3 more</source>
        <translation>%1 : %2 ; et %3 autres</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>fw::UnrunnableOrdersDialog</name>
    <message>
        <source>Orders That Cannot Run</source>
        <translation>Commandes qui ne peuvent pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>The engine runs every other order. An order set aside has stored data that cannot be read: repair its rows and clear its reason (see the store documentation). An order whose catalog is missing runs once the catalog is imported and the store opened again.</source>
        <translation>Le moteur exécute toutes les autres commandes. Une commande mise de côté a des données enregistrées illisibles : réparez ses lignes et effacez son motif (voir la documentation de la base). Une commande dont le catalogue manque s&apos;exécute dès que le catalogue est importé et la base rouverte.</translation>
    </message>
    <message>
        <source>Every order can run.</source>
        <translation>Toutes les commandes peuvent s&apos;exécuter.</translation>
    </message>
    <message>
        <source>1 order cannot run.</source>
        <translation>1 commande ne peut pas s&apos;exécuter.</translation>
    </message>
    <message>
        <source>%1 orders cannot run.</source>
        <translation>%1 commandes ne peuvent pas s&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>fw::UsersDialog</name>
    <message>
        <source>Active (a deactivated user is kept for the history but may do nothing)</source>
        <translation>Actif (un utilisateur désactivé est conservé pour l&apos;historique mais ne peut rien faire)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>a new id adds a user, e.g. anna</source>
        <translation>un nouvel identifiant ajoute un utilisateur, p. ex. anna</translation>
    </message>
    <message>
        <source>task queues an operator works, separated by commas</source>
        <translation>files de tâches que traite un opérateur, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Files :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Les utilisateurs ne peuvent pas être lus : %1</translation>
    </message>
</context>
<context>
    <name>fw::Workbench</name>
    <message>
        <source>Fulfillment Workbench: plan orders against a fulfillment catalog and inspect the plan.</source>
        <translation>Fulfillment Workbench : planifier des commandes à partir d&apos;un catalogue d&apos;exécution et examiner le plan.</translation>
    </message>
    <message>
        <source>Open the catalog FILE.</source>
        <translation>Ouvrir le catalogue FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Plan the order FILE (needs --catalog).</source>
        <translation>Planifier la commande FICHIER (demande --catalog).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Once the plan is shown, save the main window as the PNG FILE and quit. Works without a display (offscreen).</source>
        <translation>Une fois le plan affiché, enregistrer la fenêtre principale dans le FICHIER PNG et quitter. Fonctionne sans écran (offscreen).</translation>
    </message>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set), so the workbench window cannot open.</source>
        <translation>Aucun écran trouvé (ni DISPLAY, ni WAYLAND_DISPLAY, ni QT_QPA_PLATFORM n&apos;est défini) : la fenêtre de l&apos;application ne peut pas s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The headless demo follows: &apos;fwctl demo&apos; plans every bundled sample. For the window, run under a desktop session or xvfb-run, or save a screenshot with --screenshot FILE.png.</source>
        <translation>La démo sans interface suit : « fwctl demo » planifie chaque exemple fourni. Pour la fenêtre, lancez-la dans une session de bureau ou sous xvfb-run, ou enregistrez une capture d&apos;écran avec --screenshot FICHIER.png.</translation>
    </message>
    <message>
        <source>fwctl was not found next to this program or on PATH.</source>
        <translation>fwctl est introuvable à côté de ce programme et dans le PATH.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Capture d&apos;écran enregistrée dans %1</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>Open the demo store (every bundled sample order, run against built-in stand-ins for the external systems) and preview the telecom fibre sample plan.</source>
        <translation>Ouvrir la base de démo (chaque commande d&apos;exemple fournie, exécutée contre des substituts intégrés des systèmes externes) et prévisualiser le plan de l&apos;exemple fibre télécom.</translation>
    </message>
    <message>
        <source>Open the store FILE (created if missing) and run its orders.</source>
        <translation>Ouvrir la base FICHIER (créée si elle manque) et exécuter ses commandes.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Utiliser la palette claire ou sombre au lieu de celle du système.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Gave up waiting for the window&apos;s content.</source>
        <translation>Abandon de l&apos;attente du contenu de la fenêtre.</translation>
    </message>
    <message>
        <source>How many copies of each sample order a new demo store gets (default 25).</source>
        <translation>Combien de copies de chaque commande d&apos;exemple reçoit une nouvelle base de démo (25 par défaut).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>This workstation&apos;s id with the remote store (default: made once per store).</source>
        <translation>L&apos;identifiant de ce poste auprès de la base distante (par défaut : créé une fois par base).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Work in the store as USER, who must be an active user of it (default: $FW_USER, else the user last chosen in File &gt; Switch User, else the OS login name; the demo: olivia, an operator).</source>
        <translation>Travailler dans la base en tant qu&apos;UTILISATEUR, qui doit en être un utilisateur actif (par défaut : $FW_USER, sinon l&apos;utilisateur choisi en dernier dans Fichier &gt; Changer d&apos;utilisateur, sinon le nom de connexion du système ; la démo : olivia, une opératrice).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) for this run instead of the language chosen in View &gt; Language.</source>
        <translation>Utiliser LANGUE (en, de, fr) pour cette exécution au lieu de la langue choisie dans Affichage &gt; Langue.</translation>
    </message>
    <message>
        <source>Share the store&apos;s orders with other workstations through the remote store CONNINFO (a libpq connection string or postgresql:// URI; the password from the desktop keyring, else ~/.pgpass or PGPASSFILE). Default: $FW_REMOTE, else File &gt; Remote Store.</source>
        <translation>Partager les commandes de la base avec d&apos;autres postes via la base distante CONNINFO (une chaîne de connexion libpq ou une URI postgresql:// ; le mot de passe vient du trousseau du bureau, sinon de ~/.pgpass ou PGPASSFILE). Par défaut : $FW_REMOTE, sinon Fichier &gt; Base distante.</translation>
    </message>
    <message>
        <source>Log debug messages too, to stderr and the log file (Help &gt; Open Log Folder); QT_LOGGING_RULES still wins.</source>
        <translation>Journaliser aussi les messages de débogage, sur stderr et dans le fichier journal (Aide &gt; Ouvrir le dossier des journaux) ; QT_LOGGING_RULES reste prioritaire.</translation>
    </message>
    <message>
        <source>Catalog and order files to open in the plan preview (as --catalog and --order; told apart by their content). This is how a file manager opens them.</source>
        <translation>Fichiers de catalogue et de commande à ouvrir dans l&apos;aperçu du plan (comme --catalog et --order ; distingués par leur contenu). C&apos;est ainsi qu&apos;un gestionnaire de fichiers les ouvre.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>neither a catalog (a JSON object with &quot;products&quot;) nor an order (a JSON object with &quot;items&quot;)</source>
        <translation>ni un catalogue (un objet JSON avec « products ») ni une commande (un objet JSON avec « items »)</translation>
    </message>
    <message>
        <source>only one catalog and one order can be opened</source>
        <translation>un seul catalogue et une seule commande peuvent être ouverts</translation>
    </message>
    <message>
        <source>Start in VIEW: orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, account:ID#ASSET (the asset&apos;s history shown), order:ID, order:ID#STEP, replay:ID@SEQ (the order as it stood after journal entry SEQ), replay:ID@STATE (just before a step first went into STATE), timeline:ID, summary:ID, change:ID:FILE (the change order FILE previewed for order ID), compose:ID:FILE (its actions in the composer), sync-conflicts, remote-settings or credentials.</source>
        <translation>Démarrer dans VUE : orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, account:ID#ACTIF (avec l&apos;historique de l&apos;actif), order:ID, order:ID#ÉTAPE, replay:ID@SEQ (la commande telle qu&apos;elle était après l&apos;entrée de journal SEQ), replay:ID@ÉTAT (juste avant qu&apos;une étape passe pour la première fois à ÉTAT), timeline:ID, summary:ID, change:ID:FICHIER (la modification FICHIER prévisualisée pour la commande ID), compose:ID:FICHIER (ses actions dans l&apos;éditeur), sync-conflicts, remote-settings ou credentials.</translation>
    </message>
</context>
</TS>
