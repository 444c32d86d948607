<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>S&amp;igned on</source>
        <translation>Si&amp;gnée le</translation>
    </message>
    <message>
        <source>St&amp;arts on</source>
        <translation>Dé&amp;bute le</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>On a fi&amp;xed date</source>
        <translation>À une date &amp;fixe</translation>
    </message>
    <message>
        <source>After a &amp;duration from the start of</source>
        <translation>Au bout d’une &amp;durée, depuis le début, de</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Renewed ta&amp;citly</source>
        <translation>Renouvelée &amp;tacitement</translation>
    </message>
    <message>
        <source>&amp;Notice to denounce</source>
        <translation>&amp;Préavis de dénonciation</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Ends after an unanswered &amp;formal notice of</source>
        <translation>Prend fin après une &amp;mise en demeure restée sans effet de</translation>
    </message>
    <message>
        <source>Re&amp;view meeting every</source>
        <translation>Réunion de &amp;bilan tous les</translation>
    </message>
    <message>
        <source>A partner cancelling a session &amp;warns</source>
        <translation>Un partenaire qui annule une séance pré&amp;vient</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h avant</translation>
    </message>
    <message>
        <source>&amp;Group size</source>
        <translation>Taille du &amp;groupe</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source> students</source>
        <translation> élèves</translation>
    </message>
    <message>
        <source>Co&amp;pies signed</source>
        <translation>E&amp;xemplaires signés</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Re&amp;tirer la partie</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Re&amp;presented by</source>
        <translation>&amp;Représentée par</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>school, host, town, association…</source>
        <translation>établissement, structure d’accueil, commune, association…</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Ajouter une partie</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Reset from the kind&apos;s template…</source>
        <translation>Rétablir le modèle du type…</translation>
    </message>
    <message>
        <source>Article &amp;title</source>
        <translation>&amp;Titre de l’article</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>One line per party. Once every party has signed, the agreement&apos;s status becomes &quot;signed&quot;.</source>
        <translation>Une ligne par partie. Quand toutes les parties ont signé, la convention passe au statut « signée ».</translation>
    </message>
    <message>
        <source>Deliberations and reviews</source>
        <translation>Délibérations et bilans</translation>
    </message>
    <message>
        <source>Council deliberations approving the agreement</source>
        <translation>Délibérations des conseils approuvant la convention</translation>
    </message>
    <message>
        <source>Add deliberation</source>
        <translation>Ajouter une délibération</translation>
    </message>
    <message>
        <source>Remove deliberation</source>
        <translation>Supprimer la délibération</translation>
    </message>
    <message>
        <source>Review meetings held</source>
        <translation>Réunions de bilan tenues</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Ajouter un bilan</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>Supprimer le bilan</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Ajouter un avenant</translation>
    </message>
    <message>
        <source>Remove amendment</source>
        <translation>Supprimer l’avenant</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>How the text names the selected party</source>
        <translation>Comment le texte nomme la partie choisie</translation>
    </message>
    <message>
        <source>&amp;Designation</source>
        <translation>&amp;Désignation</translation>
    </message>
    <message>
        <source>The short name the agreement&apos;s text gives this party after introducing it, as in « ci-après dénommée « la Ville » ». Leave it empty when the text uses none.</source>
        <translation>Le nom court que le texte de la convention donne à cette partie après l’avoir présentée, comme dans « ci-après dénommée « la Ville » ». Laissez vide si le texte n’en utilise pas.</translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation>Dé&amp;légation</translation>
    </message>
    <message>
        <source>When the representative signs under someone else&apos;s authority: the words that say so, as in « agissant au nom et pour le compte de ladite Ville en exécution de la délibération … et en vertu de l&apos;arrêté du Maire … ». Leave it empty when the representative signs in their own name.</source>
        <translation>Quand le représentant signe par délégation : les mots qui le disent, comme « agissant au nom et pour le compte de ladite Ville en exécution de la délibération … et en vertu de l’arrêté du Maire … ». Laissez vide si le représentant signe en son nom propre.</translation>
    </message>
    <message>
        <source>Signature &amp;mention</source>
        <translation>&amp;Mention de signature</translation>
    </message>
    <message>
        <source>The words above the signature when someone signs for another, as in « P. le Maire de Rouen ». Leave it empty when the representative signs for themselves.</source>
        <translation>Les mots au-dessus de la signature quand quelqu’un signe pour un autre, comme « P. le Maire de Rouen ». Laissez vide si le représentant signe pour lui-même.</translation>
    </message>
    <message>
        <source>Annex: local resources</source>
        <translation>Annexe : ressources locales</translation>
    </message>
    <message>
        <source>The local services the partners can direct a student or a family to (health, parenting support, sport…), printed as the agreement&apos;s annex. No line: no annex.</source>
        <translation>Les services locaux vers lesquels les partenaires peuvent orienter un élève ou une famille (santé, soutien à la parentalité, sport…), imprimés en annexe de la convention. Aucune ligne : pas d’annexe.</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Retirer la ressource</translation>
    </message>
</context>
<context>
    <name>AttendanceExport</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Annulée le %1</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Émargement</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show the &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>it has no document to print</source>
        <translation>elle n’a aucun document à imprimer</translation>
    </message>
    <message>
        <source>Exporting the PDFs…</source>
        <translation>Export des PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting the PDFs… (%1 of %2)</source>
        <translation>Export des PDF… (%1 sur %2)</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>A phone number: digits, spaces, + . - ( )</source>
        <translation>Un numéro de téléphone : chiffres, espaces, + . - ( )</translation>
    </message>
    <message>
        <source>An e-mail address such as name@example.fr</source>
        <translation>Une adresse électronique comme nom@exemple.fr</translation>
    </message>
    <message>
        <source>Seven digits and a letter</source>
        <translation>Sept chiffres et une lettre</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Students from a Spreadsheet</source>
        <translation>Importer des élèves depuis un tableur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>Éta&amp;blissement</translation>
    </message>
    <message>
        <source>&amp;Preview of the first lines</source>
        <translation>&amp;Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
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
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines within:</source>
        <translation>Échéances à moins de :</translation>
    </message>
    <message>
        <source>Show &amp;handled deadlines</source>
        <translation>Afficher les échéances &amp;traitées</translation>
    </message>
    <message>
        <source>&amp;Mark as Handled…</source>
        <translation>&amp;Marquer comme traitée…</translation>
    </message>
    <message>
        <source>The selected deadline has been dealt with: it leaves the dashboard and this list</source>
        <translation>L’échéance choisie a été traitée : elle quitte le tableau de bord et cette liste</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the list as shown (CSV or Excel)</source>
        <translation>Exporter la liste telle qu&apos;elle est affichée (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Add to a Ca&amp;lendar…</source>
        <translation>Ajouter à un a&amp;genda…</translation>
    </message>
    <message>
        <source>The deadlines shown as all-day events in an iCalendar file (.ics) for an agenda; a second export updates the first</source>
        <translation>Les échéances affichées, en événements d&apos;une journée dans un fichier iCalendar (.ics) pour un agenda ; un second export met à jour le premier</translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <source>the deletion</source>
        <translation>la suppression</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
</context>
<context>
    <name>DuplicateRecordCommand</name>
    <message>
        <source>the duplication</source>
        <translation>la duplication</translation>
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
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Bienvenue dans Passerelle</translation>
    </message>
    <message>
        <source>Your school</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <source>Passerelle fills it in on every new agreement, measure and student. You can change it later in Partners.</source>
        <translation>Passerelle le reporte sur chaque nouvelle convention, mesure et élève. Vous pourrez le modifier ensuite dans Partenaires.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Collège Jean Moulin</source>
        <translation>Collège Jean Moulin</translation>
    </message>
    <message>
        <source>&amp;UAI</source>
        <translation>&amp;UAI</translation>
    </message>
    <message>
        <source>0761234A</source>
        <translation>0761234A</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Head of school and rentrée</source>
        <translation>Chef d’établissement et rentrée</translation>
    </message>
    <message>
        <source>The head of school signs the agreements and the measures&apos; documents. The rentrée date is the start of the school year: notices are counted from it.</source>
        <translation>Le chef d’établissement signe les conventions et les documents des mesures. La date de rentrée ouvre l’année scolaire : les préavis se comptent à partir d’elle.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <source>&amp;Rentrée (day and month)</source>
        <translation>&amp;Rentrée (jour et mois)</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>Heures de cours</translation>
    </message>
    <message>
        <source>A responsibility measure takes place outside teaching hours (Code de l&apos;éducation, R. 511-13): Passerelle checks every measure against these hours. Type times as you say them: 8h, 1630, 16h30.</source>
        <translation>Une mesure de responsabilisation se déroule en dehors des heures d’enseignement (Code de l’éducation, art. R. 511-13) : Passerelle vérifie chaque mesure au regard de ces heures. Tapez les heures comme vous les dites : 8h, 1630, 16h30.</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Demonstration data lets you try everything on fictitious schools, partners and students; you can start a real database later (File › New Database…).</source>
        <translation>Les données de démonstration permettent de tout essayer sur des établissements, partenaires et élèves fictifs ; vous pourrez commencer une vraie base ensuite (Fichier › Nouvelle base de données…).</translation>
    </message>
    <message>
        <source>Start &amp;empty: I enter my partners and students</source>
        <translation>Commencer à &amp;vide : je saisis mes partenaires et mes élèves</translation>
    </message>
    <message>
        <source>Start with &amp;demonstration data to discover Passerelle</source>
        <translation>Commencer avec des données de &amp;démonstration pour découvrir Passerelle</translation>
    </message>
</context>
<context>
    <name>GroupActivityEditorDialog</name>
    <message>
        <source>Group activity</source>
        <translation>Activité de groupe</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Under the &amp;agreement</source>
        <translation>Dans le cadre de la &amp;convention</translation>
    </message>
    <message>
        <source>For (a&amp;udience)</source>
        <translation>Pour (p&amp;ublic)</translation>
    </message>
    <message>
        <source>Meets (&amp;recurrence)</source>
        <translation>Se réunit (&amp;fréquence)</translation>
    </message>
    <message>
        <source>Filming</source>
        <translation>Prises de vue</translation>
    </message>
    <message>
        <source>Students may appear on &amp;camera (their image consent is needed)</source>
        <translation>Les élèves peuvent être &amp;filmés (leur accord de droit à l’image est requis)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Remove from the group</source>
        <translation>&amp;Retirer du groupe</translation>
    </message>
    <message>
        <source>Add students</source>
        <translation>Ajouter des élèves</translation>
    </message>
    <message>
        <source>Search a student by name or class…</source>
        <translation>Rechercher un élève par nom ou classe…</translation>
    </message>
    <message>
        <source>&amp;Add to the group</source>
        <translation>&amp;Ajouter au groupe</translation>
    </message>
    <message>
        <source>Sessions and attendance</source>
        <translation>Séances et présences</translation>
    </message>
    <message>
        <source>Add &amp;session</source>
        <translation>Ajouter une &amp;séance</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>E&amp;xport the Attendance…</source>
        <translation>E&amp;xporter l&apos;émargement…</translation>
    </message>
    <message>
        <source>Every session and each participant&apos;s attendance as a spreadsheet (CSV or Excel)</source>
        <translation>Chaque séance et la présence de chaque participant, en tableau (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Add to a Ca&amp;lendar…</source>
        <translation>Ajouter à un a&amp;genda…</translation>
    </message>
    <message>
        <source>The sessions as an iCalendar file (.ics) for an agenda; a second export updates the first, a cancelled session is removed</source>
        <translation>Les séances dans un fichier iCalendar (.ics) pour un agenda ; un second export met à jour le premier, une séance annulée en est retirée</translation>
    </message>
</context>
<context>
    <name>HandleDeadlineDialog</name>
    <message>
        <source>Mark as Handled</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Handled &amp;on</source>
        <translation>Traitée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>What was done: letter of denunciation sent, renewal agreed at the council of 12 March…</source>
        <translation>Ce qui a été fait : lettre de dénonciation envoyée, renouvellement décidé au conseil du 12 mars…</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The list shows no column to export.</source>
        <translation>La liste n&apos;affiche aucune colonne à exporter.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue : %1</translation>
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
        <source>D&amp;ocuments…</source>
        <translation>D&amp;ocuments…</translation>
    </message>
    <message>
        <source>Preview, print, issue and sign the documents of the selected record</source>
        <translation>Prévisualiser, imprimer, émettre et signer les documents de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Export &amp;PDFs…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the document of every selected record, one PDF each or one merged PDF</source>
        <translation>Exporter le document de chaque fiche sélectionnée, un PDF par fiche ou un seul PDF fusionné</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Rule findings</source>
        <translation>Constats des règles</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the list as shown (CSV or Excel)</source>
        <translation>Exporter la liste telle qu&apos;elle est affichée (CSV ou Excel)</translation>
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
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preview and print the document of the selected agreement, measure or group activity</source>
        <translation>Prévisualiser et imprimer le document de la convention, de la mesure ou de l’activité de groupe sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Create an empty Passerelle database and open it</source>
        <translation>Créer une base Passerelle vide et l’ouvrir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sa&amp;uvegardes…</translation>
    </message>
    <message>
        <source>See this database&apos;s backups, back up now, restore a backup</source>
        <translation>Voir les sauvegardes de cette base, sauvegarder maintenant, restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Passerelle File (JSON)…</source>
        <translation>&amp;Fichier Passerelle (JSON)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>From SIECLE…</source>
        <translation>Depuis &amp;SIECLE…</translation>
    </message>
    <message>
        <source>Import the students and their legal representatives from SIECLE exports (XML or ZIP)</source>
        <translation>Importer les élèves et leurs responsables légaux depuis les exports de SIECLE (XML ou ZIP)</translation>
    </message>
    <message>
        <source>From a Spreadsheet (CSV)…</source>
        <translation>Depuis un &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <source>Import students from a CSV file saved by a spreadsheet or Pronote</source>
        <translation>Importer des élèves depuis un fichier CSV enregistré par un tableur ou par Pronote</translation>
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
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Expected sessions (from the dates and the timetable) and attendance</source>
        <translation>Séances prévues (d’après les dates et l’emploi du temps) et présences</translation>
    </message>
    <message>
        <source>Incidents and report</source>
        <translation>Incidents et rapport</translation>
    </message>
    <message>
        <source>Incidents (the head of school must be told without delay)</source>
        <translation>Incidents (le chef d’établissement doit être informé sans délai)</translation>
    </message>
    <message>
        <source>&amp;Add an incident</source>
        <translation>&amp;Ajouter un incident</translation>
    </message>
    <message>
        <source>Remove the incident</source>
        <translation>Supprimer l’incident</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Head of school &amp;told on</source>
        <translation>Chef d’établissement &amp;informé le</translation>
    </message>
    <message>
        <source>The host&apos;s report</source>
        <translation>Le rapport de la structure d’accueil</translation>
    </message>
    <message>
        <source>Written &amp;on</source>
        <translation>Rédigé &amp;le</translation>
    </message>
    <message>
        <source>&amp;Behaviour</source>
        <translation>&amp;Comportement</translation>
    </message>
    <message>
        <source>&amp;Involvement</source>
        <translation>&amp;Implication</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>E&amp;xport the Attendance…</source>
        <translation>E&amp;xporter l&apos;émargement…</translation>
    </message>
    <message>
        <source>The sessions and their attendance as a spreadsheet (CSV or Excel)</source>
        <translation>Les séances et leur émargement, en tableau (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Add to a Ca&amp;lendar…</source>
        <translation>Ajouter à un a&amp;genda…</translation>
    </message>
    <message>
        <source>The expected sessions as an iCalendar file (.ics) for an agenda; a second export updates the first</source>
        <translation>Les séances prévues dans un fichier iCalendar (.ics) pour un agenda ; un second export met à jour le premier</translation>
    </message>
</context>
<context>
    <name>OrganisationEditorDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;UAI</source>
        <translation>&amp;UAI</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The people who act for this partner: those who sign its agreements, host tutors, school staff following a measure.</source>
        <translation>Les personnes qui agissent pour ce partenaire : signataires de ses conventions, tuteurs de la structure d’accueil, personnels de l’établissement qui suivent une mesure.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Remove the person</source>
        <translation>&amp;Retirer la personne</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>Heures de cours</translation>
    </message>
    <message>
        <source>The school&apos;s weekly teaching timetable: measures are planned outside these hours.</source>
        <translation>L’emploi du temps hebdomadaire des cours de l’établissement : les mesures sont prévues en dehors de ces heures.</translation>
    </message>
    <message>
        <source>Domain of a&amp;ctivity</source>
        <translation>Domaine d’a&amp;ctivité</translation>
    </message>
    <message>
        <source>Restauration collective, bibliothèque, association sportive…</source>
        <translation>Restauration collective, bibliothèque, association sportive…</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Raison &amp;sociale</translation>
    </message>
    <message>
        <source>The « raison sociale »: the registered name of the organisation when it differs from the name it goes by, as « Association Loisirs Culture Enfance Jeunesse » for the ALCEJ. Agreements print it in brackets after the name. Leave it empty when there is none.</source>
        <translation>La raison sociale : le nom déclaré de l’organisme quand il diffère du nom d’usage, comme « Association Loisirs Culture Enfance Jeunesse » pour l’ALCEJ. Les conventions l’impriment entre parenthèses après le nom. Laissez vide s’il n’y en a pas.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <source>Agreement — %1</source>
        <translation>Convention — %1</translation>
    </message>
    <message>
        <source>Measure — %1 (%2)</source>
        <translation>Mesure — %1 (%2)</translation>
    </message>
    <message>
        <source>unknown student</source>
        <translation>élève inconnu</translation>
    </message>
    <message>
        <source>Group activity — %1</source>
        <translation>Activité de groupe — %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>Notification de dénonciation</translation>
    </message>
    <message>
        <source>Responsibility measure document</source>
        <translation>Document de la mesure de responsabilisation</translation>
    </message>
    <message>
        <source>Commitment contract</source>
        <translation>Contrat d’engagement</translation>
    </message>
    <message>
        <source>Welcome booklet</source>
        <translation>Livret d’accueil</translation>
    </message>
    <message>
        <source>Host report form</source>
        <translation>Fiche de bilan de la structure d’accueil</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Attendance sheet — %1</source>
        <translation>Feuille de présence — %1</translation>
    </message>
    <message>
        <source>No private temporary folder for signing: %1</source>
        <translation>Aucun dossier temporaire privé pour la signature : %1</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing: %1</source>
        <translation>Le document n’a pas pu être préparé pour la signature : %1</translation>
    </message>
    <message>
        <source>The signed document could not be read: %1</source>
        <translation>Le document signé n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Council deliberation</source>
        <translation>Délibération du conseil</translation>
    </message>
    <message>
        <source>Annex: local resources</source>
        <translation>Annexe : ressources locales</translation>
    </message>
</context>
<context>
    <name>RecordDocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>See the document as it will be printed</source>
        <translation>Voir le document tel qu’il sera imprimé</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file without keeping it as an issued version</source>
        <translation>Enregistrer le document en PDF sans le conserver comme version émise</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <source>Keep this document as a new version, with its SHA-256 fingerprint</source>
        <translation>Conserver ce document comme nouvelle version, avec son empreinte SHA-256</translation>
    </message>
    <message>
        <source>Issued versions</source>
        <translation>Versions émises</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Sign digitally…</source>
        <translation>&amp;Signer électroniquement…</translation>
    </message>
    <message>
        <source>&amp;Verify signatures</source>
        <translation>&amp;Vérifier les signatures</translation>
    </message>
    <message>
        <source>Scanned copies</source>
        <translation>Copies numérisées</translation>
    </message>
    <message>
        <source>&amp;Attach scanned signed copy…</source>
        <translation>&amp;Joindre une copie signée numérisée…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation>Expor&amp;ter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>V&amp;erify signatures</source>
        <translation>V&amp;érifier les signatures</translation>
    </message>
    <message>
        <source>Digital signatures</source>
        <translation>Signatures électroniques</translation>
    </message>
    <message>
        <source>Select an issued version or a PDF copy, then Verify signatures.</source>
        <translation>Sélectionnez une version émise ou une copie PDF, puis Vérifier les signatures.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>The shared Passerelle database of your school or town, on a PostgreSQL server. Your IT contact gives you these details.</source>
        <translation>La base Passerelle partagée de votre établissement ou de votre commune, sur un serveur PostgreSQL. Votre correspondant informatique vous donne ces informations.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>e.g. passerelle.ville.fr</source>
        <translation>par ex. passerelle.ville.fr</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Leave it empty if your computer keeps it for you (PostgreSQL&apos;s password file, ~/.pgpass or PGPASSFILE). It is never saved by Passerelle.</source>
        <translation>Laissez-le vide si votre ordinateur le conserve pour vous (fichier de mots de passe de PostgreSQL, ~/.pgpass ou PGPASSFILE). Passerelle ne l&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Chiffrement (TLS)</translation>
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
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Default teaching hours of a new school</source>
        <translation>Heures de cours par défaut d’un nouvel établissement</translation>
    </message>
    <message>
        <source>A school created in the partner editor starts with these hours; measures must avoid them.</source>
        <translation>Un établissement créé dans la fiche partenaire reçoit ces heures ; les mesures doivent les éviter.</translation>
    </message>
    <message>
        <source>A new language or data folder applies the next time Passerelle starts. The data folder holds the default database and the log; move the database file there yourself (File › Open Database opens any other).</source>
        <translation>Une nouvelle langue ou un nouveau dossier des données s’applique au prochain démarrage de Passerelle. Le dossier des données contient la base de données par défaut et le journal ; déplacez-y vous-même le fichier de la base (Fichier › Ouvrir une base de données ouvre toute autre base).</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logo de l’en-tête</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Printed at the top of the first page of every document, beside the school&apos;s name and address (PNG or JPEG).</source>
        <translation>Imprimé en haut de la première page de chaque document, à côté du nom et de l’adresse de l’établissement (PNG ou JPEG).</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
</context>
<context>
    <name>SiecleImportDialog</name>
    <message>
        <source>Import from SIECLE</source>
        <translation>Importer depuis SIECLE</translation>
    </message>
    <message>
        <source>Choose the exports downloaded from SIECLE (Base Élèves Établissement, Exploitation › Exports XML): ElevesSansAdresses or ElevesAvecAdresses for the students, ResponsablesSansAdresses or ResponsablesAvecAdresses for their legal representatives, as .xml files or as the .zip files holding them. Nothing is written before you click Import.</source>
        <translation>Choisissez les exports téléchargés dans SIECLE (Base Élèves Établissement, Exploitation › Exports XML) : ElevesSansAdresses ou ElevesAvecAdresses pour les élèves, ResponsablesSansAdresses ou ResponsablesAvecAdresses pour leurs responsables légaux, en fichiers .xml ou dans les .zip qui les contiennent. Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Fichiers choisis</translation>
    </message>
    <message>
        <source>&amp;Choose the Files…</source>
        <translation>&amp;Choisir les fichiers…</translation>
    </message>
    <message>
        <source>C&amp;lear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>Choose the school…</source>
        <translation>Choisissez l&apos;établissement…</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;import</translation>
    </message>
    <message>
        <source>Students added:</source>
        <translation>Élèves ajoutés :</translation>
    </message>
    <message>
        <source>Students updated:</source>
        <translation>Élèves mis à jour :</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés :</translation>
    </message>
    <message>
        <source>Leavers (kept, with the date they left):</source>
        <translation>Partis (gardés, avec leur date de sortie) :</translation>
    </message>
    <message>
        <source>Absent from the files (kept):</source>
        <translation>Absents des fichiers (gardés) :</translation>
    </message>
    <message>
        <source>Representatives skipped:</source>
        <translation>Responsables écartés :</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <source>Leavers, Absent, Skipped</source>
        <translation>Partis, absents, écartés</translation>
    </message>
    <message>
        <source>Errors and Warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign Digitally</source>
        <translation>Signer électroniquement</translation>
    </message>
    <message>
        <source>A certificate &amp;file (PKCS#12: .p12, .pfx)</source>
        <translation>Un &amp;fichier de certificat (PKCS#12 : .p12, .pfx)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>A certificate of an &amp;NSS database</source>
        <translation>Un certificat d’une base &amp;NSS</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Dossier de la base</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Certificate &amp;nickname</source>
        <translation>&amp;Nom du certificat</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tif</translation>
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
        <source>File &gt; Backups… lists the backups that can be restored.</source>
        <translation>Fichier › Sauvegardes… liste les sauvegardes qui peuvent être restaurées.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.
%1</source>
        <translation>La sauvegarde n’a pas été restaurée ; la base de données est restée telle quelle.
%1</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as the backup %1.</source>
        <translation>La sauvegarde a été restaurée. La base telle qu’elle était avant est conservée dans la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The database %1 is damaged: some of its records can no longer be read whole. Stop entering data in it.</source>
        <translation>La base de données %1 est endommagée : certaines de ses fiches ne peuvent plus être lues entièrement. N’y saisissez plus rien.</translation>
    </message>
    <message>
        <source>No sound backup of it was found in %1. Keep a copy of the file and ask for help before doing anything else.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée dans %1. Gardez une copie du fichier et demandez de l’aide avant toute autre opération.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, of %1? The damaged database is kept as a backup first.</source>
        <translation>Restaurer la dernière sauvegarde intacte, du %1&#x202f;? La base endommagée est d’abord conservée en sauvegarde.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Welcome to Passerelle</source>
        <translation>Bienvenue dans Passerelle</translation>
    </message>
    <message>
        <source>Your school could not be saved; the database is still empty.
%1</source>
        <translation>Votre établissement n’a pas pu être enregistré ; la base est toujours vide.
%1</translation>
    </message>
</context>
<context>
    <name>StudentEditorDialog</name>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>Éta&amp;blissement</translation>
    </message>
    <message>
        <source>Consents of the family</source>
        <translation>Accords de la famille</translation>
    </message>
    <message>
        <source>Follow-up by &amp;partners</source>
        <translation>Suivi par les p&amp;artenaires</translation>
    </message>
    <message>
        <source>The family agrees that the partners of a measure (host structure, youth service) follow the student and share with the school what is needed for that follow-up. An alternative to exclusion for a minor needs it.</source>
        <translation>La famille accepte que les partenaires d’une mesure (structure d’accueil, service jeunesse) suivent l’élève et partagent avec l’établissement ce qui est nécessaire à ce suivi. Une alternative à l’exclusion pour un élève mineur l’exige.</translation>
    </message>
    <message>
        <source>&amp;Image rights</source>
        <translation>Droit à l’&amp;image</translation>
    </message>
    <message>
        <source>The student may be photographed or filmed during the activities, and the pictures used by the school and its partners.</source>
        <translation>L’élève peut être photographié ou filmé pendant les activités, et les images utilisées par l’établissement et ses partenaires.</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <source>The parents or guardians who sign for a minor student and are told of the measures.</source>
        <translation>Les parents ou tuteurs légaux qui signent pour un élève mineur et sont informés des mesures.</translation>
    </message>
    <message>
        <source>&amp;Add a representative</source>
        <translation>&amp;Ajouter un représentant</translation>
    </message>
    <message>
        <source>&amp;Remove the representative</source>
        <translation>&amp;Retirer le représentant</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Export to a Calendar</source>
        <translation>Ajouter à un agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>TypedValues</name>
    <message>
        <source>Give the year with 4 digits or 2: 2012 or 12.</source>
        <translation>Indiquez l’année en 4 chiffres ou en 2 : 2012 ou 12.</translation>
    </message>
    <message>
        <source>Give the year too: 03/02/2012.</source>
        <translation>Indiquez aussi l’année : 03/02/2012.</translation>
    </message>
    <message>
        <source>Not a date: type 03/02/2012 or 03022012.</source>
        <translation>Ce n’est pas une date : tapez 03/02/2012 ou 03022012.</translation>
    </message>
    <message>
        <source>Give the minutes with two digits: 16:05, 16:30.</source>
        <translation>Indiquez les minutes en deux chiffres : 16:05, 16:30.</translation>
    </message>
    <message>
        <source>Not a time: type 16:30, 16h30 or 1630.</source>
        <translation>Ce n’est pas une heure : tapez 16:30, 16h30 ou 1630.</translation>
    </message>
    <message>
        <source>There is no hour %1: hours go from 0 to 23.</source>
        <translation>Il n’y a pas d’heure %1 : les heures vont de 0 à 23.</translation>
    </message>
    <message>
        <source>There is no minute %1: minutes go from 00 to 59.</source>
        <translation>Il n’y a pas de minute %1 : les minutes vont de 00 à 59.</translation>
    </message>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation>L’année doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>Il n’y a pas de mois %1 : les mois vont de 1 à 12.</translation>
    </message>
    <message>
        <source>There is no day %1 in %2 %3.</source>
        <translation>Il n’y a pas de jour %1 en %2 %3.</translation>
    </message>
    <message>
        <source>The earliest date allowed here is %1.</source>
        <translation>La date la plus ancienne acceptée ici est le %1.</translation>
    </message>
    <message>
        <source>The latest date allowed here is %1.</source>
        <translation>La date la plus tardive acceptée ici est le %1.</translation>
    </message>
    <message>
        <source>Not a day and a month: type 01/09 or 0109.</source>
        <translation>Ce n’est pas un jour et un mois : tapez 01/09 ou 0109.</translation>
    </message>
    <message>
        <source>There is no day %1 in %2.</source>
        <translation>Il n’y a pas de jour %1 en %2.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AgreementEditorDialog</name>
    <message>
        <source>counted back from the notification</source>
        <translation>à compter de la notification</translation>
    </message>
    <message>
        <source>before the next school year&apos;s start</source>
        <translation>avant la prochaine rentrée scolaire</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Électroniquement</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représentée par</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l’instant)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Council or body</source>
        <translation>Conseil ou instance</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>What it changes</source>
        <translation>Ce qu’il modifie</translation>
    </message>
    <message>
        <source>Remove the selected deliberation?</source>
        <translation>Supprimer la délibération sélectionnée&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the selected review meeting?</source>
        <translation>Supprimer la réunion de bilan sélectionnée&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the selected amendment?</source>
        <translation>Supprimer l’avenant sélectionné&#x202f;?</translation>
    </message>
    <message>
        <source>No template articles: %1</source>
        <translation>Aucun article type : %1</translation>
    </message>
    <message>
        <source>Article %1 — %2</source>
        <translation>Article %1 — %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans intitulé)</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>(choisir un organisme)</translation>
    </message>
    <message>
        <source>Remove the party &quot;%1&quot; from the agreement? Its signature, if any, goes with it.</source>
        <translation>Retirer la partie « %1 » de la convention&#x202f;? Sa signature éventuelle est retirée avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n article(s) of this agreement with the template of &quot;%1&quot;? Undo brings them back.</source>
        <translation>
            <numerusform>Remplacer %n article de cette convention par le modèle du type « %1 »&#x202f;? Annuler le rétablit.</numerusform>
            <numerusform>Remplacer les %n articles de cette convention par le modèle du type « %1 »&#x202f;? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article %1? The articles after it are renumbered.</source>
        <translation>Supprimer l’article %1&#x202f;? Les articles suivants sont renumérotés.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nouvelle convention</translation>
    </message>
    <message>
        <source>Agreement — %1</source>
        <translation>Convention — %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Received by the prefecture</source>
        <translation>Reçue en préfecture</translation>
    </message>
    <message>
        <source>The day the prefecture received the deliberation: « reçu en préfecture le ». Leave it empty while not known; the document then leaves a blank.</source>
        <translation>Le jour où la préfecture a reçu la délibération : « reçu en préfecture le ». Laissez vide tant qu’il n’est pas connu ; le document laisse alors un blanc.</translation>
    </message>
    <message>
        <source>Sent to the prefecture</source>
        <translation>Transmise en préfecture</translation>
    </message>
    <message>
        <source>The day the deliberation was sent to the prefecture: « transmis en préfecture le ». Leave it empty while not known; the document then leaves a blank.</source>
        <translation>Le jour où la délibération a été transmise en préfecture : « transmis en préfecture le ». Laissez vide tant qu’il n’est pas connu ; le document laisse alors un blanc.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>The day the deliberation was posted up for the public: « publié par voie d&apos;affichage le ». Leave it empty while not known; the document then leaves a blank.</source>
        <translation>Le jour où la délibération a été affichée pour le public : « publié par voie d’affichage le ». Laissez vide tant qu’il n’est pas connu ; le document laisse alors un blanc.</translation>
    </message>
    <message>
        <source>Remove the selected resource from the annex?</source>
        <translation>Retirer la ressource choisie de l’annexe&#x202f;?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The service&apos;s name, as « Maison des adolescents ».</source>
        <translation>Le nom du service, comme « Maison des adolescents ».</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>What the service helps with, as « Santé » or « Aide à la parentalité ».</source>
        <translation>Ce pour quoi le service aide, comme « Santé » ou « Aide à la parentalité ».</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Who the service is for, as « Jeunes de 11 à 21 ans et leurs familles ».</source>
        <translation>À qui s’adresse le service, comme « Jeunes de 11 à 21 ans et leurs familles ».</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>A person or a desk to ask for.</source>
        <translation>Une personne ou un accueil à demander.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>How the text names %1</source>
        <translation>Comment le texte nomme %1</translation>
    </message>
    <message>
        <source>How the text names the selected party</source>
        <translation>Comment le texte nomme la partie choisie</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AgreementTableModel</name>
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
    <message>
        <source>Delete the agreement &quot;%1&quot;?</source>
        <translation>Supprimer la convention « %1 »&#x202f;?</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::BackupsDialog</name>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Endommagée : ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Passerelle backs up this database before every upgrade and every import, and once a day when it is used; it keeps the last %1 daily, %2 weekly and %3 monthly backups in %4.</source>
        <translation>Passerelle sauvegarde cette base avant chaque mise à jour et chaque import, et une fois par jour d’utilisation ; il garde les %1 dernières sauvegardes quotidiennes, %2 hebdomadaires et %3 mensuelles dans %4.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>This database has no backup yet.</source>
        <translation>Cette base n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Backed up: %1.</source>
        <translation>Sauvegarde faite : %1.</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

The database as it is now is kept as a backup first; everything entered after %1 will no longer show. Passerelle closes the database and opens it again.</source>
        <translation>Restaurer la sauvegarde du %1&#x202f;?

La base telle qu’elle est maintenant est d’abord conservée en sauvegarde ; tout ce qui a été saisi après le %1 n’apparaîtra plus. Passerelle ferme la base et la rouvre.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CsvImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
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
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is not a CSV text: save it from the spreadsheet as CSV (UTF-8 or Windows)</source>
        <translation>le fichier n&apos;est pas un texte CSV : enregistrez-le depuis le tableur au format CSV (UTF-8 ou Windows)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has more than %1 lines: the rest is not read</source>
        <translation>le fichier a plus de %1 lignes : la suite n&apos;est pas lue</translation>
    </message>
    <message>
        <source>the line has more than %1 columns</source>
        <translation>la ligne a plus de %1 colonnes</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>une valeur entre guillemets n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>the value is too long (at most %1 characters)</source>
        <translation>la valeur est trop longue (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>no last name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <source>unreadable date “%1” (dd/mm/yyyy)</source>
        <translation>date illisible « %1 » (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>the student appears twice; the first one is kept</source>
        <translation>l&apos;élève figure deux fois ; la première ligne est gardée</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>colonne « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (UAI %2)</source>
        <translation>%1 (UAI %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Choose the column of: %1 (the birth date may be left out when the INE is given).</source>
        <translation>Choisissez la colonne de : %1 (la date de naissance peut manquer si l&apos;INE est donné).</translation>
    </message>
    <message>
        <source>Choose the school to import into (add it first in Partners if it is missing).</source>
        <translation>Choisissez l&apos;établissement où importer (ajoutez-le d&apos;abord dans Partenaires s&apos;il manque).</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation>%1 à ajouter, %2 à mettre à jour, %3 inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) of the school are not in the file: they are kept.</source>
        <translation>
            <numerusform>%n élève de l&apos;établissement n&apos;est pas dans le fichier : il est gardé.</numerusform>
            <numerusform>%n élèves de l&apos;établissement ne sont pas dans le fichier : ils sont gardés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n error(s).</source>
        <translation>
            <numerusform>Rien ne peut être importé : %n erreur.</numerusform>
            <numerusform>Rien ne peut être importé : %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not be backed up first (%1).</source>
        <translation>Rien n&apos;a été importé : la base n&apos;a pas pu être sauvegardée d&apos;abord (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DashboardPage</name>
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
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DateField</name>
    <message>
        <source>Choose the date in a calendar (F4)</source>
        <translation>Choisir la date dans un calendrier (F4)</translation>
    </message>
    <message>
        <source>Type a date: 03/02/2012, 3/2/12 or 03022012. Empty: no date.</source>
        <translation>Tapez une date : 03/02/2012, 3/2/12 ou 03022012. Vide : pas de date.</translation>
    </message>
    <message>
        <source>Type a day and a month: 01/09 or 0109.</source>
        <translation>Tapez un jour et un mois : 01/09 ou 0109.</translation>
    </message>
    <message>
        <source>A date is needed here: 03/02/2012, for example.</source>
        <translation>Une date est nécessaire ici : 03/02/2012, par exemple.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DeadlineTableModel</name>
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
    <message>
        <source>Handled on %1</source>
        <translation>Traitée le %1</translation>
    </message>
    <message>
        <source>Handled on %1: %2</source>
        <translation>Traitée le %1 : %2</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DeadlinesPage</name>
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
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>The deadline could not be marked: %1</source>
        <translation>L’échéance n’a pas pu être marquée : %1</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Mark as Handled…</source>
        <translation>&amp;Marquer comme traitée…</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DocumentViewerDialog</name>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>Ce fichier n’est pas un PDF affichable.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::FindingsPanel</name>
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
    <name>passerelle::ui::FirstStartWizard</name>
    <message>
        <source>Principal of the collège</source>
        <translation>Principal du collège</translation>
    </message>
    <message>
        <source>Principal of the lycée</source>
        <translation>Proviseur du lycée</translation>
    </message>
    <message>
        <source>The school&apos;s name is needed</source>
        <translation>Le nom de l’établissement est nécessaire</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::GroupActivityEditorDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cancelled (when the partner warned)</source>
        <translation>Annulée (quand le partenaire a prévenu)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <source>No session yet: add one above to record its attendance.</source>
        <translation>Aucune séance pour l’instant : ajoutez-en une ci-dessus pour saisir ses présences.</translation>
    </message>
    <message>
        <source>Select a session above to record its attendance.</source>
        <translation>Sélectionnez une séance ci-dessus pour saisir ses présences.</translation>
    </message>
    <message>
        <source>a session without a date</source>
        <translation>séance sans date</translation>
    </message>
    <message>
        <source>Attendance on %1 (cancelled)</source>
        <translation>Présences — %1 (annulée)</translation>
    </message>
    <message>
        <source>Attendance on %1</source>
        <translation>Présences — %1</translation>
    </message>
    <message>
        <source>Remove %1 from the group? The attendance already recorded is kept.</source>
        <translation>Retirer %1 du groupe&#x202f;? Les présences déjà saisies sont conservées.</translation>
    </message>
    <message>
        <source>Remove the session of %1 and its attendance?</source>
        <translation>Supprimer la séance du %1 et ses présences&#x202f;?</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>Unknown student (%1)</source>
        <translation>Élève inconnu (%1)</translation>
    </message>
    <message>
        <source>New group activity</source>
        <translation>Nouvelle activité de groupe</translation>
    </message>
    <message>
        <source>Group activity — %1</source>
        <translation>Activité de groupe — %1</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>émargement</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::GroupTableModel</name>
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
    <message>
        <source>Delete the group activity &quot;%1&quot;?</source>
        <translation>Supprimer l’activité de groupe « %1 »&#x202f;?</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Activités de groupe</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::HandleDeadlineDialog</name>
    <message>
        <source>%1 — %2, due on %3.</source>
        <translation>%1 — %2, échéance le %3.</translation>
    </message>
    <message>
        <source>A deadline is marked handled once it has been dealt with, not later than today</source>
        <translation>Une échéance se marque traitée une fois traitée, au plus tard aujourd’hui</translation>
    </message>
    <message>
        <source>Mark as Handled</source>
        <translation>Marquer comme traitée</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ListPage</name>
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
    <message>
        <source>All school years</source>
        <translation>Toutes les années scolaires</translation>
    </message>
    <message>
        <source>With or without findings</source>
        <translation>Avec ou sans constats</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo (Ctrl+Z) until you close Passerelle.</source>
        <translation>Vous pourrez la rétablir par Édition › Annuler (Ctrl+Z) tant que Passerelle reste ouvert.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MainWindow</name>
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
        <source>Select an agreement, a measure or a group activity to print.</source>
        <translation>Sélectionnez une convention, une mesure ou une activité de groupe à imprimer.</translation>
    </message>
    <message>
        <source>Export PDFs</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Export the documents of %n record(s):</source>
        <translation>
            <numerusform>Exporter les documents de %n fiche :</numerusform>
            <numerusform>Exporter les documents de %n fiches :</numerusform>
        </translation>
    </message>
    <message>
        <source>One PDF per record, into a folder…</source>
        <translation>Un PDF par fiche, dans un dossier…</translation>
    </message>
    <message>
        <source>One merged PDF…</source>
        <translation>Un seul PDF fusionné…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDFs Into</source>
        <translation>Exporter les PDF dans</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 écrit : %n page.</numerusform>
            <numerusform>%1 écrit : %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: the %n PDF(s) already written in %1 are kept.</source>
        <translation>
            <numerusform>Export annulé : %n PDF déjà écrit dans %1 est conservé.</numerusform>
            <numerusform>Export annulé : les %n PDF déjà écrits dans %1 sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written in %1.</source>
        <translation>
            <numerusform>%n PDF écrit dans %1.</numerusform>
            <numerusform>%n PDF écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be exported:</source>
        <translation>
            <numerusform>%n fiche n’a pas pu être exportée :</numerusform>
            <numerusform>%n fiches n’ont pas pu être exportées :</numerusform>
        </translation>
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
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Passerelle %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Partnership agreements between schools and their partners, and the students&apos; measures under them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Passerelle %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les conventions de partenariat entre les établissements et leurs partenaires, et les mesures des élèves qui en relèvent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
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
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Passerelle databases (*.sqlite *.db)</source>
        <translation>Bases Passerelle (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le par Fichier › Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>The file was not imported: the database could not be backed up first (%1).</source>
        <translation>Le fichier n’a pas été importé : la base n’a pas pu être sauvegardée auparavant (%1).</translation>
    </message>
    <message>
        <source>Imported from SIECLE: %1 added, %2 updated.</source>
        <translation>Import depuis SIECLE : %1 ajoutés, %2 mis à jour.</translation>
    </message>
    <message>
        <source>Import Students from a Spreadsheet</source>
        <translation>Importer des élèves depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheet lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de tableur (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported from the spreadsheet: %1 added, %2 updated.</source>
        <translation>Import depuis le tableur : %1 ajoutés, %2 mis à jour.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Connect to a Server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>The connection to the server is lost.</source>
        <translation>La connexion au serveur est perdue.</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>The connection to the server is lost: the server stopped, or the network is down. Nothing already saved is lost.</source>
        <translation>La connexion au serveur est perdue : le serveur s&apos;est arrêté ou le réseau est coupé. Rien de ce qui a déjà été enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Retry when the server can be reached again; Passerelle then reconnects.</source>
        <translation>Réessayez quand le serveur est de nouveau joignable ; Passerelle se reconnecte alors.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MeasureEditorDialog</name>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <source>Planned (draft)</source>
        <translation>Prévue (brouillon)</translation>
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
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>digitally</source>
        <translation>électroniquement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Head of school told</source>
        <translation>Chef d’établissement informé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Remove this incident from the follow-up?</source>
        <translation>Retirer cet incident du suivi&#x202f;?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non saisi</translation>
    </message>
    <message numerus="yes">
        <source>Over the whole measure: %1 h %2 in %n session(s)</source>
        <translation>
            <numerusform>Sur toute la mesure : %1 h %2 en %n séance</numerusform>
            <numerusform>Sur toute la mesure : %1 h %2 en %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signature the document needs is there.</source>
        <translation>Toutes les signatures requises par le document sont présentes.</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Reste à signer : %1</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message numerus="yes">
        <source>The rules find %n error(s) in this measure. It can only be saved as a draft, with the status &quot;planned&quot;, until they are fixed. Save it as a draft?</source>
        <translation>
            <numerusform>Les règles trouvent %n erreur dans cette mesure. Elle ne peut être enregistrée que comme brouillon, au statut « prévue », tant qu’elle n’est pas corrigée. L’enregistrer comme brouillon&#x202f;?</numerusform>
            <numerusform>Les règles trouvent %n erreurs dans cette mesure. Elle ne peut être enregistrée que comme brouillon, au statut « prévue », tant qu’elles ne sont pas corrigées. L’enregistrer comme brouillon&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A measure lasts at most %1 days: it can end on %2 at the latest.</source>
        <translation>Une mesure dure au plus %1 jours : elle peut finir le %2 au plus tard.</translation>
    </message>
    <message>
        <source>%1 (no session planned that day)</source>
        <translation>%1 (aucune séance prévue ce jour-là)</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>émargement</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MeasureTableModel</name>
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
    <message>
        <source>Delete the measure of %1 from %2 to %3?</source>
        <translation>Supprimer la mesure de %1 du %2 au %3&#x202f;?</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Heures faites</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OrganisationEditorDialog</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Remove %1 from the people of this partner? The person is deleted when you save.</source>
        <translation>Retirer %1 des personnes de ce partenaire&#x202f;? La personne est supprimée à l’enregistrement.</translation>
    </message>
    <message>
        <source>Name: a partner needs a name.</source>
        <translation>Nom : un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>People: every person needs a first or a last name.</source>
        <translation>Personnes : chaque personne doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Seven digits and a letter, such as 0123456A</source>
        <translation>Sept chiffres et une lettre, comme 0123456A</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OrganisationTableModel</name>
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
    <message>
        <source>Delete the partner &quot;%1&quot;?</source>
        <translation>Supprimer le partenaire « %1 »&#x202f;?</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RecordDocumentsDialog</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Image TIFF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Documents — %1</source>
        <translation>Documents — %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Digitally signed</source>
        <translation>Signée électroniquement</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Fichier entier</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>This record has no document to print.</source>
        <translation>Cette fiche n’a aucun document à imprimer.</translation>
    </message>
    <message>
        <source>The agreement is not signed yet: its documents are stamped PROJET until it is.</source>
        <translation>La convention n’est pas encore signée : ses documents portent la mention PROJET jusqu’à sa signature.</translation>
    </message>
    <message numerus="yes">
        <source>The rules find %n error(s): the document is stamped PROJET until they are fixed.</source>
        <translation>
            <numerusform>Les règles trouvent %n erreur : le document porte la mention PROJET tant qu’elle n’est pas corrigée.</numerusform>
            <numerusform>Les règles trouvent %n erreurs : le document porte la mention PROJET tant qu’elles ne sont pas corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft (PROJET)</source>
        <translation>Brouillon (PROJET)</translation>
    </message>
    <message>
        <source>The rules found errors when it was issued</source>
        <translation>Les règles ont trouvé des erreurs lors de son émission</translation>
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
        <source>Issued versions (%1)</source>
        <translation>Versions émises (%1)</translation>
    </message>
    <message>
        <source>Scanned copies (%1)</source>
        <translation>Copies numérisées (%1)</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Choisissez d’abord un document.</translation>
    </message>
    <message>
        <source>Choose an issued version first.</source>
        <translation>Choisissez d’abord une version émise.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 est trop volumineux pour être joint (%2 ; %3 au maximum).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Choose a scanned copy first.</source>
        <translation>Choisissez d’abord une copie numérisée.</translation>
    </message>
    <message>
        <source>Remove %1 from this record? The file is deleted from the database.</source>
        <translation>Retirer %1 de cette fiche&#x202f;? Le fichier est supprimé de la base de données.</translation>
    </message>
    <message>
        <source>%1 is an image: only a PDF can carry a digital signature.</source>
        <translation>%1 est une image : seul un PDF peut porter une signature électronique.</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>%1: not signed (no digital signature).</source>
        <translation>%1 : non signé (aucune signature électronique).</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>No: the file was changed after signing</source>
        <translation>Non : le fichier a été modifié après la signature</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation>Non reconnu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n valid signature(s) covering the whole file.</source>
        <translation>
            <numerusform>%1 : %n signature valide couvrant tout le fichier.</numerusform>
            <numerusform>%1 : %n signatures valides couvrant tout le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a signature is not valid, or the file was changed after signing.</source>
        <translation>%1 : une signature n’est pas valide, ou le fichier a été modifié après la signature.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This version is stamped PROJET: when it was issued, the agreement was not signed yet or the rules found errors. Sign it anyway?</source>
        <translation>Cette version porte la mention PROJET : quand elle a été émise, la convention n’était pas encore signée ou les règles relevaient des erreurs. La signer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Attach Scanned Signed Copy</source>
        <translation>Joindre une copie signée numérisée</translation>
    </message>
    <message>
        <source>Scanned copies (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Copies numérisées (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Issued Version</source>
        <translation>Exporter la version émise</translation>
    </message>
    <message>
        <source>Export Scanned Copy</source>
        <translation>Exporter la copie numérisée</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RecordEditorDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifiée ailleurs</translation>
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
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload their version (your changes are lost) or keep editing (nothing is saved)?</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche après son ouverture. Recharger sa version (vos modifications sont perdues) ou continuer la saisie (rien n’est enregistré)&#x202f;?</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>La fiche n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Close without saving them?</source>
        <translation>Cette fiche a des modifications non enregistrées. Fermer sans les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Preview, print, issue and sign this record&apos;s documents</source>
        <translation>Prévisualiser, imprimer, émettre et signer les documents de cette fiche</translation>
    </message>
    <message>
        <source>Documents are made from the saved record. Save your changes now and open the documents?</source>
        <translation>Les documents sont établis à partir de la fiche enregistrée. Enregistrer vos modifications maintenant et ouvrir les documents&#x202f;?</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Redo change</source>
        <translation>Rétablir la modification</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>This record was not saved. %1</source>
        <translation>Cette fiche n’a pas été enregistrée. %1</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::ServerConnectDialog</name>
    <message>
        <source>If the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Server: type the name or address of the server.</source>
        <translation>Serveur : saisissez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Port: type a number from 1 to %1 (usually %2).</source>
        <translation>Port : saisissez un nombre de 1 à %1 (en général %2).</translation>
    </message>
    <message>
        <source>Database: type the name of the database on the server.</source>
        <translation>Base de données : saisissez le nom de la base sur le serveur.</translation>
    </message>
    <message>
        <source>User: type your login on the server.</source>
        <translation>Utilisateur : saisissez votre identifiant sur le serveur.</translation>
    </message>
    <message>
        <source>Passerelle could not connect to the server.</source>
        <translation>Passerelle n&apos;a pas pu se connecter au serveur.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Préférences inchangées</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image: the logo was not changed.</source>
        <translation>%1 n’est pas une image PNG ou JPEG : le logo n’a pas été changé.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image (%2): the logo was not changed.</source>
        <translation>%1 ne peut pas être lu comme une image (%2) : le logo n’a pas été changé.</translation>
    </message>
    <message>
        <source>%1 cannot be converted to PNG: the logo was not changed.</source>
        <translation>%1 ne peut pas être converti en PNG : le logo n’a pas été changé.</translation>
    </message>
    <message>
        <source>Letterhead Logo</source>
        <translation>Logo de l’en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SiecleImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>SIECLE id</source>
        <translation>Identifiant SIECLE</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Responsables légaux</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Choose the SIECLE files to import.</source>
        <translation>Choisissez les fichiers SIECLE à importer.</translation>
    </message>
    <message>
        <source>Choose the SIECLE Files</source>
        <translation>Choisir les fichiers SIECLE</translation>
    </message>
    <message>
        <source>SIECLE exports (*.xml *.zip *.XML *.ZIP);;All files (*)</source>
        <translation>Exports SIECLE (*.xml *.zip *.XML *.ZIP);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>%1 (UAI %2)</source>
        <translation>%1 (UAI %2)</translation>
    </message>
    <message>
        <source>Errors and Warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Warning: another file is for the UAI %1.</source>
        <translation>Avertissement : un autre fichier est pour l&apos;UAI %1.</translation>
    </message>
    <message>
        <source>Errors and Warnings (%1)</source>
        <translation>Erreurs et avertissements (%1)</translation>
    </message>
    <message>
        <source>The files give no UAI: choose the school to import into.</source>
        <translation>Les fichiers ne donnent pas d&apos;UAI : choisissez l&apos;établissement où importer.</translation>
    </message>
    <message>
        <source>No school in the database has the UAI %1: choose the school to import into, or add the school first (Partners).</source>
        <translation>Aucun établissement de la base n&apos;a l&apos;UAI %1 : choisissez l&apos;établissement où importer, ou ajoutez-le d&apos;abord (Partenaires).</translation>
    </message>
    <message>
        <source>Warning: the files are for the UAI %1, the school %2 has the UAI %3.</source>
        <translation>Avertissement : les fichiers sont pour l&apos;UAI %1, l&apos;établissement %2 a l&apos;UAI %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported: %n error(s).</source>
        <translation>
            <numerusform>Rien ne sera importé : %n erreur.</numerusform>
            <numerusform>Rien ne sera importé : %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the school to import into.</source>
        <translation>Choisissez l&apos;établissement où importer.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds these students.</source>
        <translation>Rien à changer : la base contient déjà ces élèves.</translation>
    </message>
    <message>
        <source>Nothing is written before you click Import; the database is backed up first.</source>
        <translation>Rien n&apos;est enregistré avant que vous cliquiez sur Importer ; la base est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Leaver (kept): %1, left on %2</source>
        <translation>Parti (gardé) : %1, sorti le %2</translation>
    </message>
    <message>
        <source>Absent from the files (kept, not removed): %1</source>
        <translation>Absent des fichiers (gardé, pas supprimé) : %1</translation>
    </message>
    <message>
        <source>Representative skipped: %1, for the student %2: %3</source>
        <translation>Responsable écarté : %1, pour l&apos;élève %2 : %3</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajouts (%1)</translation>
    </message>
    <message>
        <source>Leavers, Absent, Skipped (%1)</source>
        <translation>Partis, absents, écartés (%1)</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not be backed up first (%1).</source>
        <translation>Rien n&apos;a été importé : la base n&apos;a pas pu être sauvegardée d&apos;abord (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated.</source>
        <translation>%1 ajoutés, %2 mis à jour.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SignDialog</name>
    <message>
        <source>Sign %1 with a certificate. The signed copy is kept as a new version.</source>
        <translation>Signer %1 avec un certificat. La copie signée est conservée comme nouvelle version.</translation>
    </message>
    <message>
        <source>Signature of the head of school</source>
        <translation>Signature du chef d’établissement</translation>
    </message>
    <message>
        <source>Certificate File</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>NSS Database Folder</source>
        <translation>Dossier de la base NSS</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Certificate file: choose the .p12 or .pfx file.</source>
        <translation>Fichier de certificat : choisissez le fichier .p12 ou .pfx.</translation>
    </message>
    <message>
        <source>Certificate file: %1 does not exist.</source>
        <translation>Fichier de certificat : %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Database folder: choose the folder of the NSS database.</source>
        <translation>Dossier de la base : choisissez le dossier de la base NSS.</translation>
    </message>
    <message>
        <source>Database folder: %1 is not a folder.</source>
        <translation>Dossier de la base : %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Certificate nickname: give the name of the certificate in the database.</source>
        <translation>Nom du certificat : indiquez le nom du certificat dans la base.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StudentEditorDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
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
    <message>
        <source>Remove %1 from the legal representatives of this student?</source>
        <translation>Retirer %1 des représentants légaux de cet élève&#x202f;?</translation>
    </message>
    <message>
        <source>this representative</source>
        <translation>ce représentant</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Last name: a student needs a last name.</source>
        <translation>Nom : un élève doit avoir un nom.</translation>
    </message>
    <message>
        <source>First name: a student needs a first name.</source>
        <translation>Prénom : un élève doit avoir un prénom.</translation>
    </message>
    <message>
        <source>Legal representatives: every representative needs a first or a last name.</source>
        <translation>Représentants légaux : chaque représentant doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Nouvel élève</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StudentTableModel</name>
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
    <message>
        <source>Delete the student %1?</source>
        <translation>Supprimer l’élève %1&#x202f;?</translation>
    </message>
    <message>
        <source>Delete the student %1 (%2)?</source>
        <translation>Supprimer l’élève %1 (%2)&#x202f;?</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::TimeField</name>
    <message>
        <source>Type a time: 16:30, 16h30, 1630 or 9h. Empty: no time.</source>
        <translation>Tapez une heure : 16:30, 16h30, 1630 ou 9h. Vide : pas d’heure.</translation>
    </message>
    <message>
        <source>Give the time: 16:30, for example.</source>
        <translation>Indiquez l’heure : 16:30, par exemple.</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::TimetableWidget</name>
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
    <message>
        <source>%1 morning, start</source>
        <translation>%1 matin, début</translation>
    </message>
    <message>
        <source>%1 morning, end</source>
        <translation>%1 matin, fin</translation>
    </message>
    <message>
        <source>%1 afternoon, start</source>
        <translation>%1 après-midi, début</translation>
    </message>
    <message>
        <source>%1 afternoon, end</source>
        <translation>%1 après-midi, fin</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::TypedField</name>
    <message>
        <source>A field is empty. %1</source>
        <translation>Un champ est vide. %1</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty. %2</source>
        <translation>Le champ « %1 » est vide. %2</translation>
    </message>
    <message>
        <source>A field holds &quot;%1&quot;. %2</source>
        <translation>Un champ contient « %1 ». %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;. %3</source>
        <translation>Le champ « %1 » contient « %2 ». %3</translation>
    </message>
</context>
<context>
    <name>passerelle::ui::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
</TS>
