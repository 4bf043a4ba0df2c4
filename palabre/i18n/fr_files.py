"""French for the messages about files as a whole: missing, unreadable, too big, not UTF-8, not
JSON, not a dialogue, of a newer version, encrypted; CSV, Excel and graph files; scoring sheets.

Sources of the English: dialogue/native_file.py (load, from_json_dict), dialogue/safe_json.py,
dialogue/encrypted_file.py, dialogue/atomic.py, dialogue/recovery.py, exports/safe_csv.py,
exports/safe_xlsx.py, exports/graph_files.py, exports/sheets/ (reading, layout, preview, pdf,
workbook), exports/scoring_sheets.py. See :mod:`palabre.i18n.rules` for the group names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from palabre.i18n.fr_words import JSON_ERRORS
from palabre.i18n.rules import rule

F = r"(?P<f>.+?)"  # a file name at the start of a message


def _json_error(g: Mapping[str, str]) -> str:
    what = JSON_ERRORS.get(g["why"], g["why"])
    return f"{g['f']} n’est pas du JSON valide (ligne {g['line']}, colonne {g['col']}: {what})"


def _more_problems(g: Mapping[str, str]) -> str:
    n = g["n"]
    word = "autre problème" if n == "1" else "autres problèmes"
    return f"{g['msg']} (et {n} {word})"


# What the operating system says (strerror, in English whatever the locale: Python leaves the C
# library's messages untranslated), what expat says of bad XML, and a few library refusals.
SYSTEM_REASONS = {
    "No such file or directory": "fichier ou dossier introuvable",
    "Permission denied": "permission refusée",
    "Is a directory": "c’est un dossier",
    "Not a directory": "un élément du chemin n’est pas un dossier",
    "No space left on device": "plus de place sur le disque",
    "Read-only file system": "système de fichiers en lecture seule",
    "File exists": "le fichier existe déjà",
    "File name too long": "nom de fichier trop long",
    "Input/output error": "erreur d’entrée-sortie",
    "Disk quota exceeded": "quota de disque dépassé",
    "Too many open files": "trop de fichiers ouverts",
    "Operation not permitted": "opération non permise",
    "Device or resource busy": "périphérique ou ressource occupé",
    "Invalid argument": "argument invalide",
    "Directory not empty": "dossier non vide",
    "no element found": "aucun élément trouvé",
    "not well-formed (invalid token)": "mal formé (élément invalide)",
    "mismatched tag": "balise mal appariée",
    "syntax error": "erreur de syntaxe",
    "unclosed token": "élément non fermé",
    "junk after document element": "contenu en trop après l’élément racine",
    "undefined entity": "entité non définie",
    "File is not a zip file": "ce n’est pas un fichier zip",
    "No <graph> element in GEXF file.": "pas d’élément <graph> dans le fichier GEXF.",
}

RULES = [
    rule(r"Keep the passphrase safe: if it is lost, nobody, not even the Palabre team, can open "
         r"this dialogue again\.",
         "Conservez la phrase secrète en lieu sûr : si elle est perdue, personne, pas même l’équipe "
         "de Palabre, ne pourra rouvrir ce dialogue."),
    rule(r"no fonts are installed, so every letter would show as an empty box\. Install one, for "
         r"example: (?P<cmd>.+)",
         "aucune police n’est installée : chaque lettre s’afficherait comme une case vide. Installez-en "
         "une, par exemple: {cmd}"),
    *(rule(re.escape(en), fr) for en, fr in SYSTEM_REASONS.items()),
    rule(r"cannot write the brief: (?P<msg>.+)", "impossible d’écrire la note d’orientation: {msg}"),
    # ------------------------------------------------------------ any file
    rule(r"(?P<f>.+): no such file", "{f}: fichier introuvable"),
    rule(F + r" is a folder, not a dialogue file", "{f} est un dossier, pas un fichier de dialogue"),
    rule(F + r" is a folder, not a CSV file", "{f} est un dossier, pas un fichier CSV"),
    rule(F + r" is not a regular file", "{f} n’est pas un fichier ordinaire"),
    rule(F + r" is not a file", "{f} n’est pas un fichier"),
    rule(F + r" cannot be read: (?P<msg>.+)", "{f} ne peut pas être lu: {msg}"),
    rule(r"cannot read (?P<f>.+?): (?P<msg>.+)", "impossible de lire {f}: {msg}"),
    rule(r"cannot list (?P<f>.+?): (?P<msg>.+)", "impossible de lister le contenu de {f}: {msg}"),
    rule(r"cannot write (?P<f>.+?): (?P<msg>.+)", "impossible d’écrire {f}: {msg}"),
    rule(r"cannot create the folder (?P<f>.+?): (?P<msg>.+)", "impossible de créer le dossier {f}: {msg}"),
    rule(r"cannot create the recovery folder (?P<f>.+?): (?P<msg>.+)",
         "impossible de créer le dossier de récupération {f}: {msg}"),
    rule(r"could not save (?P<f>.+?): (?P<msg>.+)\. The file on disk is unchanged\.",
         "impossible d’enregistrer {f}: {msg}. Le fichier sur le disque n’a pas changé."),
    rule(F + r" is empty", "{f} est vide"),
    rule(F + r" is (?P<size>{N}) MB; Palabre opens dialogues up to (?P<max>{N}) MB",
         "{f} pèse {size} Mo; Palabre ouvre les dialogues jusqu’à {max} Mo"),
    rule(F + r" is UTF-16 text; Palabre files are UTF-8",
         "{f} est un texte UTF-16; les fichiers Palabre sont en UTF-8"),
    rule(F + r" is not UTF-8 text \(byte (?P<b>\d+)\)", "{f} n’est pas un texte UTF-8 (octet {b})"),
    # ------------------------------------------------------------ JSON and the native format
    rule(F + r" is not valid JSON \(line (?P<line>\d+), column (?P<col>\d+): (?P<why>.+)\)", _json_error),
    rule(r"nested more than (?P<n>\d+) levels deep", "imbrication de plus de {n} niveaux"),
    rule(r"the file contains (?P<c>-?Infinity|NaN), which is not a number Palabre accepts",
         "le fichier contient {c}, qui n’est pas un nombre accepté par Palabre"),
    rule(r"the file contains a number with (?P<n>\d+) digits",
         "le fichier contient un nombre de {n} chiffres"),
    rule(r"the file contains a number written with (?P<n>\d+) characters",
         "le fichier contient un nombre écrit avec {n} caractères"),
    rule(r"the file contains the number (?P<v>\S+), too large to be used",
         "le fichier contient le nombre {v}, trop grand pour être utilisé"),
    rule(r"the key (?P<k>{Q}) appears twice in the same object",
         "la clé {k} apparaît deux fois dans le même objet"),
    rule(F + r" is not a Palabre dialogue \(expected a JSON object\)",
         "{f} n’est pas un dialogue Palabre (un objet JSON est attendu)"),
    rule(F + r" is not a Palabre dialogue \(no \"format\": \"palabre\"\)",
         "{f} n’est pas un dialogue Palabre (pas de \"format\": \"palabre\")"),
    rule(r"format_version must be a whole number from 1",
         "format_version doit être un nombre entier à partir de 1"),
    rule(F + r" was written in format version (?P<v>\S+) by a newer Palabre \(app (?P<app>[^)]*)\); "
         r"this Palabre (?P<mine>\S+) reads versions up to (?P<max>\d+)\. Please update Palabre\.",
         "{f} a été écrit au format version {v} par un Palabre plus récent (application {app}); "
         "ce Palabre {mine} lit les versions jusqu’à {max}. Veuillez mettre Palabre à jour."),
    rule(r"(?P<msg>.+) \(and (?P<n>\d+) more\)", _more_problems),
    # ------------------------------------------------------------ encrypted dialogues
    rule(r"choose a passphrase of at least (?P<n>\d+) characters",
         "choisissez une phrase secrète d’au moins {n} caractères"),
    rule(F + r" is not an encrypted Palabre dialogue", "{f} n’est pas un dialogue Palabre chiffré"),
    rule(F + r" uses encryption format (?P<v>.+), which this Palabre does not know",
         "{f} utilise le format de chiffrement {v}, que ce Palabre ne connaît pas"),
    rule(F + r" has implausible encryption settings", "{f} a des réglages de chiffrement invraisemblables"),
    rule(F + r" could not be opened: the passphrase is wrong, or the file was changed or damaged",
         "{f} n’a pas pu être ouvert: la phrase secrète est fausse, ou le fichier a été modifié "
         "ou endommagé"),
    rule(F + r" is larger than Palabre opens", "{f} est plus gros que ce que Palabre ouvre"),
    rule(r"the decrypted content is not a dialogue", "le contenu déchiffré n’est pas un dialogue"),
    # ------------------------------------------------------------ CSV
    rule(F + r" is larger than (?P<max>{N}) MB, the most Palabre reads from a CSV file",
         "{f} dépasse {max} Mo, le maximum que Palabre lit dans un fichier CSV"),
    rule(F + r" is saved as UTF-16 \(Excel's 'Unicode text'\); save it as 'CSV UTF-8' and try again",
         "{f} est enregistré en UTF-16 ('Texte Unicode' d’Excel); enregistrez-le en "
         "'CSV UTF-8' et réessayez"),
    rule(F + r" is a zip archive \(an Excel workbook\?\), not a CSV file",
         "{f} est une archive zip (un classeur Excel?), pas un fichier CSV"),
    rule(F + r" holds binary data, not CSV text", "{f} contient des données binaires, pas du texte CSV"),
    rule(r"unknown text encoding (?P<e>{Q})", "encodage de texte inconnu {e}"),
    rule(r"byte (?P<b>0x[0-9A-F]{2}) is not valid in (?P<e>.+)", "l’octet {b} n’est pas valide en {e}"),
    rule(F + r" is not UTF-8 text \(byte (?P<b>0x[0-9A-F]{2}) on line (?P<line>\d+)\); it is probably "
         r"Windows-1252 \(cp1252, Western European, as saved by older Excel on Windows\)\. Confirm "
         r"that encoding to read it \(line (?P<line2>\d+) would read: (?P<preview>.*)\), or save the "
         r"file as 'CSV UTF-8'",
         "{f} n’est pas un texte UTF-8 (octet {b} à la ligne {line}); il est probablement en "
         "Windows-1252 (cp1252, Europe occidentale, comme l’enregistrent les anciennes versions "
         "d’Excel sous Windows). Confirmez cet encodage pour le lire (la ligne {line2} se lirait: "
         "{preview}), ou enregistrez le fichier en 'CSV UTF-8'"),
    rule(F + r" is not UTF-8 text \(byte (?P<b>0x[0-9A-F]{2}) on line (?P<line>\d+)\); it is probably "
         r"ISO-8859-1 \(latin-1\)\. Confirm that encoding to read it \(line (?P<line2>\d+) would read: "
         r"(?P<preview>.*)\), or save the file as 'CSV UTF-8'",
         "{f} n’est pas un texte UTF-8 (octet {b} à la ligne {line}); il est probablement en "
         "ISO-8859-1 (latin-1). Confirmez cet encodage pour le lire (la ligne {line2} se lirait: "
         "{preview}), ou enregistrez le fichier en 'CSV UTF-8'"),
    rule(F + r" is empty: expected a header line and at least one row",
         "{f} est vide: une ligne d’en-tête et au moins une ligne de données sont attendues"),
    rule(r"field larger than field limit \((?P<n>\d+)\)", "champ plus long que la limite ({n} caractères)"),
    rule(r"(?P<msg>.+) \(did you mean (?P<s>{Q})\?\)", "{msg} (vouliez-vous dire {s}?)"),
    # ------------------------------------------------------------ Excel workbooks
    rule(F + r" is empty: expected an Excel workbook \(\.xlsx\)",
         "{f} est vide: un classeur Excel (.xlsx) est attendu"),
    rule(F + r" is (?P<size>{N}) MB; Palabre reads workbooks up to (?P<max>{N}) MB",
         "{f} pèse {size} Mo; Palabre lit les classeurs jusqu’à {max} Mo"),
    rule(F + r" is an old Excel 97-2003 workbook \(\.xls\); save it as \.xlsx and try again",
         "{f} est un ancien classeur Excel 97-2003 (.xls); enregistrez-le en .xlsx et réessayez"),
    rule(F + r" is not an Excel workbook \(\.xlsx is a zip archive\)",
         "{f} n’est pas un classeur Excel (un .xlsx est une archive zip)"),
    rule(F + r" holds (?P<n>[\d,]+) parts; a workbook has at most (?P<n2>[\d,]+): refused as a possible "
         r"zip bomb", "{f} contient {n} parties; un classeur en a au plus {n2}: refusé comme "
         "possible bombe zip"),
    rule(F + r" would expand to (?P<n>[\d,]+) MB from (?P<size>{N}) MB; refused as a possible zip bomb "
         r"\(limit (?P<max>{N}) MB\)", "{f} se décompresserait en {n} Mo à partir de {size} Mo; refusé "
         "comme possible bombe zip (limite {max} Mo)"),
    rule(r"part (?P<p>{Q}) declares a DTD or XML entities, which no genuine workbook does; refused as "
         r"hostile", "la partie {p} déclare une DTD ou des entités XML, ce que ne fait aucun vrai "
         "classeur; refusé comme hostile"),
    rule(F + r" is a damaged zip archive: (?P<msg>.+)", "{f} est une archive zip endommagée: {msg}"),
    rule(F + r" cannot be read as a workbook: (?P<msg>.+)", "{f} ne peut pas être lu comme un classeur: {msg}"),
    rule(F + r" cannot be read as an Excel workbook: (?P<msg>.+)",
         "{f} ne peut pas être lu comme un classeur Excel: {msg}"),
    rule(r"openpyxl's protection against hostile XML is off \(defusedxml missing or OPENPYXL_DEFUSEDXML "
         r"set\); Palabre will not open workbooks without it",
         "la protection d’openpyxl contre le XML hostile est désactivée (defusedxml absent ou "
         "OPENPYXL_DEFUSEDXML défini); Palabre n’ouvre pas de classeur sans elle"),
    rule(F + r" has no sheet", "{f} n’a aucune feuille"),
    rule(F + r" has no sheet (?P<s>{Q}) \(its sheets: (?P<names>.*)\)",
         "{f} n’a pas de feuille {s} (ses feuilles: {names})"),
    rule(r"sheet (?P<s>{Q}) has more than (?P<n>[\d,]+) cells",
         "la feuille {s} a plus de {n} cellules"),
    rule(r"sheet (?P<s>{Q}) holds (?P<n>\d+) formula cell\(s\) \((?P<cells>.*)\); Palabre reads values "
         r"only: replace each formula by its value \(Paste special > Values\)",
         "la feuille {s} contient {n} cellule(s) avec formule ({cells}); Palabre ne lit que les "
         "valeurs: remplacez chaque formule par sa valeur (Collage spécial > Valeurs)"),
    # ------------------------------------------------------------ GraphML and GEXF
    rule(r"(?P<f>.+): expected a \.graphml or \.gexf file name",
         "{f}: un nom de fichier .graphml ou .gexf est attendu"),
    rule(r"(?P<f>.+): expected a \.graphml or \.gexf file", "{f}: un fichier .graphml ou .gexf est attendu"),
    rule(F + r" is larger than (?P<max>{N}) MB, the most Palabre reads",
         "{f} dépasse {max} Mo, le maximum que Palabre lit"),
    rule(F + r" is empty: expected a GraphML or GEXF file",
         "{f} est vide: un fichier GraphML ou GEXF est attendu"),
    rule(F + r" has (?P<n>[\d,]+) nodes; a map holds at most (?P<max>[\d,]+) stakeholders",
         "{f} a {n} nœuds; une carte contient au plus {max} parties prenantes"),
    rule(F + r" has (?P<n>[\d,]+) edges; a map holds at most (?P<max>[\d,]+) ties",
         "{f} a {n} arêtes; une carte contient au plus {max} liens"),
    rule(F + r" declares a DTD or XML entities \((?P<e>\w+)\), which a graph file never needs; refused "
         r"as possibly hostile \(entity expansion or external entities\)",
         "{f} déclare une DTD ou des entités XML ({e}), ce dont un fichier de graphe n’a jamais "
         "besoin; refusé comme possiblement hostile (expansion d’entités ou entités externes)"),
    rule(F + r" is not well-formed XML: (?P<msg>.+) \(line (?P<line>\d+)\)",
         "{f} n’est pas du XML bien formé: {msg} (ligne {line})"),
    rule(F + r" is not a valid (?P<w>GRAPHML|GEXF) file: (?P<msg>.+)",
         "{f} n’est pas un fichier {w} valide: {msg}"),
    rule(r"unknown graph format (?P<k>{Q})", "format de graphe inconnu {k}"),
    rule(r"attribute (?P<a>{Q}) names an option the dialogue does not have",
         "l’attribut {a} désigne une option que le dialogue n’a pas"),
    rule(r"(?P<end>source|target) (?P<ref>{Q}) is not a node of the file",
         lambda g: f"{'la source' if g['end'] == 'source' else 'la cible'} {g['ref']} n’est pas un "
         "nœud du fichier"),
    # ------------------------------------------------------------ scoring sheets
    rule(F + r" is not a Palabre scoring sheet: it has no hidden sheet (?P<s>{Q}) naming the participant "
         r"and the dialogue", "{f} n’est pas une grille de notation Palabre: elle n’a pas de feuille "
         "masquée {s} désignant le participant et le dialogue"),
    rule(r"not a Palabre scoring sheet \(no hidden record of the participant and the dialogue, sheet "
         r"(?P<s>{Q})\)", "pas une grille de notation Palabre (pas d’enregistrement masqué du "
         "participant et du dialogue, feuille {s})"),
    rule(r"scoring sheet layout version (?P<v>.+); this Palabre reads version (?P<mine>\d+)\. Please "
         r"update Palabre\.", "grille de notation de version {v}; ce Palabre lit la version {mine}. "
         "Veuillez mettre Palabre à jour."),
    rule(r"the hidden record has (?P<n>[\d,]+) rows; at most (?P<max>[\d,]+) are allowed",
         "l’enregistrement masqué a {n} lignes; {max} au plus sont permises"),
    rule(r"the hidden record has more than (?P<n>[\d,]+) rows",
         "l’enregistrement masqué a plus de {n} lignes"),
    rule(r"the hidden record is damaged \(participant, key or version\)",
         "l’enregistrement masqué est endommagé (participant, clé ou version)"),
    rule(r"the hidden record is damaged \((?P<msg>.+)\)", "l’enregistrement masqué est endommagé ({msg})"),
    rule(r"the hidden record has no (?P<what>.+)", "l’enregistrement masqué n’a pas de {what}"),
    rule(r"the hidden record names cells beyond row (?P<r>[\d,]+) or column (?P<c>\w+): it is damaged",
         "l’enregistrement masqué désigne des cellules au-delà de la ligne {r} ou de la colonne "
         "{c}: il est endommagé"),
    rule(r"(?P<cell>\S+) holds a formula: the hidden record was edited",
         "{cell} contient une formule: l’enregistrement masqué a été modifié"),
    rule(r"(?P<v>{Q}) is not a cell reference", "{v} n’est pas une référence de cellule"),
    rule(r"sheet name longer than 31 characters", "nom de feuille de plus de 31 caractères"),
    rule(r"unknown answer kind (?P<k>{Q})", "type de réponse inconnu {k}"),
    rule(r"unknown row (?P<k>{Q})", "ligne inconnue {k}"),
    rule(F + r" is not a folder", "{f} n’est pas un dossier"),
    rule(F + r" holds (?P<n>[\d,]+) workbooks; Palabre collects at most (?P<max>[\d,]+) at once",
         "{f} contient {n} classeurs; Palabre en rassemble au plus {max} à la fois"),
    rule(r"there is no participant with id (?P<id>{Q})", "il n’y a pas de participant d’id {id}"),
    rule(r"the dialogue needs criteria before scoring sheets can be made",
         "le dialogue doit avoir des critères pour que les grilles de notation puissent être faites"),
    rule(r"the dialogue needs options and criteria before scoring sheets can be made",
         "le dialogue doit avoir des options et des critères pour que les grilles de notation "
         "puissent être faites"),
    rule(r"the printable sheet of (?P<p>{Q}) cannot be laid out: (?P<msg>.+)",
         "la grille imprimable de {p} ne peut pas être mise en page: {msg}"),
    rule(r"the dialogue has no participants: add them first \(Participants tab\)",
         "le dialogue n’a pas de participants: ajoutez-les d’abord (onglet Participants)"),
]
