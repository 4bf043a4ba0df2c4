"""Words shared by the French message catalogue, and the English words that betray a missed part.

:data:`WORDS` translates the few words of Palabre's vocabulary that messages insert into
sentences (``the feasibility criteria``); ids stored in files are never looked up here.
:data:`ENGLISH_WORDS` lists words that occur in Palabre's English messages and never in French
ones: :func:`palabre.i18n.messages.untranslated_parts` reports a fragment holding one of them.
Vocabulary as in /work/notes/i18n_plan.md (critère, jeu de poids, partie prenante...).
"""

from __future__ import annotations

from types import MappingProxyType

WORDS = MappingProxyType({
    "feasibility": "faisabilité",
    "impact": "impact",
    "stakeholder": "partie prenante",
    "stakeholders": "parties prenantes",
    "tie": "lien",
    "ties": "liens",
    "option": "option",
    "options": "options",
    "criterion": "critère",
    "criteria": "critères",
    "weight set": "jeu de poids",
    "weight sets": "jeux de poids",
    "weight_sets": "jeux de poids",
    "participant": "participant",
    "participants": "participants",
    "source": "source",
    "target": "cible",
    "low": "basse",
    "high": "haute",
    "power": "pouvoir",
    "interest": "intérêt",
    "stance": "position",
    "strength": "intensité",
    "confidence": "confiance",
    "resources": "ressources",
    "leadership": "leadership",
    "knowledge": "connaissance",
    "category": "catégorie",
    "level": "niveau",
    "kind": "nature",
    "Direction": "sens",
    "Group": "groupe",
    "ScaleKind": "type d’échelle",
    "Family": "famille",
    "Category": "catégorie",
    "Level": "niveau",
    "Kind": "nature",
    "TieType": "type de lien",
    "Parts": "parties à remplir",
    "Weighting": "façon de pondérer",
    "GRAPHML": "GraphML",
    "GEXF": "GEXF",
})

# Messages of Python's JSON decoder (json.JSONDecodeError.msg), shown after "line L, column C".
JSON_ERRORS = MappingProxyType({
    "Expecting value": "une valeur est attendue",
    "Extra data": "données en trop après la fin",
    "Expecting ',' delimiter": "une virgule est attendue",
    "Expecting ':' delimiter": "un deux-points est attendu",
    "Expecting property name enclosed in double quotes": "un nom de champ entre guillemets doubles "
    "est attendu",
    "Unterminated string starting at": "texte non terminé",
    "Invalid control character at": "caractère de contrôle interdit",
    "Invalid \\escape": "séquence d’échappement invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l’objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin de la liste",
})

ENGLISH_WORDS = frozenset((
    "the", "is", "are", "was", "were", "be", "been", "being", "must", "expected", "expecting",
    "got", "not", "with", "which", "from", "of", "and", "this", "that", "these", "those", "should",
    "cannot", "can", "could", "no", "such", "unknown", "missing", "field", "fields", "file",
    "files", "number", "numbers", "text", "object", "list", "whole", "twice", "used", "more",
    "than", "allowed", "entries", "please", "update", "line", "row", "rows", "column", "columns",
    "sheet", "sheets", "value", "values", "empty", "contains", "appears", "same", "written",
    "newer", "reads", "only", "does", "did", "has", "have", "holds", "needs", "need", "least",
    "most", "between", "below", "above", "any", "every", "by", "for", "to", "into", "out", "or",
    "it", "its", "their", "there", "where", "what", "who", "new", "old", "names", "too", "large",
    "big", "read", "save", "saved", "opened", "found", "given", "give", "known", "data", "folder",
    "nothing", "something", "refers", "weighs", "weight", "scale", "runs", "must", "score",
    "second", "stakeholder", "tie", "criterion", "criteria", "choose", "passphrase", "wrong",
    "damaged", "changed", "larger", "smaller", "greater", "less", "decrypted", "encrypted",
    "delimiter", "extra", "unterminated", "invalid", "control", "character", "escape", "property",
    "enclosed", "quotes", "starting", "illegal", "trailing", "before", "after", "end", "regular",
    "directory", "yet", "isn't", "doesn't", "can't", "would", "will", "you", "your", "at", "in",
    "as", "if", "one", "each", "also", "some", "many", "much", "just", "then", "when",
    "while", "whose", "because",
))
