<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>fwctl</name>
    <message>
        <source>Check a catalog file; one line per problem on stderr.</source>
        <translation>Vérifier un catalogue ; une ligne par problème sur stderr.</translation>
    </message>
    <message>
        <source>Decompose an order and print its orchestration plan.</source>
        <translation>Décomposer une commande et afficher son plan d&apos;orchestration.</translation>
    </message>
    <message>
        <source>Validate and plan every bundled sample (the headless demo).</source>
        <translation>Valider et planifier chaque exemple fourni (la démo sans fenêtre).</translation>
    </message>
    <message>
        <source>Import a catalog or an order into the store (--db).</source>
        <translation>Importer un catalogue ou une commande dans le store (--db).</translation>
    </message>
    <message>
        <source>List the orders in the store (--db).</source>
        <translation>Lister les commandes du store (--db).</translation>
    </message>
    <message>
        <source>Print the journal of one order (--db).</source>
        <translation>Afficher le journal d&apos;une commande (--db).</translation>
    </message>
    <message>
        <source>List the orders the engine cannot run, with the reason (--db).</source>
        <translation>Lister les commandes que le moteur ne peut pas exécuter, avec la raison (--db).</translation>
    </message>
    <message>
        <source>Run the plans of the active orders (--db).</source>
        <translation>Exécuter les plans des commandes actives (--db).</translation>
    </message>
    <message>
        <source>Show an order&apos;s state and steps; alone: orders by state, archived (--db).</source>
        <translation>État et étapes d&apos;une commande ; seul : commandes par état, archivées (--db).</translation>
    </message>
    <message>
        <source>List manual tasks (--db).</source>
        <translation>Lister les tâches manuelles (--db).</translation>
    </message>
    <message>
        <source>Claim, release or complete a manual task (--db).</source>
        <translation>Prendre, libérer ou terminer une tâche manuelle (--db).</translation>
    </message>
    <message>
        <source>Give an order an external signal (--db).</source>
        <translation>Donner un signal externe à une commande (--db).</translation>
    </message>
    <message>
        <source>List or resolve fallout cases: retry, skip, cancel (--db).</source>
        <translation>Lister ou résoudre les cas de fallout : retry, skip, cancel (--db).</translation>
    </message>
    <message>
        <source>Orders and steps at risk of missing their SLA; reassign or escalate (--db).</source>
        <translation>Commandes et étapes risquant de manquer leur SLA ; réaffecter ou escalader (--db).</translation>
    </message>
    <message>
        <source>List, claim or resolve escalations to supervisors (--db).</source>
        <translation>Lister, prendre ou résoudre les escalades vers les superviseurs (--db).</translation>
    </message>
    <message>
        <source>Preview or submit a change order to a running order (--db).</source>
        <translation>Prévisualiser ou soumettre une modification d&apos;une commande en cours (--db).</translation>
    </message>
    <message>
        <source>An order across its change orders and splits: items, paths, billing (--db).</source>
        <translation>Une commande à travers ses modifications et scissions : articles, chemins, facturation (--db).</translation>
    </message>
    <message>
        <source>Resume an order held after fallout (--db).</source>
        <translation>Reprendre une commande suspendue après un fallout (--db).</translation>
    </message>
    <message>
        <source>Set a line field of an order (--db).</source>
        <translation>Définir un champ de ligne d&apos;une commande (--db).</translation>
    </message>
    <message>
        <source>Supervisor KPIs over a range of days: --from, --to, --json (--db).</source>
        <translation>Indicateurs du superviseur sur une période : --from, --to, --json (--db).</translation>
    </message>
    <message>
        <source>Sync the store with the remote store: --once, --follow, status (--db, --remote).</source>
        <translation>Synchroniser le store avec le store distant : --once, --follow, status (--db, --remote).</translation>
    </message>
    <message>
        <source>Publish a catalog or an order to the remote store (--remote).</source>
        <translation>Publier un catalogue ou une commande dans le store distant (--remote).</translation>
    </message>
    <message>
        <source>List which workstation runs which order (--remote).</source>
        <translation>Lister quel poste exécute quelle commande (--remote).</translation>
    </message>
    <message>
        <source>List the store&apos;s users; an admin adds them and grants or revokes roles (--db).</source>
        <translation>Lister les utilisateurs du store ; un admin les ajoute et accorde ou retire des rôles (--db).</translation>
    </message>
    <message>
        <source>Move finished orders into the store&apos;s archive: --completed-before DATE (--db).</source>
        <translation>Déplacer les commandes terminées dans l&apos;archive du store : --completed-before DATE (--db).</translation>
    </message>
    <message>
        <source>Check the store file in full: pages, indexes, references (--db).</source>
        <translation>Vérifier entièrement le fichier du store : pages, index, références (--db).</translation>
    </message>
    <message>
        <source>Remote store administration: &apos;roles&apos; prints the GRANTs.</source>
        <translation>Administration du store distant : &apos;roles&apos; affiche les GRANT.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print diagnostics (as the global --verbose).</source>
        <translation>Afficher des diagnostics (comme l&apos;option globale --verbose).</translation>
    </message>
    <message>
        <source>The store (SQLite) the commands use (default: $FW_DB, else the workbench&apos;s store %1).</source>
        <translation>Le store (SQLite) utilisé par les commandes (par défaut : $FW_DB, sinon le store du workbench %1).</translation>
    </message>
    <message>
        <source>Who acts: a known active user of the store (default: your login name; &apos;fwctl users list&apos; shows them, an admin adds them with &apos;fwctl users add&apos;).</source>
        <translation>Qui agit : un utilisateur actif connu du store (par défaut : votre nom de connexion ; &apos;fwctl users list&apos; les affiche, un admin les ajoute avec &apos;fwctl users add&apos;).</translation>
    </message>
    <message>
        <source>The remote store (PostgreSQL; libpq &apos;host=... dbname=... user=...&apos; or a postgresql:// URI; default $FW_REMOTE); the password from ~/.pgpass. With it, actions on another workstation&apos;s order go to that workstation.</source>
        <translation>Le store distant (PostgreSQL ; libpq &apos;host=... dbname=... user=...&apos; ou une URI postgresql:// ; par défaut $FW_REMOTE) ; le mot de passe vient de ~/.pgpass. Avec lui, les actions sur la commande d&apos;un autre poste vont à ce poste.</translation>
    </message>
    <message>
        <source>This store&apos;s workstation id (default: made once and kept in the store).</source>
        <translation>L&apos;identifiant de poste de ce store (par défaut : créé une fois et conservé dans le store).</translation>
    </message>
    <message>
        <source>How long an order stays ours without a sync round (default 60).</source>
        <translation>Combien de temps une commande reste la nôtre sans tour de synchronisation (par défaut 60).</translation>
    </message>
    <message>
        <source>Active orders this workstation takes at most (default 500).</source>
        <translation>Nombre maximal de commandes actives que ce poste prend (par défaut 500).</translation>
    </message>
    <message>
        <source>Send a catalog endpoint&apos;s callouts elsewhere, for every command that runs the engine (repeatable; e.g. inventory=http://127.0.0.1:8480/inventory).</source>
        <translation>Envoyer ailleurs les appels d&apos;un point d&apos;accès du catalogue, pour chaque commande qui exécute le moteur (répétable ; p. ex. inventory=http://127.0.0.1:8480/inventory).</translation>
    </message>
    <message>
        <source>Print diagnostics (the fw.* logging categories&apos; debug messages; QT_LOGGING_RULES overrides).</source>
        <translation>Afficher des diagnostics (les messages de débogage des catégories de journalisation fw.* ; QT_LOGGING_RULES prévaut).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print this help; &apos;fwctl COMMAND --help&apos; prints a command&apos;s.</source>
        <translation>Afficher cette aide ; &apos;fwctl COMMAND --help&apos; affiche celle d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: fwctl [GLOBAL OPTIONS] COMMAND [OPTIONS]</source>
        <translation>Usage : fwctl [OPTIONS GLOBALES] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Headless command-line interface of Fulfillment Workbench.</source>
        <translation>Interface en ligne de commande de Fulfillment Workbench, sans fenêtre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options (before the command):</source>
        <translation>Options globales (avant la commande) :</translation>
    </message>
    <message>
        <source>A FILE argument of - reads standard input.</source>
        <translation>Un argument de fichier - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 invalid input or usage, 3 remote store
unreachable.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 entrée ou usage invalide, 3 store distant
injoignable.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]%2</source>
        <translation>Usage : %1 [options]%2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation>L&apos;identifiant de la commande.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Only what went wrong: steps into fallout or retrying, holds, jeopardy, refused changes.</source>
        <translation>Seulement ce qui a mal tourné : étapes en fallout ou en nouvel essai, suspensions, risques, modifications refusées.</translation>
    </message>
    <message>
        <source>Only the entries of the steps in this lane (its id or name).</source>
        <translation>Seulement les entrées des étapes de ce couloir (son identifiant ou son nom).</translation>
    </message>
    <message>
        <source>Only what this user (or engine) did.</source>
        <translation>Seulement ce que cet utilisateur (ou le moteur) a fait.</translation>
    </message>
    <message>
        <source>Only entries from TIME on: an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z, UTC without an offset) or how long ago (30m, 2h, 3d).</source>
        <translation>Seulement les entrées à partir de TIME : une date ou un instant ISO 8601 (2026-03-01, 2026-03-01T08:00:00Z, UTC sans décalage) ou il y a combien de temps (30m, 2h, 3d).</translation>
    </message>
    <message>
        <source>Prints the journal of an order in time order.</source>
        <translation>Affiche le journal d&apos;une commande dans l&apos;ordre chronologique.</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; in %2</source>
        <translation>commande inconnue &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>order %1 has no such lane (its lanes: %2)</source>
        <translation>la commande %1 n&apos;a pas ce couloir (ses couloirs : %2)</translation>
    </message>
    <message>
        <source>Archive the orders completed or cancelled before this day (UTC).</source>
        <translation>Archiver les commandes terminées ou annulées avant ce jour (UTC).</translation>
    </message>
    <message>
        <source>The archive file (default: the store&apos;s archive, else STORE.archive.db; an existing archive is added to).</source>
        <translation>Le fichier d&apos;archive (par défaut : l&apos;archive du store, sinon STORE.archive.db ; une archive existante est complétée).</translation>
    </message>
    <message>
        <source>Moves finished orders (completed or cancelled before the date) with their steps, tasks, fallout cases and journal out of the store into its archive, a store file of its own that timeline, summary, status and the KPI views still read. Orders not finished stay. A supervisor&apos;s or an admin&apos;s; journalled. Without --completed-before: what the archive holds.
Exit 0 when done, 1 when a store cannot be written (a rerun finishes an interrupted one), 2 for a bad date or a refusal.</source>
        <translation>Déplace les commandes terminées (terminées ou annulées avant la date) avec leurs étapes, tâches, cas de fallout et journal hors du store, dans son archive, un fichier store à part que timeline, summary, status et les indicateurs lisent encore. Les commandes non terminées restent. Réservé à un superviseur ou un admin ; journalisé. Sans --completed-before : ce que contient l&apos;archive.
Sortie 0 une fois fait, 1 quand un store ne peut pas être écrit (une nouvelle exécution termine une exécution interrompue), 2 pour une date invalide ou un refus.</translation>
    </message>
    <message>
        <source>Preview the change, or submit it.</source>
        <translation>Prévisualiser la modification, ou la soumettre.</translation>
    </message>
    <message>
        <source>The change order (docs/change-orders.md); - reads standard input.</source>
        <translation>La modification (docs/change-orders.md) ; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The order it changes (must match the file).</source>
        <translation>La commande qu&apos;elle modifie (doit correspondre au fichier).</translation>
    </message>
    <message>
        <source>Who previews or submits.</source>
        <translation>Qui prévisualise ou soumet.</translation>
    </message>
    <message>
        <source>Previews or submits a change order (amendment or cancellation) to a running order: the plan diff, compensations, callouts it sends, PONR refusals.</source>
        <translation>Prévisualise ou soumet une modification (avenant ou annulation) d&apos;une commande en cours : la différence de plan, les compensations, les appels envoyés, les refus PONR.</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>What an order stands at across its change orders and splits: each item ordered and now (active, pending, cancelled, delivered, billed), each delivery group&apos;s path, the change orders and the billing.</source>
        <translation>Où en est une commande à travers ses modifications et scissions : chaque article commandé et actuel (actif, en attente, annulé, livré, facturé), le chemin de chaque groupe de livraison, les modifications et la facturation.</translation>
    </message>
    <message>
        <source>Checks the store (--db) in full: every page and index (integrity_check) and every reference between rows (foreign_key_check), reading only.
Exit 0 when it is sound, 1 when it is damaged (one line per problem), 2 when there is no such store.</source>
        <translation>Vérifie entièrement le store (--db) : chaque page et chaque index (integrity_check) et chaque référence entre lignes (foreign_key_check), en lecture seule.
Sortie 0 s&apos;il est sain, 1 s&apos;il est endommagé (une ligne par problème), 2 s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>ok (%1 pages checked)</source>
        <translation>ok (%1 pages vérifiées)</translation>
    </message>
    <message>
        <source>the store is damaged; %1</source>
        <translation>le store est endommagé ; %1</translation>
    </message>
    <message>
        <source>needs the remote store: --remote CONNINFO before the command (or FW_REMOTE), e.g. %1</source>
        <translation>nécessite le store distant : --remote CONNINFO avant la commande (ou FW_REMOTE), p. ex. %1</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>hors ligne : %1</translation>
    </message>
    <message>
        <source>How long to wait for the engine that carries the action out (a running engine on the store, or with --remote the workstation that owns the order).</source>
        <translation>Combien de temps attendre le moteur qui exécute l&apos;action (un moteur en cours sur le store, ou avec --remote le poste propriétaire de la commande).</translation>
    </message>
    <message>
        <source>Send an endpoint&apos;s callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier (repeatable; also before the command).</source>
        <translation>Envoyer ailleurs les appels d&apos;un point d&apos;accès, p. ex. carrier=http://127.0.0.1:9000/carrier (répétable ; aussi avant la commande).</translation>
    </message>
    <message>
        <source>--endpoint expects ID=URL, got &apos;%1&apos;</source>
        <translation>--endpoint attend ID=URL, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2</source>
        <translation>%1 argument(s) attendu(s), %2 reçu(s)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>%1 expects a number, got &apos;%2&apos;</source>
        <translation>%1 attend un nombre, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The samples directory.</source>
        <translation>Le répertoire des exemples.</translation>
    </message>
    <message>
        <source>The headless demo: validates every sample catalog and plans every sample order next to it.</source>
        <translation>La démo sans fenêtre : valide chaque catalogue d&apos;exemple et planifie chaque commande d&apos;exemple à côté.</translation>
    </message>
    <message>
        <source>samples directory not found (use --samples DIR)</source>
        <translation>répertoire des exemples introuvable (utilisez --samples DIR)</translation>
    </message>
    <message>
        <source>Fulfillment Workbench headless demo - samples in %1</source>
        <translation>Fulfillment Workbench, démo sans fenêtre - exemples dans %1</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos;</source>
        <translation>catalogue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2 fulfillment lines, %3 steps in lanes %4 (%5 us)</source>
        <translation>commande %1 -&gt; %2 lignes de traitement, %3 étapes dans les couloirs %4 (%5 µs)</translation>
    </message>
    <message>
        <source>Demo finished with problems.</source>
        <translation>Démo terminée avec des problèmes.</translation>
    </message>
    <message>
        <source>Demo finished: every sample validates and plans.</source>
        <translation>Démo terminée : chaque exemple est valide et se planifie.</translation>
    </message>
    <message>
        <source>Next: &apos;fwctl plan --catalog FILE --order FILE&apos; shows a plan step by step.</source>
        <translation>Ensuite : &apos;fwctl plan --catalog FILE --order FILE&apos; montre un plan étape par étape.</translation>
    </message>
    <message>
        <source>Shows an order&apos;s state and its steps; without ORDER, the store&apos;s orders by state and what its archive holds.</source>
        <translation>Affiche l&apos;état et les étapes d&apos;une commande ; sans COMMANDE, les commandes du store par état et ce que contient son archive.</translation>
    </message>
    <message>
        <source>expected at most 1 argument, got %1</source>
        <translation>au plus 1 argument attendu, %1 reçu(s)</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Order %1: %2 (archived in %3)</source>
        <translation>Commande %1 : %2 (archivée dans %3)</translation>
    </message>
    <message>
        <source>Order %1: set-aside (%2 when set aside): %3</source>
        <translation>Commande %1 : mise de côté (%2 lors de la mise de côté) : %3</translation>
    </message>
    <message>
        <source>retry, skip or cancel them: &apos;fwctl fallout&apos;</source>
        <translation>relancez, sautez ou annulez-les : &apos;fwctl fallout&apos;</translation>
    </message>
    <message>
        <source>&apos;fwctl resume %1&apos; continues it</source>
        <translation>&apos;fwctl resume %1&apos; la reprend</translation>
    </message>
    <message>
        <source>Order %1: on hold (%2, %3 open fallout case; %4)</source>
        <translation>Commande %1 : suspendue (%2, %3 cas de fallout ouvert ; %4)</translation>
    </message>
    <message>
        <source>Order %1: on hold (%2, %3 open fallout cases; %4)</source>
        <translation>Commande %1 : suspendue (%2, %3 cas de fallout ouverts ; %4)</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1 : %2</translation>
    </message>
    <message>
        <source>Only this queue.</source>
        <translation>Seulement cette file.</translation>
    </message>
    <message>
        <source>Include completed tasks.</source>
        <translation>Inclure les tâches terminées.</translation>
    </message>
    <message>
        <source>List the first N tasks by id (default 1000; 0: all).</source>
        <translation>Lister les N premières tâches par identifiant (par défaut 1000 ; 0 : toutes).</translation>
    </message>
    <message>
        <source>Lists manual tasks (open and claimed by default).</source>
        <translation>Liste les tâches manuelles (ouvertes et prises par défaut).</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a number of tasks</source>
        <translation>--limit &apos;%1&apos; n&apos;est pas un nombre de tâches</translation>
    </message>
    <message>
        <source>the first %1 tasks listed; --limit 0 lists them all</source>
        <translation>les %1 premières tâches listées ; --limit 0 les liste toutes</translation>
    </message>
    <message>
        <source>claim, release or complete.</source>
        <translation>claim (prendre), release (libérer) ou complete (terminer).</translation>
    </message>
    <message>
        <source>The task id.</source>
        <translation>L&apos;identifiant de la tâche.</translation>
    </message>
    <message>
        <source>complete: the form data as a JSON object.</source>
        <translation>complete : les données du formulaire, un objet JSON.</translation>
    </message>
    <message>
        <source>complete: a comment.</source>
        <translation>complete : un commentaire.</translation>
    </message>
    <message>
        <source>Who acts.</source>
        <translation>Qui agit.</translation>
    </message>
    <message>
        <source>Claims, releases or completes a manual task.</source>
        <translation>Prend, libère ou termine une tâche manuelle.</translation>
    </message>
    <message>
        <source>task id &apos;%1&apos; is not a number</source>
        <translation>l&apos;identifiant de tâche &apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim, release or complete)</source>
        <translation>action inconnue &apos;%1&apos; (claim, release ou complete)</translation>
    </message>
    <message>
        <source>The signal (a pause step waits for it).</source>
        <translation>Le signal (une étape de pause l&apos;attend).</translation>
    </message>
    <message>
        <source>Who signals.</source>
        <translation>Qui signale.</translation>
    </message>
    <message>
        <source>Gives an order an external signal.</source>
        <translation>Donne un signal externe à une commande.</translation>
    </message>
    <message>
        <source>retry, skip or cancel the case ID; without: list.</source>
        <translation>relancer (retry), sauter (skip) ou annuler (cancel) le cas ID ; sans : lister.</translation>
    </message>
    <message>
        <source>List: only this queue. Bulk retry or skip: the open cases of this queue.</source>
        <translation>Lister : seulement cette file. Retry ou skip en masse : les cas ouverts de cette file.</translation>
    </message>
    <message>
        <source>Bulk retry or skip (a supervisor&apos;s): the open cases with this signature, the same problem (&apos;fwctl fallout --by-signature&apos; lists them).</source>
        <translation>Retry ou skip en masse (réservé à un superviseur) : les cas ouverts ayant cette signature, le même problème (&apos;fwctl fallout --by-signature&apos; les liste).</translation>
    </message>
    <message>
        <source>Bulk retry or skip: every open case.</source>
        <translation>Retry ou skip en masse : chaque cas ouvert.</translation>
    </message>
    <message>
        <source>Bulk: list the cases it would act on, do nothing.</source>
        <translation>En masse : lister les cas concernés, ne rien faire.</translation>
    </message>
    <message>
        <source>List: open cases counted by signature.</source>
        <translation>Lister : cas ouverts comptés par signature.</translation>
    </message>
    <message>
        <source>List: print JSON.</source>
        <translation>Lister : afficher du JSON.</translation>
    </message>
    <message>
        <source>retry: corrected data, a JSON object of line fields set before the retry.</source>
        <translation>retry : données corrigées, un objet JSON de champs de ligne définis avant le nouvel essai.</translation>
    </message>
    <message>
        <source>retry of a callout: the edited request payload (a JSON object) to send instead.</source>
        <translation>retry d&apos;un appel : la charge utile modifiée de la requête (un objet JSON) à envoyer à la place.</translation>
    </message>
    <message>
        <source>retry with --payload after an attempt that got no answer (the system may have carried it out): send the edited payload as a new request anyway, with a new idempotency key. Without it such a retry resends the same request with the same key.</source>
        <translation>retry avec --payload après une tentative restée sans réponse (le système l&apos;a peut-être exécutée) : envoyer quand même la charge modifiée comme nouvelle requête, avec une nouvelle clé d&apos;idempotence. Sans cela, un tel nouvel essai renvoie la même requête avec la même clé.</translation>
    </message>
    <message>
        <source>skip, cancel: why (required).</source>
        <translation>skip, cancel : pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>retry: keep the order on hold even when this was its last open case.</source>
        <translation>retry : garder la commande suspendue même si c&apos;était son dernier cas ouvert.</translation>
    </message>
    <message>
        <source>Lists open fallout cases, or resolves one: retry runs the failed step again (optionally after correcting line fields) and resumes the order when no other case of it is open; skip force-completes the step; cancel cancels the order. After skip (or retry --keep-hold): &apos;fwctl resume ORDER&apos;.</source>
        <translation>Liste les cas de fallout ouverts, ou en résout un : retry réexécute l&apos;étape échouée (éventuellement après correction de champs de ligne) et reprend la commande quand aucun autre de ses cas n&apos;est ouvert ; skip force la fin de l&apos;étape ; cancel annule la commande. Après skip (ou retry --keep-hold) : &apos;fwctl resume COMMANDE&apos;.</translation>
    </message>
    <message>
        <source>bulk actions are &apos;retry&apos; or &apos;skip&apos; with --signature SIG, --queue Q or --all</source>
        <translation>les actions en masse sont &apos;retry&apos; ou &apos;skip&apos; avec --signature SIG, --queue Q ou --all</translation>
    </message>
    <message>
        <source>expected &apos;retry|skip|cancel ID&apos;</source>
        <translation>&apos;retry|skip|cancel ID&apos; attendu</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (retry, skip or cancel)</source>
        <translation>action inconnue &apos;%1&apos; (retry, skip ou cancel)</translation>
    </message>
    <message>
        <source>The fulfillment line id.</source>
        <translation>L&apos;identifiant de la ligne de traitement.</translation>
    </message>
    <message>
        <source>The line field (e.g. customsCleared).</source>
        <translation>Le champ de ligne (p. ex. customsCleared).</translation>
    </message>
    <message>
        <source>A JSON value: true, 42, &quot;text&quot;.</source>
        <translation>Une valeur JSON : true, 42, &quot;text&quot;.</translation>
    </message>
    <message>
        <source>Who reports it.</source>
        <translation>Qui le signale.</translation>
    </message>
    <message>
        <source>Sets a line field (corrected or external data); pauses waiting on it re-check.</source>
        <translation>Définit un champ de ligne (données corrigées ou externes) ; les pauses qui l&apos;attendent revérifient.</translation>
    </message>
    <message>
        <source>Who resumes.</source>
        <translation>Qui reprend.</translation>
    </message>
    <message>
        <source>Resumes an order held after fallout once its cases are resolved.</source>
        <translation>Reprend une commande suspendue après un fallout une fois ses cas résolus.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>... and %1 more rejected inputs</source>
        <translation>... et %1 autres entrées refusées</translation>
    </message>
    <message>
        <source>What the files hold.</source>
        <translation>Ce que contiennent les fichiers.</translation>
    </message>
    <message>
        <source>The JSON file (- reads standard input). For orders: any number of files and directories (their *.json files), and - for standard input: NDJSON (one order document per line) or one order document.</source>
        <translation>Le fichier JSON (- lit l&apos;entrée standard). Pour les commandes : autant de fichiers et de répertoires que voulu (leurs fichiers *.json), et - pour l&apos;entrée standard : NDJSON (un document de commande par ligne) ou un seul document de commande.</translation>
    </message>
    <message>
        <source>For an order: the stored catalog id to plan it with (default: the only stored catalog that knows all its products).</source>
        <translation>Pour une commande : l&apos;identifiant du catalogue stocké avec lequel la planifier (par défaut : le seul catalogue stocké qui connaît tous ses produits).</translation>
    </message>
    <message>
        <source>Who imports (journal actor).</source>
        <translation>Qui importe (acteur du journal).</translation>
    </message>
    <message>
        <source>Validates a catalog or an order (an order is decomposed and planned against the stored catalog) and stores it in one transaction: a bad file changes nothing.
Exit 2 with one line per problem; exit 1 when the store cannot be written (e.g. disk full).
Many orders (several files, a directory, or - for NDJSON on stdin) are validated one by one and stored in grouped transactions: the good ones go in, each bad one is printed with its file (or stdin:LINE) and reason, then a summary &apos;imported N orders, rejected M&apos;. Exit 0 when nothing was rejected, 2 when something was, 1 when the store could not be written.</source>
        <translation>Valide un catalogue ou une commande (une commande est décomposée et planifiée d&apos;après le catalogue stocké) et l&apos;enregistre en une transaction : un fichier invalide ne change rien.
Sortie 2 avec une ligne par problème ; sortie 1 quand le store ne peut pas être écrit (p. ex. disque plein).
Plusieurs commandes (plusieurs fichiers, un répertoire, ou - pour du NDJSON sur stdin) sont validées une à une et enregistrées par transactions groupées : les bonnes entrent, chaque mauvaise est affichée avec son fichier (ou stdin:LIGNE) et sa raison, puis un résumé &apos;imported N orders, rejected M&apos;. Sortie 0 quand rien n&apos;a été refusé, 2 quand quelque chose l&apos;a été, 1 quand le store n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>expected &apos;catalog&apos; or &apos;order&apos; and at least one FILE</source>
        <translation>&apos;catalog&apos; ou &apos;order&apos; et au moins un FILE attendus</translation>
    </message>
    <message>
        <source>expected &apos;catalog&apos; or &apos;order&apos;, got &apos;%1&apos;</source>
        <translation>&apos;catalog&apos; ou &apos;order&apos; attendu, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>one catalog file at a time</source>
        <translation>un seul fichier catalogue à la fois</translation>
    </message>
    <message>
        <source>reassign ORDER STEP QUEUE, escalate ORDER [STEP] or priority ORDER normal|high|urgent; without: list what is in jeopardy.</source>
        <translation>reassign COMMANDE ÉTAPE FILE, escalate COMMANDE [ÉTAPE] ou priority COMMANDE normal|high|urgent ; sans : lister ce qui est à risque.</translation>
    </message>
    <message>
        <source>Only this level and above: warning or critical.</source>
        <translation>Seulement ce niveau et au-dessus : warning ou critical.</translation>
    </message>
    <message>
        <source>Evaluate at this instant (ISO 8601) instead of now.</source>
        <translation>Évaluer à cet instant (ISO 8601) au lieu de maintenant.</translation>
    </message>
    <message>
        <source>escalate: the supervisors&apos; task queue.</source>
        <translation>escalate : la file de tâches des superviseurs.</translation>
    </message>
    <message>
        <source>escalate: what the supervisor should know; priority: why.</source>
        <translation>escalate : ce que le superviseur doit savoir ; priority : pourquoi.</translation>
    </message>
    <message>
        <source>Lists the orders and steps at warning or critical, sorted by breach time, with forecast and due date; reassigns a step&apos;s task or escalates to a supervisor.</source>
        <translation>Liste les commandes et étapes au niveau warning ou critical, triées par heure de dépassement, avec prévision et échéance ; réaffecte la tâche d&apos;une étape ou escalade vers un superviseur.</translation>
    </message>
    <message>
        <source>claim or resolve the escalation ID; without: list open ones.</source>
        <translation>prendre (claim) ou résoudre (resolve) l&apos;escalade ID ; sans : lister les ouvertes.</translation>
    </message>
    <message>
        <source>Include resolved escalations.</source>
        <translation>Inclure les escalades résolues.</translation>
    </message>
    <message>
        <source>resolve: what was done.</source>
        <translation>resolve : ce qui a été fait.</translation>
    </message>
    <message>
        <source>Lists, claims or resolves escalations to supervisors.</source>
        <translation>Liste, prend ou résout les escalades vers les superviseurs.</translation>
    </message>
    <message>
        <source>The store (same as the global --db).</source>
        <translation>Le store (comme l&apos;option globale --db).</translation>
    </message>
    <message>
        <source>First day (UTC), default 29 days before --to.</source>
        <translation>Premier jour (UTC), par défaut 29 jours avant --to.</translation>
    </message>
    <message>
        <source>Last day (UTC), default today.</source>
        <translation>Dernier jour (UTC), par défaut aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Compute as of this instant (ISO 8601; default now): today and the queue ages.</source>
        <translation>Calculer à cet instant (ISO 8601 ; par défaut maintenant) : aujourd&apos;hui et l&apos;âge des files.</translation>
    </message>
    <message>
        <source>Print the report as JSON (docs/kpi.md).</source>
        <translation>Afficher le rapport en JSON (docs/kpi.md).</translation>
    </message>
    <message>
        <source>Brings the KPI facts up to date with the journal, then prints the supervisor&apos;s figures over a range of days (default: the last 30 days).</source>
        <translation>Met les faits des indicateurs à jour avec le journal, puis affiche les chiffres du superviseur sur une période (par défaut : les 30 derniers jours).</translation>
    </message>
    <message>
        <source>Order %1 (catalog %2): %3 fulfillment lines, %4 steps in %5 lanes</source>
        <translation>Commande %1 (catalogue %2) : %3 lignes de traitement, %4 étapes dans %5 couloirs</translation>
    </message>
    <message>
        <source>Fulfillment lines:</source>
        <translation>Lignes de traitement :</translation>
    </message>
    <message>
        <source>from %1  by rule %2</source>
        <translation>de %1  par la règle %2</translation>
    </message>
    <message>
        <source>(supplements the account line of order %1)</source>
        <translation>(complète la ligne de compte de la commande %1)</translation>
    </message>
    <message>
        <source>Lane %1:</source>
        <translation>Couloir %1 :</translation>
    </message>
    <message>
        <source>est. %1</source>
        <translation>env. %1</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>point de non-retour</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>only when %1</source>
        <translation>seulement si %1</translation>
    </message>
    <message>
        <source>The catalog file (- reads standard input).</source>
        <translation>Le fichier catalogue (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The order file (- reads standard input).</source>
        <translation>Le fichier de commande (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Print the plan as JSON: {lineItems, steps, lanes, ...}.</source>
        <translation>Afficher le plan en JSON : {lineItems, steps, lanes, ...}.</translation>
    </message>
    <message>
        <source>Decomposes an order into fulfillment lines and plans its orchestration steps, without running them.
Exit 2 with one line per problem (FILE:/json/pointer: message) on invalid input.</source>
        <translation>Décompose une commande en lignes de traitement et planifie ses étapes d&apos;orchestration, sans les exécuter.
Sortie 2 avec une ligne par problème (FICHIER:/json/pointer: message) pour une entrée invalide.</translation>
    </message>
    <message>
        <source>--catalog and --order are required</source>
        <translation>--catalog et --order sont obligatoires</translation>
    </message>
    <message>
        <source>--catalog - and --order - cannot both read standard input</source>
        <translation>--catalog - et --order - ne peuvent pas lire tous deux l&apos;entrée standard</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Ce que contient le fichier.</translation>
    </message>
    <message>
        <source>The JSON file (- reads standard input).</source>
        <translation>Le fichier JSON (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>For an order: the catalog id to plan it with (default: the only catalog that knows all its products).</source>
        <translation>Pour une commande : l&apos;identifiant du catalogue avec lequel la planifier (par défaut : le seul catalogue qui connaît tous ses produits).</translation>
    </message>
    <message>
        <source>Validates a catalog, or an order (planned against the catalogs of the store given with --db, else the published ones), and publishes it to the remote store (--remote) for every workstation. A bad file publishes nothing: exit 2 with one line per problem.</source>
        <translation>Valide un catalogue, ou une commande (planifiée d&apos;après les catalogues du store donné avec --db, sinon les publiés), et le publie dans le store distant (--remote) pour chaque poste. Un fichier invalide ne publie rien : sortie 2 avec une ligne par problème.</translation>
    </message>
    <message>
        <source>Run until nothing can move without a person, a signal, time or a callout reply, then stop. Without it the engine keeps running, carrying out actions other fwctl commands hand it, until Ctrl+C.</source>
        <translation>Tourner jusqu&apos;à ce que plus rien ne puisse avancer sans une personne, un signal, du temps ou la réponse à un appel, puis s&apos;arrêter. Sans cela, le moteur continue et exécute les actions que d&apos;autres commandes fwctl lui confient, jusqu&apos;à Ctrl+C.</translation>
    </message>
    <message>
        <source>Run the store in simulated time: the first time from its newest journal entry, then from the position kept in the store, which every command on the store uses until --wall-clock.</source>
        <translation>Exécuter le store en temps simulé : la première fois à partir de sa dernière entrée de journal, ensuite à partir de la position conservée dans le store, que chaque commande sur le store utilise jusqu&apos;à --wall-clock.</translation>
    </message>
    <message>
        <source>In simulated time: move the store&apos;s clock forward first (advances add up).</source>
        <translation>En temps simulé : avancer d&apos;abord l&apos;horloge du store (les avances s&apos;additionnent).</translation>
    </message>
    <message>
        <source>Leave simulated time: run on the wall clock again.</source>
        <translation>Quitter le temps simulé : revenir à l&apos;horloge murale.</translation>
    </message>
    <message>
        <source>Continuous mode: how often the engine looks for work.</source>
        <translation>Mode continu : à quelle fréquence le moteur cherche du travail.</translation>
    </message>
    <message>
        <source>Continuous mode: stop after DURATION (e.g. 30s, 2h).</source>
        <translation>Mode continu : s&apos;arrêter après DURATION (p. ex. 30s, 2h).</translation>
    </message>
    <message>
        <source>Runs the plans of all active orders in the store.</source>
        <translation>Exécute les plans de toutes les commandes actives du store.</translation>
    </message>
    <message>
        <source>Lists the orders in the store.</source>
        <translation>Liste les commandes du store.</translation>
    </message>
    <message>
        <source>Show the store&apos;s sync state instead.</source>
        <translation>Afficher plutôt l&apos;état de synchronisation du store.</translation>
    </message>
    <message>
        <source>One sync round, then a summary. Exit 3 when offline.</source>
        <translation>Un tour de synchronisation, puis un résumé. Sortie 3 hors ligne.</translation>
    </message>
    <message>
        <source>A workstation without GUI: run the engine and a sync round every tick, until Ctrl+C.</source>
        <translation>Un poste sans interface : exécuter le moteur et un tour de synchronisation à chaque cycle, jusqu&apos;à Ctrl+C.</translation>
    </message>
    <message>
        <source>--follow: stop after DURATION (e.g. 30s, 2h).</source>
        <translation>--follow : s&apos;arrêter après DURATION (p. ex. 30s, 2h).</translation>
    </message>
    <message>
        <source>--follow: the longest wait between rounds; the remote store&apos;s notifications wake it sooner.</source>
        <translation>--follow : l&apos;attente la plus longue entre deux tours ; les notifications du store distant réveillent plus tôt.</translation>
    </message>
    <message>
        <source>--follow: send an endpoint&apos;s callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier (repeatable).</source>
        <translation>--follow : envoyer ailleurs les appels d&apos;un point d&apos;accès, p. ex. carrier=http://127.0.0.1:9000/carrier (répétable).</translation>
    </message>
    <message>
        <source>status: as a JSON object.</source>
        <translation>status : sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>status: connect now (--remote) and report that, instead of what the running follower recorded.</source>
        <translation>status : se connecter maintenant (--remote) et le rapporter, au lieu de ce que le suiveur en cours a enregistré.</translation>
    </message>
    <message>
        <source>Syncs the store (--db) with the remote store (--remote): takes free orders, pushes this store&apos;s journal, pulls the others&apos; orders as replicas, answers commands for its orders (docs/sync.md).</source>
        <translation>Synchronise le store (--db) avec le store distant (--remote) : prend les commandes libres, pousse le journal de ce store, tire les commandes des autres comme répliques, répond aux commandes visant ses commandes (docs/sync.md).</translation>
    </message>
    <message>
        <source>Leave out the orders that are done.</source>
        <translation>Omettre les commandes terminées.</translation>
    </message>
    <message>
        <source>Lists the remote store&apos;s leases: which workstation runs which order, its fencing token and when the lease expires (or done).</source>
        <translation>Liste les baux du store distant : quel poste exécute quelle commande, son jeton de fencing et l&apos;expiration du bail (ou terminé).</translation>
    </message>
    <message>
        <source>roles: print the roles and GRANTs of the remote store; prune: delete old events of finished orders from the shared journal (--before).</source>
        <translation>roles : afficher les rôles et GRANT du store distant ; prune : supprimer du journal partagé les anciens événements des commandes terminées (--before).</translation>
    </message>
    <message>
        <source>prune: the events older than this date or time.</source>
        <translation>prune : les événements antérieurs à cette date ou cet instant.</translation>
    </message>
    <message>
        <source>prune: count, delete nothing.</source>
        <translation>prune : compter, ne rien supprimer.</translation>
    </message>
    <message>
        <source>Administration of the remote store. &apos;roles&apos; prints the SQL that creates the fw_workstation, fw_publisher and fw_user_admin roles and gives them their rights (safe to run again, e.g. after an upgrade); run it as the owner of schema fw with CREATEROLE. With --remote it also says whether the connected role can. &apos;prune --before DATE&apos; keeps fw.events bounded: it deletes the events older than DATE of finished orders (as the schema&apos;s owner); running orders keep theirs.</source>
        <translation>Administration du store distant. &apos;roles&apos; affiche le SQL qui crée les rôles fw_workstation, fw_publisher et fw_user_admin et leur donne leurs droits (sans risque à relancer, p. ex. après une mise à jour) ; exécutez-le en tant que propriétaire du schéma fw avec CREATEROLE. Avec --remote, il indique aussi si le rôle connecté le peut. &apos;prune --before DATE&apos; garde fw.events borné : il supprime les événements des commandes terminées antérieurs à DATE (en tant que propriétaire du schéma) ; les commandes en cours gardent les leurs.</translation>
    </message>
    <message>
        <source>not a time: write an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z) or how long ago (30m, 2h, 3d)</source>
        <translation>pas une heure : écrivez une date ou un instant ISO 8601 (2026-03-01, 2026-03-01T08:00:00Z) ou il y a combien de temps (30m, 2h, 3d)</translation>
    </message>
    <message>
        <source>Lists the orders the engine cannot run (set aside, or their catalog missing), with the reason.</source>
        <translation>Liste les commandes que le moteur ne peut pas exécuter (mises de côté, ou leur catalogue manque), avec la raison.</translation>
    </message>
    <message>
        <source>%1 order cannot run</source>
        <translation>%1 commande ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>%1 orders cannot run</source>
        <translation>%1 commandes ne peuvent pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <source>QUEUES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>nothing changed (--local changes only this store)</source>
        <translation>rien n&apos;a changé (--local ne change que ce store)</translation>
    </message>
    <message>
        <source>user %1 is not in the store after the change</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas dans le store après la modification</translation>
    </message>
    <message>
        <source>shared through the remote store; every workstation has it after its next sync round</source>
        <translation>partagé via le store distant ; chaque poste l&apos;a après son prochain tour de synchronisation</translation>
    </message>
    <message>
        <source>list (the default), add, grant, revoke, change, deactivate or activate.</source>
        <translation>list (par défaut), add, grant, revoke, change, deactivate ou activate.</translation>
    </message>
    <message>
        <source>The user&apos;s login name (all but list).</source>
        <translation>Le nom de connexion de l&apos;utilisateur (toutes sauf list).</translation>
    </message>
    <message>
        <source>add, grant, revoke: roles joined by commas (operator, resolver, supervisor, admin).</source>
        <translation>add, grant, revoke : rôles séparés par des virgules (operator, resolver, supervisor, admin).</translation>
    </message>
    <message>
        <source>add, change: the task queues the user works.</source>
        <translation>add, change : les files de tâches de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>add, change: the display name.</source>
        <translation>add, change : le nom affiché.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list : afficher du JSON.</translation>
    </message>
    <message>
        <source>On a store that syncs: change only this store, not the users shared through the remote store (until the remote store next changes the user).</source>
        <translation>Sur un store synchronisé : ne changer que ce store, pas les utilisateurs partagés via le store distant (jusqu&apos;à ce que le store distant modifie de nouveau l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Lists the store&apos;s users, or (an admin) adds one, grants or revokes roles, changes queues or name, deactivates or activates one.
Roles: operator (tasks of their queues), resolver (fallout, fields), supervisor (reassign, escalate, change orders, bulk actions, all queues), admin (catalogs, users, remote settings).</source>
        <translation>Liste les utilisateurs du store, ou (un admin) en ajoute un, accorde ou retire des rôles, change files ou nom, désactive ou active un utilisateur.
Rôles : operator (tâches de ses files), resolver (fallout, champs), supervisor (réaffecter, escalader, modifications, actions en masse, toutes les files), admin (catalogues, utilisateurs, réglages distants).</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, %2)</source>
        <translation>action inconnue &apos;%1&apos; (list, %2)</translation>
    </message>
    <message>
        <source>which user? (fwctl users %1 NAME)</source>
        <translation>quel utilisateur ? (fwctl users %1 NOM)</translation>
    </message>
    <message>
        <source>--roles is required (operator, resolver, supervisor, admin)</source>
        <translation>--roles est obligatoire (operator, resolver, supervisor, admin)</translation>
    </message>
    <message>
        <source>The catalog file to check (- reads standard input).</source>
        <translation>Le fichier catalogue à vérifier (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Print nothing when the catalog is valid.</source>
        <translation>Ne rien afficher quand le catalogue est valide.</translation>
    </message>
    <message>
        <source>valid catalog &apos;%1&apos; (%2 products, %3 decomposition rules, %4 plan definitions, %5 steps, %6 lanes)</source>
        <translation>catalogue valide &apos;%1&apos; (%2 produits, %3 règles de décomposition, %4 définitions de plan, %5 étapes, %6 couloirs)</translation>
    </message>
    <message>
        <source>Evaluated %1 open orders (%2 open steps) at %3 UTC: %4 critical, %5 warning, %6 orders projected to miss their due date.</source>
        <translation>%1 commandes ouvertes (%2 étapes ouvertes) évaluées à %3 UTC : %4 critiques, %5 en alerte, %6 commandes devraient manquer leur échéance.</translation>
    </message>
    <message>
        <source>(whole order)</source>
        <translation>(toute la commande)</translation>
    </message>
    <message>
        <source>breach %1</source>
        <translation>dépassement %1</translation>
    </message>
    <message>
        <source>lane %1, queue %2, owner %3</source>
        <translation>couloir %1, file %2, responsable %3</translation>
    </message>
    <message>
        <source>runs on %1</source>
        <translation>s&apos;exécute sur %1</translation>
    </message>
    <message>
        <source>forecast %1, due %2</source>
        <translation>prévision %1, échéance %2</translation>
    </message>
    <message>
        <source>--level must be warning or critical, not &apos;%1&apos;</source>
        <translation>--level doit valoir warning ou critical, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at expects an ISO date-time such as 2026-11-25T14:00:00Z, not &apos;%1&apos;</source>
        <translation>--at attend un instant ISO comme 2026-11-25T14:00:00Z, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reassign needs ORDER STEP QUEUE</source>
        <translation>reassign nécessite COMMANDE ÉTAPE FILE</translation>
    </message>
    <message>
        <source>escalate needs ORDER [STEP] and --queue Q</source>
        <translation>escalate nécessite COMMANDE [ÉTAPE] et --queue Q</translation>
    </message>
    <message>
        <source>priority needs ORDER and normal, high or urgent</source>
        <translation>priority nécessite COMMANDE et normal, high ou urgent</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (reassign, escalate or priority; none to list)</source>
        <translation>action inconnue &apos;%1&apos; (reassign, escalate ou priority ; aucune pour lister)</translation>
    </message>
    <message>
        <source>expected claim ID or resolve ID</source>
        <translation>claim ID ou resolve ID attendu</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim or resolve)</source>
        <translation>action inconnue &apos;%1&apos; (claim ou resolve)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>raised by %1 at %2</source>
        <translation>levée par %1 à %2</translation>
    </message>
    <message>
        <source>resolved by %1: %2</source>
        <translation>résolue par %1 : %2</translation>
    </message>
    <message>
        <source>--%1 expects a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>KPIs %1 to %2 (UTC), computed %3</source>
        <translation>Indicateurs du %1 au %2 (UTC), calculés %3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>durée de cycle</translation>
    </message>
    <message>
        <source>median %1, p90 %2, mean %3</source>
        <translation>médiane %1, p90 %2, moyenne %3</translation>
    </message>
    <message>
        <source>fallout rate</source>
        <translation>taux de fallout</translation>
    </message>
    <message>
        <source>(%1 of %2 finished; target %3, met)</source>
        <translation>(%1 sur %2 finies ; objectif %3, atteint)</translation>
    </message>
    <message>
        <source>(%1 of %2 finished; target %3, missed)</source>
        <translation>(%1 sur %2 finies ; objectif %3, manqué)</translation>
    </message>
    <message>
        <source>touchless</source>
        <translation>autonomes</translation>
    </message>
    <message>
        <source>(%1 of %2 completed)</source>
        <translation>(%1 sur %2 terminées)</translation>
    </message>
    <message>
        <source>SLA adherence</source>
        <translation>respect des SLA</translation>
    </message>
    <message>
        <source>(%1 of %2 steps on time)</source>
        <translation>(%1 sur %2 étapes à temps)</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durée de cycle</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>fallout</source>
        <translation>fallout</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Per lane (steps within estimate)</source>
        <translation>Par couloir (étapes dans l&apos;estimation)</translation>
    </message>
    <message>
        <source>(no completed steps)</source>
        <translation>(aucune étape terminée)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Fallout cases opened by lane</source>
        <translation>Cas de fallout ouverts par couloir</translation>
    </message>
    <message>
        <source>Fallout cases opened by signature</source>
        <translation>Cas de fallout ouverts par signature</translation>
    </message>
    <message>
        <source>Queues now</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>median age</source>
        <translation>âge médian</translation>
    </message>
    <message>
        <source>(no open work)</source>
        <translation>(aucun travail ouvert)</translation>
    </message>
    <message>
        <source>--at expects an ISO 8601 date-time such as 2026-11-24T09:00:00Z, got &apos;%1&apos;</source>
        <translation>--at attend un instant ISO 8601 comme 2026-11-24T09:00:00Z, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est après --to %2</translation>
    </message>
    <message>
        <source>no archive: nothing archived from %1 yet</source>
        <translation>pas d&apos;archive : rien d&apos;archivé depuis %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 archived order(s)</source>
        <translation>%1 commande(s) archivée(s)</translation>
    </message>
    <message>
        <source>change %1 of order %2 (revision %3): %4</source>
        <translation>modification %1 de la commande %2 (révision %3) : %4</translation>
    </message>
    <message>
        <source>can be applied</source>
        <translation>applicable</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉE</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>forecast completion: %1 -&gt; %2</source>
        <translation>fin prévue : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>article %1 : </translation>
    </message>
    <message>
        <source>waits for the replies of: %1</source>
        <translation>attend les réponses de : %1</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>étapes : %1</translation>
    </message>
    <message>
        <source>external effects:</source>
        <translation>effets externes :</translation>
    </message>
    <message>
        <source>the stored preview of change %1 cannot be read: %2</source>
        <translation>l&apos;aperçu enregistré de la modification %1 est illisible : %2</translation>
    </message>
    <message>
        <source>change %1 of order %2: %3 (%4)</source>
        <translation>modification %1 de la commande %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>order %1 (%2): %3, revision %4, cancelled</source>
        <translation>commande %1 (%2) : %3, révision %4, annulée</translation>
    </message>
    <message>
        <source>order %1 (%2): %3, revision %4</source>
        <translation>commande %1 (%2) : %3, révision %4</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>articles :</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>commandé</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 %4</source>
        <translation>%1 sur %2 livrés, +%3 %4</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>modifié par %1</translation>
    </message>
    <message>
        <source>delivery groups:</source>
        <translation>groupes de livraison :</translation>
    </message>
    <message>
        <source>%1/%2 steps  items %3</source>
        <translation>%1/%2 étapes  articles %3</translation>
    </message>
    <message>
        <source>billing: %1</source>
        <translation>facturation : %1</translation>
    </message>
    <message>
        <source>change orders:</source>
        <translation>modifications :</translation>
    </message>
    <message>
        <source>order %1 %2: %3</source>
        <translation>commande %1 %2 : %3</translation>
    </message>
    <message>
        <source>... and %1 more orders %2; &apos;fwctl --db %3 unrunnable&apos; lists them all</source>
        <translation>... et %1 autres commandes %2 ; &apos;fwctl --db %3 unrunnable&apos; les liste toutes</translation>
    </message>
    <message>
        <source>set aside, not run</source>
        <translation>mises de côté, non exécutées</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutées</translation>
    </message>
    <message>
        <source>%1 step transitions in %2 active orders%3 at %4</source>
        <translation>%1 transitions d&apos;étapes dans %2 commandes actives%3 à %4</translation>
    </message>
    <message>
        <source>(%1 cannot run)</source>
        <translation>(%1 ne peuvent pas s&apos;exécuter)</translation>
    </message>
    <message>
        <source>engine running on %1 (Ctrl+C stops it)</source>
        <translation>moteur en cours sur %1 (Ctrl+C l&apos;arrête)</translation>
    </message>
    <message>
        <source>--wall-clock leaves simulated time; it takes neither --simulated-clock nor --advance</source>
        <translation>--wall-clock quitte le temps simulé ; il n&apos;accepte ni --simulated-clock ni --advance</translation>
    </message>
    <message>
        <source>--advance needs --simulated-clock and a duration such as 1d or 4h30m</source>
        <translation>--advance nécessite --simulated-clock et une durée comme 1d ou 4h30m</translation>
    </message>
    <message>
        <source>%1 and did not finish within %2 s; nothing was done, try again when it has finished</source>
        <translation>%1 et n&apos;a pas fini en %2 s ; rien n&apos;a été fait, réessayez quand elle aura fini</translation>
    </message>
    <message>
        <source>catalog %1 %2 published (%3 products, %4 plan definitions)</source>
        <translation>catalogue %1 %2 publié (%3 produits, %4 définitions de plan)</translation>
    </message>
    <message>
        <source>order %1 published: %2 fulfillment lines, %3 steps (catalog %4 %5); the first workstation with room takes it</source>
        <translation>commande %1 publiée : %2 lignes de traitement, %3 étapes (catalogue %4 %5) ; le premier poste disponible la prend</translation>
    </message>
    <message>
        <source>order %1 runs on %2; sent there as command %3</source>
        <translation>la commande %1 s&apos;exécute sur %2 ; envoyée là-bas comme commande %3</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>fait sur %1</translation>
    </message>
    <message>
        <source>not applied by %1: %2</source>
        <translation>non appliqué par %1 : %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s%3; command %4 stays queued and is sent when this store next syncs (&apos;fwctl sync status&apos; shows it)</source>
        <translation>pas de réponse de %1 en %2 s%3 ; la commande %4 reste en file et part à la prochaine synchronisation de ce store (&apos;fwctl sync status&apos; l&apos;affiche)</translation>
    </message>
    <message>
        <source>(offline: %1)</source>
        <translation>(hors ligne : %1)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a changé</translation>
    </message>
    <message>
        <source>changed in %1 but not in the remote store: %2; %3</source>
        <translation>modifié dans %1 mais pas dans le store distant : %2 ; %3</translation>
    </message>
    <message>
        <source>&apos;fwctl users change %1 --remote&apos; shares this store&apos;s copy</source>
        <translation>&apos;fwctl users change %1 --remote&apos; partage la copie de ce store</translation>
    </message>
    <message>
        <source>run the command again: it starts from the remote store&apos;s copy</source>
        <translation>relancez la commande : elle part de la copie du store distant</translation>
    </message>
    <message>
        <source>this store syncs through a remote store (workstation %1), where the users are shared: give --remote CONNINFO (a role in fw_user_admin) so every workstation gets the change, or --local to change only this store (until the remote store next changes %2); nothing changed</source>
        <translation>ce store se synchronise via un store distant (poste %1), où les utilisateurs sont partagés : donnez --remote CONNINFO (un rôle dans fw_user_admin) pour que chaque poste reçoive la modification, ou --local pour ne changer que ce store (jusqu&apos;à la prochaine modification de %2 par le store distant) ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>online (%1)</source>
        <translation>en ligne (%1)</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>hors ligne depuis %1</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>replicas of %1</source>
        <translation>répliques de %1</translation>
    </message>
    <message>
        <source>workstation:</source>
        <translation>poste :</translation>
    </message>
    <message>
        <source>remote store:</source>
        <translation>distant :</translation>
    </message>
    <message>
        <source>last sync:</source>
        <translation>dern. sync :</translation>
    </message>
    <message>
        <source>queued:</source>
        <translation>en file :</translation>
    </message>
    <message>
        <source>%1 events, %2 commands</source>
        <translation>%1 événements, %2 commandes</translation>
    </message>
    <message>
        <source>leases held:</source>
        <translation>baux :</translation>
    </message>
    <message>
        <source>orders:</source>
        <translation>commandes :</translation>
    </message>
    <message>
        <source>conflicts:</source>
        <translation>conflits :</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouverts</translation>
    </message>
    <message>
        <source>link:</source>
        <translation>liaison :</translation>
    </message>
    <message>
        <source>UNENCRYPTED: anyone on the network can read and change what is sent; connect with sslmode=verify-full and the CA&apos;s file (docs/sync.md, &quot;TLS&quot;)</source>
        <translation>NON CHIFFRÉE : n&apos;importe qui sur le réseau peut lire et modifier ce qui est envoyé ; connectez-vous avec sslmode=verify-full et le fichier de l&apos;AC (docs/sync.md, &quot;TLS&quot;)</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>chiffrée (%1)</translation>
    </message>
    <message>
        <source>an engine runs on %1 (fwctl sync --follow or the workbench) and syncs it already; &apos;fwctl sync status&apos; shows how it goes</source>
        <translation>un moteur tourne sur %1 (fwctl sync --follow ou le workbench) et le synchronise déjà ; &apos;fwctl sync status&apos; montre où il en est</translation>
    </message>
    <message>
        <source>the round stopped: %1</source>
        <translation>le tour s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>expected one of --once, --follow or status</source>
        <translation>--once, --follow ou status attendu</translation>
    </message>
    <message>
        <source>--for needs --follow and a duration such as 30s or 2h</source>
        <translation>--for nécessite --follow et une durée comme 30s ou 2h</translation>
    </message>
    <message>
        <source>--json and --probe go with status</source>
        <translation>--json et --probe vont avec status</translation>
    </message>
    <message>
        <source>%1 leases: %2 held, %3 free, %4 done</source>
        <translation>%1 baux : %2 détenus, %3 libres, %4 terminés</translation>
    </message>
    <message>
        <source>--before expects a date (2026-11-01) or a time (2026-11-01T00:00:00Z), got &apos;%1&apos;</source>
        <translation>--before attend une date (2026-11-01) ou un instant (2026-11-01T00:00:00Z), reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>would delete %1 events of %2 finished orders older than %3; kept %4 older events of orders still running</source>
        <translation>supprimerait %1 événements de %2 commandes terminées antérieurs à %3 ; %4 événements plus anciens de commandes encore en cours seraient gardés</translation>
    </message>
    <message>
        <source>deleted %1 events of %2 finished orders older than %3; kept %4 older events of orders still running</source>
        <translation>%1 événements de %2 commandes terminées antérieurs à %3 supprimés ; %4 événements plus anciens de commandes encore en cours gardés</translation>
    </message>
    <message>
        <source>workstation %1 was last seen before %2: if it is behind, it gets those finished orders from their snapshots, without the pruned timeline entries</source>
        <translation>le poste %1 a été vu pour la dernière fois avant %2 : s&apos;il est en retard, il reçoit ces commandes terminées depuis leurs instantanés, sans les entrées de journal supprimées</translation>
    </message>
    <message>
        <source>prune needs --before DATE</source>
        <translation>prune nécessite --before DATE</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (roles or prune)</source>
        <translation>action inconnue &apos;%1&apos; (roles ou prune)</translation>
    </message>
    <message>
        <source>the connected role %1 lacks CREATEROLE: it cannot create the roles above; run them as a role that has it (ALTER ROLE %1 CREATEROLE, as a superuser)</source>
        <translation>le rôle connecté %1 n&apos;a pas CREATEROLE : il ne peut pas créer les rôles ci-dessus ; exécutez-les avec un rôle qui l&apos;a (ALTER ROLE %1 CREATEROLE, en superutilisateur)</translation>
    </message>
    <message>
        <source>the connected role %1 does not own schema fw (%2 does): only the owner can give these rights</source>
        <translation>le rôle connecté %1 n&apos;est pas propriétaire du schéma fw (%2 l&apos;est) : seul le propriétaire peut donner ces droits</translation>
    </message>
    <message>
        <source>the connected role %1 can run these statements</source>
        <translation>le rôle connecté %1 peut exécuter ces instructions</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <source>another engine runs on %1 (fwctl run, sync --follow or the workbench)</source>
        <translation>un autre moteur tourne sur %1 (fwctl run, sync --follow ou le workbench)</translation>
    </message>
    <message>
        <source>workstation %1 runs %2 with %3 (Ctrl+C stops it)</source>
        <translation>le poste %1 exécute %2 avec %3 (Ctrl+C l&apos;arrête)</translation>
    </message>
    <message>
        <source>stopped at %1: %2 step transitions, %3 events pushed, %4 pulled, %5 leases held, %6 open conflicts, %7 events queued</source>
        <translation>arrêté à %1 : %2 transitions d&apos;étapes, %3 événements poussés, %4 tirés, %5 baux détenus, %6 conflits ouverts, %7 événements en file</translation>
    </message>
    <message>
        <source>orders: %1</source>
        <translation>commandes : %1</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>, back-off until %1</source>
        <translation>, attente jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>follower:</source>
        <translation>suiveur :</translation>
    </message>
    <message>
        <source>no follower running (none has recorded a round in this store)</source>
        <translation>aucun suiveur en cours (aucun n&apos;a enregistré de tour dans ce store)</translation>
    </message>
    <message>
        <source>running (pid %1), last round recorded %2</source>
        <translation>en cours (pid %1), dernier tour enregistré %2</translation>
    </message>
    <message>
        <source>: stale, its round has not ended for over %1 s</source>
        <translation> : bloqué, son tour n&apos;est pas fini depuis plus de %1 s</translation>
    </message>
    <message>
        <source>no follower running; the last one recorded at %1 (%2)</source>
        <translation>aucun suiveur en cours ; le dernier a enregistré à %1 (%2)</translation>
    </message>
    <message>
        <source>(at that round)</source>
        <translation>(lors de ce tour)</translation>
    </message>
    <message>
        <source>lag:</source>
        <translation>retard :</translation>
    </message>
    <message>
        <source>%1 s since the last completed round</source>
        <translation>%1 s depuis le dernier tour terminé</translation>
    </message>
    <message>
        <source>no round completed yet</source>
        <translation>aucun tour terminé pour l&apos;instant</translation>
    </message>
    <message>
        <source>to pull:</source>
        <translation>à tirer :</translation>
    </message>
    <message>
        <source>%1 events (approximate)</source>
        <translation>%1 événements (environ)</translation>
    </message>
    <message>
        <source>last error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <source>%1 order(s)</source>
        <translation>%1 commande(s)</translation>
    </message>
    <message>
        <source>--archive needs --completed-before (the archive shown is the store&apos;s)</source>
        <translation>--archive nécessite --completed-before (l&apos;archive affichée est celle du store)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (preview or submit)</source>
        <translation>action inconnue &apos;%1&apos; (preview ou submit)</translation>
    </message>
    <message>
        <source>the change order is for order &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>la modification concerne la commande &apos;%1&apos;, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>granted by the remote store</source>
        <translation>accordé par le store distant</translation>
    </message>
    <message>
        <source>the remote store does not answer (%1); the claim stays queued as command %2 and is decided when this store next syncs</source>
        <translation>le store distant ne répond pas (%1) ; la prise reste en file comme commande %2 et sera décidée à la prochaine synchronisation de ce store</translation>
    </message>
    <message>
        <source>no decision from the remote store within %1 s; the claim stays queued as command %2</source>
        <translation>pas de décision du store distant en %1 s ; la prise reste en file comme commande %2</translation>
    </message>
    <message>
        <source>%1 step transitions, %2 active orders</source>
        <translation>%1 transitions d&apos;étapes, %2 commandes actives</translation>
    </message>
    <message>
        <source>the engine running on %1 did not take request %2 within %3 s; the request is withdrawn and will not be carried out</source>
        <translation>le moteur en cours sur %1 n&apos;a pas pris la requête %2 en %3 s ; la requête est retirée et ne sera pas exécutée</translation>
    </message>
    <message>
        <source>the engine running on %1 took request %2 but has not reported its outcome; &apos;fwctl timeline&apos; shows whether it was carried out</source>
        <translation>le moteur en cours sur %1 a pris la requête %2 mais n&apos;a pas rapporté son résultat ; &apos;fwctl timeline&apos; montre si elle a été exécutée</translation>
    </message>
    <message>
        <source>the store leaves simulated time (it was at %1) and runs on the wall clock</source>
        <translation>le store quitte le temps simulé (il était à %1) et suit l&apos;horloge murale</translation>
    </message>
    <message>
        <source>--for needs a duration such as 30s or 2h, and not --until-idle</source>
        <translation>--for nécessite une durée comme 30s ou 2h, et pas --until-idle</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>An order&apos;s delivery evidence for audits: --json FILE|- (--db).</source>
        <translation>Preuves de livraison d&apos;une commande pour les audits : --json FICHIER|- (--db).</translation>
    </message>
    <message>
        <source>The account whose assets to list (required).</source>
        <translation>Le compte dont lister les actifs (obligatoire).</translation>
    </message>
    <message>
        <source>Lists the assets of an account: what its completed orders left it, a bundle&apos;s components under it.</source>
        <translation>Liste les actifs d&apos;un compte : ce que ses commandes terminées lui ont laissé, les composants d&apos;un lot en dessous.</translation>
    </message>
    <message>
        <source>name the account: --account ID</source>
        <translation>indiquez le compte : --account ID</translation>
    </message>
    <message>
        <source>Account %1 has no assets.</source>
        <translation>Le compte %1 n&apos;a aucun actif.</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUIT</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>TERM END</source>
        <translation>FIN DE TERME</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>ATTRIBUTES</source>
        <translation>ATTRIBUTS</translation>
    </message>
    <message>
        <source>The asset id (ORDER/ITEM, as fwctl assets lists it).</source>
        <translation>L&apos;identifiant de l&apos;actif (COMMANDE/ARTICLE, tel que fwctl assets le liste).</translation>
    </message>
    <message>
        <source>Shows an asset, its components and its history.</source>
        <translation>Affiche un actif, ses composants et son historique.</translation>
    </message>
    <message>
        <source>unknown asset &apos;%1&apos; in %2</source>
        <translation>actif inconnu &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Actif :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs :</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Terme :</translation>
    </message>
    <message>
        <source>%1 to %2, renewal due %3 days before</source>
        <translation>du %1 au %2, renouvellement dû %3 jours avant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>order %1, item %2</source>
        <translation>commande %1, article %2</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Partie de :</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>change orders %1</source>
        <translation>modifications %1</translation>
    </message>
    <message>
        <source>List an account&apos;s assets: --account ID (--db).</source>
        <translation>Lister les actifs d&apos;un compte : --account ID (--db).</translation>
    </message>
    <message>
        <source>Show an asset and its history (--db).</source>
        <translation>Afficher un actif et son historique (--db).</translation>
    </message>
    <message>
        <source>Renewals coming due by month, with their value at risk: --within 90d (--db).</source>
        <translation>Renouvellements à échéance par mois, avec leur valeur à risque : --within 90d (--db).</translation>
    </message>
    <message>
        <source>Claim, renew or decline a renewal (--db).</source>
        <translation>Prendre, renouveler ou refuser un renouvellement (--db).</translation>
    </message>
    <message>
        <source>The renewals whose term ends within this time from today (default 90d).</source>
        <translation>Les renouvellements dont la durée se termine dans ce délai à partir d&apos;aujourd&apos;hui (par défaut 90d).</translation>
    </message>
    <message>
        <source>Only renewals in these states, comma-separated: upcoming, open, claimed, renewed, declined (default: upcoming, open, claimed).</source>
        <translation>Seulement les renouvellements dans ces états, séparés par des virgules : upcoming, open, claimed, renewed, declined (par défaut : upcoming, open, claimed).</translation>
    </message>
    <message>
        <source>Lists the subscriptions whose term ends soon, by month: the renewals opened (due: within their lead time) and those to come, with the value at risk (recurring price x quantity x one term, the asset and its components).</source>
        <translation>Liste les abonnements dont la durée se termine bientôt, par mois : les renouvellements ouverts (échus : dans leur délai de préavis) et ceux à venir, avec la valeur à risque (prix récurrent x quantité x une durée, l&apos;actif et ses composants).</translation>
    </message>
    <message>
        <source>--within: &apos;%1&apos; is not a number of days (e.g. 90d, 12w, 30)</source>
        <translation>--within : &apos;%1&apos; n&apos;est pas un nombre de jours (p. ex. 90d, 12w, 30)</translation>
    </message>
    <message>
        <source>--state: unknown state &apos;%1&apos; (upcoming, open, claimed, renewed, declined)</source>
        <translation>--state : état inconnu &apos;%1&apos; (upcoming, open, claimed, renewed, declined)</translation>
    </message>
    <message>
        <source>No renewals within %1 days of %2.</source>
        <translation>Aucun renouvellement dans les %1 jours à partir du %2.</translation>
    </message>
    <message>
        <source>%1: %2 renewal(s), value at risk %3</source>
        <translation>%1 : %2 renouvellement(s), valeur à risque %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CLAIMED BY</source>
        <translation>PRIS PAR</translation>
    </message>
    <message>
        <source>VALUE AT RISK</source>
        <translation>VALEUR À RISQUE</translation>
    </message>
    <message>
        <source>claim, renew or decline</source>
        <translation>claim, renew ou decline</translation>
    </message>
    <message>
        <source>The renewal id (fwctl renewals).</source>
        <translation>L&apos;identifiant du renouvellement (fwctl renewals).</translation>
    </message>
    <message>
        <source>Why the renewal is declined (decline: required).</source>
        <translation>Pourquoi le renouvellement est refusé (decline : obligatoire).</translation>
    </message>
    <message>
        <source>Works a renewal as the acting user (--as): claim it; renew it (the asset&apos;s term is extended by one term); or decline it with --reason (a supervisor&apos;s). Exit 0 when done, 2 for a refusal or a renewal that is not open.</source>
        <translation>Traite un renouvellement en tant qu&apos;utilisateur agissant (--as) : le prendre ; le renouveler (la durée de l&apos;actif est prolongée d&apos;une durée) ; ou le refuser avec --reason (rôle de superviseur). Code 0 si effectué, 2 pour un refus ou un renouvellement qui n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (claim, renew, decline)</source>
        <translation>action inconnue &apos;%1&apos; (claim, renew, decline)</translation>
    </message>
    <message>
        <source>term %1 to %2</source>
        <translation>durée du %1 au %2</translation>
    </message>
    <message>
        <source>(%1 of asset %2: %3 %4, new total %5)</source>
        <translation>(%1 de l&apos;actif %2 : %3 %4, nouveau total %5)</translation>
    </message>
    <message>
        <source>(%1 of asset %2: %3 %4)</source>
        <translation>(%1 de l&apos;actif %2 : %3 %4)</translation>
    </message>
    <message>
        <source>(%1 of asset %2)</source>
        <translation>(%1 de l&apos;actif %2)</translation>
    </message>
    <message>
        <source>The store whose installed base an order acting on assets is planned against (same as the global --db; default $FW_DB, else the workbench&apos;s store if it exists).</source>
        <translation>Le magasin dont le parc installé sert à planifier une commande agissant sur des actifs (comme l&apos;option globale --db ; par défaut $FW_DB, sinon le magasin du Workbench s&apos;il existe).</translation>
    </message>
    <message>
        <source>cannot read the installed base: %1</source>
        <translation>impossible de lire le parc installé : %1</translation>
    </message>
    <message>
        <source>%1 events, %2 commands, %3 assets</source>
        <translation>%1 événements, %2 commandes, %3 actifs</translation>
    </message>
    <message>
        <source>List the named credentials the catalogs declare and whether a secret is set (--db, --json).</source>
        <translation>Lister les identifiants nommés que déclarent les catalogues et si un secret est défini (--db, --json).</translation>
    </message>
    <message>
        <source>set (environment %1)</source>
        <translation>défini (environnement %1)</translation>
    </message>
    <message>
        <source>set (file %1)</source>
        <translation>défini (fichier %1)</translation>
    </message>
    <message>
        <source>not set (%1 or the file %2)</source>
        <translation>non défini (%1 ou le fichier %2)</translation>
    </message>
    <message>
        <source>Lists the named credentials the store&apos;s catalogs declare and whether a secret is set for each, never the secret. Secrets come from the environment variable FW_CREDENTIAL_&lt;NAME&gt;, else the credentials file (mode 0600): %1</source>
        <translation>Liste les identifiants nommés que déclarent les catalogues de la base et si un secret est défini pour chacun, jamais le secret. Les secrets viennent de la variable d’environnement FW_CREDENTIAL_&lt;NAME&gt;, sinon du fichier d’identifiants (mode 0600) : %1</translation>
    </message>
    <message>
        <source>The store&apos;s catalogs declare no credentials.</source>
        <translation>Les catalogues de la base ne déclarent aucun identifiant.</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation>POINTS D’ACCÈS</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
</context>
</TS>
