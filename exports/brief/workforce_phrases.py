"""The fixed phrases of the brief's workforce section, in English and French.

Merged into the brief's phrase table (:mod:`exports.brief.phrases`); kept apart because the
section is optional and its sentences are built in several variants (shortage or signed gap, no
effects yet, an Impact criterion fed or not). French follows the usage of francophone West
African ministries (*effectifs*, *déficit*, *personnels de santé*).
"""

from __future__ import annotations

# key: (English, French). A range "(150 to 580)" is held together by no-break spaces.
WORKFORCE_PHRASES: dict[str, tuple[str, str]] = {
    "workforce": ("The workforce gap the options would close",
                  "Le déficit de personnel que les options combleraient"),
    # --- who is counted
    "wf_all_cadres": ("health workers of every cadre with a need",
                      "personnels de santé de tous les cadres ayant un besoin fixé"),
    "wf_area_adjective": ("{area} {cadres}", "{cadres} en milieu {area}"),
    "wf_area_other": ("{cadres} ({area})", "{cadres} ({area})"),
    # --- the baseline
    "wf_baseline_shortage": (
        "Without change, {target} would number {stock} in {year} against a need of {need}: a "
        "shortage of {gap}.",
        "Sans changement, les {target} seraient {stock} en {year} pour un besoin de {need} : un "
        "déficit de {gap}.",
    ),
    "wf_baseline_shortage_split": (
        "Without change, {target} would number {stock} in {year} against a need of {need}: a "
        "shortage of {gap}, counted area by area (a surplus in one area does not make up for a "
        "shortage in another).",
        "Sans changement, les {target} seraient {stock} en {year} pour un besoin de {need} : un "
        "déficit de {gap}, compté zone par zone (un excédent dans une zone ne compense pas un "
        "déficit dans une autre).",
    ),
    "wf_baseline_no_shortage": (
        "Without change, {target} would number {stock} in {year} against a need of {need}: no "
        "shortage to close.",
        "Sans changement, les {target} seraient {stock} en {year} pour un besoin de {need} : "
        "aucun déficit à combler.",
    ),
    "wf_baseline_gap": (
        "Without change, {target} would number {stock} in {year} against a need of {need}: a "
        "gap of {gap}.",
        "Sans changement, les {target} seraient {stock} en {year} pour un besoin de {need} : un "
        "écart de {gap}.",
    ),
    "wf_baseline_surplus": (
        "Without change, {target} would number {stock} in {year} against a need of {need}: "
        "{gap} more than the need.",
        "Sans changement, les {target} seraient {stock} en {year} pour un besoin de {need} : "
        "{gap} de plus que le besoin.",
    ),
    # --- what the leading options close
    "wf_lead_intro": ("Of the leading options, {items}.", "Parmi les options en tête, {items}."),
    "wf_lead_item": ("{option} would close {closed} by {year} ({low}\u00a0to\u00a0{high})",
                     "{option} comblerait {closed} d’ici {year} ({low}\u00a0à\u00a0{high})"),
    "wf_lead_item_short": ("{option} {closed} ({low}\u00a0to\u00a0{high})",
                           "{option} {closed} ({low}\u00a0à\u00a0{high})"),
    "wf_lead_item_exact": ("{option} would close {closed} by {year}",
                           "{option} comblerait {closed} d’ici {year}"),
    "wf_lead_item_exact_short": ("{option} {closed}", "{option} {closed}"),
    "wf_lead_none_of_target": ("{options} would close none of it by {year}.",
                               "{options} n’en comblerait rien d’ici {year}."),
    "wf_lead_none_of_target_many": ("{options} would close none of it by {year}.",
                                    "{options} n’en combleraient rien d’ici {year}."),
    "wf_lead_no_effects": (
        "No expected effect on the workforce is recorded for {options}.",
        "Aucun effet attendu sur les personnels n’est enregistré pour {options}.",
    ),
    "wf_best_other": (
        "The option that would close the most is {option}, ranked {rank}: {closed} ({low} to "
        "{high}).",
        "L’option qui comblerait le plus est {option}, classée {rank} : {closed} ({low} à "
        "{high}).",
    ),
    "wf_bundle": ("The bundle {name} would close {closed} ({low}\u00a0to\u00a0{high}).",
                  "L’ensemble {name} comblerait {closed} ({low}\u00a0à\u00a0{high})."),
    "wf_bundle_exact": ("The bundle {name} would close {closed}.",
                        "L’ensemble {name} comblerait {closed}."),
    "wf_together": (
        "All options together would close {closed} ({low}\u00a0to\u00a0{high}), {share} of the shortage.",
        "Toutes les options ensemble combleraient {closed} ({low}\u00a0à\u00a0{high}), soit {share} du "
        "déficit.",
    ),
    "wf_together_gap": (
        "All options together would close {closed} ({low}\u00a0to\u00a0{high}).",
        "Toutes les options ensemble combleraient {closed} ({low}\u00a0à\u00a0{high}).",
    ),
    "wf_no_effects": (
        "No option has expected effects on the workforce yet, so the projection shows the "
        "baseline only.",
        "Aucune option n’a encore d’effet attendu sur les personnels : la projection ne montre "
        "que la situation sans changement.",
    ),
    "wf_source": (
        "These figures come from a stock-and-flow projection of the effects experts expect of "
        "each option, each given a central, a low and a high value.",
        "Ces chiffres proviennent d’une projection par stocks et flux des effets que les "
        "experts attendent de chaque option, chacun avec une valeur centrale, basse et haute.",
    ),
    "wf_source_illustrative": (
        "These figures come from a stock-and-flow projection of the effects experts expect of "
        "each option (central, low and high values); like the rest of this brief, they are "
        "illustrative.",
        "Ces chiffres proviennent d’une projection par stocks et flux des effets que les "
        "experts attendent de chaque option (valeurs centrale, basse et haute) ; comme le reste "
        "de cette note, ils sont illustratifs.",
    ),
    "wf_source_baseline": (
        "These figures come from a stock-and-flow projection of the baseline: workers in post, "
        "graduates, immigrants and those who leave, year by year, against the need.",
        "Ces chiffres proviennent d’une projection par stocks et flux de la situation de "
        "référence : effectifs en poste, diplômés, arrivées et départs, année par année, face "
        "au besoin.",
    ),
    "wf_source_baseline_illustrative": (
        "These figures come from a stock-and-flow projection of the baseline: workers in post, "
        "graduates, immigrants and those who leave, year by year, against the need; like the "
        "rest of this brief, they are illustrative.",
        "Ces chiffres proviennent d’une projection par stocks et flux de la situation de "
        "référence : effectifs en poste, diplômés, arrivées et départs, année par année, face "
        "au besoin ; comme le reste de cette note, ils sont illustratifs.",
    ),
    "wf_criterion": (
        "The gap closed is each option’s score on the Impact criterion {criterion}, so it "
        "counts in the ranking.",
        "Le déficit comblé est le score de chaque option sur le critère d’impact {criterion} : "
        "il compte donc dans le classement.",
    ),
    "wf_failed": (
        "The workforce projection could not be computed from the dialogue’s baseline.",
        "La projection des personnels n’a pas pu être calculée à partir de la situation de "
        "référence du dialogue.",
    ),
    # --- chart
    "wf_panel_stock": ("Workers in post and workers needed", "Effectifs en poste et besoin"),
    "wf_panel_closed": ("Gap closed against the baseline", "Déficit comblé par rapport au scénario de base"),
    "wf_axis_workers": ("Workers", "Agents"),
    "wf_legend_need": ("Need", "Besoin"),
    "wf_legend_baseline": ("Without change", "Sans changement"),
    "wf_legend_together": ("All options together", "Toutes les options ensemble"),
    "wf_legend_band": ("Low to high range", "Fourchette basse à haute"),
    "wf_chart_caption": (
        "Left: {target} in post (solid lines) and needed (dashed), {start} to {end}, without "
        "change and with each leading option{together}. Right: the gap each leading option "
        "closes, year by year. Bands run from the low to the high value of the expected effects.",
        "À gauche : {target} en poste (traits pleins) et besoin (tirets), de {start} à {end}, "
        "sans changement et avec chaque option en tête{together}. À droite : le déficit comblé "
        "par chaque option en tête, année par année. Les bandes vont de la valeur basse à la "
        "valeur haute des effets attendus.",
    ),
    "wf_chart_caption_one": (
        "{target} in post (solid lines) and needed (dashed), {start} to {end}, without change "
        "and with each leading option{together}. Bands run from the low to the high value of "
        "the expected effects.",
        "{target} en poste (traits pleins) et besoin (tirets), de {start} à {end}, sans "
        "changement et avec chaque option en tête{together}. Les bandes vont de la valeur basse "
        "à la valeur haute des effets attendus.",
    ),
    "wf_chart_caption_baseline": (
        "{target} in post (solid line) and needed (dashed), {start} to {end}, without change.",
        "{target} en poste (trait plein) et besoin (tirets), de {start} à {end}, sans "
        "changement.",
    ),
    "wf_caption_not_drawn": (" Leading options that change none of it are not drawn.",
                             " Les options en tête qui n’y changent rien ne sont pas tracées."),
    "wf_caption_together": (" and with all options together", " et avec toutes les options ensemble"),
    # --- table
    "wf_col_option": ("Option or scenario", "Option ou scénario"),
    "wf_col_closed": ("Gap closed by {year} (workers)", "Déficit comblé d’ici {year} (agents)"),
    "wf_col_range": ("Range (low–high)", "Fourchette (basse–haute)"),
    "wf_col_share": ("Share closed", "Part comblée"),
    "wf_row_bundles": ("Bundles", "Ensembles d’options"),
    "wf_row_together": ("All options together", "Toutes les options ensemble"),
    "wf_no_effects_cell": ("no effect recorded", "aucun effet enregistré"),
    "wf_table_caption": (
        "The gap closed is the baseline’s shortage of {target} in {year} ({gap}) minus the "
        "shortage with the option; the share is of that shortage.{rounding}",
        "Le déficit comblé est le déficit des {target} en {year} sans changement ({gap}) moins le "
        "déficit avec l’option ; la part est rapportée à ce déficit.{rounding}",
    ),
    "wf_table_caption_gap": (
        "The gap closed is the baseline’s gap (need minus stock) of {target} in {year} ({gap}) "
        "minus the gap with the option, counting every worker added.{rounding}",
        "Le déficit comblé est l’écart (besoin moins effectif) des {target} en {year} sans "
        "changement ({gap}) moins l’écart avec l’option, chaque agent ajouté comptant.{rounding}",
    ),
    "wf_rounding": (" Figures are rounded to the nearest ten.",
                    " Les chiffres sont arrondis à la dizaine."),
    # --- method note (Annex C)
    "note_workforce": (
        "Workforce projection. Each cadre’s stock is projected year by year: next year’s stock is "
        "this year’s plus graduates and immigrants, minus attrition, retirement, emigration and "
        "transfers to another area (each a share of the stock at the start of the year; Dal Poz "
        "et al. 2009; WHO 2010). The need is a density per 1,000 population or a number of "
        "posts. An option’s expected effects change these flows; the low and high runs take "
        "every effect at its pessimistic and optimistic value together, so the range is the "
        "widest the stated values allow, not a probability interval. The gap closed is the "
        "baseline’s shortage at the horizon minus the shortage with the option.",
        "Projection des personnels. L’effectif de chaque cadre est projeté année par année : "
        "l’effectif de l’année suivante est celui de l’année plus les diplômés et les arrivées "
        "de l’étranger, moins les départs, les retraites, l’émigration et les mutations vers une "
        "autre zone (chacun en part de l’effectif en début d’année ; Dal Poz et al. 2009 ; OMS "
        "2010). Le besoin est une densité pour 1 000 habitants ou un nombre de postes. Les "
        "effets attendus d’une option modifient ces flux ; les projections basse et haute "
        "prennent tous les effets à leur valeur pessimiste et optimiste à la fois, de sorte que "
        "la fourchette est la plus large que permettent les valeurs indiquées, et non un "
        "intervalle de probabilité. Le déficit comblé est le déficit sans changement à "
        "l’horizon moins le déficit avec l’option.",
    ),
}

WORKFORCE_REFERENCES = (
    "Dal Poz MR, Gupta N, Quain E, Soucat ALB, eds. (2009). Handbook on monitoring and evaluation "
    "of human resources for health. Geneva: WHO, World Bank, USAID.",
    "World Health Organization (2010). Models and tools for health workforce planning and "
    "projections. Human Resources for Health Observer, issue 3. Geneva: WHO.",
)
"""The references of the workforce method note, printed only when the section is."""
