"""French help of the ``palabre`` commands: English help text -> French (``palabre CMD --help``).

Looked up by the help formatter of :mod:`desktop.cli` when the command line speaks French; a
text missing here (a new option) is shown in English until it is added. Option names, metavars
and ids (wsm, minmax, authority...) stay as they are: they are what the user types.
"""

HELP_FR: dict[str, str] = {
    # palabre (the window)
    "Palabre: health-workforce policy dialogue workbench. Run without a subcommand to open the window.":
        "Palabre: atelier de dialogue politique sur les personnels de santé. Sans sous-commande, "
        "ouvre la fenêtre.",
    "a .palabre dialogue to open": "un dialogue .palabre à ouvrir",
    "open the bundled example dialogue": "ouvrir le dialogue d’exemple fourni",
    "save a PNG of each workspace into DIR and exit (works without a display)":
        "enregistrer une image PNG de chaque espace de travail dans DIR et quitter (fonctionne sans écran)",
    "language of the window": "langue de la fenêtre",
    "language of the messages (default: the locale's)": "langue des messages (par défaut: celle du système)",
    # example
    "write the bundled example dialogue (illustrative)": "écrire le dialogue d’exemple fourni (illustratif)",
    "where to write it (.palabre)": "où l’écrire (.palabre)",
    "language of the example's texts (default: en); ids and numbers are the same":
        "langue des textes de l’exemple (par défaut: en); les identifiants et les nombres sont les mêmes",
    # check
    "validate a .palabre file and list every problem": "vérifier un fichier .palabre et lister chaque problème",
    # rank
    "rank the options with an MCDA method": "classer les options avec une méthode d’analyse multicritère",
    "``palabre rank INPUT``: rank options with any method, from a dialogue or a decision table.":
        "``palabre rank INPUT``: classer les options avec n’importe quelle méthode, à partir d’un dialogue "
        "ou d’un tableau de décision.",
    "a .palabre dialogue, or a decision table (.csv or .xlsx)":
        "un dialogue .palabre, ou un tableau de décision (.csv ou .xlsx)",
    "aggregation method (default: wsm, the additive value model)":
        "méthode d’agrégation (par défaut: wsm, le modèle additif de valeur)",
    "normalisation for wsm, topsis and electre (default: each method's own: minmax for wsm, vector for "
    "topsis and electre1)":
        "normalisation pour wsm, topsis et electre (par défaut: celle de chaque méthode: minmax pour wsm, "
        "vector pour topsis et electre1)",
    "for a .palabre file: the weight set to use (default: the active one)":
        "pour un fichier .palabre: le jeu de poids à utiliser (par défaut: le jeu actif)",
    "print JSON": "afficher du JSON",
    "print JSON instead of a table": "afficher du JSON au lieu d’un tableau",
    "print JSON instead of tables": "afficher du JSON au lieu de tableaux",
    "print the result as JSON": "afficher le résultat en JSON",
    # weights
    "derive criterion weights (AHP, ROC, points, swing)":
        "calculer les poids des critères (AHP, ROC, points, écarts)",
    "``palabre weights``: criterion weights from AHP pairwise comparisons, a rank order, points or":
        "``palabre weights``: poids des critères à partir de comparaisons par paires AHP, d’un ordre, de "
        "points ou d’écarts.",
    "pairwise comparison table(s); several are combined by geometric mean":
        "tableau(x) de comparaisons par paires; plusieurs sont combinés par moyenne géométrique",
    "criteria from most to least important: rank order centroid weights":
        "critères du plus au moins important: poids du centroïde des rangs",
    "direct points, normalised": "points directs, normalisés",
    "swing ratings from 0 to 100, the largest swing rated 100":
        "notes d’écart de 0 à 100, l’écart le plus important noté 100",
    # sensitivity
    "weight thresholds and SMAA acceptabilities": "seuils de poids et acceptabilités SMAA",
    "``palabre sensitivity INPUT``: weight thresholds per criterion and SMAA acceptabilities.":
        "``palabre sensitivity INPUT``: seuils de poids par critère et acceptabilités SMAA.",
    "SMAA samples (default 10000)": "tirages SMAA (par défaut 10000)",
    "random seed (default: a fresh one, printed)": "graine aléatoire (par défaut: une nouvelle, affichée)",
    "SMAA weights: uniform on the simplex (default) or around the given ones":
        "poids SMAA: uniformes sur le simplexe (par défaut) ou autour des poids donnés",
    "language of the statements": "langue des phrases de conclusion",
    # map
    "network measures, coalitions, quadrant and salience of a stakeholder map":
        "mesures de réseau, coalitions, quadrant et saillance d’une carte des parties prenantes",
    "Measures of every stakeholder: degree, betweenness and closeness (normalised as networkx does), "
    "eigenvector centrality, coalition (community detection, seeded), power-interest quadrant and "
    "salience class.":
        "Mesures de chaque partie prenante: degré, intermédiarité et proximité (normalisées comme le fait "
        "networkx), centralité de vecteur propre, coalition (détection de communautés, avec graine), "
        "quadrant pouvoir-intérêt et classe de saillance.",
    "a .palabre file, a .graphml or .gexf file, a ties .csv (source,target[,type,strength,directed]) or a "
    "stakeholder .xlsx workbook":
        "un fichier .palabre, un fichier .graphml ou .gexf, un .csv de liens "
        "(source,target[,type,strength,directed]) ou un classeur .xlsx de parties prenantes",
    "only these tie types: authority, funding, information, collaboration, conflict (default: all)":
        "seulement ces types de liens: authority, funding, information, collaboration, conflict (par "
        "défaut: tous)",
    # feasibility
    "power-weighted support, opposition and political feasibility index per option":
        "soutien, opposition pondérés par le pouvoir et indice de faisabilité politique par option",
    "index = (support - opposition) / total power, in [-1, 1]; support and opposition sum power x "
    "confidence x stance / 2 over supporters and opponents.":
        "indice = (soutien - opposition) / pouvoir total, dans [-1, 1]; soutien et opposition somment "
        "pouvoir x confiance x position / 2 sur les partisans et les opposants.",
    "a .palabre dialogue": "un dialogue .palabre",
    # brief
    "write the policy brief (PDF)": "écrire la note d’orientation (PDF)",
    "Write the graded-entry policy brief of a dialogue as a PDF.":
        "Écrire la note d’orientation d’un dialogue, en lecture graduée, au format PDF.",
    "the PDF to write": "le PDF à écrire",
    "language of the brief (default: en)": "langue de la note d’orientation (par défaut: en)",
    "public version: persons shown by their category, stakeholder notes left out":
        "version publique: les personnes sont désignées par leur catégorie, les notes sur les parties "
        "prenantes sont omises",
    # sheets
    "write a scoring sheet for each participant (Excel, and PDF with --pdf)":
        "écrire une grille de notation pour chaque participant (Excel, et PDF avec --pdf)",
    "Write one scoring workbook per participant of the dialogue, in the dialogue's language, for them to "
    "fill in offline and send back (see `palabre collect`).":
        "Écrire un classeur de notation par participant du dialogue, dans la langue du dialogue, à remplir "
        "hors ligne et à renvoyer (voir `palabre collect`).",
    "the folder to write the sheets into (created if missing)":
        "le dossier où écrire les grilles (créé s’il n’existe pas)",
    "also write a printable PDF of each sheet": "écrire aussi un PDF imprimable de chaque grille",
    # collect
    "merge the scoring sheets returned by participants":
        "fusionner les grilles de notation renvoyées par les participants",
    "Read every scoring sheet in DIR, print per sheet what was merged or why it was refused, and save the "
    "dialogue with the merged answers.":
        "Lire chaque grille de notation de DIR, indiquer pour chacune ce qui a été fusionné ou pourquoi elle "
        "a été refusée, et enregistrer le dialogue avec les réponses fusionnées.",
    "the .palabre dialogue the sheets were made from":
        "le dialogue .palabre à partir duquel les grilles ont été faites",
    "the folder of returned sheets (.xlsx)": "le dossier des grilles renvoyées (.xlsx)",
    "where to save the merged dialogue (default: FILE, keeping FILE.bak)":
        "où enregistrer le dialogue fusionné (par défaut: FILE, en gardant FILE.bak)",
    # redact
    "write a copy of a dialogue without names and notes": "écrire une copie d’un dialogue sans noms ni notes",
    "the redacted .palabre to write": "le .palabre anonymisé à écrire",
    # project
    "workforce projection: stock, need and gap per cadre and year, per scenario":
        "projection des personnels: effectif, besoin et écart par cadre et par année, par scénario",
    "Projects the dialogue's workforce baseline year by year, without change and with each option's "
    "expected effects; gap = need - stock (negative: more workers than the need). The gap closed by the "
    "horizon is counted as the dialogue sets it (Workforce tab).":
        "Projette année par année la situation de référence des personnels du dialogue, sans changement et "
        "avec les effets attendus de chaque option; écart = besoin - effectif (négatif: plus de personnels "
        "que le besoin). L’écart comblé à l’horizon est compté comme le dialogue le définit (onglet "
        "Personnels).",
    "a .palabre dialogue with a workforce baseline":
        "un dialogue .palabre avec une situation de référence des personnels",
    "last year projected (default: the baseline's horizon)":
        "dernière année projetée (par défaut: l’horizon de la situation de référence)",
}
