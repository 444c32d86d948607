<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementTableModel</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n convention</numerusform>
            <numerusform>%n conventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Show the measures running today</source>
        <translation>Afficher les mesures en cours aujourd’hui</translation>
    </message>
    <message>
        <source>Show the measures running this week</source>
        <translation>Afficher les mesures en cours cette semaine</translation>
    </message>
    <message>
        <source>Show the measures in progress</source>
        <translation>Afficher les mesures en cours</translation>
    </message>
    <message>
        <source>Show the measures</source>
        <translation>Afficher les mesures</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <source>All deadlines…</source>
        <translation>Toutes les échéances…</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) expected today</source>
        <translation>
            <numerusform>%n élève attendu aujourd’hui</numerusform>
            <numerusform>%n élèves attendus aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) expected this week</source>
        <translation>
            <numerusform>%n élève attendu cette semaine</numerusform>
            <numerusform>%n élèves attendus cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in progress</source>
        <translation>
            <numerusform>%n mesure en cours</numerusform>
            <numerusform>%n mesures en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule error(s) to fix</source>
        <translation>
            <numerusform>%n erreur de règle à corriger</numerusform>
            <numerusform>%n erreurs de règles à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Last day to give notice</source>
        <translation>Dernier jour pour dénoncer</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Bilan à tenir</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines within:</source>
        <translation>Échéances à moins de :</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>un an</translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>Les conventions ne peuvent pas être lues : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n échéance</numerusform>
            <numerusform>%n échéances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DuplicateRecordCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>School</source>
        <translation>Établissement scolaire</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Host structure</source>
        <translation>Structure d’accueil</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Service de l’État</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Responsibility measures</source>
        <translation>Mesures de responsabilisation</translation>
    </message>
    <message>
        <source>Alternative to exclusion</source>
        <translation>Alternative à l’exclusion</translation>
    </message>
    <message>
        <source>Remobilisation workshop</source>
        <translation>Atelier de remobilisation</translation>
    </message>
    <message>
        <source>Talking groups</source>
        <translation>Groupes de parole</translation>
    </message>
    <message>
        <source>Absenteeism prevention</source>
        <translation>Prévention de l’absentéisme</translation>
    </message>
    <message>
        <source>Generic partnership</source>
        <translation>Partenariat général</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
    <message>
        <source>Responsibility measure</source>
        <translation>Mesure de responsabilisation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Talking group</source>
        <translation>Groupe de parole</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>School team</source>
        <translation>Équipe éducative</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>Deux fois par mois</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>The rules find nothing to report.</source>
        <translation>Les règles ne signalent rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other finding(s)</source>
        <translation>
            <numerusform>%n autre remarque</numerusform>
            <numerusform>%n autres remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message numerus="yes">
        <source>%n group activity(ies)</source>
        <translation>
            <numerusform>%n activité de groupe</numerusform>
            <numerusform>%n activités de groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Search (accents and case do not matter)</source>
        <translation>Rechercher (accents et majuscules indifférents)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Show the records of every period</source>
        <translation>Afficher les fiches de toutes les périodes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a Passerelle exchange file (JSON)</source>
        <translation>Importer un fichier d’échange Passerelle (JSON)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the whole database to a Passerelle exchange file (JSON)</source>
        <translation>Exporter toute la base dans un fichier d’échange Passerelle (JSON)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create a record in the current list</source>
        <translation>Créer une fiche dans la liste affichée</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>À &amp;propos de Passerelle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Activités de groupe</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>This kind of record cannot be created from the application yet.</source>
        <translation>Ce type de fiche ne peut pas encore être créé depuis l’application.</translation>
    </message>
    <message>
        <source>This kind of record cannot be edited from the application yet.</source>
        <translation>Ce type de fiche ne peut pas encore être modifié depuis l’application.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Passerelle databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Passerelle (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passerelle could not be started again on %1.</source>
        <translation>Passerelle n’a pas pu être relancé sur %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Passerelle exchange files (*.json);;All files (*)</source>
        <translation>Fichiers d’échange Passerelle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: it has %n error(s).</source>
        <translation>
            <numerusform>Le fichier n’a pas été importé : il contient %n erreur.</numerusform>
            <numerusform>Le fichier n’a pas été importé : il contient %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Import terminé : %1 ajout(s), %2 mise(s) à jour.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Passerelle exchange files (*.json)</source>
        <translation>Fichiers d’échange Passerelle (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n fiche exportée.</numerusform>
            <numerusform>%n fiches exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dashboard&lt;/b&gt;: the students expected today and this week, the measures in progress, the rule errors to fix and the next deadlines. Click a figure to open the matching list.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agreements&lt;/b&gt;, &lt;b&gt;Partners&lt;/b&gt;, &lt;b&gt;Students&lt;/b&gt;, &lt;b&gt;Measures&lt;/b&gt;, &lt;b&gt;Group activities&lt;/b&gt;: search (Ctrl+F; accents and case do not matter), filter, then New, Edit (double-click), Duplicate or Delete. Edit &amp;gt; Undo takes back a deletion or a duplication.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deadlines&lt;/b&gt;: the last days to give notice, the expiries and the reviews due.&lt;/p&gt;&lt;p&gt;File &amp;gt; Import and Export read and write the Passerelle exchange format (JSON).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tableau de bord&lt;/b&gt; : les élèves attendus aujourd’hui et cette semaine, les mesures en cours, les erreurs de règles à corriger et les prochaines échéances. Cliquez sur un chiffre pour ouvrir la liste correspondante.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conventions&lt;/b&gt;, &lt;b&gt;Partenaires&lt;/b&gt;, &lt;b&gt;Élèves&lt;/b&gt;, &lt;b&gt;Mesures&lt;/b&gt;, &lt;b&gt;Activités de groupe&lt;/b&gt; : recherchez (Ctrl+F ; accents et majuscules indifférents), filtrez, puis Nouveau, Modifier (double-clic), Dupliquer ou Supprimer. Édition &amp;gt; Annuler reprend une suppression ou une duplication.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Échéances&lt;/b&gt; : les derniers jours pour dénoncer, les expirations et les bilans à tenir.&lt;/p&gt;&lt;p&gt;Fichier &amp;gt; Importer et Exporter lisent et écrivent le format d’échange Passerelle (JSON).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Passerelle %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Partnership agreements between schools and their partners, and the students&apos; measures under them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Passerelle %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les conventions de partenariat entre les établissements et leurs partenaires, et les mesures des élèves qui en relèvent.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Base de données : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MeasureEditorDialog</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Student</source>
        <translation>É&amp;lève</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>&amp;Host structure</source>
        <translation>&amp;Structure d’accueil</translation>
    </message>
    <message>
        <source>Host &amp;tutor</source>
        <translation>&amp;Tuteur de la structure</translation>
    </message>
    <message>
        <source>School &amp;follower</source>
        <translation>&amp;Suivi par (établissement)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>E&amp;xclusion days replaced</source>
        <translation>&amp;Jours d’exclusion remplacés</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>The student agrees</source>
        <translation>L’élève donne son accord</translation>
    </message>
    <message>
        <source>The legal representative agrees</source>
        <translation>Le représentant légal donne son accord</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>O&amp;bjectifs</translation>
    </message>
    <message>
        <source>A&amp;ctivities</source>
        <translation>A&amp;ctivités</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Emploi du temps</translation>
    </message>
    <message>
        <source>Insurances and signatures</source>
        <translation>Assurances et signatures</translation>
    </message>
    <message>
        <source>Insurances</source>
        <translation>Assurances</translation>
    </message>
    <message>
        <source>School insurer</source>
        <translation>Assureur de l’établissement</translation>
    </message>
    <message>
        <source>School contract</source>
        <translation>Contrat de l’établissement</translation>
    </message>
    <message>
        <source>Host insurer</source>
        <translation>Assureur de la structure</translation>
    </message>
    <message>
        <source>Host contract</source>
        <translation>Contrat de la structure</translation>
    </message>
    <message>
        <source>Signatures (date signed)</source>
        <translation>Signatures (date de signature)</translation>
    </message>
    <message>
        <source>Head of school</source>
        <translation>Chef d’établissement</translation>
    </message>
    <message>
        <source>Host manager</source>
        <translation>Responsable de la structure</translation>
    </message>
    <message>
        <source>Youth service</source>
        <translation>Service jeunesse</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Responsibility measure</source>
        <translation>Mesure de responsabilisation</translation>
    </message>
    <message>
        <source>Alternative to exclusion</source>
        <translation>Alternative à l’exclusion</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Planned (draft)</source>
        <translation>Prévue (brouillon)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message numerus="yes">
        <source>Over the whole measure: %1 h %2 in %n session(s)</source>
        <translation>
            <numerusform>Sur toute la mesure : %1 h %2 en %n séance</numerusform>
            <numerusform>Sur toute la mesure : %1 h %2 en %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>Measure changed elsewhere</source>
        <translation>Mesure modifiée ailleurs</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>The rules find %n error(s) in this measure. It can only be saved as a draft, with the status &quot;planned&quot;, until they are fixed. Save it as a draft?</source>
        <translation>
            <numerusform>Les règles trouvent %n erreur dans cette mesure. Elle ne peut être enregistrée que comme brouillon, au statut « prévue », tant qu’elle n’est pas corrigée. L’enregistrer comme brouillon ?</numerusform>
            <numerusform>Les règles trouvent %n erreurs dans cette mesure. Elle ne peut être enregistrée que comme brouillon, au statut « prévue », tant qu’elles ne sont pas corrigées. L’enregistrer comme brouillon ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else saved this measure after you opened it. Reload their version (your changes are lost) or keep editing (nothing is saved)?</source>
        <translation>Quelqu’un d’autre a enregistré cette mesure après son ouverture. Recharger sa version (vos modifications sont perdues) ou continuer la saisie (rien n’est enregistré) ?</translation>
    </message>
    <message>
        <source>The measure could not be saved: %1</source>
        <translation>La mesure n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>This measure has unsaved changes. Close without saving them?</source>
        <translation>Cette mesure a des modifications non enregistrées. Fermer sans les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host structure</source>
        <translation>Structure d’accueil</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>School year starts on:</source>
        <translation>Début de l’année scolaire :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Passerelle starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Passerelle.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation>La base de données %1 ne peut pas être ouverte :
%2</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <source>This database is empty. Load demonstration data (fictitious schools, partners and students) to discover Passerelle?</source>
        <translation>Cette base de données est vide. Charger des données de démonstration (établissements, partenaires et élèves fictifs) pour découvrir Passerelle ?</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>The demonstration data could not be loaded: %1</source>
        <translation>Les données de démonstration n’ont pas pu être chargées : %1</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
</context>
<context>
    <name>TimetableWidget</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 par semaine</translation>
    </message>
</context>
</TS>
