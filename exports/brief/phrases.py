"""Every fixed phrase of the brief, in English and French.

The user's own text (titles, names, narrative sections) is never translated; only what Palabre
itself writes is here. A phrase may hold ``{named}`` fields filled by :meth:`Phrases.__call__`.
French follows the usage of francophone West African ministries of health (for example
*partenaires techniques et financiers* for development partners) and French typography
(no-break space before ``:`` ``;`` ``?`` ``!``, typographic apostrophe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from dialogue.values import Family, family_label
from exports.brief.workforce_phrases import WORKFORCE_PHRASES
from exports.phrasebook import PhraseBook
from mcda.criteria import Group, group_label
from stakeholder_map.grid import Quadrant, quadrant_label
from stakeholder_map.model import Category, Level, TieType, category_label, level_label, stance_label, tie_type_label

# key: (English, French)
_TABLE: dict[str, tuple[str, str]] = {
    # --- title block and running header
    "kicker": ("Policy brief", "Note d’orientation politique"),
    "running_header": ("Policy brief", "Note d’orientation"),
    "prepared_by": ("Prepared by", "Préparé par"),
    "facilitated_by": ("Facilitated by", "Animé par"),
    "date_label": ("Date", "Date"),
    "country_label": ("Country", "Pays"),
    "mark_illustrative": ("Illustrative", "Illustratif"),
    "mark_draft": ("Draft", "Projet"),
    "mark_redacted": ("Public version", "Version publique"),
    "illustrative_note": (
        "Illustrative: the figures in this brief are for demonstration and are not real data.",
        "Illustratif : les chiffres de cette note servent à la démonstration et ne sont pas "
        "des données réelles.",
    ),
    "draft_note": ("Draft for discussion: not for citation.",
                   "Projet pour discussion : ne pas citer."),
    "redacted_note": (
        "Public version: individual persons are shown by their category and notes about "
        "stakeholders are left out.",
        "Version publique : les personnes sont désignées par leur catégorie et les notes sur "
        "les parties prenantes sont omises.",
    ),
    "page_of": ("Page {page} of {total}", "Page {page} sur {total}"),
    "made_with": ("Made with Palabre", "Réalisé avec Palabre"),
    # --- section headings
    "key_messages": ("Key messages", "Messages clés"),
    "executive_summary": ("Executive summary", "Résumé"),
    "contents": ("Contents", "Sommaire"),
    "full_report": ("Full report", "Rapport complet"),
    "context": ("The problem and its context", "Le problème et son contexte"),
    "options": ("The options compared", "Les options comparées"),
    "method": ("How the options were compared", "Comment les options ont été comparées"),
    "results": ("Results", "Résultats"),
    "robustness": ("How robust are the results?", "Les résultats sont-ils robustes ?"),
    "stakeholders": ("The stakeholder landscape", "Le paysage des parties prenantes"),
    "implementation": ("Implementation considerations", "Considérations pour la mise en œuvre"),
    "recommendations": ("Recommendations", "Recommandations"),
    "annexes": ("Annexes", "Annexes"),
    "annex_scores": ("Annex A. Full score table", "Annexe A. Tableau complet des scores"),
    "annex_weights": ("Annex B. Weights per perspective", "Annexe B. Pondérations par point de vue"),
    "annex_method": ("Annex C. Method notes and references",
                     "Annexe C. Notes de méthode et références"),
    "annex_participants": ("Annex D. Participants and stakeholders",
                           "Annexe D. Participants et parties prenantes"),
    # --- sub-headings
    "criteria_weights": ("Criteria and weights", "Critères et pondérations"),
    "method_used": ("Method", "Méthode"),
    "who_took_part": ("Who took part", "Qui a participé"),
    "ranking": ("Ranking", "Classement"),
    "matrix": ("Feasibility and impact", "Faisabilité et impact"),
    "contributions": ("What drives the scores", "Ce qui détermine les scores"),
    "switch_points": ("Weight switch points", "Seuils de basculement des pondérations"),
    "smaa": ("Acceptability under uncertain weights and scores",
             "Acceptabilité avec des pondérations et des scores incertains"),
    "perspectives": ("Perspectives and their agreement", "Points de vue et leur concordance"),
    "methods_compared": ("Other methods", "Autres méthodes"),
    "network_map": ("Who is connected to whom", "Qui est lié à qui"),
    "power_interest": ("Power and interest", "Pouvoir et intérêt"),
    "support_opposition": ("Support and opposition", "Soutiens et oppositions"),
    "brokers": ("Brokers to engage", "Intermédiaires à mobiliser"),
    "coalitions": ("Coalitions", "Coalitions"),
    # --- table headers
    "col_rank": ("Rank", "Rang"),
    "col_option": ("Option", "Option"),
    "col_family": ("Family", "Famille"),
    "col_code": ("WHO", "OMS"),
    "col_involves": ("What it involves", "En quoi elle consiste"),
    "col_cost": ("Expected cost", "Coût attendu"),
    "col_overall": ("Overall", "Global"),
    "col_feasibility": ("Feasibility", "Faisabilité"),
    "col_impact": ("Impact", "Impact"),
    "col_name": ("Name", "Nom"),
    "col_category": ("Category", "Catégorie"),
    "col_level": ("Level", "Niveau"),
    "col_power": ("Power", "Pouvoir"),
    "col_interest": ("Interest", "Intérêt"),
    "col_quadrant": ("Strategy", "Stratégie"),
    "col_notes": ("Notes", "Notes"),
    "col_criterion": ("Criterion", "Critère"),
    "col_group": ("Group", "Groupe"),
    "col_direction": ("Direction", "Sens"),
    "col_scale": ("Scale", "Échelle"),
    "col_weight": ("Weight", "Poids"),
    "col_global_weight": ("Global weight", "Poids global"),
    "col_perspective": ("Perspective", "Point de vue"),
    "col_supporters": ("Supporters", "Soutiens"),
    "col_opponents": ("Opponents", "Opposants"),
    "col_support_power": ("Support (power)", "Soutien (pouvoir)"),
    "col_opposition_power": ("Opposition (power)", "Opposition (pouvoir)"),
    "col_political": ("Political feasibility", "Faisabilité politique"),
    "col_stakeholder": ("Stakeholder", "Partie prenante"),
    "col_betweenness": ("Betweenness", "Intermédiarité"),
    "col_degree": ("Ties", "Liens"),
    "col_why": ("Why engage", "Pourquoi les mobiliser"),
    "col_switch": ("The lead changes if the weight", "L’option en tête change si le poids"),
    "col_current": ("Weight now", "Poids actuel"),
    "col_threshold": ("Switch point", "Seuil"),
    "col_new_leader": ("New leading option", "Nouvelle option en tête"),
    "col_first_rank": ("Ranked first", "Classée 1re"),
    "col_top3": ("In top three", "Parmi les trois premières"),
    "col_confidence": ("Confidence", "Confiance"),
    "col_first_choice": ("First choice", "Premier choix"),
    "col_method": ("Method", "Méthode"),
    "col_number": ("#", "N°"),
    "col_members": ("Members", "Membres"),
    "col_coalition": ("Coalition", "Coalition"),
    "col_index": ("Index", "Indice"),
    "col_second": ("Second", "Deuxième"),
    "col_third": ("Third", "Troisième"),
    # --- words
    "benefit": ("more is better", "plus c’est mieux"),
    "cost": ("less is better", "moins c’est mieux"),
    "anchored": ("1 to 5", "1 à 5"),
    "none": ("none", "aucun"),
    "unknown": ("unknown", "inconnue"),
    "item_sep": ("; ", " ; "),
    "and_more": ("and {n} more", "et {n} autres"),
    "total": ("Total", "Total"),
    "incomplete_mark": ("incomplete scores", "scores incomplets"),
    "person_of": ("{category} (individual {n})", "{category} (personne {n})"),
    "facilitator_withheld": ("", ""),
    # --- captions and notes
    "ranking_caption": (
        "Options ranked by overall score (0 = worst plausible level on every criterion, "
        "1 = best), using the weights of the perspective “{perspective}”. Feasibility and impact "
        "are the weighted scores within each group.",
        "Options classées selon leur score global (0 = niveau le plus défavorable sur tous les "
        "critères, 1 = le plus favorable), avec les pondérations du point de vue "
        "« {perspective} ». La faisabilité et l’impact sont les scores pondérés de chaque groupe.",
    ),
    "matrix_caption": (
        "Each option placed by its feasibility and impact score; the number in each circle is its "
        "place in the ranking (markers that would overlap are nudged apart). The lines divide "
        "the plane at the middle of the value scale (0.5).",
        "Chaque option est placée selon ses scores de faisabilité et d’impact ; le numéro dans "
        "chaque cercle est son rang (les cercles qui se chevaucheraient sont légèrement écartés). "
        "Les lignes partagent le plan au milieu de l’échelle (0,5).",
    ),
    "contrib_caption": (
        "How much each criterion adds to the overall score of the {n} best-ranked options "
        "(weight × value). Feasibility criteria in blue, impact criteria in orange.",
        "Apport de chaque critère au score global des {n} options les mieux classées "
        "(poids × valeur). Critères de faisabilité en bleu, d’impact en orange.",
    ),
    "network_caption": (
        "The stakeholder network as mapped in the dialogue. Circle size shows power; colour shows "
        "the category; numbers refer to the table in Annex D.",
        "Le réseau des parties prenantes tel que cartographié pendant le dialogue. La taille du "
        "cercle indique le pouvoir, la couleur la catégorie ; les numéros renvoient au tableau de "
        "l’annexe D.",
    ),
    "network_large_note": (
        "With {n} stakeholders and {m} ties, ties are drawn faint and only the brokers and the "
        "most powerful stakeholders are named; the tables of brokers and coalitions below set "
        "out the structure.",
        "Avec {n} parties prenantes et {m} liens, les liens sont tracés en clair et seuls les "
        "intermédiaires et les parties prenantes les plus puissantes sont nommés ; les tableaux "
        "des intermédiaires et des coalitions ci-dessous en donnent la structure.",
    ),
    "grid_caption": (
        "Power-interest grid (Mendelow): power and interest rated from 1 to 5; 4 and above "
        "count as high. Numbers refer to the table in Annex D.",
        "Grille pouvoir-intérêt (Mendelow) : pouvoir et intérêt notés de 1 à 5 ; 4 et plus "
        "comptent comme élevés. Les numéros renvoient au tableau de l’annexe D.",
    ),
    "axis_feasibility": ("Feasibility", "Faisabilité"),
    "axis_impact": ("Impact", "Impact"),
    "axis_power": ("Power", "Pouvoir"),
    "axis_interest": ("Interest", "Intérêt"),
    "quick_wins": ("Quick wins", "Gains rapides"),
    "major_reforms": ("Major reforms", "Réformes majeures"),
    "easy_but_minor": ("Easy but minor", "Faciles mais limitées"),
    "avoid": ("Avoid", "À éviter"),
    "legend_ties": ("Ties", "Liens"),
    "legend_categories": ("Categories", "Catégories"),
    "method_wsm": (
        "The options were scored on each criterion and ranked with the additive value model "
        "(weighted sum), the approach recommended for health decisions by the ISPOR task force "
        "on multi-criteria decision analysis. Each score is turned into a value from 0 (worst "
        "plausible level) to 1 (best), cost criteria inverted; the overall score is the sum of "
        "the values weighted by the criteria weights.",
        "Les options ont été notées sur chaque critère et classées par le modèle additif de "
        "valeur (somme pondérée), l’approche recommandée pour les décisions de santé par le "
        "groupe de travail de l’ISPOR sur l’analyse multicritère. Chaque score est converti en "
        "une valeur de 0 (niveau le plus défavorable plausible) à 1 (le plus favorable), les "
        "critères de coût étant inversés ; le score global est la somme des valeurs pondérées "
        "par les poids des critères.",
    ),
    "weights_intro": (
        "Criteria fall into two groups, feasibility and impact. Weights below are those of the "
        "perspective used for the ranking, “{perspective}”: the feasibility group weighs {fw} "
        "and the impact group {iw}; a criterion’s global weight is its group’s weight times its "
        "weight within the group.",
        "Les critères forment deux groupes, faisabilité et impact. Les pondérations ci-dessous "
        "sont celles du point de vue retenu pour le classement, « {perspective} » : le groupe "
        "faisabilité pèse {fw} et le groupe impact {iw} ; le poids global d’un critère est le "
        "poids de son groupe multiplié par son poids dans le groupe.",
    ),
    "took_part": (
        "{n} stakeholders were mapped, from {categories} categories; {k} perspectives weighted the "
        "criteria: {names}.",
        "{n} parties prenantes ont été cartographiées, de {categories} catégories ; {k} "
        "points de vue ont pondéré les critères : {names}.",
    ),
    "pending": (
        "This analysis is not available in this version of Palabre.",
        "Cette analyse n’est pas disponible dans cette version de Palabre.",
    ),
    "no_positions": (
        "No positions on the options were recorded.",
        "Aucune position sur les options n’a été enregistrée.",
    ),
    "no_ties": ("No ties between stakeholders were recorded.",
                "Aucun lien entre parties prenantes n’a été enregistré."),
    "no_stakeholders": ("No stakeholders were mapped.",
                        "Aucune partie prenante n’a été cartographiée."),
    "no_text": ("Not written yet.", "Pas encore rédigé."),
    "chart_top_note": (
        "Only the {shown} best-ranked of {total} options are shown; all appear in Annex A.",
        "Seules les {shown} options les mieux classées sur {total} sont montrées ; toutes "
        "figurent à l’annexe A.",
    ),
    "network_labels_note": (
        "Names are shown where space allows; every circle carries its number.",
        "Les noms figurent là où la place le permet ; chaque cercle porte son numéro.",
    ),
    # --- drafted sentences (key messages, executive summary, implementation)
    "km_leading": ("{first} ranks first (overall score {score}), ahead of {others}.",
                   "{first} arrive en tête (score global {score}), devant {others}."),
    "km_leading_alone": ("{first} ranks first (overall score {score}).",
                         "{first} arrive en tête (score global {score})."),
    "km_leading_tie": ("{names} share first place (overall score {score}).",
                       "{names} se partagent la première place (score global {score})."),
    "km_quick_wins": (
        "{count} of the {total} options are quick wins, both feasible and high-impact: {names}.",
        "{count} des {total} options sont des gains rapides, à la fois faisables et à fort "
        "impact : {names}.",
    ),
    "km_quick_win_one": ("One option is a quick win, both feasible and high-impact: {name}.",
                         "Une option est un gain rapide, à la fois faisable et à fort impact : "
                         "{name}."),
    "km_no_quick_win": (
        "No option is both highly feasible and high-impact: {feasible} is the most feasible "
        "and {impact} has the largest expected impact.",
        "Aucune option n’est à la fois très faisable et à fort impact : {feasible} est la plus "
        "faisable et {impact} a l’impact attendu le plus fort.",
    ),
    "km_perspectives_agree": ("All {k} perspectives put {first} first.",
                              "Les {k} points de vue placent tous {first} en tête."),
    "km_perspectives_differ": ("The perspectives differ on what comes first: {items}.",
                               "Les points de vue divergent sur la priorité : {items}."),
    "km_prefers_one": ("{perspective} puts {option} first",
                       "{option} en tête pour le point de vue {perspective}"),
    "km_prefers": ("{perspective} put {option} first", "{option} en tête pour les points de vue {perspective}"),
    "km_support": (
        "{option} is supported by {n_sup} of the {n_known} stakeholders with a known position "
        "(political feasibility index {index}, on a scale from −1 to +1); {opposition}",
        "{option} est soutenue par {n_sup} des {n_known} parties prenantes dont la position est "
        "connue (indice de faisabilité politique {index}, sur une échelle de −1 à +1) ; "
        "{opposition}",
    ),
    "km_opposed_by": ("{names} oppose it.", "acteurs opposés : {names}."),
    "km_opposed_by_one": ("{names} opposes it.", "acteur opposé : {names}."),
    "km_no_opposition": ("no stakeholder opposes it.", "aucune partie prenante ne s’y oppose."),
    "km_main_opposition": (
        "The strongest opposition among the leading options is to {option}: {names} oppose it "
        "(index {index}).",
        "L’opposition la plus forte parmi les options en tête vise {option} (opposants : {names} ; "
        "indice {index}).",
    ),
    "km_brokers": ("{names} link groups that rarely talk to each other: engage them early.",
                   "Des acteurs relient des groupes qui se parlent peu ({names}) : les associer tôt."),
    "km_broker_one": ("{names} links groups that rarely talk to each other: engage it early.",
                      "Un acteur relie des groupes qui se parlent peu ({names}) : l’associer tôt."),
    "es_intro": ("This brief reports on the policy dialogue “{title}”{date}.",
                 "Cette note rend compte du dialogue politique « {title} »{date}."),
    "es_date": (", held on {date}", ", tenu le {date}"),
    "es_scope": (
        "{n_st} stakeholders were mapped, and {n_opt} options were compared on {n_feas} "
        "feasibility and {n_imp} impact criteria, weighted from {k} perspectives.",
        "{n_st} parties prenantes ont été cartographiées et {n_opt} options comparées sur "
        "{n_feas} critères de faisabilité et {n_imp} critères d’impact, pondérés selon {k} "
        "points de vue.",
    ),
    "es_method": (
        "The ranking below uses the additive value model with the weights of the perspective "
        "“{perspective}”.",
        "Le classement ci-dessous utilise le modèle additif de valeur avec les pondérations de "
        "du point de vue « {perspective} ».",
    ),
    "es_top": ("The best-ranked options are {items}.",
               "Les options les mieux classées sont {items}."),
    "es_quadrants": (
        "On the feasibility-impact matrix, {qw} of the {n} options are quick wins, {mr} major "
        "reforms, {em} easy but minor and {av} to avoid.",
        "Sur la matrice faisabilité-impact, {qw} des {n} options sont des gains rapides, {mr} des "
        "réformes majeures, {em} faciles mais limitées et {av} à éviter.",
    ),
    "es_support": (
        "Among the leading options, support weighted by power is strongest for {best} (political "
        "feasibility index {bi}) and weakest for {worst} ({wi}).",
        "Parmi les options en tête, le soutien pondéré par le pouvoir est le plus fort pour "
        "{best} (indice de faisabilité politique {bi}) et le plus faible pour {worst} ({wi}).",
    ),
    "es_next": (
        "The full report sets out the options, how they were compared, how robust the ranking "
        "is, who supports and opposes each leading option, and what implementation requires.",
        "Le rapport complet présente les options, la manière dont elles ont été comparées, la "
        "robustesse du classement, les soutiens et les oppositions à chaque option en tête et "
        "les conditions de la mise en œuvre.",
    ),
    "impl_negotiate": ("{option}: negotiate with {names}, who oppose it and hold high power.",
                       "{option} : négocier avec les acteurs influents qui s’y opposent ({names})."),
    "impl_win_over": ("{option}: win over {names}, influential but neutral or undecided.",
                      "{option} : rallier les acteurs influents mais neutres ou indécis ({names})."),
    "impl_champions": ("{option}: rely on {names}, who strongly support it, as champions.",
                       "{option} : s’appuyer sur ses plus fermes partisans ({names})."),
    "impl_manage": (
        "Keep {names} closely involved throughout: they have both high power and high interest.",
        "Associer étroitement, tout au long du processus, les acteurs à fort pouvoir et fort intérêt ({names}).",
    ),
    "impl_brokers": ("Work through {names}, who broker between groups of stakeholders.",
                     "S’appuyer sur les acteurs qui font le lien entre groupes de parties prenantes ({names})."),
    "impl_conflict": (
        "Open conflicts ({pairs}) may slow implementation: plan a joint forum early.",
        "Des conflits ouverts ({pairs}) peuvent ralentir la mise en œuvre : prévoir tôt un "
        "cadre de concertation.",
    ),
    "impl_isolated": (
        "{names} have no recorded ties to other stakeholders: make sure they are heard.",
        "{names} n’ont aucun lien enregistré avec les autres : veiller à les entendre.",
    ),
    "impl_none": ("The stakeholder map gives no specific point of attention.",
                  "La cartographie des parties prenantes ne signale pas de point d’attention "
                  "particulier."),
    # --- robustness
    "rob_intro": (
        "With the weights of “{perspective}”, {leader} is first. The table shows how far each "
        "criterion’s weight must move, the other weights keeping their proportions, before "
        "another option takes the lead; the closest switch points come first.",
        "Avec les pondérations de « {perspective} », {leader} arrive en tête. Le tableau indique "
        "de combien le poids de chaque critère doit changer, les autres poids gardant leurs "
        "proportions, avant qu’une autre option ne passe en tête ; les seuils les plus proches "
        "viennent en premier.",
    ),
    "rob_tied": ("{names} share first place at the current weights.",
                 "{names} sont à égalité en tête avec les poids actuels."),
    "rob_rises": ("rises above {x}", "dépasse {x}"),
    "rob_falls": ("falls below {x}", "descend sous {x}"),
    "rob_robust": ("{leader} stays first whatever the weight of {criteria}.",
                   "{leader} reste en tête quel que soit le poids de {criteria}."),
    "rob_all_robust": (
        "{leader} stays first whatever the weight of any single criterion.",
        "{leader} reste en tête quel que soit le poids de chaque critère pris isolément.",
    ),
    "oneway_caption": (
        "Overall score of the leading options as the weight of “{criterion}”, the criterion "
        "with the closest switch point, goes from 0 to 1 (the other weights keep their "
        "proportions). Dashed line: the current weight; dotted line: the switch point.",
        "Score global des options en tête lorsque le poids de « {criterion} », le critère au "
        "seuil le plus proche, va de 0 à 1 (les autres poids gardant leurs proportions). Tirets : "
        "le poids actuel ; pointillés : le seuil de basculement.",
    ),
    "axis_weight_of": ("Weight of “{criterion}”", "Poids de « {criterion} »"),
    "axis_score": ("Overall score", "Score global"),
    "smaa_intro": (
        "Stochastic multicriteria acceptability analysis (SMAA-2; Lahdelma & Salminen 2001) "
        "ranked the options {n} times, with weights drawn at random (every combination equally "
        "likely) and scores drawn within their uncertainty ranges. It shows which options win "
        "under many views of what matters, not only the weights agreed in the room.",
        "L’analyse d’acceptabilité stochastique multicritère (SMAA-2 ; Lahdelma & Salminen "
        "2001) a classé les options {n} fois, avec des pondérations tirées au hasard (toutes les "
        "combinaisons étant également probables) et des scores tirés dans leurs intervalles "
        "d’incertitude. Elle montre quelles options l’emportent selon de nombreuses visions de "
        "ce qui compte, et pas seulement selon les pondérations retenues en séance.",
    ),
    "smaa_caption": (
        "Share of the {n} random draws in which each option ranks first and in the top three "
        "(options shown: the {k} most often first). Confidence: how often the option stays first "
        "with its central weights when only the scores vary.",
        "Part des {n} tirages où chaque option arrive en tête et parmi les trois premières "
        "(options montrées : les {k} le plus souvent en tête). Confiance : fréquence à laquelle "
        "l’option reste en tête avec ses poids centraux quand seuls les scores varient.",
    ),
    "persp_agreement": (
        "Agreement between the {k} perspectives on the whole ranking is {words} (Kendall’s W = "
        "{w}, from 0 for none to 1 for full agreement).",
        "L’accord entre les {k} points de vue sur l’ensemble du classement est {words} (W de "
        "Kendall = {w}, de 0 pour aucun accord à 1 pour un accord total).",
    ),
    "persp_consensus": (
        "By the Borda count over all perspectives (mean rank), {option} comes first.",
        "Selon le compte de Borda sur l’ensemble des points de vue (rang moyen), {option} arrive "
        "en tête.",
    ),
    "persp_caption": (
        "The first three options under each perspective’s weights, with their overall scores; the "
        "perspective used for the ranking in bold.",
        "Les trois premières options selon les pondérations de chaque point de vue, avec leur "
        "score global ; en gras, le point de vue retenu pour le classement.",
    ),
    "km_rob_switch": ("{leader} stays first unless the weight of {criterion} {change} (it is {w} "
                      "now).",
                      "{leader} reste en tête sauf si le poids de {criterion} {change} (il est de "
                      "{w} actuellement)."),
    "km_rob_smaa_first": ("With weights drawn at random it is also first most often ({p} of "
                          "draws).",
                          "Avec des pondérations tirées au hasard, elle est aussi la plus souvent "
                          "en tête ({p} des tirages)."),
    "km_rob_smaa_other": ("With weights drawn at random it is first in {p} of draws, {other} in "
                          "{q}.",
                          "Avec des pondérations tirées au hasard, elle est en tête dans {p} des "
                          "tirages, {other} dans {q}."),
    "note_sensitivity": (
        "Switch points. One criterion’s global weight is varied from 0 to 1 while the others keep "
        "their proportions; the switch point is the weight at which another option overtakes the "
        "leader. Printed values are rounded towards the current weight.",
        "Seuils de basculement. Le poids global d’un critère varie de 0 à 1 pendant que les "
        "autres gardent leurs proportions ; le seuil est le poids auquel une autre option dépasse "
        "l’option en tête. Les valeurs imprimées sont arrondies vers le poids actuel.",
    ),
    "note_smaa": (
        "SMAA-2 (Lahdelma & Salminen 2001). Weights are drawn uniformly on the simplex and "
        "scores uniformly within their ranges; rank acceptability is the share of draws giving "
        "each rank; the confidence factor is the share of score draws in which an option stays "
        "first with its central weights. The random seed is fixed so that the brief is "
        "reproducible.",
        "SMAA-2 (Lahdelma & Salminen 2001). Les poids sont tirés uniformément sur le simplexe "
        "et les scores uniformément dans leurs intervalles ; l’acceptabilité d’un rang est la "
        "part des tirages qui donnent ce rang ; le facteur de confiance est la part des tirages "
        "de scores où une option reste en tête avec ses poids centraux. La graine aléatoire est "
        "fixée pour que la note soit reproductible.",
    ),
    "note_perspectives": (
        "Perspectives. Agreement is Kendall’s coefficient of concordance W with the correction "
        "for ties (Kendall & Babington Smith 1939), read as in Schmidt (1997); the consensus "
        "ranking is the Borda count (mean rank).",
        "Points de vue. L’accord est mesuré par le coefficient de concordance W de Kendall "
        "corrigé pour les ex æquo (Kendall & Babington Smith 1939), lu comme chez Schmidt "
        "(1997) ; le classement de consensus est le compte de Borda (rang moyen).",
    ),
    # --- captions, notes and annex text (second part)
    "links_categories": ("Tied to {n} stakeholders of {k} categories.",
                         "Liée à {n} parties prenantes de {k} catégories."),
    "links_coalitions": ("Links coalitions {which}.", "Relie les coalitions {which}."),
    "links_coalition": ("Links to coalition {which}.", "Relie à la coalition {which}."),
    "coalitions_caption": (
        "Groups more tied to each other than to the rest (Louvain community detection on "
        "all ties except conflict). Numbers refer to Annex D.",
        "Groupes plus liés entre eux qu’avec le reste (détection de communautés de Louvain sur "
        "tous les liens sauf les conflits). Les numéros renvoient à l’annexe D.",
    ),
    "position_caption": (
        "Support (right) and opposition (left) for each option, weighted by power: each "
        "stakeholder adds power × |stance| / 2 (times its confidence) to its side, as a share of "
        "the total power in the map. The number on the right is the political feasibility index "
        "(support minus opposition, from −1 to +1).",
        "Soutien (à droite) et opposition (à gauche) pour chaque option, pondérés par le "
        "pouvoir : chaque partie prenante ajoute pouvoir × |position| / 2 (multiplié par sa "
        "confiance) à son côté, en part du pouvoir total de la cartographie. Le nombre à droite "
        "est l’indice de faisabilité politique (soutien moins opposition, de −1 à +1).",
    ),
    "index_short": ("Index", "Indice"),
    "grid_names_in_annex": ("Each stakeholder’s strategy is given in Annex D.",
                            "La stratégie de chaque partie prenante figure à l’annexe D."),
    "support_caption": (
        "Main supporters and opponents of the leading options, strongest first (power × "
        "stance), with their power from 1 to 5 in brackets; the index is the political "
        "feasibility index.",
        "Principaux soutiens et opposants des options en tête, des plus forts aux plus faibles "
        "(pouvoir × position), avec leur pouvoir de 1 à 5 entre parenthèses ; l’indice est "
        "l’indice de faisabilité politique.",
    ),
    "brokers_caption": (
        "Betweenness (Freeman): the share of shortest paths between other stakeholders that pass "
        "through this one, over all tie types. High values mark brokers between groups.",
        "Intermédiarité (Freeman) : part des plus courts chemins entre les autres parties "
        "prenantes qui passent par celle-ci, tous types de liens confondus. Une valeur élevée "
        "signale un intermédiaire entre groupes.",
    ),
    "scores_note": (
        "Options in rank order. Scores are in each criterion’s own scale; a range beneath a "
        "score is its uncertainty, used by the acceptability analysis.",
        "Options dans l’ordre du classement. Les scores sont dans l’échelle propre à chaque "
        "critère ; l’intervalle sous un score est son incertitude, utilisée par l’analyse "
        "d’acceptabilité.",
    ),
    "units_note": ("Units: {units}.", "Unités : {units}."),
    "weights_note": (
        "Global weights: the group’s weight times the criterion’s weight within its group. "
        "Each column sums to 100%.",
        "Poids globaux : poids du groupe multiplié par le poids du critère dans son groupe. "
        "Chaque colonne totalise 100 %.",
    ),
    "references": ("References", "Références"),
    "note_values": (
        "Values. Each score is turned into a value between 0 and 1 by a linear value function "
        "between the worst and the best plausible level of its criterion (or the points the "
        "facilitator set); for cost criteria, such as recurrent cost or time to effect, less is "
        "better and the function is inverted. A missing score counts as the worst level and the "
        "option is marked as incomplete.",
        "Valeurs. Chaque score est converti en une valeur entre 0 et 1 par une fonction de "
        "valeur linéaire entre le niveau le plus défavorable et le plus favorable plausibles du "
        "critère (ou les points fixés par l’animateur) ; pour les critères de coût, comme le "
        "coût récurrent ou le délai d’effet, moins c’est mieux et la fonction est inversée. Un "
        "score manquant compte comme le niveau le plus défavorable et l’option est signalée "
        "comme incomplète.",
    ),
    "note_weights": (
        "Weights. Weights multiply down the criteria tree (Belton & Stewart 2002): a criterion’s "
        "global weight is its group’s weight times its weight within the group, each level "
        "normalised to sum to one. The overall score is the weighted sum of values (additive "
        "value model; Thokala et al. 2016, Marsh et al. 2016). Feasibility and impact scores are "
        "the weighted values within each group.",
        "Pondérations. Les poids se multiplient le long de l’arbre des critères (Belton & "
        "Stewart 2002) : le poids global d’un critère est le poids de son groupe multiplié par "
        "son poids dans le groupe, chaque niveau étant normalisé à un. Le score global est la "
        "somme pondérée des valeurs (modèle additif de valeur ; Thokala et al. 2016, Marsh et "
        "al. 2016). Les scores de faisabilité et d’impact sont les valeurs pondérées de chaque "
        "groupe.",
    ),
    "note_matrix": (
        "Feasibility-impact matrix. The plane is divided at the middle of the value scale (0.5): "
        "quick wins are at least 0.5 on both, major reforms have high impact but low "
        "feasibility, easy but minor options the reverse.",
        "Matrice faisabilité-impact. Le plan est partagé au milieu de l’échelle de valeur "
        "(0,5) : les gains rapides atteignent au moins 0,5 sur les deux axes, les réformes "
        "majeures ont un impact élevé mais une faible faisabilité, les options faciles mais "
        "limitées l’inverse.",
    ),
    "note_grid": (
        "Power-interest grid (Mendelow 1991). Power and interest are rated from 1 to 5 (Schmeer "
        "1999; Varvasovszky & Brugha 2000); 4 and 5 count as high, so a stakeholder rated 3 is "
        "not treated as a key player.",
        "Grille pouvoir-intérêt (Mendelow 1991). Le pouvoir et l’intérêt sont notés de 1 à 5 "
        "(Schmeer 1999 ; Varvasovszky & Brugha 2000) ; 4 et 5 comptent comme élevés, de sorte "
        "qu’une partie prenante notée 3 n’est pas considérée comme un acteur clé.",
    ),
    "note_support": (
        "Support and opposition. Each stakeholder’s position on each option runs from −2 "
        "(strongly opposes) to +2 (strongly supports), or is unknown. Supporters and opponents "
        "are weighted by power, as in PolicyMaker position maps (Reich & Cooper 1996).",
        "Soutiens et oppositions. La position de chaque partie prenante sur chaque option va de "
        "−2 (s’oppose fortement) à +2 (soutient fortement), ou est inconnue. Soutiens et "
        "opposants sont pondérés par leur pouvoir, comme dans les cartes de positions de "
        "PolicyMaker (Reich & Cooper 1996).",
    ),
    "note_network": (
        "Network. Ties follow Net-Map (Schiffer & Hauck 2010): authority, funding, information, "
        "collaboration and conflict, each with a strength of 1 to 3. Betweenness centrality "
        "(Freeman 1979) is computed on all tie types with networkx’s normalisation.",
        "Réseau. Les liens suivent Net-Map (Schiffer & Hauck 2010) : autorité, financement, "
        "information, collaboration et conflit, chacun d’une intensité de 1 à 3. "
        "L’intermédiarité (Freeman 1979) est calculée sur tous les types de liens avec la "
        "normalisation de networkx.",
    ),
    "participants_people": (
        "People who filled in a scoring sheet, and whom they spoke for.",
        "Personnes ayant rempli une grille de notation, et au nom de qui elles se sont exprimées.",
    ),
    "col_participant": ("Participant", "Participant"),
    "col_speaks_for": ("Speaks for", "S’exprime au nom de"),
    "col_role": ("Role", "Fonction"),
    "col_answered": ("Answered", "A répondu"),
    "answered_yes": ("yes", "oui"),
    "answered_no": ("not yet", "pas encore"),
    "participant_n": ("Participant {n}", "Participant {n}"),
    "note_redaction": (
        "Public version. Individual persons are shown by their category and a number; notes "
        "about stakeholders are left out.",
        "Version publique. Les personnes sont désignées par leur catégorie et un numéro ; les "
        "notes sur les parties prenantes sont omises.",
    ),
}

_TABLE.update(WORKFORCE_PHRASES)  # the workforce section's phrases (issue 11)

# Labels of the engines' enumerations, by value: the engines own them in both languages (the
# window, the command line and the brief then name a category, a quadrant... the same way).
def _pairs(values: Iterable[Any], label: Callable[[Any, str], str]) -> dict[Any, tuple[str, str]]:
    return {getattr(v, "value", v): (label(v, "en"), label(v, "fr")) for v in values}


_CATEGORIES = _pairs(Category, category_label)
_FAMILIES = _pairs(Family, family_label)
_QUADRANTS = _pairs(Quadrant, quadrant_label)
_TIE_TYPES = _pairs(TieType, tie_type_label)
_STANCES = _pairs(range(-2, 3), stance_label)
_GROUPS = _pairs(Group, group_label)
_LEVELS = _pairs(Level, level_label)

LABELS: Mapping[str, Mapping] = MappingProxyType({
    "category": _CATEGORIES, "family": _FAMILIES, "quadrant": _QUADRANTS, "tie": _TIE_TYPES,
    "stance": _STANCES, "group": _GROUPS, "level": _LEVELS,
})


class Phrases(PhraseBook):
    """The brief's phrases in one language.

    Examples
    --------
    >>> p = Phrases("fr")
    >>> p("key_messages"), p.label("family", "financial")
    ('Messages clés', 'Incitations financières')
    """

    TABLE = _TABLE
    DOCUMENT = "brief"

    def label(self, kind: str, value: object) -> str:
        """The label of an enumeration value (category, family, quadrant, tie, stance...)."""
        table = LABELS[kind]
        key = value if isinstance(value, int) and kind == "stance" else str(value)
        pair = table.get(key)
        return pair[self._i] if pair else str(value)


def phrase_keys() -> list[str]:
    """Every phrase key (for tests that check both languages are complete)."""
    return list(_TABLE)


def table_pairs() -> dict[str, tuple[str, str]]:
    """A copy of the phrase table (key: (English, French))."""
    return dict(_TABLE)
