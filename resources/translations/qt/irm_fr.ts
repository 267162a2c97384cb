<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <location filename="../../../irm_app/ui/app.py" line="+154"/>
        <source>IRM Assessor</source>
        <translation>Évaluateur MRI</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This library is already open in another IRM Assessor window (or an irm-app command). Switch to that window, or close it and start again.

%s</source>
        <translation>Cette bibliothèque est déjà ouverte dans une autre fenêtre de l&apos;Évaluateur MRI (ou une commande irm-app). Passez à cette fenêtre, ou fermez-la et recommencez.

%s</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+112"/>
        <source>Assessment details</source>
        <translation>Détails de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form:</source>
        <translation>Formulaire :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A review copy is read-only.</source>
        <translation>Une copie de relecture est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoice</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/opening.py" line="+40"/>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s comes from a package signed by %s. It will open in your system&apos;s viewer for %s files.</source>
        <translation>%s provient d&apos;un paquet signé par %s. Il s&apos;ouvrira dans la visionneuse de votre système pour les fichiers %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s comes from a package signed by %s and is not a document type the app opens (%s): it could run as a program. You can only save it.</source>
        <translation>%s provient d&apos;un paquet signé par %s et n&apos;est pas un type de document que l&apos;application ouvre (%s) : il pourrait s&apos;exécuter comme un programme. Vous pouvez seulement l&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the attached file</source>
        <translation>Enregistrer le fichier joint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the attached file: %s</source>
        <translation>Impossible d&apos;enregistrer le fichier joint : %s</translation>
    </message>
</context>
<context>
    <name>ClaimLabel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+68"/>
        <source>Government&apos;s claim</source>
        <translation>Déclaration du gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government&apos;s own latest reported status (self-assessment), never an IRM score; compared with the IRM completion level by the form&apos;s rule</source>
        <translation>Le dernier statut déclaré par le gouvernement lui-même (auto-évaluation), jamais une note du MRI ; comparé au niveau d&apos;achèvement du MRI selon la règle du formulaire</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location line="-40"/>
        <source>Government&apos;s claim: none reported</source>
        <translation>Déclaration du gouvernement : aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government’s claim</source>
        <translation>Déclaration du gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRM</source>
        <translation>MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims more than assessed</source>
        <translation>déclare plus que l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistent with the claim</source>
        <translation>conforme à la déclaration</translation>
    </message>
</context>
<context>
    <name>ClaimsTile</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="+68"/>
        <source>Reported complete</source>
        <translation>Déclaré achevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported in progress</source>
        <translation>Déclaré en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported not started</source>
        <translation>Déclaré non commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No or other status</source>
        <translation>Aucun ou autre statut</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Government claims vs IRM</source>
        <translation>Déclarations du gouvernement et MRI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Government: %s</source>
        <translation>Gouvernement : %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Government claimed more than the IRM assessed</source>
        <translation>Le gouvernement a déclaré plus que ce qu&apos;a évalué le MRI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimed more than the IRM assessed (of %s compared)</source>
        <translation>ont déclaré plus que ce qu&apos;a évalué le MRI (sur %s comparés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the government reports about each commitment, beside the IRM&apos;s “%s” score. Claims above the IRM&apos;s level need evidence in the justification.</source>
        <translation>Ce que le gouvernement déclare pour chaque engagement, à côté de la note « %s » du MRI. Une déclaration au-dessus du niveau du MRI demande des preuves dans la justification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from the government&apos;s latest reported status of each commitment. A claim is compared only when the commitment has both a recognised status and an IRM “%s” score.</source>
        <translation>Compté d&apos;après le dernier statut déclaré par le gouvernement pour chaque engagement. Une déclaration n&apos;est comparée que si l&apos;engagement a un statut reconnu et une note « %s » du MRI.</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <location filename="../../../irm_app/ui/review/comments_view.py" line="+71"/>
        <source>Show comments</source>
        <translation>Afficher les commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All comments</source>
        <translation>Tous les commentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply, or how the comment was handled</source>
        <translation>Écrivez une réponse, ou comment le commentaire a été traité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply</source>
        <translation>Rép&amp;ondre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Res&amp;olve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Mark the thread resolved (with your name and the time); the reply box&apos;s text is kept as how it was handled</source>
        <translation>Marquer le fil comme résolu (avec votre nom et l&apos;heure) ; le texte de la réponse est gardé comme traitement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show commitment</source>
        <translation>Afficher l&apos;engagement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and resolve</source>
        <translation>et résoudre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge the score here</source>
        <translation>Changer la note &amp;ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the field this comment is about to the chosen level; the comment records the change</source>
        <translation>Mettre le champ du commentaire au niveau choisi ; le commentaire enregistre le changement</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Every reviewer</source>
        <translation>Tous les relecteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every commitment</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d comments, %d open</source>
        <translation>%d commentaires, %d ouverts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resolved by %s</source>
        <translation>résolu par %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score changed here: %s → %s</source>
        <translation>Note changée ici : %s → %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved by %s at %s</source>
        <translation>Résolu par %s le %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on an older version of the package</source>
        <translation>Fait sur une version antérieure du paquet</translation>
    </message>
</context>
<context>
    <name>CommitmentChecklist</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="+111"/>
        <source>Filter by id or title</source>
        <translation>Filtrer par id ou titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrer les engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only commitments whose id or title contains this text</source>
        <translation>Afficher seulement les engagements dont l&apos;id ou le titre contient ce texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked commitments</source>
        <translation>Engagements liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every commitment this evidence supports</source>
        <translation>Cochez chaque engagement que cette preuve étaye</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d commitments linked</source>
        <translation>%d engagements liés sur %d</translation>
    </message>
</context>
<context>
    <name>CommitmentPanel</name>
    <message>
        <location filename="../../../irm_app/ui/intake/commitment_panel.py" line="+100"/>
        <source>member code + number, or the OGP id</source>
        <translation>code du membre + numéro, ou l&apos;id OGP</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Milestones:</source>
        <translation>Jalons :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone title</source>
        <translation>Titre du jalon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone:</source>
        <translation>Jalon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone start</source>
        <translation>Début du jalon</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end</source>
        <translation>Fin du jalon</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>Institution &amp;responsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the commitment is</source>
        <translation>En quoi consiste l’engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>Problème public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it contributes</source>
        <translation>Comment il y contribue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevance to OGP values</source>
        <translation>Pertinence au regard des valeurs du PGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>How it was found: %s</source>
        <translation>Comment il a été trouvé : %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %s</source>
        <translation>Source : %s</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/panel.py" line="+60"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on this commitment or one of its fields</source>
        <translation>Un commentaire sur cet engagement ou l&apos;un de ses champs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add comment</source>
        <translation>Ajouter un co&amp;mmentaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review state</source>
        <translation>État de relecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;review state</source>
        <translation>Définir l&apos;état de re&amp;lecture</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment</source>
        <translation>L&apos;engagement</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %s</source>
        <translation>Relecture : %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: no state yet</source>
        <translation>Relecture : pas encore d’état</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/view.py" line="+20"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>D&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported status</source>
        <translation>Statut déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government self-assessment</source>
        <translation>Auto-évaluation du gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Commitment text</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a commitment to read it here.</source>
        <translation>Sélectionnez un engagement pour le lire ici.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/model.py" line="+151"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ every applicable field scored and justified; ◐ started</source>
        <translation>✓ chaque champ applicable noté et justifié ; ◐ commencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewers&apos; states of each commitment (needs changes, approved...)</source>
        <translation>Les états de chaque engagement selon les relecteurs (à modifier, approuvé...)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Commitment %s</source>
        <translation>Engagement %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no review state</source>
        <translation>aucun état de revue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scored and justified</source>
        <translation>noté et justifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>started, not complete</source>
        <translation>commencé, pas terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged to revisit later</source>
        <translation>marqué à revoir plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet determined</source>
        <translation>pas encore déterminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not apply</source>
        <translation>ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s, commitment %s</source>
        <translation>%s : %s, engagement %s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+45"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not scored: </source>
        <translation>Non noté : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No justification: </source>
        <translation>Sans justification : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged: revisit later</source>
        <translation>Marqué : à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/page.py" line="+61"/>
        <source>Filter by ID, title or institution (Ctrl+F)</source>
        <translation>Filtrer par ID, titre ou institution (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrer les engagements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which commitments the table lists</source>
        <translation>Les engagements que le tableau affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the commitments that need attention</source>
        <translation>Afficher seulement les engagements qui demandent attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All commitments</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully scored</source>
        <translation>Pas entièrement notés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing justification</source>
        <translation>Justification manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged: revisit later</source>
        <translation>Marqué : à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed more than assessed</source>
        <translation>Déclaré plus que l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment of the plan: its done mark, title, each field&apos;s level and the derived indicators</source>
        <translation>Une ligne par engagement du plan : sa marque d&apos;avancement, son titre, le niveau de chaque champ et les indicateurs dérivés</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+223"/>
        <source>&amp;Revisit later</source>
        <translation>&amp;À revoir</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Revisit later</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag this commitment to come back to; filter on it from the list</source>
        <translation>Marquer cet engagement pour y revenir ; filtrez-le depuis la liste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Review (%n open)</source>
        <translation>
            <numerusform>Relecture (%n ouvert)</numerusform>
            <numerusform>Relecture (%n ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review (%d)</source>
        <translation>Relecture (%d)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grand challenges: %s</source>
        <translation>Grands défis : %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisit later: %s</source>
        <translation>À revoir : %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;title</source>
        <translation>Copier le &amp;titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%d of %d commitments shown</source>
        <translation>%d engagements affichés sur %d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This plan has no commitments yet. Add them with Plan &gt; Edit plan (Ctrl+P), or import the plan&apos;s file (Ctrl+I).</source>
        <translation>Ce plan n&apos;a pas encore d&apos;engagements. Ajoutez-les avec Plan &gt; Modifier le plan (Ctrl+P), ou importez le fichier du plan (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitment matches “%s” among those shown as “%s”. Clear the filter box, or choose “%s” under Show.</source>
        <translation>Aucun engagement ne correspond à « %s » parmi ceux affichés comme « %s ». Videz la zone de filtre, ou choisissez « %s » sous Afficher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment matches “%s” in its ID, title or institutions. Check the spelling or clear the filter box.</source>
        <translation>Aucun engagement ne correspond à « %s » dans son identifiant, son titre ou ses institutions. Vérifiez l&apos;orthographe ou videz la zone de filtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commitment is “%s”. Choose “%s” under Show to see them all.</source>
        <translation>Aucun engagement n&apos;est « %s ». Choisissez « %s » sous Afficher pour les voir tous.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+115"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two letters, e.g. CL</source>
        <translation>deux lettres, p. ex. SN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country (two-letter code)</source>
        <translation>Pays (code à deux lettres)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>Saisissez votre nom tel qu&apos;il doit figurer sur les rapports signés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the two-letter country code (ISO 3166), e.g. CL.</source>
        <translation>Saisissez le code pays à deux lettres (ISO 3166), p. ex. SN.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/page.py" line="+53"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grand challenge</source>
        <translation>Grand défi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assessment dashboard</source>
        <translation>Tableau de bord de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Open an assessment to see how far it is.</source>
        <translation>Ouvrez une évaluation pour voir où elle en est.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Field broken down</source>
        <translation>Champ ventilé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scored field the breakdown chart shows</source>
        <translation>Le champ noté que montre le graphique de ventilation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group commitments by their theme, or by OGP grand challenge (the plan&apos;s and your own tags; a commitment with two grand challenges counts in both)</source>
        <translation>Regrouper les engagements par thème, ou par grand défi d&apos;OGP (les étiquettes du plan et les vôtres ; un engagement à deux grands défis compte dans les deux)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break down:</source>
        <translation>Ventiler :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%s by grand challenge</source>
        <translation>%s par grand défi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s by theme</source>
        <translation>%s par thème</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/charts.py" line="+23"/>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A commitment with two grand challenges is counted in both rows.</source>
        <translation>Un engagement à deux grands défis est compté dans les deux lignes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived indicators</source>
        <translation>Indicateurs dérivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough data</source>
        <translation>Données insuffisantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>Non coché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="-115"/>
        <source>Scored</source>
        <translation>Notés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Engagements dont chaque champ applicable est noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justified</source>
        <translation>Justifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments whose every set score that needs a justification has one</source>
        <translation>Engagements dont chaque note qui demande une justification en a une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With evidence</source>
        <translation>Avec preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with at least one evidence item linked</source>
        <translation>Engagements liés à au moins une preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for revisit</source>
        <translation>Marqués à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments you flagged to come back to</source>
        <translation>Engagements que vous avez marqués pour y revenir</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%s progress</source>
        <translation>Avancement : %s</translation>
    </message>
</context>
<context>
    <name>DefinitionsSwitch</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/definitions.py" line="+47"/>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the levels&apos; definitions and why each derived indicator is what it is (F1; ? on a field shows that field&apos;s)</source>
        <translation>Afficher les définitions des niveaux et la raison de chaque indicateur dérivé (F1 ; ? sur un champ affiche celles de ce champ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show definitions</source>
        <translation>Afficher les définitions</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../../irm_app/ui/intake/document_view.py" line="+29"/>
        <source>—— page %s ——</source>
        <translation>—— page %s ——</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-105"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location line="+156"/>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Ministry progress report, March 2024</source>
        <translation>p. ex. Rapport d&apos;avancement du ministère, mars 2024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (or YYYY-MM, YYYY); empty: no date</source>
        <translation>AAAA-MM-JJ (ou AAAA-MM, AAAA) ; vide : sans date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of evidence</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document, interview, website or observation</source>
        <translation>Document, entretien, site web ou observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required: what the evidence is, as cited in the report</source>
        <translation>Obligatoire : ce qu&apos;est la preuve, telle que citée dans le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the evidence was produced or gathered; leave empty if unknown</source>
        <translation>Quand la preuve a été produite ou recueillie ; laissez vide si inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set date to today</source>
        <translation>Mettre la date d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in today&apos;s date</source>
        <translation>Remplir avec la date d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it can be found online: an http:// or https:// address</source>
        <translation>Où la trouver en ligne : une adresse http:// ou https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your notes: who was interviewed, what the page showed, page numbers…</source>
        <translation>Vos notes : qui a été interrogé, ce que montrait la page, numéros de page…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a file into the library with this evidence</source>
        <translation>Copier un fichier dans la bibliothèque avec cette preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear attached file</source>
        <translation>Retirer le fichier joint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not attach the file chosen here</source>
        <translation>Ne pas joindre le fichier choisi ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The attached file&apos;s name and SHA-256 fingerprint</source>
        <translation>Le nom du fichier joint et son empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supports:</source>
        <translation>Étaye :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attach a file to this evidence</source>
        <translation>Joindre un fichier à cette preuve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too large to attach (limit %d MB)</source>
        <translation>%s est trop volumineux pour être joint (limite %d Mo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %s: %s</source>
        <translation>Impossible de lire %s : %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s (new)
SHA-256 %s</source>
        <translation>%s (nouveau)
SHA-256 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s
SHA-256 %s</source>
        <translation>%s
SHA-256 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/panel.py" line="+79"/>
        <source>Evidence for this commitment</source>
        <translation>Preuves de cet engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence linked yet. Add an item, or link one already in this assessment below.</source>
        <translation>Aucune preuve liée pour l&apos;instant. Ajoutez un élément, ou liez ci-dessous un élément déjà présent dans cette évaluation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a new evidence item for this commitment</source>
        <translation>Ajouter une nouvelle preuve pour cet engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected evidence item</source>
        <translation>Modifier la preuve sélectionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected evidence item from the assessment (Ctrl+Z undoes)</source>
        <translation>Supprimer la preuve sélectionnée de l&apos;évaluation (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s URL in your web browser</source>
        <translation>Ouvrir l&apos;URL de l&apos;élément dans votre navigateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open lin&amp;k</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the attached file with your system&apos;s viewer</source>
        <translation>Ouvrir le fichier joint avec la visionneuse du système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open file</source>
        <translation>Ouvrir le f&amp;ichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to other co&amp;mmitments…</source>
        <translation>Lier à d&apos;a&amp;utres engagements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every commitment the selected item supports</source>
        <translation>Choisir chaque engagement qu&apos;étaye l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Other evidence in this assessment</source>
        <translation>Autres preuves de cette évaluation</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Link &amp;to this commitment</source>
        <translation>Lier à cet en&amp;gagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected item evidence for this commitment too</source>
        <translation>Faire aussi de l&apos;élément sélectionné une preuve de cet engagement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a commitment to see its evidence.</source>
        <translation>Choisissez un engagement pour voir ses preuves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence for %s</source>
        <translation>Preuves de %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only review copy)</source>
        <translation> (copie de relecture en lecture seule)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not linked to any commitment</source>
        <translation>Liée à aucun engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports: %s</source>
        <translation>Étaye : %s</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot open the attached file: %s</source>
        <translation>Impossible d&apos;ouvrir le fichier joint : %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
</context>
<context>
    <name>EvidenceTree</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/tree.py" line="+23"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="+89"/>
        <source>Export review</source>
        <translation>Exporter la relecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of your signing key</source>
        <translation>Phrase secrète de votre clé de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+83"/>
        <source>Select an assessment in the library first.</source>
        <translation>Sélectionnez d&apos;abord une évaluation dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>%s: no such folder</source>
        <translation>%s : dossier introuvable</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Report written to %s</source>
        <translation>Rapport enregistré dans %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %s…</source>
        <translation>Écriture de %s…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Package written to %s (signed by %s)</source>
        <translation>Paquet enregistré dans %s (signé par %s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written to %s (signed by %s): a DRAFT for review, marked so in the report and in its signed manifest, not the final report</source>
        <translation>Paquet écrit dans %s (signé par %s) : un BROUILLON pour examen, marqué comme tel dans le rapport et dans son manifeste signé, pas le rapport final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing %s…</source>
        <translation>Signature de %s…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a signed package for review</source>
        <translation>Ouvrir un paquet signé pour relecture</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>Open package</source>
        <translation>Ouvrir le paquet</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Verifying %s…</source>
        <translation>Vérification de %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s was refused: %s</source>
        <translation>%s a été refusé : %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trusted signer</source>
        <translation>signataire de confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>signataire absent de votre liste de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %s read-only: signed by %s (%s)</source>
        <translation>%s ouvert en lecture seule : signé par %s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256): %s</source>
        <translation>Empreinte (SHA-256) : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+46"/>
        <source>signed by a different key than the last package from %s: that was %s, this is %s</source>
        <translation>signé avec une autre clé que le dernier paquet de %s : c&apos;était %s, c&apos;est %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by a different key than the last package of assessment %s: that was %s, this is %s</source>
        <translation>signé avec une autre clé que le dernier paquet de l&apos;évaluation %s : c&apos;était %s, c&apos;est %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+17"/>
        <source>REFUSED: %s was not opened.</source>
        <translation>REFUSÉ : %s n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s</source>
        <translation>Signataire : %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the new key with the signer (compare the fingerprint by phone or in person) before accepting it.</source>
        <translation>Vérifiez la nouvelle clé auprès du signataire (comparez l&apos;empreinte par téléphone ou en personne) avant de l&apos;accepter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the new key and open</source>
        <translation>&amp;Accepter la nouvelle clé et ouvrir</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/field_editor.py" line="+44"/>
        <source>Comments: %d open</source>
        <translation>Commentaires : %d ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments: %d</source>
        <translation>Commentaires : %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments on %s</source>
        <translation>Commentaires sur %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the answer to this field</source>
        <translation>Retirer la réponse de ce champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %s</source>
        <translation>Effacer %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Justification (required)</source>
        <translation>Justification (obligatoire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification for %s</source>
        <translation>Justification de %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level: cite the evidence. Saved as you type.</source>
        <translation>Pourquoi ce niveau : citez les preuves. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Does not apply: %s</source>
        <translation>Ne s&apos;applique pas : %s</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="-211"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the written file</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
</context>
<context>
    <name>FlaggedValuesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+217"/>
        <source>Flagged values</source>
        <translation>Valeurs signalées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the library: commitments %d, milestones %d, assessments %d; flagged values %d</source>
        <translation>Dans la bibliothèque : engagements %d, jalons %d, évaluations %d ; valeurs signalées %d</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location line="-123"/>
        <source>Values the import could not map to a level of the form: kept as they were, not scored. Score these commitments by hand.</source>
        <translation>Valeurs que l&apos;importation n&apos;a pas pu faire correspondre à un niveau du formulaire : conservées telles quelles, non notées. Notez ces engagements à la main.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value was flagged: every value the file gave was read as a level or left blank.</source>
        <translation>Aucune valeur n&apos;a été signalée : chaque valeur du fichier a été lue comme un niveau ou laissée vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to commitment</source>
        <translation>&amp;Aller à l&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected value&apos;s commitment and field (Enter, or a double-click)</source>
        <translation>Afficher l&apos;engagement et le champ de la valeur sélectionnée (Entrée, ou un double-clic)</translation>
    </message>
</context>
<context>
    <name>FlagsTable</name>
    <message>
        <location line="-55"/>
        <source>Flagged values</source>
        <translation>Valeurs signalées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(plan)</source>
        <translation>(plan)</translation>
    </message>
</context>
<context>
    <name>GrandChallengesBox</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+44"/>
        <source>Improving public services</source>
        <translation>Améliorer les services publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing public integrity</source>
        <translation>Renforcer l&apos;intégrité publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More effectively managing public resources</source>
        <translation>Gérer plus efficacement les ressources publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating safer communities</source>
        <translation>Créer des communautés plus sûres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing corporate accountability</source>
        <translation>Renforcer la redevabilité des entreprises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenges</source>
        <translation>Grands défis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OGP grand challenges this commitment addresses (for the report and OGP&apos;s data)</source>
        <translation>Les grands défis d&apos;OGP que traite cet engagement (pour le rapport et les données d&apos;OGP)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenge: %s</source>
        <translation>Grand défi : %s</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+46"/>
        <source>Settings — Signing identity</source>
        <translation>Paramètres — Identité de signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to register it with the OGP portal</source>
        <translation>Copier l&apos;empreinte pour l&apos;enregistrer sur le portail d&apos;OGP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate identity…</source>
        <translation>C&amp;réer une identité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import .p12…</source>
        <translation>&amp;Importer un .p12…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no signing identity yet. Create one (a key and a self-signed certificate, kept on this computer) or import the .p12 your organisation issued. Its fingerprint is what reviewers trust.</source>
        <translation>Vous n&apos;avez pas encore d&apos;identité de signature. Créez-en une (une clé et un certificat auto-signé, conservés sur cet ordinateur) ou importez le .p12 délivré par votre organisation. C&apos;est à son empreinte que les relecteurs font confiance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages you export are signed with this identity. Register the fingerprint with the OGP portal so reviewers can trust it.</source>
        <translation>Les paquets que vous exportez sont signés avec cette identité. Enregistrez l&apos;empreinte sur le portail d&apos;OGP pour que les relecteurs puissent lui faire confiance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s to %s</source>
        <translation>du %s au %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED: create or import a new identity</source>
        <translation>EXPIRÉE : créez ou importez une nouvelle identité</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <location line="-97"/>
        <source>Import a .p12 identity</source>
        <translation>Importer une identité .p12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the .p12 file</source>
        <translation>Phrase secrète du fichier .p12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète du fichier :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import identity</source>
        <translation>Importer l&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the .p12 file your organisation gave you.</source>
        <translation>Choisissez le fichier .p12 que votre organisation vous a remis.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+88"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s</source>
        <translation>%s importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans: %d (%d new, %d updated)</source>
        <translation>Plans : %d (%d nouveaux, %d mis à jour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments: %d added, %d updated; milestones: %d</source>
        <translation>Engagements : %d ajoutés, %d mis à jour ; jalons : %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments from earlier IRM codes: %d (scores: %d)</source>
        <translation>Évaluations issues des codes IRM antérieurs : %d (notes : %d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged values: %d; conflicts: %d</source>
        <translation>Valeurs signalées : %d ; conflits : %d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans imported</source>
        <translation>Plans importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and notes</source>
        <translation>Conflits et notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans (%d)</source>
        <translation>Plans (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged values (%d)</source>
        <translation>Valeurs signalées (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and notes (%d)</source>
        <translation>Conflits et notes (%d)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../../irm_app/ui/library/pane.py" line="+26"/>
        <source>Filter: member, plan, year, researcher (Ctrl+L)</source>
        <translation>Filtrer : membre, plan, année, chercheur (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library (Ctrl+L)</source>
        <translation>Filtrer la bibliothèque (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No plans yet: File &gt; Import… (Ctrl+I) or Plan &gt; New plan…</source>
        <translation>Aucun plan pour l&apos;instant : Fichier &gt; Importer… (Ctrl+I) ou Plan &gt; Nouveau plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan matches “%s”. Try a member&apos;s name, a year or a plan id; Escape clears the filter.</source>
        <translation>Aucun plan ne correspond à « %s ». Essayez le nom d&apos;un membre, une année ou l&apos;identifiant d&apos;un plan ; Échap efface le filtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d of %d plans shown</source>
        <translation>%d plans affichés sur %d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d members</source>
        <translation>%d membres</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../../irm_app/ui/library/tree.py" line="+36"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Notés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library: members, their plans and assessments</source>
        <translation>Bibliothèque : membres, leurs plans et évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans in this library by OGP member, and the assessments of each</source>
        <translation>Les plans de cette bibliothèque par membre de l&apos;OGP, et les évaluations de chacun</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%s: %s
%d commitments, %d milestones</source>
        <translation>%s : %s
%d engagements, %d jalons</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s: %s in this library</source>
        <translation>%s : %s dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+83"/>
        <source> · final</source>
        <translation> · définitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d/%d scored</source>
        <translation>%d/%d notés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Engagements dont chaque champ applicable est noté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s%s
Form: %s %s
%d of %d commitments scored, %d justified, %d with evidence, %d to revisit</source>
        <translation>%s%s
Formulaire : %s %s
%d engagements notés sur %d, %d justifiés, %d avec preuves, %d à revoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d of %d commitments scored</source>
        <translation>%d engagements notés sur %d</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-161"/>
        <source>Link evidence to commitments</source>
        <translation>Lier la preuve à des engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments supported by “%s”:</source>
        <translation>Engagements étayés par « %s » :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../irm_app/ui/actions.py" line="+70"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an action plan (JSON) or OGP&apos;s commitments table (CSV, XLSX); or drop a file</source>
        <translation>Importer un plan d&apos;action (JSON) ou le tableau des engagements d&apos;OGP (CSV, XLSX) ; ou déposer un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start assessing a plan with a methodology form</source>
        <translation>Commencer à évaluer un plan avec un formulaire de la méthodologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;final</source>
        <translation>Marquer comme &amp;définitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment final (recorded in the audit log)</source>
        <translation>Marquer l&apos;évaluation sélectionnée comme définitive (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;draft</source>
        <translation>Marquer comme &amp;brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment a draft again</source>
        <translation>Remettre l&apos;évaluation sélectionnée en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete assessment…</source>
        <translation>&amp;Supprimer l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected assessment, after confirmation</source>
        <translation>Supprimer l&apos;évaluation sélectionnée, après confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected assessment another title</source>
        <translation>Donner un autre titre à l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate assessment…</source>
        <translation>D&amp;upliquer l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft starting from everything recorded in the selected assessment</source>
        <translation>Un nouveau brouillon reprenant tout ce qui est enregistré dans l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename plan…</source>
        <translation>&amp;Renommer le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected plan&apos;s title</source>
        <translation>Changer le titre du plan sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate plan…</source>
        <translation>D&amp;upliquer le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected plan&apos;s text and commitments under a new id</source>
        <translation>Une copie du texte et des engagements du plan sélectionné sous un nouvel identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Supprimer le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected plan and its assessments, after confirmation (a backup is written first)</source>
        <translation>Supprimer le plan sélectionné et ses évaluations, après confirmation (une sauvegarde est écrite d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty library file and open it</source>
        <translation>Créer un fichier de bibliothèque vide et l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the selected assessment&apos;s report as Word or PDF</source>
        <translation>Enregistrer le rapport de l&apos;évaluation sélectionnée en Word ou PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed &amp;package…</source>
        <translation>Exporter un &amp;paquet signé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the assessment, its reports and evidence into a verifiable .irmpkg</source>
        <translation>Signer l&apos;évaluation, ses rapports et ses preuves dans un .irmpkg vérifiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check a package or signed PDF: intact, and who signed it</source>
        <translation>Contrôler un paquet ou un PDF signé : intact, et qui l&apos;a signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;ackage for review…</source>
        <translation>Ouvrir un p&amp;aquet pour relecture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a signed package, then open it read-only in this library</source>
        <translation>Vérifier un paquet signé, puis l&apos;ouvrir en lecture seule dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a reviewer&apos;s signed .irmreview, or the comments of a reviewed Word file</source>
        <translation>Intégrer le .irmreview signé d&apos;un relecteur, ou les commentaires d&apos;un fichier Word relu</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Rena&amp;me assessment…</source>
        <translation>Reno&amp;mmer l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New li&amp;brary…</source>
        <translation>Nouvelle bibliot&amp;hèque…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import revie&amp;w…</source>
        <translation>Importer une re&amp;lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xporter la relecture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign your comments and review states on this review copy into a .irmreview</source>
        <translation>Signer vos commentaires et états de relecture de cette copie dans un .irmreview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review comments of the assessment shown, with filters</source>
        <translation>Les commentaires de relecture de l&apos;évaluation affichée, avec filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another library file</source>
        <translation>Ouvrir un autre fichier de bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Détails de l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The researcher of the assessment shown (recorded on its report)</source>
        <translation>Le chercheur ou la chercheuse de l&apos;évaluation affichée (figure sur son rapport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a plan by hand: member, number, period, themes, then its commitments</source>
        <translation>Saisir un plan à la main : membre, numéro, période, thèmes, puis ses engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Modifier le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected plan&apos;s header, commitments and milestones (with undo)</source>
        <translation>Modifier l&apos;en-tête, les engagements et les jalons du plan sélectionné (avec annulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged values…</source>
        <translation>&amp;Valeurs signalées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the selected plan&apos;s import could not read as levels, each with a jump to its commitment</source>
        <translation>Les valeurs que l&apos;importation du plan sélectionné n&apos;a pas pu lire comme des niveaux, chacune avec un lien vers son engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find commitment</source>
        <translation>&amp;Chercher un engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the commitments by ID, title or institution</source>
        <translation>Filtrer les engagements par ID, titre ou institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>Rec&amp;hercher partout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the plans&apos; texts, justifications, evidence and narrative</source>
        <translation>Trouver des mots dans les textes des plans, les justifications, les preuves et le récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the &amp;library</source>
        <translation>Filtrer la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the library to a member, a plan, a year or a researcher</source>
        <translation>Restreindre la bibliothèque à un membre, un plan, une année ou un chercheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous commitment</source>
        <translation>Engagement &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next commitment</source>
        <translation>Engagement &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan-level</source>
        <translation>Niveau du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, recorded on new assessments and with every change; the interface language</source>
        <translation>Votre nom, consigné sur les nouvelles évaluations et à chaque modification ; la langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;identity…</source>
        <translation>&amp;Identité de signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing key and certificate: create, import, copy the fingerprint</source>
        <translation>Votre clé et votre certificat de signature : créer, importer, copier l&apos;empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;signers…</source>
        <translation>&amp;Signataires de confiance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signers and organisation CAs whose packages you trust</source>
        <translation>Les signataires et les autorités de certification (CA) d&apos;organisations dont vous acceptez les paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology…</source>
        <translation>&amp;Méthodologie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The methodology form of the assessment in view: its fields, levels and definitions</source>
        <translation>Le formulaire de méthodologie de l’évaluation affichée : ses champs, niveaux et définitions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IRM Assessor</source>
        <translation>À &amp;propos de l&apos;Évaluateur MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/assessment_actions.py" line="+25"/>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment in the library first.</source>
        <translation>Sélectionnez d&apos;abord une évaluation dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Assessment status</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %s</source>
        <translation>Marquée %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete “%s” with its %d recorded fields and its evidence?</source>
        <translation>Supprimer « %s » avec ses %d champs saisis et ses preuves ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Une sauvegarde de la bibliothèque est écrite d&apos;abord (irm-app backups la liste, irm-app restore la remet en place). Le journal d&apos;audit garde une trace de la suppression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+83"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_install.py" line="+49"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+36"/>
        <source>P&amp;lan-level</source>
        <translation>&amp;Niveau du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+11"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+13"/>
        <source>&amp;Narrative</source>
        <translation>Ré&amp;cit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>IRM Assessor — %s</source>
        <translation>Évaluateur MRI — %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_pages.py" line="+61"/>
        <source>This plan has no assessment yet.</source>
        <translation>Ce plan n&apos;a pas encore d&apos;évaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one to start scoring: choose the methodology form that fits the plan&apos;s period. Every score, justification and piece of evidence is saved as you go.</source>
        <translation>Créez-en une pour commencer à noter : choisissez le formulaire de méthodologie qui correspond à la période du plan. Chaque note, justification et preuve est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+79"/>
        <source>Library restored from a backup</source>
        <translation>Bibliothèque restaurée depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+42"/>
        <source>Loading the sample plan…</source>
        <translation>Chargement du plan d&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+68"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assessment details</source>
        <translation>Détails de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Researcher of this assessment: %s</source>
        <translation>Chercheur·se de cette évaluation : %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+7"/>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Import failed</source>
        <translation>L&apos;importation a échoué</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+33"/>
        <location filename="../../../irm_app/ui/menus.py" line="+205"/>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/menus.py" line="-179"/>
        <source>Action plans (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;All files (*)</source>
        <translation>Plans d&apos;action (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import an action plan</source>
        <translation>Importer un plan d&apos;action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Libraries (*.db);;All files (*)</source>
        <translation>Bibliothèques (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a plan first</source>
        <translation>Sélectionnez d&apos;abord un plan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Researcher: %s</source>
        <translation>Chercheur·se : %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment first</source>
        <translation>Sélectionnez d&apos;abord une évaluation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;IRM Assessor %s&lt;/h3&gt;&lt;p&gt;Assess OGP action plans with the IRM methodology, offline, and export signed reports.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Évaluateur MRI %s&lt;/h3&gt;&lt;p&gt;Évaluez les plans d&apos;action d&apos;OGP selon la méthodologie du Mécanisme de rapport indépendant, hors ligne, et exportez des rapports signés.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an assessment first: this page describes the methodology form it uses.</source>
        <translation>Ouvrez d’abord une évaluation : cette page décrit le formulaire de méthodologie qu’elle utilise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About IRM Assessor</source>
        <translation>À propos de l&apos;Évaluateur MRI</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+57"/>
        <source>Plan %s has no assessment yet: create one (File &gt; New assessment) to score its flagged values</source>
        <translation>Le plan %s n&apos;a pas encore d&apos;évaluation : créez-en une (Fichier &gt; Nouvelle évaluation) pour noter ses valeurs signalées</translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <location filename="../../../irm_app/ui/library/manage.py" line="+85"/>
        <source>Select an assessment in the library first</source>
        <translation>Sélectionnez d&apos;abord une évaluation dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a plan in the library first</source>
        <translation>Sélectionnez d&apos;abord un plan dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename assessment</source>
        <translation>Renommer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Duplicated: the copy is a draft with every score, justification, evidence item and section of the original</source>
        <translation>Dupliquée : la copie est un brouillon avec chaque note, justification, preuve et section de l&apos;original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new draft of the same plan and form, starting from everything recorded in this one (e.g. the end-of-term review from the progress assessment).</source>
        <translation>Un nouveau brouillon du même plan et du même formulaire, reprenant tout ce qui est enregistré dans celui-ci (p. ex. la revue de fin de mandat à partir de l&apos;évaluation d&apos;étape).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate assessment</source>
        <translation>Dupliquer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title of the copy:</source>
        <translation>&amp;Titre de la copie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (copy)</source>
        <translation>%s (copie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename plan</source>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A copy of the plan&apos;s text and commitments under a new id; its assessments stay with the original.</source>
        <translation>Une copie du texte et des engagements du plan sous un nouvel identifiant ; ses évaluations restent avec l&apos;original.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate plan</source>
        <translation>Dupliquer le plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ID of the copy:</source>
        <translation>&amp;Identifiant de la copie :</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the plan “%s %s” with its %d commitments, %d assessments and their %d recorded fields?</source>
        <translation>Supprimer le plan « %s %s » avec ses %d engagements, %d évaluations et leurs %d champs enregistrés ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Une sauvegarde de la bibliothèque est écrite d&apos;abord (irm-app backups la liste, irm-app restore la remet en place). Le journal d&apos;audit garde une trace de la suppression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete plan</source>
        <translation>&amp;Supprimer le plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan deleted; the backup written before is %s</source>
        <translation>Plan supprimé ; la sauvegarde écrite avant est %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>New library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Libraries (*.db)</source>
        <translation>Bibliothèques (*.db)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s already exists: File &gt; Open library… opens it; choose another name for a new one.</source>
        <translation>%s existe déjà : Fichier &gt; Ouvrir une bibliothèque… l&apos;ouvre ; choisissez un autre nom pour une nouvelle.</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/methodology.py" line="+29"/>
        <source>Methodology — %s</source>
        <translation>Méthodologie — %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The methodology form in use</source>
        <translation>Le formulaire de méthodologie utilisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Form %s, version %s</source>
        <translation>Formulaire %s, version %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commitment</source>
        <translation>Chaque engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan as a whole</source>
        <translation>Le plan dans son ensemble</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Derived indicators (computed, never entered)</source>
        <translation>Indicateurs dérivés (calculés, jamais saisis)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrative sections</source>
        <translation>Sections narratives</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source: %s</source>
        <translation>Source : %s</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="-88"/>
        <source>Researcher name</source>
        <translation>Nom du chercheur ou de la chercheuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ana Pérez</source>
        <translation>p. ex. Awa Diop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Chercheur·se :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Bienvenue dans l&apos;Évaluateur MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is recorded on the assessments you start and with every change you make. You can change it later in Settings › Preferences.</source>
        <translation>Votre nom est consigné sur les évaluations que vous commencez et à chaque modification. Vous pourrez le changer dans Paramètres › Préférences.</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/page.py" line="+112"/>
        <source>This assessment&apos;s form has no narrative sections: its report is written from the scores and their justifications. Export it with File &gt; Export report (Ctrl+E).</source>
        <translation>Le formulaire de cette évaluation n&apos;a pas de sections narratives : son rapport est rédigé à partir des notes et de leurs justifications. Exportez-le avec Fichier &gt; Exporter le rapport (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected commitment</source>
        <translation>L&apos;engagement sélectionné</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a commitment on the Commitments tab to write its analysis.</source>
        <translation>Sélectionnez un engagement dans l&apos;onglet Engagements pour rédiger son analyse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the cluster “%s” (%s): these sections are written once for the whole cluster.</source>
        <translation>%s fait partie du groupe « %s » (%s) : ces sections sont rédigées une seule fois pour tout le groupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written for %s; the report analyses it in depth only if it is promising.</source>
        <translation>Rédigé pour %s ; le rapport ne l&apos;analyse en détail que s&apos;il est prometteur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan&apos;s description of the commitment (read-only)</source>
        <translation>La description de l&apos;engagement dans le plan (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s description (read-only):</source>
        <translation>La description du plan (lecture seule) :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write %s (%s)</source>
        <translation>Rédiger %s (%s)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/new_assessment.py" line="+35"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a member, a year or a plan id</source>
        <translation>Tapez un membre, une année ou l&apos;identifiant d&apos;un plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodology form</source>
        <translation>Formulaire de la méthodologie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Researcher name</source>
        <translation>Nom du chercheur ou de la chercheuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Méthodologie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Chercheur·se :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No plan is called that: choose one from the list</source>
        <translation>Aucun plan ne porte ce nom : choisissez-en un dans la liste</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="+128"/>
        <source>Export signed package</source>
        <translation>Exporter un paquet signé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as %s
Fingerprint %s</source>
        <translation>Signé en tant que %s
Empreinte %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing identity yet: create one in Settings &gt; Identity first.</source>
        <translation>Vous n&apos;avez pas encore d&apos;identité de signature : créez-en une dans Paramètres &gt; Identité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRM packages (*.irmpkg)</source>
        <translation>Paquets MRI (*.irmpkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of your signing key</source>
        <translation>Phrase secrète de votre clé de signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign and export</source>
        <translation>Signer et exporter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That passphrase does not unlock your signing key. Type it again (it is the one you chose when you created the identity).</source>
        <translation>Cette phrase secrète ne déverrouille pas votre clé de signature. Saisissez-la à nouveau (c’est celle choisie lors de la création de l’identité).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="-118"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>La phrase secrète doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-126"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../../irm_app/ui/plans/actions.py" line="+26"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>par défaut AP_&lt;code&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member &amp;code:</source>
        <translation>&amp;Code du membre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id du plan :</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan first (or Plan &gt; New plan…)</source>
        <translation>Sélectionnez d&apos;abord un plan (ou Plan &gt; Nouveau plan…)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../irm_app/ui/plans/editor.py" line="+46"/>
        <source>&amp;ID:</source>
        <translation>I&amp;D :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>Ti&amp;tre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>Institution res&amp;ponsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>Thémati&amp;que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>Descriptio&amp;n :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;problem:</source>
        <translation>Problème p&amp;ublic :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone ID:</source>
        <translation>ID du jalon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone title:</source>
        <translation>Titre du jalon :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Commitments:</source>
        <translation>Engagements :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments of the plan</source>
        <translation>Engagements du plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Milestones:</source>
        <translation>Jalons :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones of the commitment</source>
        <translation>Jalons de l&apos;engagement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan — %s %s (%s)</source>
        <translation>Plan — %s %s (%s)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete commitment</source>
        <translation>Supprimer l&apos;engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s has %s. Delete it and them?</source>
        <translation>%s a %s. Les supprimer avec lui ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log keeps the record; Undo puts everything back.</source>
        <translation>Le journal d&apos;audit garde la trace ; Annuler rétablit tout.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../../irm_app/ui/plans/header.py" line="+35"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o.:</source>
        <translation>N&amp;o :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan t&amp;itle:</source>
        <translation>T&amp;itre du plan :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Th&amp;emes:</source>
        <translation>Th&amp;èmes :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>plan number %r: a whole number, e.g. 5</source>
        <translation>numéro de plan %r : un nombre entier, p. ex. 5</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/plan_page.py" line="+62"/>
        <source>The plan as a whole: %s %s</source>
        <translation>Le plan dans son ensemble : %s %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has no plan-level fields.</source>
        <translation>Ce formulaire n&apos;a pas de champs au niveau du plan.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+25"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded on new assessments and with every change. Assessments already started keep theirs: change one in Edit › Assessment details.</source>
        <translation>Le nom consigné sur les nouvelles évaluations et à chaque modification. Les évaluations déjà commencées gardent le leur : changez-le dans Édition › Détails de l&apos;évaluation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time IRM Assessor starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;Évaluateur MRI.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-16"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports (*.pdf *.docx)</source>
        <translation>Rapports (*.pdf *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/report_box.py" line="+36"/>
        <source>Comment on the report</source>
        <translation>Commentaire sur le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the whole report or the plan-level assessment</source>
        <translation>Un commentaire sur tout le rapport ou l&apos;évaluation au niveau du plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review state of the report</source>
        <translation>État de relecture du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the review state of the report</source>
        <translation>Définir l&apos;état de relecture du rapport</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The whole report</source>
        <translation>Tout le rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report: %s</source>
        <translation>Le rapport : %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report: no state yet</source>
        <translation>Le rapport : pas encore d’état</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-56"/>
        <source>Reviews (*.irmreview *.docx);;Review files (*.irmreview);;Word (*.docx);;All files (*)</source>
        <translation>Relectures (*.irmreview *.docx);;Fichiers de relecture (*.irmreview);;Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import a review</source>
        <translation>Importer une relecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying %s…</source>
        <translation>Vérification de %s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+40"/>
        <source>Import review</source>
        <translation>Importer une relecture</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%s: it reviews assessment %s, which is not one of yours in this library; nothing was imported</source>
        <translation>%s : il relit l&apos;évaluation %s, qui n&apos;est pas l&apos;une des vôtres dans cette bibliothèque ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: which assessment does it review? Select the assessment first (the file names none of this library&apos;s)</source>
        <translation>%s : quelle évaluation relit-il ? Sélectionnez d&apos;abord l&apos;évaluation (le fichier n&apos;en nomme aucune de cette bibliothèque)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %d new comments, %d already here, %d tracked changes</source>
        <translation>%s : %d nouveaux commentaires, %d déjà présents, %d modifications suivies</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>older (flagged)</source>
        <translation>antérieure (signalée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>signataire hors de votre liste de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s (%s): %d new comments, %d already here, %d states; reviews the %s version</source>
        <translation>%s de %s (%s) : %d nouveaux commentaires, %d déjà présents, %d états ; relit la version %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a review copy first: a review is exported from the copy you commented on</source>
        <translation>Sélectionnez d&apos;abord une copie de relecture : la relecture s&apos;exporte depuis la copie commentée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export review</source>
        <translation>Exporter la relecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review written to %s: %d comments, %d states</source>
        <translation>Relecture écrite dans %s : %d commentaires, %d états</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/review_banner.py" line="+20"/>
        <source>Review copy</source>
        <translation>Copie de relecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review copy signed by %s (read-only)</source>
        <translation>Copie de relecture signée par %s (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s
Nothing in a review copy can be edited; open a newer package from the researcher to update it.</source>
        <translation>Signataire : %s
Rien n&apos;est modifiable dans une copie de relecture ; ouvrez un paquet plus récent du chercheur ou de la chercheuse pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/intake/review_dialog.py" line="+61"/>
        <source>Review the plan read from %s</source>
        <translation>Relire le plan lu dans %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s text</source>
        <translation>Le texte du document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected commitments</source>
        <translation>Engagements détectés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document (%s layout, %d paragraphs):</source>
        <translation>Le document (mise en page %s, %d paragraphes) :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>AP_&lt;code&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>themes, comma-separated</source>
        <translation>thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No.:</source>
        <translation>N&amp;o :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;emes:</source>
        <translation>Th&amp;èmes :</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id du plan :</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Move the selected text to</source>
        <translation>Déplacer le texte sélectionné vers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>Fusionner avec le suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To milestones</source>
        <translation>En jalons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone to text</source>
        <translation>Jalon en texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move text to</source>
        <translation>Déplacer le texte vers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IDs from code + number</source>
        <translation>ID depuis code + numéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show source</source>
        <translation>Afficher la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%d commitments detected:</source>
        <translation>%d engagements détectés :</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../../irm_app/ui/review/summary.py" line="+47"/>
        <source>Review: %d comments, %d open</source>
        <translation>Relecture : %d commentaires, %d ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments: %s</source>
        <translation>Engagements : %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report: %s</source>
        <translation>Le rapport : %s</translation>
    </message>
</context>
<context>
    <name>ReviewTerms</name>
    <message>
        <location filename="../../../irm_app/ui/review/terms.py" line="+15"/>
        <source>IRM staff</source>
        <translation>Équipe du MRI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External Reviewer</source>
        <translation>Relecteur externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>À modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/scoring_form.py" line="+45"/>
        <source>Derived indicators</source>
        <translation>Indicateurs dérivés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from the scores by the methodology; updates as you score</source>
        <translation>Calculé à partir des notes selon la méthodologie ; se met à jour pendant la notation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels of the focused field</source>
        <translation>Niveaux du champ actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus a field to see its levels and definitions here.</source>
        <translation>Activez un champ pour voir ici ses niveaux et définitions.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet determined</source>
        <translation>pas encore déterminé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%d not yet determined</source>
        <translation>%d pas encore déterminés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived:</source>
        <translation>Dérivés :</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Score %s: %s</source>
        <translation>Noter %s : %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Justify %s: %s</source>
        <translation>Justifier %s : %s</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../irm_app/ui/search/panel.py" line="+95"/>
        <source>Search descriptions, milestones, justifications, evidence, narrative (Ctrl+K)</source>
        <translation>Rechercher dans les descriptions, jalons, justifications, preuves, récit (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text (Ctrl+K)</source>
        <translation>Rechercher dans tous les textes (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text</source>
        <translation>Rechercher dans tous les textes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment and its plan</source>
        <translation>Cette évaluation et son plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Tous les plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type words to find them in the plan&apos;s texts, your justifications, evidence, narrative and review comments. Every word must occur, in any order.</source>
        <translation>Tapez des mots pour les trouver dans les textes du plan, vos justifications, les preuves, le récit et les commentaires de revue. Tous les mots doivent figurer, dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this assessment and its plan</source>
        <translation>cette évaluation et son plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any plan</source>
        <translation>aucun plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches for “%s” in %s. Every word must occur: try fewer words, or search All plans.</source>
        <translation>Aucun résultat pour « %s » dans %s. Tous les mots doivent figurer : essayez moins de mots, ou cherchez dans Tous les plans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best %d of %d matches: add a word to narrow them.</source>
        <translation>Les %d meilleurs résultats sur %d : ajoutez un mot pour les restreindre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d matches</source>
        <translation>%d résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Enter or a double-click goes there.</source>
        <translation>. Entrée ou un double-clic y mène.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan text</source>
        <translation>Texte du plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s · Milestone %s</source>
        <translation>%s · Jalon %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · Justification: %s</source>
        <translation>%s · Justification : %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan level</source>
        <translation>Niveau du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Evidence</source>
        <translation>%s · Preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Review comment</source>
        <translation>%s · Commentaire de revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s · Narrative: %s</source>
        <translation>%s · Récit : %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevance (plan&apos;s text)</source>
        <translation>Pertinence (texte du plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/editor.py" line="+94"/>
        <source>Type here. Blank line: new paragraph; &quot;- &quot;: bullet; **bold**, *italic*, [text](https://...), [E:id] cites evidence.</source>
        <translation>Écrivez ici. Ligne vide : nouveau paragraphe ; &quot;- &quot; : puce ; **gras**, *italique*, [texte](https://...), [E:id] cite une preuve.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>**bold**</source>
        <translation>**gras**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*italic*</source>
        <translation>*italique*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullet</source>
        <translation>Puce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;- &quot; at the start of each selected line</source>
        <translation>&quot;- &quot; au début de chaque ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[text](https://...)</source>
        <translation>[texte](https://...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cite evidence</source>
        <translation>Citer une preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert [E:id]: the report prints the source&apos;s number</source>
        <translation>Insérer [E:id] : le rapport imprime le numéro de la source</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (https://, http:// or mailto:)</source>
        <translation>Adresse (https://, http:// ou mailto:)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No evidence in this assessment yet</source>
        <translation>Pas encore de preuve dans cette évaluation</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%d / %d words suggested</source>
        <translation>%d / %d mots suggérés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d words</source>
        <translation>%d mots</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <location filename="../../../irm_app/ui/sound_check.py" line="+33"/>
        <source>Checking the library…</source>
        <translation>Vérification de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library could not be checked yet (%s); trying again…</source>
        <translation>La bibliothèque n’a pas encore pu être vérifiée (%s) ; nouvel essai…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library could not be checked (%s): changes stay paused; open it again to retry</source>
        <translation>La bibliothèque n’a pas pu être vérifiée (%s) : les modifications restent en pause ; rouvrez-la pour réessayer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../../irm_app/ui/store.py" line="+80"/>
        <source>Internal error: %s (details in the log)</source>
        <translation>Erreur interne : %s (détails dans le journal)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %s</source>
        <translation>Enregistré %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/evidence/commands.py" line="+38"/>
        <source>Add evidence “%s”</source>
        <translation>Ajouter la preuve « %s »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit evidence “%s”</source>
        <translation>Modifier la preuve « %s »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove evidence “%s”</source>
        <translation>Retirer la preuve « %s »</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Link evidence “%s”</source>
        <translation>Lier la preuve « %s »</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../../irm_app/ui/tasks.py" line="+97"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>TrackedChangesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-218"/>
        <source>Review imported</source>
        <translation>Relecture importée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked changes in the Word file (listed, never applied; change the scores or the narrative yourself where you agree):</source>
        <translation>Modifications suivies du fichier Word (listées, jamais appliquées ; changez vous-même les notes ou le récit là où vous êtes d&apos;accord) :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report</source>
        <translation>le rapport</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/trusted.py" line="+49"/>
        <location line="+3"/>
        <source>Trusted signers</source>
        <translation>Signataires de confiance</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate file or fingerprint</source>
        <translation>Fichier de certificat ou empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate file, or the signer&apos;s SHA-256 fingerprint</source>
        <translation>Un fichier de certificat, ou l&apos;empreinte SHA-256 du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed with a fingerprint; a certificate gives its own</source>
        <translation>Requis avec une empreinte ; un certificat fournit le sien</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An organisation&apos;s C&amp;A certificate (trust every key it issues)</source>
        <translation>Certificat d&apos;une a&amp;utorité (CA) d&apos;organisation (faire confiance à toute clé qu&apos;elle émet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate or fingerprint:</source>
        <translation>&amp;Certificat ou empreinte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trust a certificate</source>
        <translation>Faire confiance à un certificat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a certificate file or paste a fingerprint first.</source>
        <translation>Choisissez d&apos;abord un fichier de certificat ou collez une empreinte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the signer&apos;s name with a fingerprint.</source>
        <translation>Indiquez le nom du signataire avec l&apos;empreinte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted %s (%s)</source>
        <translation>De confiance : %s (%s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer trusted: %s (%s)</source>
        <translation>N&apos;est plus de confiance : %s (%s)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+11"/>
        <source>KEY CHANGED — not accepted as a replacement</source>
        <translation>CLÉ CHANGÉE — non acceptée comme remplacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VALID — trusted signer</source>
        <translation>VALIDE — signataire de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALID — untrusted signer (not in your trusted list)</source>
        <translation>VALIDE — signataire non reconnu (absent de votre liste de confiance)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify a package or signed PDF</source>
        <translation>Vérifier un paquet ou un PDF signé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to verify</source>
        <translation>Fichier à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop a .irmpkg or signed PDF</source>
        <translation>Choisissez ou déposez un .irmpkg ou un PDF signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted fingerprint</source>
        <translation>Empreinte de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the signer&apos;s SHA-256 fingerprint you expect</source>
        <translation>Facultatif : l&apos;empreinte SHA-256 du signataire attendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted fingerprint:</source>
        <translation>&amp;Empreinte de confiance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to verify.</source>
        <translation>Choisissez un fichier à vérifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Verifying %s…</source>
        <translation>Vérification de %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>UNREADABLE — %s</source>
        <translation>ILLISIBLE — %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/welcome.py" line="+46"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Bienvenue dans l&apos;Évaluateur MRI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is empty. Start with the sample action plan (%s) to see how scoring works, or import your country&apos;s plan.</source>
        <translation>Cette bibliothèque est vide. Commencez par le plan d&apos;action d&apos;exemple (%s) pour voir comment se fait la notation, ou importez le plan de votre pays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodology form</source>
        <translation>Formulaire de la méthodologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IRM methodology the assessment follows</source>
        <translation>La méthodologie du MRI que suit l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Researcher name</source>
        <translation>Nom du chercheur ou de la chercheuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every change</source>
        <translation>Votre nom, consigné à chaque modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Méthodologie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Chercheur·se :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sample plan and start an assessment</source>
        <translation>Charger le plan d&apos;exemple et commencer une évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports the bundled sample plan and creates an assessment of it</source>
        <translation>Importe le plan d&apos;exemple fourni et en crée une évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an action plan…</source>
        <translation>Importer un plan d&apos;action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan as JSON, or OGP&apos;s commitments table (.csv, .xlsx)</source>
        <translation>Un plan en JSON, ou le tableau des engagements d&apos;OGP (.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>_IdentityForm</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+20"/>
        <source>Replace my current identity (packages it signed stay valid)</source>
        <translation>Remplacer mon identité actuelle (les paquets signés restent valides)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing identity</source>
        <translation>Remplacer l&apos;identité existante</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You already have an identity: tick Replace to make a new one.</source>
        <translation>Vous avez déjà une identité : cochez Remplacer pour en créer une nouvelle.</translation>
    </message>
</context>
</TS>
