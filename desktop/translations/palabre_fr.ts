<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AHP</name>
    <message>
        <location filename="../models/ahp_matrix.py" line="+50"/>
        <source>equally important</source>
        <translation>importance égale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equally to moderately</source>
        <translation>légèrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately</source>
        <translation>modérément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderately to strongly</source>
        <translation>modérément à fortement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly</source>
        <translation>fortement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strongly to very strongly</source>
        <translation>fortement à très fortement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly</source>
        <translation>très fortement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very to extremely</source>
        <translation>très fortement à extrêmement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>extremely</source>
        <translation>extrêmement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more important</source>
        <translation>plus important</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less important</source>
        <translation>moins important</translation>
    </message>
</context>
<context>
    <name>AHPDialog</name>
    <message>
        <location filename="../widgets/ahp_dialog.py" line="+71"/>
        <source>Pairwise comparison (AHP) — {0}</source>
        <translation>Comparaison par paires (AHP) — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For each pair: how much more important is the criterion of the &lt;b&gt;row&lt;/b&gt; than that of the &lt;b&gt;column&lt;/b&gt;? 1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; fractions (1/3, 1/5…) when it is less important. Select a cell and choose below, or double-click it. The mirror cell follows.</source>
        <translation>Pour chaque paire&#x202f;: dans quelle mesure le critère de la &lt;b&gt;ligne&lt;/b&gt; est-il plus important que celui de la &lt;b&gt;colonne&lt;/b&gt;&#x202f;? 1 importance égale, 3 modérément, 5 fortement, 7 très fortement, 9 extrêmement&#x202f;; des fractions (1/3, 1/5…) s’il est moins important. Sélectionnez une case puis choisissez ci-dessous, ou double-cliquez dessus. La case symétrique suit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Judgement</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use the suggested value</source>
        <translation>Utiliser la valeur suggérée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Weights&lt;/b&gt; (principal eigenvector)</source>
        <translation>&lt;b&gt;Poids&lt;/b&gt; (vecteur propre principal)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start from the current weights</source>
        <translation>Partir des poids actuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill every cell with the ratio of the current weights, rounded to Saaty&apos;s scale</source>
        <translation>Remplir chaque case avec le rapport des poids actuels, arrondi à l’échelle de Saaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All equal</source>
        <translation>Tous égaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use these weights</source>
        <translation>Utiliser ces poids</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare:</source>
        <translation>Comparer&#x202f;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a cell off the diagonal.</source>
        <translation>Sélectionnez une case hors de la diagonale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much more important is &lt;b&gt;{0}&lt;/b&gt; than &lt;b&gt;{1}&lt;/b&gt;?</source>
        <translation>Quelle importance a &lt;b&gt;{0}&lt;/b&gt; par rapport à &lt;b&gt;{1}&lt;/b&gt;&#x202f;?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Consistency ratio CR = {0}: acceptable (at most {1})</source>
        <translation>Ratio de cohérence RC = {0}&#x202f;: acceptable (au plus {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consistency ratio CR = {0}: too inconsistent (above {1}); revisit the highlighted judgement</source>
        <translation>Ratio de cohérence RC = {0}&#x202f;: trop incohérent (au-dessus de {1})&#x202f;; revoyez le jugement en surbrillance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>λmax = {0}, CI = (λmax − n)/(n − 1) = {1}, random index RI({2}) = {3} (Saaty 1980)</source>
        <translation>λmax = {0}, IC = (λmax − n)/(n − 1) = {1}, indice aléatoire IA({2}) = {3} (Saaty 1980)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>AHP weights (CR {0})</source>
        <translation>Poids AHP (RC {0})</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Every judgement agrees with the weights.</source>
        <translation>Tous les jugements concordent avec les poids.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Most inconsistent judgement (highlighted): &lt;b&gt;{0}&lt;/b&gt; against &lt;b&gt;{1}&lt;/b&gt;. You said {2}; the other judgements imply about {3}. Try &lt;b&gt;{4}&lt;/b&gt;.</source>
        <translation>Jugement le moins cohérent (en surbrillance)&#x202f;: &lt;b&gt;{0}&lt;/b&gt; par rapport à &lt;b&gt;{1}&lt;/b&gt;. Vous avez indiqué {2}&#x202f;; les autres jugements impliquent environ {3}. Essayez &lt;b&gt;{4}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>AHPMatrixModel</name>
    <message>
        <location filename="../models/ahp_matrix.py" line="+98"/>
        <source>{0} is {1} than {2}</source>
        <translation>Le critère {0} est {1} que {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} and {1} are equally important</source>
        <translation>{0} et {1} ont la même importance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} against {1}</source>
        <translation>{0} face à {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: Saaty&apos;s scale runs from 1/9 to 9</source>
        <translation>{0}&#x202f;: l’échelle de Saaty va de 1/9 à 9</translation>
    </message>
</context>
<context>
    <name>AnchoredScoreEditor</name>
    <message>
        <location filename="../widgets/scores_delegate.py" line="+40"/>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 1 to 5, or choose a level from the list</source>
        <translation>Saisissez une note de 1 à 5 ou choisissez un niveau dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../widgets/workforce_baseline.py" line="+73"/>
        <source>The year of the stock counts; stocks are at its start</source>
        <translation>L’année du comptage des effectifs&#x202f;; les effectifs sont ceux du début de cette année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last year projected; the gap closed is counted in this year</source>
        <translation>La dernière année projetée&#x202f;; l’écart comblé est compté cette année-là</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add cadre…</source>
        <translation>Ajouter une catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cadre (for example clinical officers), with zeros to fill in</source>
        <translation>Ajouter une catégorie (par exemple les assistants médicaux), avec des zéros à remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected cadre row</source>
        <translation>Supprimer la ligne de catégorie sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add area…</source>
        <translation>Ajouter une zone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove area</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected area and its cadre rows</source>
        <translation>Supprimer la zone sélectionnée et ses lignes de catégories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WHO SDG threshold (4.45 per 1,000)</source>
        <translation>Seuil ODD de l’OMS (4,45 pour 1&#x202f;000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add WHO&apos;s SDG index threshold: 4.45 doctors, nurses and midwives per 1,000 population, compared with the sum of the three cadres (WHO 2016, Workforce 2030)</source>
        <translation>Ajouter le seuil de l’indice ODD de l’OMS&#x202f;: 4,45 médecins, infirmiers et sages-femmes pour 1&#x202f;000 habitants, comparé à la somme des trois catégories (OMS 2016, Workforce 2030)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove need</source>
        <translation>Supprimer le besoin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start year</source>
        <translation>Année de départ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a cell to change it; rates are percentages of the stock a year. Give the need either per 1,000 population or as a number of posts. Every change can be undone.</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#x202f;; les taux sont des pourcentages de l’effectif par an. Donnez le besoin soit pour 1&#x202f;000 habitants, soit en nombre de postes. Toute modification peut être annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Combined needs</source>
        <translation>Besoins combinés</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n cadre(s) in {areas}</source>
        <translation>
            <numerusform>%n catégorie, zones&#x202f;: {areas}</numerusform>
            <numerusform>%n catégories, zones&#x202f;: {areas}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cadre(s), whole country</source>
        <translation>
            <numerusform>%n catégorie, tout le pays</numerusform>
            <numerusform>%n catégories, tout le pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Baseline projection&lt;/b&gt; — {row}</source>
        <translation>&lt;b&gt;Projection de référence&lt;/b&gt; — {row}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the projection years</source>
        <translation>Modifier les années de projection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add cadre</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new cadre:</source>
        <translation>Nom de la nouvelle catégorie&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical officers</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Add area</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the area:</source>
        <translation>Nom de la zone&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Population of {0} in the start year:</source>
        <translation>Population de la zone {0} l’année de départ&#x202f;:</translation>
    </message>
</context>
<context>
    <name>BaselineTableModel</name>
    <message numerus="yes">
        <location filename="../models/workforce_base.py" line="+122"/>
        <source>%n effect(s) on what the baseline no longer has were removed with this change (Undo brings them back).</source>
        <translation>
            <numerusform>%n effet portant sur ce que la situation de référence n’a plus a été retiré avec cette modification (Annuler le rétablit).</numerusform>
            <numerusform>%n effets portant sur ce que la situation de référence n’a plus ont été retirés avec cette modification (Annuler les rétablit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefJobs</name>
    <message>
        <location filename="../workspaces/brief_jobs.py" line="+52"/>
        <source>the open dialogue</source>
        <translation>le dialogue ouvert</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the preview needs pdftoppm (install poppler-utils); exporting the PDF works without it</source>
        <translation>l’aperçu nécessite pdftoppm (installez poppler-utils)&#x202f;; l’export en PDF fonctionne sans lui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>drawing the pages took too long</source>
        <translation>le rendu des pages a pris trop de temps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exit status {0}</source>
        <translation>code de sortie {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdftoppm could not draw the pages ({reason})</source>
        <translation>pdftoppm n’a pas pu dessiner les pages ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page picture {name} could not be read</source>
        <translation>l’image de la page {name} n’a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>BriefWorkspace</name>
    <message>
        <location filename="../workspaces/brief.py" line="+66"/>
        <location line="+6"/>
        <source>Brief</source>
        <translation>Note d’orientation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh preview</source>
        <translation>Actualiser l’aperçu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One page a row</source>
        <translation>Une page par ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two pages a row</source>
        <translation>Deux pages par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three pages a row</source>
        <translation>Trois pages par ligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The preview appears here.</source>
        <translation>L’aperçu s’affiche ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview needs pdftoppm, from poppler-utils (sudo apt-get install poppler-utils). Exporting the PDF works without it.</source>
        <translation>L’aperçu nécessite pdftoppm, fourni par poppler-utils (sudo apt-get install poppler-utils). L’export en PDF fonctionne sans lui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workforce</source>
        <translation>Personnels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Your text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre texte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the dialogue: saved with it, and Ctrl+Z undoes. Leave a section empty to print the draft.</source>
        <translation>Fait partie du dialogue&#x202f;: enregistré avec lui, et Ctrl+Z annule. Laissez une section vide pour imprimer le texte proposé par Palabre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+5"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Drawing the pages…</source>
        <translation>Rendu des pages…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No preview: {reason}</source>
        <translation>Pas d’aperçu&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the brief</source>
        <translation>Exporter la note d’orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written: &lt;a href=&quot;{link}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation>Enregistré&#x202f;: &lt;a href=&quot;{link}&quot;&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not written: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location filename="../models/workforce_cadres.py" line="+62"/>
        <source>Cadre</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Graduates/yr</source>
        <translation>Diplômés/an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attrition</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retirement</source>
        <translation>Retraites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emigration</source>
        <translation>Émigration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immigration/yr</source>
        <translation>Immigration/an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer</source>
        <translation>Mutations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer to</source>
        <translation>Mutations vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need per 1,000</source>
        <translation>Besoin pour 1&#x202f;000 hab.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need (posts)</source>
        <translation>Besoin (postes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cadre&apos;s name (its id stays the same when you rename it)</source>
        <translation>Le nom de la catégorie (son identifiant reste le même si vous la renommez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area of this row; “national” for the whole country</source>
        <translation>La zone de cette ligne&#x202f;; «&#x202f;national&#x202f;» pour tout le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers in post at the start of the start year</source>
        <translation>Agents en poste au début de l’année de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly trained workers taking up posts in this area each year (a number)</source>
        <translation>Agents nouvellement formés prenant un poste dans cette zone chaque année (un nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of the stock leaving each year for other reasons than retirement, emigration or transfer (resignation, death, another sector)</source>
        <translation>Pourcentage de l’effectif qui part chaque année pour d’autres raisons que la retraite, l’émigration ou la mutation (démission, décès, autre secteur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage of the stock retiring each year</source>
        <translation>Pourcentage de l’effectif partant à la retraite chaque année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of the stock emigrating each year</source>
        <translation>Pourcentage de l’effectif émigrant chaque année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage of the stock moving each year to posts of the same cadre in another area</source>
        <translation>Pourcentage de l’effectif muté chaque année vers des postes de la même catégorie dans une autre zone</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>must be from {low} to {high} of the stock a year, got {value}</source>
        <translation>la valeur doit aller de {low} à {high} de l’effectif par an, pas {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attrition, retirement, emigration and transfers would add up to {0} of the stock a year; no more than the whole stock can leave</source>
        <translation>départs, retraites, émigration et mutations atteindraient ensemble {0} de l’effectif par an&#x202f;; il ne peut partir plus que l’effectif entier</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Workers trained abroad taking up posts each year (a number)</source>
        <translation>Agents formés à l’étranger prenant un poste chaque année (un nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area transferred workers move to</source>
        <translation>La zone vers laquelle les agents sont mutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers needed per 1,000 population of the area (blank: none, or a number of posts instead)</source>
        <translation>Agents nécessaires pour 1&#x202f;000 habitants de la zone (vide&#x202f;: aucun besoin, ou un nombre de postes à la place)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workers needed as a number of posts, constant over the horizon (blank: none, or a density instead)</source>
        <translation>Agents nécessaires en nombre de postes, constant jusqu’à l’horizon (vide&#x202f;: aucun besoin, ou une densité à la place)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+30"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{row}, {field}: {problem}</source>
        <translation>{row}, {field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {field} of {row}</source>
        <translation>Modifier «&#x202f;{field}&#x202f;» — {row}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a cadre needs a name</source>
        <translation>une catégorie doit avoir un nom</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>must not be negative, got {0}</source>
        <translation>la valeur ne doit pas être négative, pas {0}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>type a number (0 if there are none)</source>
        <translation>saisissez un nombre (0 s’il n’y en a aucun)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new cadre needs a name.</source>
        <translation>Une nouvelle catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add cadre {0}</source>
        <translation>Ajouter la catégorie {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove cadre row {0}</source>
        <translation>Supprimer la ligne de catégorie {0}</translation>
    </message>
</context>
<context>
    <name>CellAnswersModel</name>
    <message>
        <location filename="../models/participants_answers.py" line="+39"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaks for</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>outlier</source>
        <translation>valeur atypique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left blank</source>
        <translation>laissé vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered yet</source>
        <translation>pas encore répondu</translation>
    </message>
</context>
<context>
    <name>ChainDialog</name>
    <message>
        <location filename="../widgets/stakeholder_dialogs.py" line="+97"/>
        <source>Shortest chain</source>
        <translation>Chaîne la plus courte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight</source>
        <translation>Mettre en évidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain follows the direction of authority and funding ties.</source>
        <translation>La chaîne suit le sens des liens d’autorité et de financement.</translation>
    </message>
</context>
<context>
    <name>CollectPreviewDialog</name>
    <message>
        <location filename="../widgets/collect_preview.py" line="+102"/>
        <source>Import returned sheets</source>
        <translation>Importer les grilles reçues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} sheet(s) in “{folder}”: &lt;b&gt;{merged} will merge&lt;/b&gt;, {refused} refused, {skipped} skipped. Nothing changes until you merge; the merge is one step that Undo takes back.</source>
        <translation>{total} grille(s) dans «&#x202f;{folder}&#x202f;»&#x202f;: &lt;b&gt;{merged} à fusionner&lt;/b&gt;, {refused} refusée(s), {skipped} ignorée(s). Rien ne change avant la fusion&#x202f;; la fusion forme une seule étape, qu’Annuler peut défaire.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Merge %n sheet(s)</source>
        <translation>
            <numerusform>Fusionner %n grille</numerusform>
            <numerusform>Fusionner %n grilles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other files in the folder, not read: {names}</source>
        <translation>Autres fichiers du dossier, non lus&#x202f;: {names}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Participant: {name}</source>
        <translation>Participant&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it is refused</source>
        <translation>Motifs du refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To know</source>
        <translation>À savoir</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Left blank (%n)</source>
        <translation>
            <numerusform>Sans réponse (%n)</numerusform>
            <numerusform>Sans réponse (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombinedNeedModel</name>
    <message>
        <location filename="../models/workforce_needs.py" line="+27"/>
        <source>Combined need</source>
        <translation>Besoin combiné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per 1,000</source>
        <translation>Pour 1&#x202f;000</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cadres counted</source>
        <translation>Catégories comptées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The need&apos;s name, as charts and the brief show it</source>
        <translation>Le nom du besoin, tel que l’affichent les graphiques et la note d’orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers of the cadres counted, together, per 1,000 population</source>
        <translation>Agents des catégories comptées, ensemble, pour 1&#x202f;000 habitants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cadres whose stocks are added up against this need, separated by + (names or ids)</source>
        <translation>Les catégories dont les effectifs sont additionnés face à ce besoin, séparées par + (noms ou identifiants)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no cadre called “{0}” (the cadres: {1})</source>
        <translation>aucune catégorie nommée «&#x202f;{0}&#x202f;» (les catégories&#x202f;: {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name at least one cadre</source>
        <translation>nommez au moins une catégorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must not be negative, got {0}</source>
        <translation>la valeur ne doit pas être négative, pas {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{row}, {field}: {problem}</source>
        <translation>{row}, {field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit {field} of {row}</source>
        <translation>Modifier «&#x202f;{field}&#x202f;» — {row}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SDG threshold counts doctors, nurses and midwives: the baseline has no cadre with the id doctors, nurses or midwives. Add one, or type the cadres into a combined need.</source>
        <translation>Le seuil ODD compte les médecins, les infirmiers et les sages-femmes&#x202f;: la situation de référence n’a aucune catégorie dont l’identifiant est doctors, nurses ou midwives. Ajoutez-en une, ou saisissez les catégories dans un besoin combiné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doctors, nurses and midwives (SDG threshold)</source>
        <translation>Médecins, infirmiers et sages-femmes (seuil des ODD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the WHO SDG threshold ({0} per 1,000)</source>
        <translation>Utiliser le seuil ODD de l’OMS ({0} pour 1&#x202f;000)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove combined need {0}</source>
        <translation>Supprimer le besoin combiné {0}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../crash.py" line="+51"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palabre met an unexpected problem. Your dialogue is still open, but to be safe, save a copy now. The details are in the log file:
{path}</source>
        <translation>Palabre a rencontré un problème inattendu. Votre dialogue est toujours ouvert, mais par précaution, enregistrez-en une copie maintenant. Les détails figurent dans le fichier journal&#x202f;:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy of the dialogue</source>
        <translation>Enregistrer une copie du dialogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palabre dialogues (*.palabre)</source>
        <translation>Dialogues Palabre (*.palabre)</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../models/criteria_tree.py" line="+119"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can it be done: cost, politics, capacity, time, sustainability</source>
        <translation>Peut-on le faire&#x202f;: coût, contexte politique, capacités, délai, pérennité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it achieves: availability, accessibility, acceptability, quality</source>
        <translation>Ce que cela apporte&#x202f;: disponibilité, accessibilité, acceptabilité, qualité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>less is better</source>
        <translation>moins c’est mieux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more is better</source>
        <translation>plus c’est mieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 to 5, words</source>
        <translation>1 à 5, libellés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
</context>
<context>
    <name>CriteriaWorkspace</name>
    <message>
        <location filename="../workspaces/criteria_workspace.py" line="+25"/>
        <location line="+4"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new criterion in the selected group</source>
        <translation>Un nouveau critère dans le groupe sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the criterion with its scores and weights (Ctrl+Z undoes)</source>
        <translation>Retirer le critère avec ses notes et ses poids (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up within its group</source>
        <translation>Monter dans son groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down within its group</source>
        <translation>Descendre dans son groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a preset…</source>
        <translation>Partir d’un modèle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Palabre&apos;s default set, WHO 2010&apos;s questions, or ISAT&apos;s scalability domains</source>
        <translation>Le jeu par défaut de Palabre, les questions de l’OMS (2010) ou les domaines de passage à l’échelle de l’ISAT</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Criteria tree</source>
        <translation>Arbre des critères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility asks whether an option can be done; impact, what it achieves. Each criterion is scored on an anchored 1 to 5 scale described in words, or in natural units between bounds. Share is the criterion&apos;s part of the overall score in the current perspective (set on the Weights tab).</source>
        <translation>La faisabilité indique si une option peut être mise en œuvre&#x202f;; l’impact, ce qu’elle apporte. Chaque critère est noté sur une échelle de 1 à 5 dont les niveaux sont décrits en mots, ou en unités naturelles entre deux bornes. La part est le poids du critère dans la note globale selon le point de vue actuel (réglé dans l’onglet Poids).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
</context>
<context>
    <name>CriterionDetails</name>
    <message>
        <location filename="../widgets/criteria_details.py" line="+44"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is better</source>
        <translation>Plus c’est mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less is better (a cost, a delay)</source>
        <translation>Moins c’est mieux (un coût, un délai)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anchored 1 to 5, each level described in words</source>
        <translation>De 1 à 5, chaque niveau décrit en mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural units between bounds (money, months…)</source>
        <translation>Unités naturelles entre deux bornes (argent, mois…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What a score of {0} means</source>
        <translation>Ce que signifie une note de {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for example US$ million per year</source>
        <translation>par exemple millions de US$ par an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 (worst)</source>
        <translation>1 (le pire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 (best)</source>
        <translation>5 (le meilleur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lowest plausible</source>
        <translation>Minimum plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest plausible</source>
        <translation>Maximum plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values run linearly between the bounds; with “less is better” the lowest is best.</source>
        <translation>Les valeurs varient linéairement entre les bornes&#x202f;; avec «&#x202f;moins c’est mieux&#x202f;», la plus basse est la meilleure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a criterion in the tree to see and edit it.</source>
        <translation>Choisissez un critère dans l’arbre pour le voir et le modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Scores outside the new scale</source>
        <translation>Notes hors de la nouvelle échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores on “{0}” outside the new scale: {1}. They will be cleared; Ctrl+Z brings them back. Continue?</source>
        <translation>Notes sur «&#x202f;{0}&#x202f;» hors de la nouvelle échelle&#x202f;: {1}. Elles seront effacées&#x202f;; Ctrl+Z les rétablit. Continuer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../models/participants_heatmap.py" line="+161"/>
        <source>Nobody has scored this cell yet.</source>
        <translation>Personne n’a encore noté cette case.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median {median}, mean {mean}</source>
        <translation>Médiane {median}, moyenne {mean}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range {low} to {high}; interquartile range {iqr}</source>
        <translation>Étendue de {low} à {high}&#x202f;; écart interquartile {iqr}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlier: {names}</source>
        <translation>Réponse atypique&#x202f;: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to see every answer.</source>
        <translation>Cliquez pour voir toutes les réponses.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../controller.py" line="+112"/>
        <source>choose where to save the dialogue first</source>
        <translation>choisissez d’abord où enregistrer le dialogue</translation>
    </message>
</context>
<context>
    <name>EffectsPage</name>
    <message>
        <location filename="../widgets/workforce_effects.py" line="+71"/>
        <source>Add effect</source>
        <translation>Ajouter un effet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove effect</source>
        <translation>Supprimer l’effet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Add an effect to this option: 10% less attrition to start with, on what the gap closed counts; then change it</source>
        <translation>Ajouter un effet à cette option&#x202f;: 10&#x202f;% de départs en moins pour commencer, sur ce que compte l’écart comblé&#x202f;; modifiez-le ensuite</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Relative changes are percentages of the flow (−30% attrition: 30% fewer leave); absolute ones are workers a year. Low and high give the plausible range; blank years mean from the start, to the horizon. Hover over a row to read it as a sentence.</source>
        <translation>Les variations relatives sont des pourcentages du flux (−30&#x202f;% de départs&#x202f;: 30&#x202f;% de départs en moins)&#x202f;; les variations absolues sont des agents par an. Bas et Haut donnent la fourchette plausible&#x202f;; une année vide signifie dès le départ, ou jusqu’à l’horizon. Survolez une ligne pour la lire sous forme de phrase.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>{name}
%n effect(s)</source>
        <translation>
            <numerusform>{name}
%n effet</numerusform>
            <numerusform>{name}
%n effets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}
no effect yet</source>
        <translation>{name}
aucun effet pour l’instant</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;b&gt;Effects of&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Effets de l’option&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This option has no workforce effects: it closes no gap in the projection. Add an effect to say what it changes.</source>
        <translation>Cette option n’a aucun effet sur les personnels&#x202f;: elle ne comble aucun écart dans la projection. Ajoutez un effet pour indiquer ce qu’elle change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By {year}, these effects close &lt;b&gt;{central}&lt;/b&gt; of the {base} workers missing ({target}; {share}), from {low} to {high} between the pessimistic and the optimistic runs.</source>
        <translation>D’ici {year}, ces effets comblent &lt;b&gt;{central}&lt;/b&gt; des {base} agents manquants ({target}&#x202f;; {share}), de {low} à {high} entre l’hypothèse pessimiste et l’hypothèse optimiste.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Stock against need&lt;/b&gt; — {row}, with and without this option</source>
        <translation>&lt;b&gt;Effectif face au besoin&lt;/b&gt; — {row}, avec et sans cette option</translation>
    </message>
</context>
<context>
    <name>EffectsTableModel</name>
    <message>
        <location filename="../models/workforce_effects.py" line="+50"/>
        <source>Cadre</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The cadre the effect changes, or every cadre</source>
        <translation>La catégorie que l’effet modifie, ou toutes les catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area, or every area of the cadre</source>
        <translation>La zone, ou toutes les zones de la catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flow that changes</source>
        <translation>Le flux qui change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative: a percentage of the flow (−30% is 30% fewer leaving). Absolute: workers a year (+40 graduates a year), shared among the rows in proportion to their flow</source>
        <translation>Relative&#x202f;: un pourcentage du flux (−30&#x202f;% = 30&#x202f;% de départs en moins). Absolue&#x202f;: des agents par an (+40 diplômés par an), répartis entre les lignes au prorata de leur flux</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>a relative change is from {low} (the flow stops) to {high}, got {value}</source>
        <translation>une variation relative va de {low} (le flux s’arrête) à {high}, pas {value}</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The value that is most pessimistic or optimistic at one end of the plausible range</source>
        <translation>La valeur la plus pessimiste ou la plus optimiste, à une extrémité de la fourchette plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value: it gives the option&apos;s central projection and its score</source>
        <translation>La valeur attendue&#x202f;: elle donne la projection centrale de l’option et sa note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other end of the plausible range</source>
        <translation>L’autre extrémité de la fourchette plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year whose flows change (blank: from the start year)</source>
        <translation>Première année dont les flux changent (vide&#x202f;: dès l’année de départ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year whose flows change (blank: to the horizon)</source>
        <translation>Dernière année dont les flux changent (vide&#x202f;: jusqu’à l’horizon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the figures come from</source>
        <translation>D’où viennent les chiffres</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Effect {row}, {field}: {problem}</source>
        <translation>Effet {row}, {field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the low value must not be above the central one ({0})</source>
        <translation>la valeur basse ne doit pas dépasser la valeur centrale ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the high value must not be below the central one ({0})</source>
        <translation>la valeur haute ne doit pas être inférieure à la valeur centrale ({0})</translation>
    </message>
</context>
<context>
    <name>Elicitation</name>
    <message>
        <location filename="../widgets/weights_elicitation.py" line="+29"/>
        <source>Feasibility criteria (weights within the group)</source>
        <translation>Critères de faisabilité (poids au sein du groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact criteria (weights within the group)</source>
        <translation>Critères d’impact (poids au sein du groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All criteria (sets the group weights too)</source>
        <translation>Tous les critères (fixe aussi le poids des groupes)</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../workspaces/brief_choices.py" line="+33"/>
        <source>This export</source>
        <translation>Cet export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Anglais (English)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French (français)</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public version (redacted)</source>
        <translation>Version publique (anonymisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons are shown by their category, and notes about stakeholders are left out. Read the brief before sending it: a shortened name in your own text is not caught.</source>
        <translation>Les personnes sont désignées par leur catégorie et les remarques sur les parties prenantes sont omises. Relisez la note d’orientation avant de l’envoyer&#x202f;: un nom abrégé dans votre propre texte n’est pas détecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem and context</source>
        <translation>Problème et contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options compared</source>
        <translation>Options comparées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How they were compared</source>
        <translation>Méthode de comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder landscape</source>
        <translation>Paysage des parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workforce gap</source>
        <translation>Écart en personnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <location filename="../models/options_table.py" line="+33"/>
        <location line="+7"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Financial</source>
        <translation>Incitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Financial incentives</source>
        <translation>Incitations financières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal and professional support</source>
        <translation>Soutien personnel et professionnel</translation>
    </message>
</context>
<context>
    <name>FeasibilityGauge</name>
    <message>
        <location filename="../widgets/position_map.py" line="+100"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <location filename="../widgets/workforce_charts.py" line="+214"/>
        <source>No option has workforce effects yet.</source>
        <translation>Aucune option n’a encore d’effets sur les personnels.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Workers added against the need by {0}</source>
        <translation>Agents ajoutés face au besoin d’ici {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an option&apos;s own effects</source>
        <translation>effets propres d’une option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle</source>
        <translation>un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all options together</source>
        <translation>toutes les options ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pessimistic to optimistic</source>
        <translation>de pessimiste à optimiste</translation>
    </message>
</context>
<context>
    <name>GapPage</name>
    <message>
        <location filename="../widgets/workforce_gap.py" line="+46"/>
        <source>The cadres (or combined needs) whose gap is counted; none ticked: every cadre with a need</source>
        <translation>Les catégories (ou besoins combinés) dont l’écart est compté&#x202f;; aucune cochée&#x202f;: toutes les catégories ayant un besoin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortage (workers missing)</source>
        <translation>Déficit (agents manquants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed gap (counts workers beyond the need)</source>
        <translation>Écart signé (compte les agents au-delà du besoin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortage: workers beyond the need close no gap, and a surplus in one area does not hide a shortage in another. Signed gap: every extra worker counts.</source>
        <translation>Déficit&#x202f;: les agents au-delà du besoin ne comblent aucun écart, et un excédent dans une zone ne masque pas un déficit dans une autre. Écart signé&#x202f;: chaque agent supplémentaire compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use as Impact criterion</source>
        <translation>Utiliser comme critère d’impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the Impact criterion “Projected gap closed”, weighted 1 in every perspective: each option&apos;s score is the central gap closed, and the low and high runs are its uncertainty range (used by SMAA). The scores follow every change of the baseline or the effects.</source>
        <translation>Ajouter le critère d’impact «&#x202f;Écart comblé projeté&#x202f;», de poids 1 dans chaque point de vue&#x202f;: la note de chaque option est l’écart comblé central, et les hypothèses basse et haute forment sa plage d’incertitude (utilisée par la SMAA). Les notes suivent chaque modification de la situation de référence ou des effets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop feeding</source>
        <translation>Ne plus alimenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The criterion keeps its scores, which you can then edit by hand</source>
        <translation>Le critère garde ses notes, que vous pouvez ensuite modifier à la main</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the gap closed counts</source>
        <translation>Ce que compte l’écart comblé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the decision</source>
        <translation>Dans la décision</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;b&gt;Gap closed by {year}&lt;/b&gt; — {target}</source>
        <translation>&lt;b&gt;Écart comblé d’ici {year}&lt;/b&gt; — {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No effects, so no gap closed: {names}.</source>
        <translation>Sans effets, donc sans écart comblé&#x202f;: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No option has workforce effects yet.</source>
        <translation>Aucune option n’a encore d’effets sur les personnels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting {target} in {year}: the baseline leaves {gap} workers missing.</source>
        <translation>En comptant {target} en {year}, la situation de référence laisse {gap} agents manquants.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gap closed scores the Impact criterion &lt;b&gt;{name}&lt;/b&gt;: each option&apos;s score is its central gap closed, with the low and high runs as the range SMAA samples. It follows every change here.</source>
        <translation>L’écart comblé note le critère d’impact &lt;b&gt;{name}&lt;/b&gt;&#x202f;: la note de chaque option est son écart comblé central, et les hypothèses basse et haute forment la plage où la SMAA effectue ses tirages. Les notes suivent chaque modification faite ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gap closed feeds no criterion yet. Use it as an Impact criterion to rank the options by the workers they add against the need.</source>
        <translation>L’écart comblé n’alimente encore aucun critère. Utilisez-le comme critère d’impact pour classer les options selon les agents qu’elles ajoutent face au besoin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Projected gap closed</source>
        <translation>Écart comblé projeté</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../models/workforce_gaps.py" line="+46"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap closed</source>
        <translation>Écart comblé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the gap</source>
        <translation>Part de l’écart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workers added against the need by the horizon, with the central value of every effect</source>
        <translation>Agents ajoutés face au besoin d’ici l’horizon, avec la valeur centrale de chaque effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With every effect at its pessimistic end</source>
        <translation>Avec chaque effet à son extrémité pessimiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With every effect at its optimistic end</source>
        <translation>Avec chaque effet à son extrémité optimiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The central gap closed as a share of the baseline&apos;s gap at the horizon</source>
        <translation>L’écart comblé central, en part de l’écart de la situation de référence à l’horizon</translation>
    </message>
</context>
<context>
    <name>GroupWeightsModel</name>
    <message>
        <location filename="../models/participants_answers.py" line="+35"/>
        <source>Stakeholder group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gave weights</source>
        <translation>Poids donnés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Combined by</source>
        <translation>Combinés par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consistency</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{given} of {members}</source>
        <translation>{given} sur {members}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>geometric mean of judgements</source>
        <translation>moyenne géométrique des jugements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean of weights</source>
        <translation>moyenne des poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CR {value}</source>
        <translation>RC {value}</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../launch.py" line="+65"/>
        <source>No display available, so the window cannot open: writing the brief to {path} instead.</source>
        <translation>Aucun écran disponible, la fenêtre ne peut pas s’ouvrir&#x202f;: la note d’orientation est écrite dans {path} à la place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking of “{title}” ({weights} weights, additive value model):</source>
        <translation>Classement de «&#x202f;{title}&#x202f;» (poids de {weights}, modèle additif de valeur)&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief: {path}</source>
        <translation>Note d’orientation&#x202f;: {path}</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message numerus="yes">
        <location filename="../models/stakeholder_highlights.py" line="+25"/>
        <source>Neighbourhood of {0}: %n tied stakeholder(s)</source>
        <translation>
            <numerusform>Voisinage de {0}&#x202f;: %n partie prenante liée</numerusform>
            <numerusform>Voisinage de {0}&#x202f;: %n parties prenantes liées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Coalition {0}: {1} stakeholders</source>
        <translation>Coalition {0}&#x202f;: {1} parties prenantes</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Shortest chain from {0} to {1}: %n tie(s)</source>
        <translation>
            <numerusform>Chaîne la plus courte de {0} à {1}&#x202f;: %n lien</numerusform>
            <numerusform>Chaîne la plus courte de {0} à {1}&#x202f;: %n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <location filename="../widgets/network_legend.py" line="+195"/>
        <source>Click a category or a tie type to hide or show it; click a heading to fold the legend.</source>
        <translation>Cliquez sur une catégorie ou un type de lien pour le masquer ou l’afficher&#x202f;; cliquez sur un titre pour replier la légende.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Legend ▸ (click to open)</source>
        <translation>Légende ▸ (cliquer pour ouvrir)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../widgets/options_library.py" line="+34"/>
        <source>Add options from the WHO library</source>
        <translation>Ajouter des options depuis la bibliothèque de l’OMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHO&apos;s global recommendations on rural retention (2010, confirmed in 2021) group sixteen interventions in four families; WHO advises choosing a bundle that fits the country. Tick the ones to put on the table: each becomes an option you can rename and edit.</source>
        <translation>Les recommandations mondiales de l’OMS sur la fidélisation des personnels en zones rurales (2010, confirmées en 2021) regroupent seize interventions en quatre familles&#x202f;; l’OMS conseille de choisir un paquet adapté au pays. Cochez celles à mettre à l’étude&#x202f;: chacune devient une option que vous pouvez renommer et modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is</source>
        <translation>En quoi elle consiste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>already on the table</source>
        <translation>déjà à l’étude</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add the ticked options ({0})</source>
        <translation>Ajouter les options cochées ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../locale_format.py" line="+96"/>
        <source>{low} to {high} {unit}</source>
        <translation>{low} à {high} {unit}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+96"/>
        <source>The {language} translation could not be loaded; see the log.</source>
        <translation>La traduction «&#x202f;{language}&#x202f;» n’a pas pu être chargée&#x202f;; consultez le journal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;example</source>
        <translation>Ouvrir l’e&amp;xemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save with a &amp;passphrase…</source>
        <translation>Enregistrer avec une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a re&amp;dacted copy…</source>
        <translation>Exporter une copie &amp;anonymisée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import stakeholders and ties…</source>
        <translation>&amp;Importer les parties prenantes et les liens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport stakeholders and ties…</source>
        <translation>Exporter les parties prenantes et les &amp;liens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;brief (PDF)…</source>
        <translation>Exporter la note d’orientation (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Palabre</source>
        <translation>À &amp;propos de Palabre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Palabre dialogues (*.palabre);;All files (*)</source>
        <translation>Dialogues Palabre (*.palabre);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} (not saved)</source>
        <translation>{title} (non enregistré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}[*] — Palabre</source>
        <translation>{name}[*] — Palabre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not changed: {reason}</source>
        <translation>Non modifié&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Enregistrer d’abord les modifications de «&#x202f;{name}&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a dialogue</source>
        <translation>Ouvrir un dialogue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted dialogue</source>
        <translation>Dialogue chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is encrypted. Passphrase:</source>
        <translation>«&#x202f;{name}&#x202f;» est chiffré. Phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the dialogue</source>
        <translation>Impossible d’ouvrir le dialogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened {path}</source>
        <translation>Ouvert&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the dialogue</source>
        <translation>Enregistrer le dialogue</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Save with a passphrase</source>
        <translation>Enregistrer avec une phrase secrète</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{warning}

Passphrase (at least {n} characters):</source>
        <translation>{warning}

Phrase secrète (au moins {n} caractères)&#x202f;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the passphrase again:</source>
        <translation>Saisissez à nouveau la phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the encrypted dialogue</source>
        <translation>Enregistrer le dialogue chiffré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stakeholders and ties written to {path}</source>
        <translation>Parties prenantes et liens enregistrés dans {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export a redacted copy</source>
        <translation>Exporter une copie anonymisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Not written</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The redacted copy must not replace the original dialogue.</source>
        <translation>La copie anonymisée ne doit pas remplacer le dialogue original.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redacted copy written to {path}</source>
        <translation>Copie anonymisée enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Palabre</source>
        <translation>À propos de Palabre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Palabre {version}&lt;/b&gt;&lt;p&gt;An offline workbench for health-workforce policy dialogue: map who is involved, compare options on feasibility and impact, and write the policy brief.&lt;/p&gt;&lt;p&gt;Named after the &lt;i&gt;arbre à palabres&lt;/i&gt;, the tree under which a community talks a hard question through until it agrees.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Palabre {version}&lt;/b&gt;&lt;p&gt;Un atelier hors ligne pour le dialogue politique sur les personnels de santé&#x202f;: cartographier les acteurs concernés, comparer les options selon leur faisabilité et leur impact, et rédiger la note d’orientation.&lt;/p&gt;&lt;p&gt;Son nom vient de l’&lt;i&gt;arbre à palabres&lt;/i&gt;, l’arbre sous lequel une communauté débat d’une question difficile jusqu’à parvenir à un accord.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapFiles</name>
    <message>
        <location filename="../map_files.py" line="+40"/>
        <source>Stakeholder maps (*.xlsx *.graphml *.gexf *.csv);;Excel workbook (*.xlsx);;GraphML (*.graphml);;GEXF (*.gexf);;CSV table (*.csv)</source>
        <translation>Cartographies des parties prenantes (*.xlsx *.graphml *.gexf *.csv);;Classeur Excel (*.xlsx);;GraphML (*.graphml);;GEXF (*.gexf);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook (*.xlsx);;GraphML for Gephi (*.graphml);;GEXF for Gephi (*.gexf);;CSV tables (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;GraphML pour Gephi (*.graphml);;GEXF pour Gephi (*.gexf);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: Palabre reads stakeholder maps from .xlsx, .csv, .graphml and .gexf</source>
        <translation>{name}&#x202f;: Palabre lit les cartographies des parties prenantes aux formats .xlsx, .csv, .graphml et .gexf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not UTF-8 text</source>
        <translation>Texte non UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Read as {encoding}, its first line looks like this:

{preview}

Do the accented letters look right?</source>
        <translation>{message}

Lu en {encoding}, le fichier commence ainsi&#x202f;:

{preview}

Les lettres accentuées s’affichent-elles correctement&#x202f;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Import stakeholders and ties</source>
        <translation>Importer les parties prenantes et les liens</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>
… and {n} more</source>
        <translation>
… et {n} autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{name} was not imported; nothing changed.

{problems}{tail}</source>
        <translation>{name} n’a pas été importé&#x202f;; rien n’a changé.

{problems}{tail}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{stakeholders} and {ties} read from {name}.

Merge them into the map (same ids are updated), or replace the whole map?</source>
        <translation>{stakeholders} et {ties} lus dans {name}.

Les fusionner avec la cartographie (les mêmes identifiants sont mis à jour) ou remplacer toute la cartographie&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export stakeholders and ties</source>
        <translation>Exporter les parties prenantes et les liens</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>MatrixPlot</name>
    <message>
        <location filename="../widgets/matrix_plot.py" line="+49"/>
        <source>Feasibility score (0 to 1): can it be done?</source>
        <translation>Note de faisabilité (0 à 1)&#x202f;: est-ce réalisable&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact score (0 to 1): what it achieves</source>
        <translation>Note d’impact (0 à 1)&#x202f;: ce que cela apporte</translation>
    </message>
</context>
<context>
    <name>MatrixWorkspace</name>
    <message>
        <location filename="../workspaces/matrix_workspace.py" line="+26"/>
        <location line="+4"/>
        <source>Feasibility–impact</source>
        <translation>Faisabilité–impact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feasibility–impact matrix</source>
        <translation>Matrice faisabilité–impact</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No matrix: {0}</source>
        <translation>Pas de matrice&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feasibility and impact scores are the weighted values of the criteria in each group, with the weights of {0}. The lines cut each score at 0.5.</source>
        <translation>Les notes de faisabilité et d’impact sont les valeurs pondérées des critères de chaque groupe, avec les poids de «&#x202f;{0}&#x202f;». Les lignes coupent chaque note à 0,5.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../models/method_state.py" line="+44"/>
        <source>unknown method {0} (expected {1})</source>
        <translation>méthode inconnue {0} (attendu&#x202f;: {1})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Additive value model (weighted sum)</source>
        <translation>Modèle additif de valeur (somme pondérée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted product model</source>
        <translation>Modèle du produit pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPSIS (closeness to the ideal)</source>
        <translation>TOPSIS (proximité de l’idéal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIKOR (compromise)</source>
        <translation>VIKOR (compromis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELECTRE I (outranking kernel)</source>
        <translation>ELECTRE I (noyau de surclassement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELECTRE II (outranking ranking)</source>
        <translation>ELECTRE II (classement par surclassement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROMETHEE II (net flows)</source>
        <translation>PROMETHEE II (flux nets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds up each criterion&apos;s value (0 to 1) times its weight, so strengths on some criteria can make up for weaknesses on others.</source>
        <translation>Additionne la valeur de chaque critère (de 0 à 1) multipliée par son poids&#x202f;: les points forts sur certains critères peuvent ainsi compenser les faiblesses sur d’autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the scores raised to the power of their weights, so one very poor score pulls an option down more than in the additive model.</source>
        <translation>Multiplie les notes élevées à la puissance de leur poids&#x202f;: une seule note très faible pénalise donc davantage une option que dans le modèle additif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks options by how close they come to an imaginary option that is best on every criterion, and how far they stay from one that is worst on all.</source>
        <translation>Classe les options selon leur proximité avec une option imaginaire, la meilleure sur chaque critère, et leur éloignement d’une option qui serait la pire sur tous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeks a compromise between the best overall score and the smallest worst-case regret on any single criterion; a lower Q is better.</source>
        <translation>Cherche un compromis entre la meilleure note globale et le plus petit regret maximal sur un critère pris isolément&#x202f;; plus Q est faible, mieux c’est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the options that no other option clearly outranks (the kernel): it sorts the options into a short list rather than ranking them.</source>
        <translation>Retient les options qu’aucune autre option ne surclasse nettement (le noyau)&#x202f;: elle trie les options en une liste restreinte au lieu de les classer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks options by how often one beats another on enough weighted criteria without a severe loss on any of them.</source>
        <translation>Classe les options selon la fréquence à laquelle l’une l’emporte sur une autre sur suffisamment de critères pondérés, sans perte grave sur aucun d’eux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compares options two by two on every criterion and ranks them by net flow: how much each is preferred to the others, minus the reverse.</source>
        <translation>Compare les options deux à deux sur chaque critère et les classe par flux net&#x202f;: la mesure dans laquelle chacune est préférée aux autres, moins l’inverse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall value</source>
        <translation>Valeur globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product score</source>
        <translation>Produit pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q (lower is better)</source>
        <translation>Q (à minimiser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the kernel</source>
        <translation>Dans le noyau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outranking level (1 is best)</source>
        <translation>Niveau de surclassement (1 = meilleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net flow</source>
        <translation>Flux net</translation>
    </message>
</context>
<context>
    <name>MethodPicker</name>
    <message>
        <location filename="../widgets/method_picker.py" line="+32"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
</context>
<context>
    <name>NetworkExport</name>
    <message>
        <location filename="../widgets/network_export.py" line="+103"/>
        <source>{0} — stakeholder map</source>
        <translation>{0} — cartographie des parties prenantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — stakeholder map — positions on “{1}”</source>
        <translation>{0} — cartographie des parties prenantes — positions sur «&#x202f;{1}&#x202f;»</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SVG export needs Qt&apos;s SVG module, which this installation lacks; save as PNG</source>
        <translation>L’export SVG nécessite le module SVG de Qt, absent de cette installation&#x202f;; enregistrez en PNG</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {0}</source>
        <translation>impossible d’écrire {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write {0}: check the folder exists and is writable</source>
        <translation>impossible d’écrire {0}&#x202f;: vérifiez que le dossier existe et qu’il est accessible en écriture</translation>
    </message>
</context>
<context>
    <name>NetworkLegend</name>
    <message>
        <location filename="../widgets/network_legend.py" line="-153"/>
        <source>Who (colour)</source>
        <translation>Qui (couleur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ties (width: strength)</source>
        <translation>Liens (épaisseur&#x202f;: intensité)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position on the option (ring)</source>
        <translation>Position sur l’option (anneau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size: power 1 to 5</source>
        <translation>Taille&#x202f;: pouvoir de 1 à 5</translation>
    </message>
</context>
<context>
    <name>NetworkMenus</name>
    <message>
        <location filename="../widgets/network_menus.py" line="+62"/>
        <source>Tie from {0} to {1}:</source>
        <translation>Lien de {0} à {1}&#x202f;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authority (commands)</source>
        <translation>Autorité (commande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding (pays)</source>
        <translation>Financement (verse des fonds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration or alliance</source>
        <translation>Collaboration ou alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Position on “{0}”</source>
        <translation>Position sur «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – weak</source>
        <translation>1 – faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 – medium</source>
        <translation>2 – moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – strong</source>
        <translation>3 – forte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directed (arrow)</source>
        <translation>Orienté (flèche)</translation>
    </message>
</context>
<context>
    <name>NetworkStyle</name>
    <message>
        <location filename="../widgets/network_style.py" line="+60"/>
        <source>strongly supports</source>
        <translation>soutient fortement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supports</source>
        <translation>soutient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposes</source>
        <translation>s’oppose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly opposes</source>
        <translation>s’oppose fortement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../widgets/network_view.py" line="+155"/>
        <source>Drag: move · Double-click: add · Shift+drag to another: tie · Delete: remove · Right-click: more · Wheel: zoom</source>
        <translation>Glisser&#x202f;: déplacer · Double-clic&#x202f;: ajouter · Maj+glisser vers une autre&#x202f;: lier · Suppr&#x202f;: supprimer · Clic droit&#x202f;: plus · Molette&#x202f;: zoom</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{0} · power {1} · interest {2}</source>
        <translation>{0} · pouvoir {1} · intérêt {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On “{0}”: {1}</source>
        <translation>Sur «&#x202f;{0}&#x202f;»&#x202f;: {1}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}   —   Esc clears it</source>
        <translation>{0}   —   Échap pour effacer</translation>
    </message>
    <message>
        <location line="+410"/>
        <source>Release (or click) on the stakeholder to tie to; Esc cancels.</source>
        <translation>Relâchez (ou cliquez) sur la partie prenante à lier&#x202f;; Échap annule.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No chain of ties leads from {0} to {1}.</source>
        <translation>Aucune chaîne de liens ne mène de {0} à {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click the stakeholder to reach from {0}.</source>
        <translation>Cliquez sur la partie prenante à atteindre depuis {0}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add a stakeholder here…</source>
        <translation>Ajouter une partie prenante ici…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Clear the highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n stakeholders</source>
        <translation>
            <numerusform>Supprimer %n partie prenante</numerusform>
            <numerusform>Supprimer %n parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a tie from here…</source>
        <translation>Ajouter un lien à partir d’ici…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlight its neighbourhood</source>
        <translation>Mettre en évidence son voisinage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight its coalition</source>
        <translation>Mettre en évidence sa coalition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest chain from here to…</source>
        <translation>Chaîne la plus courte d’ici à…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: {1} – {2}</source>
        <translation>{0}&#x202f;: {1} – {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the tie</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} tie, strength {1}:
{2} {3} {4}</source>
        <translation>{0} — lien d’intensité {1}&#x202f;:
{2} {3} {4}</translation>
    </message>
</context>
<context>
    <name>NewStakeholderDialog</name>
    <message>
        <location filename="../widgets/stakeholder_dialogs.py" line="-57"/>
        <source>Add a stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Ministry of Local Government</source>
        <translation>par exemple&#x202f;: ministère de l’Administration territoriale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power (1–5)</source>
        <translation>&amp;Pouvoir (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interest (1–5)</source>
        <translation>&amp;Intérêt (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other attributes and positions can be set in the inspector.</source>
        <translation>Les autres attributs et les positions se règlent dans le panneau de détails.</translation>
    </message>
</context>
<context>
    <name>OptionDetails</name>
    <message>
        <location filename="../widgets/options_details.py" line="+63"/>
        <source>for example C1; empty for your own options</source>
        <translation>par exemple C1&#x202f;; vide pour vos propres options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example US$ 1.2 million a year</source>
        <translation>par exemple 1,2 million de US$ par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the option is, in a sentence or two</source>
        <translation>En quoi consiste l’option, en une ou deux phrases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence, conditions, who raised it…</source>
        <translation>Données probantes, conditions, qui l’a proposée…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an option in the list to see and edit its details.</source>
        <translation>Choisissez une option dans la liste pour en voir et modifier les détails.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHO code</source>
        <translation>Code OMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected cost</source>
        <translation>Coût attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Rank &lt;b&gt;{0}&lt;/b&gt; of {1} — {2}.&lt;br&gt;Feasibility {3}, impact {4}: &lt;b&gt;{5}&lt;/b&gt;.</source>
        <translation>Rang &lt;b&gt;{0}&lt;/b&gt; sur {1} — {2}.&lt;br&gt;Faisabilité {3}, impact {4}&#x202f;: &lt;b&gt;{5}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>OptionSummary</name>
    <message>
        <location filename="../widgets/matrix_details.py" line="+37"/>
        <source>Click an option on the matrix or in the list to see what it is and how it scores.</source>
        <translation>Cliquez sur une option dans la matrice ou dans la liste pour voir en quoi elle consiste et quelles sont ses notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WHO {0}</source>
        <translation>OMS {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle: {0}</source>
        <translation>paquet&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feasibility {0}, impact {1}; rank {2} of {3} — {4}</source>
        <translation>faisabilité {0}, impact {1}&#x202f;; rang {2} sur {3} — {4}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected cost</source>
        <translation>Coût attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <location filename="../models/options_table.py" line="+51"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHO</source>
        <translation>OMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected cost</source>
        <translation>Coût attendu</translation>
    </message>
</context>
<context>
    <name>OptionsWorkspace</name>
    <message>
        <location filename="../workspaces/options_workspace.py" line="+40"/>
        <location line="+4"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add from WHO library…</source>
        <translation>Bibliothèque OMS…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHO&apos;s sixteen rural-retention interventions</source>
        <translation>Les seize interventions de l’OMS pour fidéliser les personnels en zones rurales</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>An option of your own</source>
        <translation>Une option définie par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle…</source>
        <translation>Regrouper…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group the selected options into a bundle adopted together</source>
        <translation>Regrouper les options sélectionnées en un paquet à adopter ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unbundle</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected options out of their bundle</source>
        <translation>Retirer les options sélectionnées de leur paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected option up (Ctrl+Up)</source>
        <translation>Monter l’option sélectionnée (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected option down (Ctrl+Down)</source>
        <translation>Descendre l’option sélectionnée (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Remove the selected options with their scores (Ctrl+Z undoes)</source>
        <translation>Retirer les options sélectionnées avec leurs notes (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options on the table</source>
        <translation>Options à l’étude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interventions being compared. Start from WHO&apos;s rural-retention recommendations or add your own (task sharing, a new school, payroll clean-up…). Select several to bundle them: a bundle is a set of options meant to be adopted together.</source>
        <translation>Les interventions comparées. Partez des recommandations de l’OMS sur la fidélisation en zones rurales ou ajoutez les vôtres (partage des tâches, nouvelle école, assainissement du fichier de la solde…). Sélectionnez-en plusieurs pour les regrouper&#x202f;: un paquet est un ensemble d’options destinées à être adoptées ensemble.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options: {0} · from the WHO library: {1}</source>
        <translation>Options&#x202f;: {0} · issues de la bibliothèque OMS&#x202f;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundles: {0}</source>
        <translation>paquets&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Removed with their scores: {0}. Ctrl+Z brings them back.</source>
        <translation>Retirées avec leurs notes&#x202f;: {0}. Ctrl+Z les rétablit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the bundle (a new name or an existing one):</source>
        <translation>Nom du paquet (nouveau ou existant)&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../widgets/participants_dialog.py" line="+34"/>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name, or a code such as RN-03</source>
        <translation>Un nom, ou un code comme RN-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a code: never show a name</source>
        <translation>C’est un code&#x202f;: ne jamais afficher de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No particular group</source>
        <translation>Aucun groupe particulier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group: {label}</source>
        <translation>Groupe&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: budget officer, union delegate</source>
        <translation>Par exemple&#x202f;: chargé du budget, délégué syndical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores and weights</source>
        <translation>Notes et poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores only</source>
        <translation>Notes seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights only</source>
        <translation>Poids seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points to share out</source>
        <translation>Points à répartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairwise comparisons (AHP)</source>
        <translation>Comparaisons par paires (AHP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or code</source>
        <translation>Nom ou code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks for</source>
        <translation>S’exprime au nom de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to fill in</source>
        <translation>À remplir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights by</source>
        <translation>Pondération par</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../models/participants_table.py" line="+35"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaks for</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AHP CR</source>
        <translation>RC AHP</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHP pairs</source>
        <translation>Paires AHP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores + AHP pairs</source>
        <translation>Notes + paires AHP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores + points</source>
        <translation>Notes + points</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing usable</source>
        <translation>rien d’exploitable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous: known by this code only</source>
        <translation>Anonyme&#x202f;: connu par ce code seulement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked to score the options and to weigh the criteria by points (shared out) or by AHP pairwise comparisons</source>
        <translation>Invité à noter les options et à pondérer les critères par points (à répartir) ou par comparaisons par paires AHP</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n score(s) left blank</source>
        <translation>
            <numerusform>%n note laissée vide</numerusform>
            <numerusform>%n notes laissées vides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {file}</source>
        <translation>Provenance&#x202f;: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}: consistency ratio {value}</source>
        <translation>{group}&#x202f;: ratio de cohérence {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above {limit} the judgements contradict each other (Saaty): worth asking the participant to revisit them.</source>
        <translation>Au-delà de {limit}, les jugements se contredisent (Saaty)&#x202f;: mieux vaut demander au participant de les revoir.</translation>
    </message>
</context>
<context>
    <name>ParticipantsWorkspace</name>
    <message>
        <location filename="../workspaces/participants.py" line="+88"/>
        <location line="+4"/>
        <location line="+94"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+173"/>
        <source>Answers behind a cell</source>
        <translation>Détail des réponses d’une cellule</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+174"/>
        <source>Click a cell of the map to see who answered what.</source>
        <translation>Cliquez sur une cellule de la carte pour voir qui a répondu quoi.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export scoring sheets…</source>
        <translation>Exporter les fiches de notation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Excel workbook per participant, to fill in offline</source>
        <translation>Un classeur Excel par participant, à remplir hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with printable PDFs</source>
        <translation>avec PDF imprimables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import returned sheets…</source>
        <translation>Importer les fiches retournées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a folder of returned workbooks; you see what will merge before anything changes</source>
        <translation>Lit un dossier de classeurs retournés&#x202f;; vous voyez ce qui sera intégré avant tout changement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make perspectives from groups</source>
        <translation>Créer des points de vue par groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One weight set per stakeholder group, from its members&apos; weights (Ctrl+Z undoes)</source>
        <translation>Un jeu de poids par groupe de parties prenantes, à partir des poids de ses membres (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interquartile range</source>
        <translation>écart interquartile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>étendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use combined scores</source>
        <translation>Utiliser les notes combinées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the combined scores into the score table; the spread of the answers becomes each score&apos;s uncertainty range (Ctrl+Z undoes)</source>
        <translation>Reporter les notes combinées dans le tableau des notes&#x202f;; la dispersion des réponses devient la plage d’incertitude de chaque note (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weights by stakeholder group</source>
        <translation>Poids par groupe de parties prenantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members&apos; AHP judgements are combined by their geometric mean (Aczél &amp; Saaty 1983); points by the mean of the weights.</source>
        <translation>Les jugements AHP des membres sont combinés par leur moyenne géométrique (Aczél &amp; Saaty 1983)&#x202f;; les points, par la moyenne des poids.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where participants disagree</source>
        <translation>Où les participants divergent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine by</source>
        <translation>Combiner par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each cell shows the participants&apos; combined score; white means they agree, orange that their answers spread over a quarter of the scale, red half of it or more. • marks an outlier (beyond 1.5 interquartile ranges, Tukey).</source>
        <translation>Chaque cellule montre la note combinée des participants&#x202f;; blanc&#x202f;: ils sont d’accord, orange&#x202f;: leurs réponses s’étalent sur un quart de l’échelle, rouge&#x202f;: sur la moitié ou plus. • signale une valeur aberrante (au-delà de 1,5 écart interquartile, Tukey).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export scoring sheets…</source>
        <translation>&amp;Exporter les fiches de notation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import returned sheets…</source>
        <translation>&amp;Importer les fiches retournées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;perspectives from groups</source>
        <translation>Créer des &amp;points de vue par groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use combined scores</source>
        <translation>&amp;Utiliser les notes combinées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No participants yet: add the people who will score the options or weigh the criteria, then export their sheets.</source>
        <translation>Aucun participant pour l’instant&#x202f;: ajoutez les personnes qui noteront les options ou pondéreront les critères, puis exportez leurs fiches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{answered} of {total} have answered.</source>
        <translation>{answered} sur {total} ont répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: {names}.</source>
        <translation>Pas encore&#x202f;: {names}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Answers: {option} — {criterion}</source>
        <translation>Réponses&#x202f;: {option} — {criterion}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has scored this cell yet.</source>
        <translation>Personne n’a encore noté cette cellule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median {median}, mean {mean}; range {low} to {high}; interquartile range {iqr}.</source>
        <translation>Médiane {median}, moyenne {mean}&#x202f;; étendue de {low} à {high}&#x202f;; écart interquartile {iqr}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Folder for the scoring sheets</source>
        <translation>Dossier des fiches de notation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheets not written</source>
        <translation>Fiches non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written to {folder}</source>
        <translation>
            <numerusform>%n fichier enregistré dans {folder}</numerusform>
            <numerusform>%n fichiers enregistrés dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of returned sheets</source>
        <translation>Dossier des fiches retournées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheets not read</source>
        <translation>Fiches non lues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sheets</source>
        <translation>Aucune fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workbook (.xlsx) in {folder}.</source>
        <translation>Il n’y a aucun classeur (.xlsx) dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Merged %n sheet(s); Ctrl+Z undoes the merge</source>
        <translation>
            <numerusform>%n fiche intégrée&#x202f;; Ctrl+Z annule l’intégration</numerusform>
            <numerusform>%n fiches intégrées&#x202f;; Ctrl+Z annule l’intégration</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{group} (participants)</source>
        <translation>{group} (participants)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n perspective(s) made from the groups&apos; weights; see the Perspectives tab</source>
        <translation>
            <numerusform>%n point de vue créé à partir des poids des groupes&#x202f;; voir l’onglet Points de vue</numerusform>
            <numerusform>%n points de vue créés à partir des poids des groupes&#x202f;; voir l’onglet Points de vue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score table now holds the participants&apos; combined scores; Ctrl+Z undoes</source>
        <translation>Le tableau des notes contient désormais les notes combinées des participants&#x202f;; Ctrl+Z annule</translation>
    </message>
</context>
<context>
    <name>PerspectiveBar</name>
    <message>
        <location filename="../widgets/weights_perspectives.py" line="+26"/>
        <source>Whose weights the ranking uses</source>
        <translation>Point de vue dont les poids servent au classement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new perspective with equal weights</source>
        <translation>Un nouveau point de vue à poids égaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy…</source>
        <translation>Copier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A copy of this perspective, to adjust</source>
        <translation>Une copie de ce point de vue, à ajuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this perspective</source>
        <translation>Renommer ce point de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this perspective (Ctrl+Z brings it back)</source>
        <translation>Supprimer ce point de vue (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New perspective</source>
        <translation>Nouveau point de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose weights are these (for example a stakeholder group)?</source>
        <translation>À qui sont ces poids (par exemple un groupe de parties prenantes)&#x202f;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy perspective</source>
        <translation>Copier le point de vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename perspective</source>
        <translation>Renommer le point de vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#x202f;:</translation>
    </message>
</context>
<context>
    <name>PerspectivesChart</name>
    <message>
        <location filename="../widgets/perspectives_chart.py" line="+29"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
</context>
<context>
    <name>PerspectivesModel</name>
    <message>
        <location filename="../models/perspectives_table.py" line="+85"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by</source>
        <translation>Bloquée par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank by the Borda count over all perspectives (mean rank)</source>
        <translation>Rang selon la méthode de Borda sur l’ensemble des points de vue (rang moyen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspectives that rank the option in their bottom quarter</source>
        <translation>Points de vue qui classent l’option dans leur dernier quart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option&apos;s rank with the weights of {0}</source>
        <translation>Rang de l’option avec les poids de {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{0} ranks it {1} of {2}: in its bottom quarter, it would likely block it</source>
        <translation>{0} la place au rang {1} sur {2}&#x202f;: dans son dernier quart, ce point de vue la bloquerait probablement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked in the bottom quarter by: {0}</source>
        <translation>Classée dans le dernier quart par&#x202f;: {0}</translation>
    </message>
</context>
<context>
    <name>PerspectivesWorkspace</name>
    <message>
        <location filename="../workspaces/perspectives_workspace.py" line="+38"/>
        <location line="+4"/>
        <source>Perspectives</source>
        <translation>Points de vue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rankings side by side</source>
        <translation>Classements côte à côte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the ranks move between perspectives</source>
        <translation>Évolution des rangs d’un point de vue à l’autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active perspective</source>
        <translation>Point de vue actif</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No comparison: {0}</source>
        <translation>Pas de comparaison&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is one perspective: add another (for example a copy with another group&apos;s weights) to compare them.</source>
        <translation>Il n’y a qu’un point de vue&#x202f;: ajoutez-en un autre (par exemple une copie avec les poids d’un autre groupe) pour les comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement between the {0} perspectives: &lt;b&gt;{1}&lt;/b&gt; (Kendall&apos;s W = {2}). Consensus by the Borda count: &lt;b&gt;{3}&lt;/b&gt; comes first.</source>
        <translation>Accord entre les {0} points de vue&#x202f;: &lt;b&gt;{1}&lt;/b&gt; (W de Kendall = {2}). Consensus selon la méthode de Borda&#x202f;: &lt;b&gt;{3}&lt;/b&gt; arrive en tête.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green: in a perspective&apos;s top quarter. Red: in its bottom quarter (rank above {0} of {1}); we read that as a perspective that would block the option. Click a perspective&apos;s heading to make it the active one.</source>
        <translation>Vert&#x202f;: dans le premier quart d’un point de vue. Rouge&#x202f;: dans son dernier quart (rang au-delà de {0} sur {1})&#x202f;; nous y voyons un point de vue qui bloquerait l’option. Cliquez sur l’en-tête d’un point de vue pour le rendre actif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusually strong</source>
        <translation>exceptionnellement fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
</context>
<context>
    <name>PopulationTableModel</name>
    <message>
        <location filename="../models/workforce_population.py" line="+42"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth/yr</source>
        <translation>Croissance/an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The area; “national” when the population is given for the whole country</source>
        <translation>La zone&#x202f;; «&#x202f;national&#x202f;» quand la population est donnée pour tout le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population in the start year</source>
        <translation>Population l’année de départ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Figures for {first}–{last} come from the imported table; the growth applies after {last}.</source>
        <translation>Les chiffres de {first} à {last} proviennent du tableau importé&#x202f;; la croissance s’applique après {last}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Population of {0}</source>
        <translation>Population ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be above 0, got {0}</source>
        <translation>la valeur doit être supérieure à 0, pas {0}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Growth a year, as a percentage (used for the years that have no figure)</source>
        <translation>Croissance annuelle, en pourcentage (utilisée pour les années sans chiffre)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>must be from {low} to {high} a year, got {value}</source>
        <translation>la valeur doit aller de {low} à {high} par an, pas {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{row}, {field}: {problem}</source>
        <translation>{row}, {field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit {field} of {row}</source>
        <translation>Modifier «&#x202f;{field}&#x202f;» — {row}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename area {0} to {1}</source>
        <translation>Renommer la zone {0} en {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The population is given for the whole country: first rename its area (double-click “national”) to one of your areas, then add the others.</source>
        <translation>La population est donnée pour tout le pays&#x202f;: renommez d’abord sa zone (double-cliquez sur «&#x202f;national&#x202f;») en l’une de vos zones, puis ajoutez les autres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new area needs a name.</source>
        <translation>Une nouvelle zone doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add area {0}</source>
        <translation>Ajouter la zone {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove area {0}</source>
        <translation>Supprimer la zone {0}</translation>
    </message>
</context>
<context>
    <name>PositionMapPanel</name>
    <message>
        <location filename="../widgets/position_map.py" line="+33"/>
        <source>What-if mode</source>
        <translation>Mode simulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move stakeholders between columns to see how the index would change, without changing the dialogue until you keep it.</source>
        <translation>Déplacez les parties prenantes d’une colonne à l’autre pour voir comment l’indice changerait, sans modifier le dialogue tant que vous ne conservez pas les changements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the changes</source>
        <translation>Conserver les changements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Keep %n what-if position(s)</source>
        <translation>
            <numerusform>Conserver %n position simulée</numerusform>
            <numerusform>Conserver %n positions simulées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;b&gt;No option yet.&lt;/b&gt; Add options in the decision workspaces to map positions.</source>
        <translation>&lt;b&gt;Aucune option pour l’instant.&lt;/b&gt; Ajoutez des options dans les espaces de décision pour cartographier les positions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;Who stands where on “{0}”&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Each stakeholder by stance (across) and power (up); drag one to another column to change its stance.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;Qui se positionne où sur «&#x202f;{0}&#x202f;»&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Chaque partie prenante selon sa position (horizontalement) et son pouvoir (verticalement)&#x202f;; faites-en glisser une vers une autre colonne pour changer sa position.&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;b&gt;What-if:&lt;/b&gt; %n change(s) tried, none saved in the dialogue.</source>
        <translation>
            <numerusform>&lt;b&gt;Simulation&#x202f;:&lt;/b&gt; %n changement essayé, aucun enregistré dans le dialogue.</numerusform>
            <numerusform>&lt;b&gt;Simulation&#x202f;:&lt;/b&gt; %n changements essayés, aucun enregistré dans le dialogue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made here are saved at once (Ctrl+Z undoes).</source>
        <translation>Les changements faits ici sont enregistrés aussitôt (Ctrl+Z annule).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Feasibility index</source>
        <translation>Indice de faisabilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support {0} · opposition {1} (weighted by power) · power with a known position {2} · index = (support − opposition) ÷ total power {3}</source>
        <translation>Soutien {0} · opposition {1} (pondérés par le pouvoir) · pouvoir à position connue {2} · indice = (soutien − opposition) ÷ pouvoir total {3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strongly opposes</source>
        <translation>S’oppose fortement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opposes</source>
        <translation>S’oppose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strongly supports</source>
        <translation>Soutient fortement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power {0}</source>
        <translation>pouvoir {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>was {0}</source>
        <translation>avant&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
{1} · power {2}
{3}</source>
        <translation>{0}
{1} · pouvoir {2}
{3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← against                 Stance on the option                 for →</source>
        <translation>← contre                 Position sur l’option                 pour →</translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <location filename="../widgets/grid_view.py" line="+45"/>
        <source>1 low</source>
        <translation>1 faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 high</source>
        <translation>5 élevé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}
{1} · power {2} · interest {3}</source>
        <translation>{0}
{1} · pouvoir {2} · intérêt {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On “{0}”: {1}</source>
        <translation>Sur «&#x202f;{0}&#x202f;»&#x202f;: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interest in the issue →</source>
        <translation>Intérêt pour la question →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (influence) →</source>
        <translation>Pouvoir (influence) →</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../widgets/criteria_presets_dialog.py" line="+40"/>
        <source>Start from a preset of criteria</source>
        <translation>Partir d’un jeu de critères prédéfini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 1 (worst)</source>
        <translation>Niveau 1 (pire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 5 (best)</source>
        <translation>Niveau 5 (meilleur)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the current criteria ({0}); their scores are cleared (Ctrl+Z brings them back)</source>
        <translation>Remplacer les critères actuels ({0})&#x202f;; leurs notes sont effacées (Ctrl+Z les rétablit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the preset&apos;s criteria to the current ones</source>
        <translation>Ajouter les critères prédéfinis aux critères actuels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scores cleared by replacing: {0}.</source>
        <translation>Notes effacées par le remplacement&#x202f;: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this preset</source>
        <translation>Utiliser ce jeu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../widgets/collect_preview.py" line="-130"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, or what to know</source>
        <translation>Pourquoi, ou à savoir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Will merge</source>
        <translation>Sera intégrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will replace earlier answers</source>
        <translation>Remplacera les réponses précédentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blank</source>
        <translation>
            <numerusform>%n vide</numerusform>
            <numerusform>%n vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../workspaces/brief_preview.py" line="+81"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message>
        <location filename="../widgets/workforce_projection.py" line="+55"/>
        <source>Baseline only</source>
        <translation>Référence seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cadre and area</source>
        <translation>Catégorie et zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The baseline is always drawn; tick the scenarios to compare with it.</source>
        <translation>La situation de référence est toujours tracée&#x202f;; cochez les scénarios à lui comparer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (all areas)</source>
        <translation>{name} (toutes zones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (national)</source>
        <translation>{name} (national)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{name}: %n effect(s)</source>
        <translation>
            <numerusform>{name}&#x202f;: %n effet</numerusform>
            <numerusform>{name}&#x202f;: %n effets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b&gt;Stock against need&lt;/b&gt; — {row}, {first} to {last}</source>
        <translation>&lt;b&gt;Effectif face au besoin&lt;/b&gt; — {row}, de {first} à {last}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In {year} the baseline has {stock} workers; no need is set.</source>
        <translation>En {year}, la situation de référence compte {stock} agents&#x202f;; aucun besoin n’est fixé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {year} the baseline has {stock} workers for a need of {need}: a gap of {gap}.</source>
        <translation>En {year}, la situation de référence compte {stock} agents pour un besoin de {need}&#x202f;: un écart de {gap}.</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <location filename="../widgets/results_style.py" line="+75"/>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major reform</source>
        <translation>Réforme majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy but minor</source>
        <translation>Facile mais mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
</context>
<context>
    <name>RankOrderDialog</name>
    <message>
        <location filename="../widgets/roc_dialog.py" line="+32"/>
        <source>Rank order — {0}</source>
        <translation>Ordre d’importance — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag the criteria into order of importance, the most important at the top (or use the buttons). Only the order counts: the weights are the rank order centroid (Barron and Barrett 1996), the average of all weights consistent with that order.</source>
        <translation>Faites glisser les critères par ordre d’importance, le plus important en haut (ou utilisez les boutons). Seul l’ordre compte&#x202f;: les poids sont le centroïde des rangs (Barron et Barrett 1996), la moyenne de tous les jeux de poids compatibles avec cet ordre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these weights</source>
        <translation>Utiliser ces poids</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Rank order weights</source>
        <translation>Poids par ordre d’importance</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../widgets/ranking_chart.py" line="+104"/>
        <source>Overall value (0 to 1): each criterion&apos;s weight × value</source>
        <translation>Valeur globale (0 à 1)&#x202f;: poids × valeur de chaque critère</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net flow + 1 (0 to 2; longer is better)</source>
        <translation>Flux net + 1 (0 à 2&#x202f;; plus long = meilleur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 − Q (longer is better)</source>
        <translation>1 − Q (plus long = meilleur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outranking levels from the bottom (longer is better)</source>
        <translation>Niveaux de surclassement depuis le bas (plus long = meilleur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: in the kernel (no other option outranks it)</source>
        <translation>1&#x202f;: dans le noyau (aucune autre option ne la surclasse)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../models/ranking_table.py" line="+88"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs additive</source>
        <translation>vs additif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 is best; options with equal scores share a rank</source>
        <translation>1 = la meilleure&#x202f;; les options à notes égales partagent un rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many places the option moved compared with the additive value model</source>
        <translation>De combien de places l’option a bougé par rapport au modèle additif de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figure the method ranks by</source>
        <translation>Le chiffre selon lequel la méthode classe les options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted value of the feasibility criteria (0 to 1)</source>
        <translation>Valeur pondérée des critères de faisabilité (0 à 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted value of the impact criteria (0 to 1)</source>
        <translation>Valeur pondérée des critères d’impact (0 à 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place on the feasibility-impact matrix</source>
        <translation>Place dans la matrice faisabilité-impact</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some scores are missing; they count as the worst level.</source>
        <translation>Des notes manquent&#x202f;; elles comptent comme le niveau le plus défavorable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank {0} in the additive value model</source>
        <translation>Rang {0} dans le modèle additif de valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (incomplete)</source>
        <translation> (incomplète)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RankingWorkspace</name>
    <message>
        <location filename="../workspaces/weights_workspace.py" line="+24"/>
        <location line="+4"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No ranking: {0}</source>
        <translation>Pas de classement&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contribution of each criterion to the overall score</source>
        <translation>Contribution de chaque critère à la note globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../recovery_prompt.py" line="+22"/>
        <source>“{title}”, from {file}, recovered work saved at {when}</source>
        <translation>«&#x202f;{title}&#x202f;», issu de {file}, travail récupéré enregistré le {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}”, never saved to a file, recovered work saved at {when}</source>
        <translation>«&#x202f;{title}&#x202f;», jamais enregistré dans un fichier, travail récupéré enregistré le {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palabre was closed before this work was saved:

{what}

Restore it?</source>
        <translation>Palabre a été fermé avant l’enregistrement de ce travail&#x202f;:

{what}

Le restaurer&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me later</source>
        <translation>Me redemander plus tard</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>ResultsWorkspace</name>
    <message>
        <location filename="../workspaces/results_workspace.py" line="+32"/>
        <location line="+4"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contribution of each criterion</source>
        <translation>Contribution de chaque critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score by the method</source>
        <translation>Note selon la méthode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ranking: {0}</source>
        <translation>Pas de classement&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; comes first. Each bar shows how much every criterion adds to an option&apos;s overall value: longer segments are where it is strong on criteria that weigh a lot.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; arrive en tête. Chaque barre montre ce que chaque critère apporte à la valeur globale d’une option&#x202f;: les segments longs signalent ses points forts sur des critères qui pèsent lourd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; still comes first</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; reste en tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; comes first instead of &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; passe en tête à la place de &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with the additive value model: {0}; {1} of {2} options change place (▲ up, ▼ down).</source>
        <translation>Par rapport au modèle additif de valeur&#x202f;: {0}&#x202f;; {1} options sur {2} changent de place (▲ monte, ▼ descend).</translation>
    </message>
</context>
<context>
    <name>SMAARun</name>
    <message>
        <location filename="../models/smaa_worker.py" line="+141"/>
        <source>SMAA failed: {0}</source>
        <translation>Échec de la SMAA&#x202f;: {0}</translation>
    </message>
</context>
<context>
    <name>SMAATableModel</name>
    <message>
        <location filename="../models/smaa_table.py" line="+73"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the sampled weightings in which the option ranks {0}</source>
        <translation>Part des pondérations tirées où l’option est au rang {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0} ranks {1} in {2} of the samples</source>
        <translation>{0} est au rang {1} dans {2} des tirages</translation>
    </message>
</context>
<context>
    <name>SMAAWorkspace</name>
    <message>
        <location filename="../workspaces/smaa_workspace.py" line="+48"/>
        <location line="+4"/>
        <source>Uncertainty (SMAA)</source>
        <translation>Incertitude (SMAA)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of random weightings (and score tables) to draw</source>
        <translation>Nombre de pondérations aléatoires (et de tableaux de notes) à tirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any weights (no preference information)</source>
        <translation>Poids quelconques (sans information de préférence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Around this perspective&apos;s weights</source>
        <translation>Autour des poids de ce point de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform on the simplex, or a Dirichlet spread centred on the active perspective&apos;s weights</source>
        <translation>Uniforme sur le simplexe, ou une dispersion de Dirichlet centrée sur les poids du point de vue actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same seed gives the same result</source>
        <translation>La même graine donne le même résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Samples</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each row is an option, each column a rank: the number is the percentage of the random weightings in which the option takes that rank (darker is more often). Scores with an uncertainty range (Scores tab) are drawn within it. An option that is first in most samples is a robust choice; one spread over many ranks depends on the weights.</source>
        <translation>Chaque ligne est une option, chaque colonne un rang&#x202f;: le nombre est le pourcentage des pondérations aléatoires où l’option occupe ce rang (plus foncé = plus souvent). Les notes dotées d’une plage d’incertitude (onglet Notes) sont tirées dans cette plage. Une option première dans la plupart des tirages est un choix robuste&#x202f;; une option dispersée sur de nombreux rangs dépend des poids.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank acceptability (%)</source>
        <translation>Acceptabilité des rangs (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No simulation yet.

Press Run: Palabre draws random weightings (and scores within their uncertainty ranges) and counts how often each option takes each rank.</source>
        <translation>Pas encore de simulation.

Cliquez sur Lancer&#x202f;: Palabre tire des pondérations aléatoires (et des notes dans leurs plages d’incertitude) et compte combien de fois chaque option occupe chaque rang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In plain words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose how many samples to draw and press Run. The simulation runs in the background: you can keep working, or cancel it.</source>
        <translation>Choisissez le nombre de tirages et cliquez sur Lancer. La simulation tourne en arrière-plan&#x202f;: vous pouvez continuer à travailler, ou l’annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stochastic multicriteria acceptability analysis (SMAA-2, Lahdelma and Salminen 2001) asks what the ranking would be under every plausible set of weights: useful when the weights are disputed or unknown, and when some scores are uncertain.</source>
        <translation>L’analyse multicritère d’acceptabilité stochastique (SMAA-2, Lahdelma et Salminen 2001) examine quel serait le classement pour tout jeu de poids plausible&#x202f;: utile quand les poids sont contestés ou inconnus, et quand certaines notes sont incertaines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Any weights” draws them evenly over all possible weightings; “around this perspective&apos;s weights” draws them close to the active perspective&apos;s.</source>
        <translation>«&#x202f;Poids quelconques&#x202f;» les tire uniformément parmi toutes les pondérations possibles&#x202f;; «&#x202f;Autour des poids de ce point de vue&#x202f;» les tire près de ceux du point de vue actif.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot run SMAA: {0}</source>
        <translation>Impossible de lancer la SMAA&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drawing {0:,} weightings — {1}…</source>
        <translation>Tirage de {0:,} pondérations — {1}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} sur {1:,}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Never first in any sample: {0}.</source>
        <translation>Jamais en tête dans aucun tirage&#x202f;: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0:,} samples, seed {1} — {2}; weights: {3}.</source>
        <translation>{0:,} tirages, graine {1} — {2}&#x202f;; poids&#x202f;: {3}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dialogue or the method changed since this run: press Run again to bring it up to date.</source>
        <translation>Le dialogue ou la méthode a changé depuis cette simulation&#x202f;: cliquez à nouveau sur Lancer pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../models/score_table.py" line="+160"/>
        <source>Missing score: {0} on {1}. It counts as the worst level until scored.</source>
        <translation>Note manquante&#x202f;: {0} sur {1}. Elle compte comme le niveau le plus défavorable tant qu’elle n’est pas saisie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uncertainty range for SMAA: {0} to {1}</source>
        <translation>Plage d’incertitude pour la SMAA&#x202f;: {0} à {1}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0!r} is not a number</source>
        <translation>{0!r} n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <location line="-158"/>
        <source>less is better</source>
        <translation>moins c’est mieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more is better</source>
        <translation>plus c’est mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>faisabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
</context>
<context>
    <name>ScoresWorkspace</name>
    <message>
        <location filename="../workspaces/scores_workspace.py" line="+76"/>
        <location line="+4"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Anchored scores run from 1 (worst) to 5 (best); ↓ marks criteria where less is better. Hover a cell for its meaning; double-click or type to change it. Ctrl+V pastes a block copied from a spreadsheet; Delete clears; [low–high] is a score&apos;s uncertainty range. Green is good, red is poor; pink cells are missing.</source>
        <translation>Les notes ancrées vont de 1 (pire) à 5 (meilleur)&#x202f;; ↓ signale les critères où moins c’est mieux. Survolez une cellule pour voir sa signification&#x202f;; double-cliquez ou tapez pour la modifier. Ctrl+V colle un bloc copié d’un tableur&#x202f;; Suppr efface&#x202f;; [bas–haut] est la plage d’incertitude d’une note. Vert = bon, rouge = faible&#x202f;; les cellules roses sont manquantes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Uncertainty range…</source>
        <translation>Plage d’incertitude…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How low or high the selected score could plausibly be (used by SMAA)</source>
        <translation>Jusqu’où la note sélectionnée pourrait plausiblement descendre ou monter (utilisé par la SMAA)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scores of each option on each criterion</source>
        <translation>Notes de chaque option sur chaque critère</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing scores: {0} (pink; they count as the worst level)</source>
        <translation>Notes manquantes&#x202f;: {0} (en rose&#x202f;; elles comptent comme le niveau le plus défavorable)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>select the cell where the pasted block should start</source>
        <translation>sélectionnez la cellule où le bloc collé doit commencer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paste refused: {0}</source>
        <translation>collage refusé&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>select the score whose range you want to set</source>
        <translation>sélectionnez la note dont vous voulez fixer la plage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score this cell before giving it a range</source>
        <translation>notez cette cellule avant de lui donner une plage</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../workspaces/brief_editors.py" line="+81"/>
        <location line="+111"/>
        <source>Start from the draft</source>
        <translation>Partir du brouillon</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Copy the drafted text into the editor to change it (Ctrl+Z takes it back)</source>
        <translation>Copier le texte rédigé dans l’éditeur pour le modifier (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Three to five short messages for a busy reader, one a line. They open the brief in a box.</source>
        <translation>Trois à cinq messages courts pour un lecteur pressé, un par ligne. Ils ouvrent la note d’orientation dans un encadré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few paragraphs: what was compared, what came out, who supports and opposes it, what follows. Leave a blank line between paragraphs.</source>
        <translation>Quelques paragraphes&#x202f;: ce qui a été comparé, ce qui en ressort, qui soutient et qui s’oppose, la suite. Laissez une ligne vide entre les paragraphes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The problem and why it matters now: figures, what has been tried, who asked for this dialogue. Palabre does not draft it.</source>
        <translation>Le problème et pourquoi il importe maintenant&#x202f;: chiffres, ce qui a déjà été tenté, qui a demandé ce dialogue. Palabre ne le rédige pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it takes to carry out the leading options: whom to win over, whom to involve. Start a line with &quot;-&quot; for a bullet.</source>
        <translation>Ce qu’il faut pour mettre en œuvre les options en tête&#x202f;: qui convaincre, qui associer. Commencez une ligne par «&#x202f;-&#x202f;» pour une puce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you recommend, in your own words. Palabre does not draft it.</source>
        <translation>Ce que vous recommandez, avec vos propres mots. Palabre ne le rédige pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gap without change and what the leading options close. Printed above the section&apos;s table and chart when the dialogue has a workforce baseline.</source>
        <translation>L’écart sans changement et ce que comblent les options en tête. Imprimé au-dessus du tableau et du graphique de la section lorsque le dialogue a une situation de référence des personnels.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem and its context</source>
        <translation>Le problème et son contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation considerations</source>
        <translation>Considérations pour la mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workforce gap the options would close</source>
        <translation>L’écart en personnels que les options combleraient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No draft: {reason}</source>
        <translation>Pas de brouillon&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafting…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written yet: the brief will say so. Type here.</source>
        <translation>Pas encore rédigé&#x202f;: la note d’orientation le signalera. Tapez ici.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The brief prints your text. Clear it to go back to the draft.</source>
        <translation>La note d’orientation reprend votre texte. Effacez-le pour revenir au brouillon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brief prints your text.</source>
        <translation>La note d’orientation reprend votre texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brief prints the draft shown in grey, written from the results. Type to write your own, or start from the draft to change it.</source>
        <translation>La note d’orientation reprend le brouillon affiché en gris, rédigé à partir des résultats. Tapez pour écrire votre propre texte, ou partez du brouillon pour le modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written: the brief will say that this section is not written yet.</source>
        <translation>Rien n’est rédigé&#x202f;: la note d’orientation indiquera que cette section n’est pas encore rédigée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with the draft</source>
        <translation>Remplacer par le brouillon</translation>
    </message>
</context>
<context>
    <name>SensitivityPlot</name>
    <message>
        <location filename="../widgets/sensitivity_plot.py" line="+73"/>
        <source>the other options</source>
        <translation>les autres options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now {0}</source>
        <translation>actuel {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: {1} leads</source>
        <translation>{0}&#x202f;: {1} en tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight of {0} (share of the overall score)</source>
        <translation>Poids de {0} (part de la note globale)</translation>
    </message>
</context>
<context>
    <name>SensitivityWorkspace</name>
    <message>
        <location filename="../workspaces/sensitivity_workspace.py" line="+38"/>
        <location line="+4"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Where the leader changes</source>
        <translation>Où l’option en tête change</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In plain words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How far can each weight move before another option comes first? One criterion&apos;s share of the score goes from 0 to 1 while the others keep their proportions.</source>
        <translation>Jusqu’où chaque poids peut-il varier avant qu’une autre option passe en tête&#x202f;? La part d’un critère dans la note va de 0 à 1 tandis que les autres gardent leurs proportions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} gives no score per option to vary, so the additive value model is used here.</source>
        <translation>{0} ne donne pas de note par option à faire varier&#x202f;: le modèle additif de valeur est donc utilisé ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No analysis: {0}</source>
        <translation>Pas d’analyse&#x202f;: {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Q, reversed (higher is better)</source>
        <translation>Q inversé (plus haut = meilleur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-way sensitivity</source>
        <translation>Sensibilité univariée</translation>
    </message>
</context>
<context>
    <name>StakeholderInspector</name>
    <message>
        <location filename="../widgets/stakeholder_inspector.py" line="+76"/>
        <source>Select a stakeholder on the map or in the table to see and edit everything about it here.</source>
        <translation>Sélectionnez une partie prenante sur la carte ou dans le tableau pour tout voir et tout modifier ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position on each option</source>
        <translation>Position sur chaque option</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected tie</source>
        <translation>Supprimer le lien sélectionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ties (double-click to go to the other end)</source>
        <translation>Liens (double-clic pour aller à l’autre extrémité)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Legitimacy</source>
        <translation>Légitimité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Salience</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>  (one of %n selected)</source>
        <translation>
            <numerusform>  (une sur %n sélectionnée)</numerusform>
            <numerusform>  (une sur %n sélectionnées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Grid quadrant</source>
        <translation>Quadrant de la grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} {1}  ·  {2}, {3}</source>
        <translation>{0} {1}  ·  {2}, {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ties yet: Shift+drag from this stakeholder to another on the map.</source>
        <translation>Aucun lien pour l’instant&#x202f;: Maj+glisser de cette partie prenante vers une autre sur la carte.</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../models/stakeholder_table.py" line="+44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimacy</source>
        <translation>Légitimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salience</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage closely</source>
        <translation>Associer étroitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep satisfied</source>
        <translation>Maintenir satisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Dormante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discretionary</source>
        <translation>Discrétionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demanding</source>
        <translation>Exigeante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominant</source>
        <translation>Dominante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangerous</source>
        <translation>Dangereuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependent</source>
        <translation>Dépendante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitive</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Position on “{0}” (the option chosen above the map)</source>
        <translation>Position sur «&#x202f;{0}&#x202f;» (l’option choisie au-dessus de la carte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed from the map (read only)</source>
        <translation>Calculé à partir de la carte (lecture seule)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>{0} of {1} must be a whole number from 1 to 5</source>
        <translation>{0} de {1} doit être un nombre entier de 1 à 5</translation>
    </message>
</context>
<context>
    <name>StakeholderWorkspace</name>
    <message>
        <location filename="../workspaces/stakeholders.py" line="+98"/>
        <location line="+4"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power–interest grid</source>
        <translation>Grille pouvoir–intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position map</source>
        <translation>Carte des positions</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Search by name or category…</source>
        <translation>Rechercher par nom ou catégorie…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} shown of {1}</source>
        <translation>{0} affichées sur {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · double-click a cell to edit it</source>
        <translation> · double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Force-directed</source>
        <translation>Par forces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tied stakeholders close together (same map, same layout)</source>
        <translation>Parties prenantes liées rapprochées (même carte, même disposition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By power (most powerful in the centre)</source>
        <translation>Par pouvoir (les plus puissantes au centre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger nodes and labels</source>
        <translation>Nœuds et étiquettes plus grands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller nodes and labels</source>
        <translation>Nœuds et étiquettes plus petits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default size of nodes and labels</source>
        <translation>Taille par défaut des nœuds et étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, larger text, panels hidden (Esc leaves)</source>
        <translation>Plein écran, texte agrandi, panneaux masqués (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the map as a picture…</source>
        <translation>Exporter la carte en image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> Positions on </source>
        <translation> Positions sur </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option whose positions the map, the table and the position map show</source>
        <translation>L’option dont la carte, le tableau et la carte des positions montrent les positions</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Highlight</source>
        <translation>Mise en évidence</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tie types</source>
        <translation>Types de liens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Neighbourhood of {0}</source>
        <translation>Voisinage de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbourhood of the selection</source>
        <translation>Voisinage de la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coalition of {0}</source>
        <translation>Coalition de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coalition of the selection</source>
        <translation>Coalition de la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{0}: {1} and %n other(s)</source>
        <translation>
            <numerusform>{0}&#x202f;: {1} et %n autre</numerusform>
            <numerusform>{0}&#x202f;: {1} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortest chain between two stakeholders…</source>
        <translation>Chaîne la plus courte entre deux parties prenantes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the highlight (Esc)</source>
        <translation>Effacer la mise en évidence (Échap)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>force-directed</source>
        <translation>par forces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by category</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by power</source>
        <translation>par pouvoir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map saved to {0}</source>
        <translation>Carte enregistrée dans {0}</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <location filename="../widgets/workforce_charts.py" line="-87"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No need is set for this row.</source>
        <translation>Aucun besoin n’est fixé pour cette ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shaded bands: from the pessimistic to the optimistic run of each scenario&apos;s effects.</source>
        <translation>Bandes ombrées&#x202f;: de l’hypothèse pessimiste à l’hypothèse optimiste des effets de chaque scénario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <location filename="../widgets/swing_dialog.py" line="+45"/>
        <source>Swing weighting — {0}</source>
        <translation>Pondération par swing — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imagine every option at the &lt;b&gt;worst&lt;/b&gt; level of every criterion. Which single change from worst to best would matter most? Give it &lt;b&gt;100&lt;/b&gt;, then rate every other change against it (50 = half as important). Weights follow from the ratings.</source>
        <translation>Imaginez chaque option au niveau le &lt;b&gt;plus défavorable&lt;/b&gt; de chaque critère. Quel passage unique du pire au meilleur compterait le plus&#x202f;? Donnez-lui &lt;b&gt;100&lt;/b&gt;, puis notez chaque autre passage par rapport à lui (50 = deux fois moins important). Les poids découlent de ces notes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swing from worst to best</source>
        <translation>Passage du pire au meilleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use these weights</source>
        <translation>Utiliser ces poids</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Weights are the ratings divided by their total.</source>
        <translation>Les poids sont les notes divisées par leur total.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Swing weights</source>
        <translation>Poids par swing</translation>
    </message>
</context>
<context>
    <name>ThresholdModel</name>
    <message>
        <location filename="../models/sensitivity_table.py" line="+48"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight now</source>
        <translation>Poids actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If raised above</source>
        <translation>Si relevé au-delà de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If lowered below</source>
        <translation>Si abaissé sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change needed</source>
        <translation>Écart nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion&apos;s share of the overall score now (global weight)</source>
        <translation>Part actuelle du critère dans la note globale (poids global)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raising this weight past this value (others keeping their proportions) puts another option first</source>
        <translation>Relever ce poids au-delà de cette valeur (les autres gardant leurs proportions) place une autre option en tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowering this weight below this value puts another option first</source>
        <translation>Abaisser ce poids sous cette valeur place une autre option en tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest change of this weight that changes the leader</source>
        <translation>La plus petite variation de ce poids qui change l’option en tête</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rises above</source>
        <translation>dépasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>falls below</source>
        <translation>descend sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the weight of {0} {1} {2}, {3} comes first</source>
        <translation>Si le poids de {0} {1} {2}, {3} passe en tête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change of less than 0.05 in this weight changes which option comes first</source>
        <translation>Une variation de moins de 0,05 de ce poids change l’option en tête</translation>
    </message>
</context>
<context>
    <name>UncertaintyDialog</name>
    <message>
        <location filename="../widgets/scores_uncertainty.py" line="+36"/>
        <source>Uncertainty of a score</source>
        <translation>Incertitude d’une note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; on &lt;b&gt;{1}&lt;/b&gt; scores &lt;b&gt;{2}&lt;/b&gt;. How low or high could it plausibly be? SMAA draws scores evenly within this range.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; obtient &lt;b&gt;{2}&lt;/b&gt; sur &lt;b&gt;{1}&lt;/b&gt;. Jusqu’où cette note pourrait-elle plausiblement descendre ou monter&#x202f;? La SMAA tire les notes uniformément dans cette plage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No range: the score is certain</source>
        <translation>Pas de plage&#x202f;: la note est certaine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From “{0}” to “{1}”.</source>
        <translation>De «&#x202f;{0}&#x202f;» à «&#x202f;{1}&#x202f;».</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../widgets/weights_panel.py" line="+50"/>
        <source>Weight of impact against feasibility</source>
        <translation>Poids de l’impact par rapport à la faisabilité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Perspective&lt;/b&gt; — whose weights</source>
        <translation>&lt;b&gt;Point de vue&lt;/b&gt; — qui pondère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility against impact</source>
        <translation>Faisabilité face à l’impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sliders give points against the most important criterion (100); the percentage is each criterion&apos;s share of the overall score.</source>
        <translation>Les curseurs donnent des points par rapport au critère le plus important (100)&#x202f;; le pourcentage est la part de chaque critère dans la note globale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elicit the weights with a method</source>
        <translation>Déterminer les poids par une méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing weighting…</source>
        <translation>Pondération par swing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate how much each criterion&apos;s swing from worst to best matters</source>
        <translation>Évaluer l’importance du passage du pire au meilleur niveau pour chaque critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank order…</source>
        <translation>Ordre d’importance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the criteria in order of importance (rank order centroid)</source>
        <translation>Classer les critères par ordre d’importance (centroïde des rangs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairwise (AHP)…</source>
        <translation>Par paires (AHP)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the criteria two by two on Saaty&apos;s 1 to 9 scale</source>
        <translation>Comparer les critères deux à deux sur l’échelle de 1 à 9 de Saaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Every criterion and both groups weigh the same</source>
        <translation>Tous les critères et les deux groupes pèsent autant</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Points for {0}, against the most important criterion (100)</source>
        <translation>Points pour {0}, par rapport au critère le plus important (100)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share of the overall score (global weight)</source>
        <translation>Part de la note globale (poids global)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Feasibility {0} · Impact {1} of the overall score</source>
        <translation>Faisabilité {0} · Impact {1} de la note globale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feasibility criteria — {0}</source>
        <translation>Critères de faisabilité — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact criteria — {0}</source>
        <translation>Critères d’impact — {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Balance of feasibility and impact</source>
        <translation>Équilibre faisabilité-impact</translation>
    </message>
</context>
<context>
    <name>WorkforceFiles</name>
    <message>
        <location filename="../widgets/workforce_files.py" line="+40"/>
        <source>Workforce baselines (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV tables: cadres and population (*.csv)</source>
        <translation>Situations de référence des personnels (*.xlsx *.csv);;Classeur Excel (*.xlsx);;Tableaux CSV — catégories et population (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx);;CSV tables (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{names}: a CSV baseline is two files, the cadres table and the population table (with “population” in its name); choose both</source>
        <translation>{names}&#x202f;: une situation de référence en CSV tient en deux fichiers, le tableau des catégories et celui de la population (avec «&#x202f;population&#x202f;» dans son nom)&#x202f;; choisissez les deux</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose a file</source>
        <translation>choisissez un fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: Palabre reads workforce baselines from .xlsx and .csv files</source>
        <translation>{name}&#x202f;: Palabre lit les situations de référence des personnels dans des fichiers .xlsx et .csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not UTF-8 text</source>
        <translation>Texte non UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Read as {encoding}, its first line looks like this:

{preview}

Do the accented letters look right?</source>
        <translation>{message}

Lu en {encoding}, le fichier commence ainsi&#x202f;:

{preview}

Les lettres accentuées s’affichent-elles correctement&#x202f;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import workforce baseline</source>
        <translation>Importer une situation de référence des personnels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import workforce baseline from {source}</source>
        <translation>Importer la situation de référence des personnels depuis {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
… and {n} more</source>
        <translation>
… et {n} autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not imported; nothing changed.

{problems}{tail}</source>
        <translation>{name} n’a pas été importé&#x202f;; rien n’a changé.

{problems}{tail}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>This dialogue has no workforce baseline yet.</source>
        <translation>Ce dialogue n’a pas encore de situation de référence des personnels.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Export workforce baseline</source>
        <translation>Exporter la situation de référence des personnels</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+28"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export projection tables</source>
        <translation>Exporter les tableaux de projection</translation>
    </message>
</context>
<context>
    <name>WorkforceFormat</name>
    <message>
        <location filename="../models/workforce_format.py" line="+93"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{0}</source>
        <translation>−{0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a number, got {0}</source>
        <translation>un nombre est attendu, pas {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{0}” is not a number</source>
        <translation>«&#x202f;{0}&#x202f;» n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a finite number, got {0}</source>
        <translation>un nombre fini est attendu, pas {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a whole year, got {0}</source>
        <translation>une année entière est attendue, pas {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graduates</source>
        <translation>diplômés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immigration</source>
        <translation>immigration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attrition</source>
        <translation>départs (attrition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retirement</source>
        <translation>retraites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emigration</source>
        <translation>émigration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transfers to another area</source>
        <translation>mutations vers une autre zone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>relative (%)</source>
        <translation>relative (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workers a year</source>
        <translation>agents par an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every cadre</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every area</source>
        <translation>toutes les zones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} ({area})</source>
        <translation>{name} ({area})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{flow} of {target}: {change}</source>
        <translation>{flow} — {target}&#x202f;: {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} a year</source>
        <translation>{0} par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, from {1} to {2}</source>
        <translation>{0}, de {1} à {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, from {1}</source>
        <translation>{0}, à partir de {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, until {1}</source>
        <translation>{0}, jusqu’en {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (range {1} to {2})</source>
        <translation>{0} (fourchette de {1} à {2})</translation>
    </message>
</context>
<context>
    <name>WorkforceScenario</name>
    <message>
        <location filename="../models/workforce_gaps.py" line="-42"/>
        <source>Baseline (no change)</source>
        <translation>Référence (sans changement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All options together</source>
        <translation>Toutes les options ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle: {0}</source>
        <translation>Paquet&#x202f;: {0}</translation>
    </message>
</context>
<context>
    <name>WorkforceTemplate</name>
    <message>
        <location filename="../models/workforce_templates.py" line="+27"/>
        <source>Doctors</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midwives</source>
        <translation>Sages-femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community health workers</source>
        <translation>Agents de santé communautaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>urban</source>
        <translation>urbain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doctors, nurses and midwives (SDG threshold)</source>
        <translation>Médecins, infirmiers et sages-femmes (seuil des ODD)</translation>
    </message>
</context>
<context>
    <name>WorkforceWorkspace</name>
    <message>
        <location filename="../workspaces/workforce_workspace.py" line="+50"/>
        <location line="+4"/>
        <source>Workforce</source>
        <translation>Personnels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects of options</source>
        <translation>Effets des options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap closed</source>
        <translation>Réduction de l’écart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;No workforce baseline yet&lt;/h3&gt;&lt;p&gt;A baseline is what a ministry&apos;s projection spreadsheet holds for the start year: for each cadre (and area), the workers in post, graduates and immigrants a year, the shares leaving each year, the population and the need. Palabre projects it year by year, then again with each option&apos;s expected effects, and counts the gap each option closes.&lt;/p&gt;&lt;p&gt;Start from a template and type your figures over its zeros (and over its placeholder population of {population}), or import a baseline from an Excel or CSV table.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de situation de référence des personnels&lt;/h3&gt;&lt;p&gt;La situation de référence reprend ce que contient le tableur de projection d’un ministère pour l’année de départ&#x202f;: pour chaque catégorie professionnelle (et chaque zone), les agents en poste, les diplômés et les immigrants par an, les parts qui partent chaque année, la population et le besoin. Palabre la projette année par année, puis à nouveau avec les effets attendus de chaque option, et compte l’écart que chaque option comble.&lt;/p&gt;&lt;p&gt;Partez d’un modèle et saisissez vos chiffres à la place de ses zéros (et de sa population provisoire de {population}), ou importez une situation de référence depuis un tableau Excel ou CSV.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start from a template baseline</source>
        <translation>Partir d’un modèle de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctors, nurses, midwives and community health workers for the whole country, with WHO&apos;s SDG threshold</source>
        <translation>Médecins, infirmiers, sages-femmes et agents de santé communautaires pour tout le pays, avec le seuil ODD de l’OMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template with rural and urban areas</source>
        <translation>Modèle avec zones rurale et urbaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same four cadres, each in a rural and an urban area, as in the example</source>
        <translation>Les quatre mêmes catégories, chacune en zone rurale et en zone urbaine, comme dans l’exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import baseline…</source>
        <translation>Importer une situation de référence…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start a workforce baseline from a template</source>
        <translation>Créer la situation de référence des personnels à partir d’un modèle</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>W&amp;orkforce</source>
        <translation>Pe&amp;rsonnels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import workforce baseline…</source>
        <translation>&amp;Importer la situation de référence des personnels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export workforce baseline…</source>
        <translation>&amp;Exporter la situation de référence des personnels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;projection tables…</source>
        <translation>Exporter les tableaux de &amp;projection…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workforce baseline imported from {source}.</source>
        <translation>Situation de référence des personnels importée depuis {source}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message} Assumed: {assumptions}</source>
        <translation>{message} Hypothèses retenues&#x202f;: {assumptions}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workforce baseline written to {path}</source>
        <translation>Situation de référence des personnels enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projection tables written to {path}</source>
        <translation>Tableaux de projection enregistrés dans {path}</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../map_files.py" line="-139"/>
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante</numerusform>
            <numerusform>%n parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
</context>
</TS>
