"""The bundled example dialogue: retaining nurses and midwives in rural districts.

Illustrative only. The country ("Mayanga") is fictional; the stakeholders, options and criteria
follow WHO's global recommendations on rural retention (WHO 2010, 2021) and the categories of
DOMAIN.md, and the scores, weights and positions are plausible values made up for the example,
not data from any real dialogue. It is the first thing every user sees, so it is complete: every
option scored on every criterion, every stakeholder placed, four perspectives, and six participants
(five of whom have returned their scoring sheets, with some disagreement and some blanks).
"""

from __future__ import annotations

from dialogue.example_fr import criteria_fr, french_steps
from dialogue.example_workforce import workforce_steps
from dialogue.model import Dialogue, Edit, Put, Step
from dialogue.participants import Answers, Participant
from dialogue.values import LANGUAGES, DialogueInfo, Family, Option, Score, WeightSet
from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind
from palabre.errors import ValidationError
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, Tie, TieType

C = Category
# id, name, category, level, kind, power, interest, resources, leadership, knowledge,
# legitimacy, urgency, notes
_STAKEHOLDERS = [
    ("moh", "Ministry of Health – Directorate of Human Resources for Health", C.MINISTRY_OF_HEALTH,
     "national", "organisation", 5, 5, 4, 4, 5, True, True,
     "Convenes the dialogue; owns the national HRH strategy 2025–2030."),
    ("mof", "Ministry of Finance – Budget Directorate", C.MINISTRY_OF_FINANCE, "national",
     "organisation", 5, 3, 5, 4, 3, True, False,
     "Wage-bill ceiling agreed with the IMF programme; wary of recurrent allowances."),
    ("mcs", "Ministry of Civil Service and Labour", C.MINISTRY_OF_CIVIL_SERVICE, "national",
     "organisation", 4, 3, 3, 3, 3, True, False,
     "Sets posts, grades and allowances across the civil service; any rural allowance sets a precedent."),
    ("mhe", "Ministry of Higher Education", C.MINISTRY_OF_EDUCATION, "national", "organisation",
     3, 3, 3, 3, 3, True, False, "Accredits nursing and midwifery schools."),
    ("union", "National Union of Nurses and Midwives (SYNIM)", C.UNION, "national",
     "organisation", 4, 5, 3, 4, 4, True, True,
     "Strike notice over arrears of rural allowances in 2025; opposes compulsory service."),
    ("midwives", "Order of Midwives", C.PROFESSIONAL_ASSOCIATION, "national", "organisation",
     3, 4, 2, 3, 5, True, False, "Concerned that a community midwife cadre would dilute standards."),
    ("nursing_council", "National Council of Nurses and Midwives", C.REGULATOR, "national",
     "organisation", 3, 4, 2, 3, 5, True, False, "Licenses nurses and midwives; sets scope of practice."),
    ("school", "National School of Public Health and Nursing", C.TRAINING_INSTITUTION, "national",
     "organisation", 2, 4, 2, 3, 4, True, False,
     "Trains 60% of the country's nurses; all campuses are in the capital."),
    ("north_rhd", "Northern Regional Health Directorate", C.PUBLIC_EMPLOYER, "regional",
     "organisation", 3, 5, 2, 4, 4, True, True,
     "Vacancy rate of 41% for midwives in its districts."),
    ("dhmt", "District Health Management Teams", C.PUBLIC_EMPLOYER, "district", "organisation",
     2, 5, 1, 3, 4, True, True, "Manage rural health centres and posts day to day."),
    ("faith", "Christian Health Association of Mayanga", C.PRIVATE_EMPLOYER, "national",
     "organisation", 2, 3, 3, 3, 3, True, False,
     "Runs 30% of rural facilities; fears public allowances would draw its staff away."),
    ("councils", "Association of Local Councils", C.OTHER_GOVERNMENT, "district", "organisation",
     3, 3, 2, 2, 2, True, False, "Can provide land and housing for staff in rural posts."),
    ("donors", "Health Workforce Partners' Group (donors)", C.DEVELOPMENT_PARTNER, "national",
     "organisation", 4, 3, 5, 3, 4, False, False,
     "Pooled fund for pre-service training; time-limited financing."),
    ("who", "WHO Country Office", C.DEVELOPMENT_PARTNER, "national", "organisation", 3, 4, 2, 3, 5,
     True, False, "Technical support; advocates the WHO 2021 rural retention guideline."),
    ("rural_nurses", "Nurses and midwives in rural posts", C.HEALTH_WORKERS, "district",
     "organisation", 2, 5, 1, 2, 4, True, True,
     "Represented here by elected delegates from three regions."),
    ("chw", "Community Health Workers' Network", C.HEALTH_WORKERS, "district", "organisation",
     1, 4, 1, 2, 3, False, True, "Volunteers with stipends; want recognition as a cadre."),
    ("patients", "Rural Patients' and Users' Association", C.CIVIL_SOCIETY, "district",
     "organisation", 1, 4, 1, 2, 2, True, True, "Reports closed maternity units at night."),
    ("parliament", "Hon. K. Mensah, Chair of the Parliamentary Health Committee",
     C.OTHER_GOVERNMENT, "national", "person", 4, 2, 2, 4, 3, True, False,
     "Votes the health budget; interest rises before elections."),
]

_OPTIONS = [
    ("rural_admission", "Admit students from rural backgrounds", Family.EDUCATION, "A1",
     "Reserve 40% of nursing and midwifery places for students from rural districts, with "
     "preparatory courses.", "US$ 0.4 million a year"),
    ("north_school", "Nursing and midwifery school in the Northern Region", Family.EDUCATION, "A2",
     "Open a 120-place campus of the national school in the regional capital of the north.",
     "US$ 6.5 million a year (with construction)"),
    ("rural_rotations", "Rural clinical rotations for all students", Family.EDUCATION, "A3",
     "Eight weeks of supervised practice in a rural health centre for every student.",
     "US$ 1.2 million a year"),
    ("community_midwives", "Community midwives: a new cadre", Family.REGULATION, "B2",
     "Two-year training of community midwives recruited and posted in their own district.",
     "US$ 2.8 million a year"),
    ("compulsory_service", "Compulsory rural service for new graduates", Family.REGULATION, "B3",
     "Two years in a rural post before a permanent posting, with housing and supervision.",
     "US$ 1.5 million a year"),
    ("bonded_scholarships", "Bonded scholarships for rural service", Family.REGULATION, "B4",
     "Tuition and stipend paid in return for four years of service in an underserved district.",
     "US$ 2.2 million a year"),
    ("hardship_allowance", "Rural hardship allowance", Family.FINANCIAL, "C1",
     "An allowance of 25% of base salary for staff in posts classed as remote.",
     "US$ 9.0 million a year"),
    ("staff_housing", "Staff housing and solar power at rural posts", Family.SUPPORT, "D1",
     "Build or renovate 400 staff houses with solar power, with local councils providing land.",
     "US$ 5.5 million a year over five years"),
    ("telehealth", "Telehealth and outreach support", Family.SUPPORT, "D3",
     "Phone and video consultation with district specialists; quarterly outreach visits.",
     "US$ 1.8 million a year"),
    ("career_path", "Accelerated career path for rural service", Family.SUPPORT, "D4",
     "Faster promotion and priority for specialist training after three years in a rural post.",
     "US$ 0.9 million a year"),
    ("task_sharing", "Task sharing with community health workers", Family.OTHER, "",
     "Train community health workers for family planning, newborn care and referral.",
     "US$ 1.6 million a year"),
    ("payroll_cleanup", "Payroll clean-up to free fiscal space", Family.OTHER, "",
     "Audit the health payroll for ghost workers and reinvest savings in rural posts.",
     "US$ 0.3 million once"),
]

# The "first bundle of low-cost measures" the brief recommends (see _BRIEF["recommendations"]).
FIRST_BUNDLE = "First low-cost package"
_BUNDLES = {oid: FIRST_BUNDLE for oid in ("career_path", "rural_admission", "rural_rotations")}

_A = {
    "political": ("Strong opposition from key actors", "Opposed by some key actors",
                  "Mixed or unclear support", "Broad support, minor opposition",
                  "Consensus among key actors"),
    "capacity": ("No capacity; needs new institutions", "Major gaps in staff and systems",
                 "Some gaps, can be filled in a year", "Mostly in place", "Fully in place"),
    "sustainability": ("Ends when external funding ends", "Depends on yearly negotiation",
                       "Partly built into budgets", "Mostly institutionalised",
                       "Self-sustaining once in place"),
    "availability": ("No change in numbers", "Small increase", "Moderate increase",
                     "Large increase", "Very large increase in the right skill mix"),
    "accessibility": ("No change in distribution", "Slight shift to rural areas",
                      "Noticeable shift to rural areas", "Large shift to rural and poor areas",
                      "Closes most of the rural gap"),
    "acceptability": ("Users likely to reject", "Some user concerns", "Neutral for users",
                      "Welcomed by users", "Strongly demanded by users"),
    "quality": ("Lowers competence", "Risks to competence", "No change in competence",
                "Improves competence", "Large gain in competence"),
    "retention": ("Worsens retention", "No effect on retention", "Small effect on retention",
                  "Clear effect on retention", "Strong, lasting effect on retention"),
}

# id, name, group, direction, scale, description
_CRITERIA = [
    ("cost", "Recurrent cost", Group.FEASIBILITY, Direction.COST,
     Scale(ScaleKind.NATURAL, 0.0, 10.0, "US$ million per year"),
     "Expected recurrent cost to the government budget (affordability and fiscal space)."),
    ("political", "Political acceptability", Group.FEASIBILITY, Direction.BENEFIT,
     Scale(anchors=_A["political"]), "Support among the actors whose agreement is needed."),
    ("capacity", "Implementation capacity", Group.FEASIBILITY, Direction.BENEFIT,
     Scale(anchors=_A["capacity"]), "Staff, systems and institutions needed to carry it out."),
    ("time", "Time to effect", Group.FEASIBILITY, Direction.COST,
     Scale(ScaleKind.NATURAL, 6.0, 72.0, "months"),
     "Months until health workers are measurably more present in rural posts."),
    ("sustainability", "Sustainability", Group.FEASIBILITY, Direction.BENEFIT,
     Scale(anchors=_A["sustainability"]), "Whether it lasts beyond the first budget cycle."),
    ("availability", "Availability", Group.IMPACT, Direction.BENEFIT,
     Scale(anchors=_A["availability"]), "More workers of the right skill mix (AAAQ)."),
    ("accessibility", "Accessibility and equity", Group.IMPACT, Direction.BENEFIT,
     Scale(anchors=_A["accessibility"]), "Distribution of workers to rural and poor areas (AAAQ)."),
    ("acceptability", "Acceptability to users", Group.IMPACT, Direction.BENEFIT,
     Scale(anchors=_A["acceptability"]), "Whether patients and communities accept the care (AAAQ)."),
    ("quality", "Quality and competence", Group.IMPACT, Direction.BENEFIT,
     Scale(anchors=_A["quality"]), "Competence of the care provided (AAAQ)."),
    ("retention", "Effect on retention", Group.IMPACT, Direction.BENEFIT,
     Scale(anchors=_A["retention"]), "Expected effect on how long workers stay in rural posts."),
]

# cost, political, capacity, time, sustainability | availability, accessibility, acceptability,
# quality, retention — one row per option, in the order of _OPTIONS
_SCORES = [
    (0.4, 4, 4, 48, 5, 2, 4, 4, 3, 4),
    (6.5, 4, 2, 60, 3, 5, 4, 4, 3, 4),
    (1.2, 4, 3, 36, 4, 1, 3, 3, 4, 3),
    (2.8, 2, 3, 30, 3, 4, 5, 3, 2, 4),
    (1.5, 2, 3, 12, 3, 3, 5, 2, 2, 1),
    (2.2, 4, 3, 42, 4, 3, 4, 4, 3, 3),
    (9.0, 3, 4, 6, 2, 2, 4, 4, 3, 5),
    (5.5, 4, 3, 24, 4, 1, 3, 4, 3, 4),
    (1.8, 5, 2, 18, 3, 1, 3, 4, 5, 3),
    (0.9, 4, 4, 12, 5, 1, 3, 4, 4, 4),
    (1.6, 3, 3, 12, 3, 4, 5, 3, 2, 3),
    (0.3, 3, 3, 12, 5, 2, 2, 3, 3, 1),
]
# Uncertain cells (option, criterion): (low, high), used by SMAA.
_RANGES = {
    ("north_school", "cost"): (5.0, 8.5),
    ("hardship_allowance", "cost"): (7.5, 10.0),
    ("staff_housing", "cost"): (4.0, 7.5),
    ("community_midwives", "time"): (24.0, 42.0),
    ("north_school", "time"): (48.0, 72.0),
    ("hardship_allowance", "retention"): (3.0, 5.0),
    ("compulsory_service", "retention"): (1.0, 3.0),
    ("telehealth", "capacity"): (1.0, 3.0),
}

_CRITERION_IDS = [c[0] for c in _CRITERIA]
_WEIGHT_SETS = [
    ("moh", "Ministry of Health", {"feasibility": 40, "impact": 60},
     (2, 2, 3, 2, 3, 4, 5, 2, 3, 5), "Priorities of the Directorate of Human Resources for Health."),
    ("mof", "Ministry of Finance", {"feasibility": 70, "impact": 30},
     (5, 2, 2, 1, 4, 3, 3, 1, 2, 3), "Fiscal space and sustainability come first."),
    ("union", "Nurses' and midwives' union", {"feasibility": 30, "impact": 70},
     (1, 3, 2, 3, 2, 3, 3, 3, 4, 5), "Working conditions and retention come first."),
    ("partners", "Development partners", {"feasibility": 50, "impact": 50},
     (3, 2, 3, 2, 4, 4, 4, 3, 4, 4), "Value for money and lasting change."),
]

# Stance of each stakeholder on each option, in the order of _OPTIONS; None is unknown.
N = None
_POSITIONS = {
    "moh": (1, 2, 2, 2, 1, 2, 1, 2, 2, 2, 1, 1),
    "mof": (1, -1, 1, 0, 1, 0, -2, -1, 1, 0, 1, 2),
    "mcs": (0, 0, 0, -1, 1, 1, -1, 0, 0, -1, 0, 2),
    "mhe": (2, 2, 2, 1, 0, 1, 0, 0, 1, 0, 0, 0),
    "union": (1, 1, 1, -1, -2, 0, 2, 2, 1, 2, -1, -1),
    "midwives": (1, 2, 1, -2, -1, 1, 1, 1, 1, 1, -1, 0),
    "nursing_council": (1, 1, 2, -1, 0, 1, 0, 0, 1, 1, -1, 0),
    "school": (2, 2, 2, 1, 0, 2, 0, 1, 1, 1, 0, N),
    "north_rhd": (2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 1),
    "dhmt": (1, 1, 1, 2, 2, 1, 2, 2, 1, 1, 2, 0),
    "faith": (1, 1, 1, 1, 0, 1, -1, 1, 1, 1, 1, N),
    "councils": (2, 1, 1, 1, 1, 1, 1, 2, 0, 0, 1, N),
    "donors": (1, 1, 1, 1, 0, 1, -1, 1, 2, 1, 2, 2),
    "who": (2, 2, 2, 1, 1, 1, 1, 1, 2, 2, 1, 1),
    "rural_nurses": (1, 1, 0, 0, -2, 0, 2, 2, 1, 2, -1, -1),
    "chw": (0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 2, N),
    "patients": (1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, N),
    "parliament": (1, 2, N, N, 0, 1, 1, 1, N, N, N, 1),
}

T = TieType
# source, target, type, strength, directed
_TIES = [
    ("moh", "north_rhd", T.AUTHORITY, 3, True),
    ("north_rhd", "dhmt", T.AUTHORITY, 3, True),
    ("mhe", "school", T.AUTHORITY, 2, True),
    ("moh", "school", T.AUTHORITY, 1, True),
    ("parliament", "mof", T.AUTHORITY, 2, True),
    ("parliament", "moh", T.AUTHORITY, 2, True),
    ("mcs", "moh", T.AUTHORITY, 2, True),
    ("nursing_council", "school", T.AUTHORITY, 2, True),
    ("mof", "moh", T.FUNDING, 3, True),
    ("mof", "mhe", T.FUNDING, 2, True),
    ("donors", "moh", T.FUNDING, 3, True),
    ("donors", "school", T.FUNDING, 2, True),
    ("donors", "faith", T.FUNDING, 1, True),
    ("moh", "north_rhd", T.FUNDING, 2, True),
    ("north_rhd", "dhmt", T.FUNDING, 2, True),
    ("councils", "dhmt", T.FUNDING, 1, True),
    ("who", "moh", T.INFORMATION, 3, False),
    ("moh", "union", T.INFORMATION, 2, False),
    ("dhmt", "rural_nurses", T.INFORMATION, 3, False),
    ("chw", "dhmt", T.INFORMATION, 2, False),
    ("patients", "dhmt", T.INFORMATION, 1, False),
    ("nursing_council", "moh", T.INFORMATION, 2, False),
    ("midwives", "moh", T.INFORMATION, 2, False),
    ("union", "rural_nurses", T.COLLABORATION, 3, False),
    ("midwives", "nursing_council", T.COLLABORATION, 2, False),
    ("school", "nursing_council", T.COLLABORATION, 2, False),
    ("faith", "moh", T.COLLABORATION, 2, False),
    ("donors", "who", T.COLLABORATION, 3, False),
    ("mhe", "moh", T.COLLABORATION, 2, False),
    ("councils", "north_rhd", T.COLLABORATION, 2, False),
    ("chw", "patients", T.COLLABORATION, 1, False),
    ("midwives", "school", T.COLLABORATION, 2, False),
    ("union", "mof", T.CONFLICT, 3, False),
    ("union", "mcs", T.CONFLICT, 2, False),
    ("midwives", "chw", T.CONFLICT, 1, False),
    ("rural_nurses", "north_rhd", T.CONFLICT, 1, False),
]

# Where each stakeholder sits on the map. Fixed numbers, not a layout computed at start-up, so
# that a networkx or numpy upgrade cannot move the example (first placed with Kamada-Kawai).
_PLACES = {
    "moh": (-3.9, 81.0),
    "mof": (111.7, 169.3),
    "mcs": (188.7, 167.9),
    "mhe": (-23.0, 221.3),
    "union": (157.6, 9.0),
    "midwives": (-120.5, -64.7),
    "nursing_council": (-207.9, 15.4),
    "school": (-136.6, 97.2),
    "north_rhd": (50.4, -113.8),
    "dhmt": (78.4, -284.0),
    "faith": (18.1, 303.4),
    "councils": (-21.4, -281.7),
    "donors": (-116.1, 249.9),
    "who": (-207.6, 179.0),
    "rural_nurses": (209.6, -171.3),
    "chw": (-133.8, -253.5),
    "patients": (-53.5, -420.0),
    "parliament": (210.0, 95.5),
}

_BRIEF = {
    "context": (
        "Mayanga has 0.9 nurses and midwives per 1,000 people, and far fewer in its northern "
        "districts, where 41% of midwife posts are vacant and maternity units close at night. "
        "Newly qualified nurses are posted to rural health centres but most leave within two "
        "years: housing is poor, allowances are paid late, and there is no path back to "
        "further training. The national strategy for human resources for health 2025–2030 "
        "commits the government to a bundle of retention measures; this dialogue, convened by "
        "the Ministry of Health with the Ministries of Finance, Civil Service and Higher "
        "Education, unions, professional bodies, employers and partners, compared twelve "
        "options on their feasibility and their expected impact."
    ),
    "recommendations": (
        "Adopt a first bundle of low-cost measures with broad support (career path for rural "
        "service, admission of rural students, rural rotations) in the 2027 budget. Prepare the "
        "rural hardship allowance with the Ministries of Finance and Civil Service, phased and "
        "targeted on the most remote posts. Negotiate the community midwife cadre with the Order "
        "of Midwives and the Council before any decision."
    ),
}


# Participants: id, name, anonymous, stakeholder, role, parts, weighting, key (fixed, so that the
# example's sheets are the same every time).
_PARTICIPANTS = [
    ("p1", "Aïcha Traoré", False, "mof", "Budget officer, Budget Directorate", "both", "points",
     "5f1c0a9e7b3d2c41"),
    ("p2", "Daniel Mwale", False, "mof", "Wage-bill analyst, Budget Directorate", "both", "points",
     "a0e4b7c2d9f61835"),
    ("p3", "Joseph Banda", False, "union", "Union delegate, Northern Region", "both", "ahp",
     "c7d2e9f0a1b34c56"),
    ("p4", "Grace Phiri", False, "dhmt", "District health manager, Lowa district", "both",
     "points", "1b9e3f7a5c2d8e04"),
    ("p5", "RN-03", True, "rural_nurses", "Nurse-midwife in a rural health centre", "both", "ahp",
     "9d4c1e8b2a7f3065"),
    ("p6", "Dr Helen Achieng", False, "donors", "Health workforce adviser", "weights", "points",
     "e2f5a8b1c4d70396"),
]

# What each participant scored differently from the table's scores (_SCORES); every other cell
# they scored as the table does. None leaves the cell blank.
_SCORE_ANSWERS: dict[str, dict[tuple[str, str], float | None]] = {
    "p1": {("hardship_allowance", "cost"): 10.0, ("north_school", "cost"): 8.0,
           ("staff_housing", "cost"): 6.5, ("hardship_allowance", "political"): 2,
           ("hardship_allowance", "sustainability"): 1, ("hardship_allowance", "retention"): 4,
           ("compulsory_service", "political"): 3, ("payroll_cleanup", "sustainability"): 5,
           ("community_midwives", "availability"): 3},
    "p2": {("hardship_allowance", "cost"): 9.5, ("north_school", "cost"): 7.0,
           ("hardship_allowance", "sustainability"): 1, ("hardship_allowance", "retention"): 3,
           ("community_midwives", "availability"): 3, ("bonded_scholarships", "cost"): 3.0,
           **{(o, "quality"): None for o in ("north_school", "rural_rotations", "telehealth")}},
    "p3": {("hardship_allowance", "cost"): 8.0, ("hardship_allowance", "political"): 4,
           ("hardship_allowance", "sustainability"): 3, ("hardship_allowance", "retention"): 5,
           ("compulsory_service", "retention"): 1, ("compulsory_service", "political"): 1,
           ("compulsory_service", "acceptability"): 1, ("community_midwives", "quality"): 1,
           ("community_midwives", "political"): 1, ("staff_housing", "retention"): 5,
           ("payroll_cleanup", "political"): 2},
    "p4": {("telehealth", "capacity"): 1, ("community_midwives", "availability"): 5,
           ("task_sharing", "availability"): 5, ("task_sharing", "political"): 4,
           ("hardship_allowance", "retention"): 4, ("north_school", "time"): 72.0,
           ("community_midwives", "time"): 36.0, ("staff_housing", "retention"): 5},
    "p5": {("hardship_allowance", "retention"): 5, ("staff_housing", "retention"): 5,
           ("compulsory_service", "retention"): 1, ("compulsory_service", "acceptability"): 1,
           ("career_path", "retention"): 5, ("telehealth", "quality"): 3,
           ("community_midwives", "quality"): 2,
           **{(o, c): None for o, *_ in _OPTIONS for c in ("cost", "time")}},
}

# Points: (feasibility, impact), then the five feasibility and five impact criteria in order.
_POINTS = {
    "p1": ((70, 30), (40, 15, 15, 5, 25), (25, 20, 5, 15, 35)),
    "p2": ((60, 40), (35, 10, 20, 10, 25), (30, 25, 10, 15, 20)),
    "p4": ((40, 60), (15, 20, 30, 20, 15), (30, 30, 15, 10, 15)),
}
# AHP judgements (Saaty's scale): feasibility against impact, then the pairs within each group in
# the order (1, 2), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5), (3, 4), (3, 5), (4, 5).
# The union delegate is close to consistent; RN-03 judges in circles (cost over political,
# political over capacity, capacity over cost), so that their consistency ratio is flagged.
_JUDGEMENTS = {
    "p3": (1 / 3, (1 / 3, 1 / 2, 1 / 2, 1 / 2, 2, 1, 2, 1, 1, 2),
           (1, 2, 1, 1 / 2, 2, 1, 1 / 3, 1 / 2, 1 / 4, 1 / 3)),
    "p5": (1 / 5, (3, 1 / 3, 1 / 5, 1, 3, 1 / 3, 5, 1 / 2, 1 / 4, 7),
           (1 / 3, 5, 1 / 3, 1 / 7, 3, 2, 1 / 5, 1 / 4, 1 / 9, 1 / 5)),
}


def _participant_steps() -> list[Step]:
    """The example's participants and the answers five of them returned."""
    steps: list[Step] = []
    for pid, name, anonymous, sid, role, parts, weighting, key in _PARTICIPANTS:
        steps.append(Put("participants", pid, Participant(
            pid, name, anonymous, sid, "", role, parts, weighting, key)))
    feasibility = [c[0] for c in _CRITERIA if c[2] is Group.FEASIBILITY]
    impact = [c[0] for c in _CRITERIA if c[2] is Group.IMPACT]
    pairs = [(a, b) for ids in (feasibility, impact)
             for i, a in enumerate(ids) for b in ids[i + 1:]]
    for pid, changes in _SCORE_ANSWERS.items():
        scores = {}
        for (oid, *_), row in zip(_OPTIONS, _SCORES, strict=True):
            for cid, value in zip(_CRITERION_IDS, row, strict=True):
                answer = changes.get((oid, cid), value)
                if answer is not None:
                    scores[(oid, cid)] = float(answer)
        points, group_points, judgements, group_judgement = {}, {}, {}, None
        if pid in _POINTS:
            (feas, imp), *within = _POINTS[pid]
            group_points = {"feasibility": float(feas), "impact": float(imp)}
            points = {cid: float(v) for ids, values in zip((feasibility, impact), within, strict=True)
                      for cid, v in zip(ids, values, strict=True)}
        if pid in _JUDGEMENTS:
            group_judgement, feas_j, imp_j = _JUDGEMENTS[pid]
            judgements = dict(zip(pairs, (*feas_j, *imp_j), strict=True))
        steps.append(Put("answers", pid, Answers(
            pid, scores, points, group_points, judgements, group_judgement,
            source=f"{pid}-scoring-sheet.xlsx")))
    return steps


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")


def default_criteria(language: str = "en") -> list[Criterion]:
    """The ten criteria of the example: five for feasibility, five for impact (AAAQ).

    ``language`` is ``"en"`` or ``"fr"`` (French texts from :mod:`dialogue.example_fr`; same
    ids, groups, directions and scale bounds).
    """
    _check_language(language)
    criteria = [Criterion(cid, name, group, direction, scale, description)
                for cid, name, group, direction, scale, description in _CRITERIA]
    return criteria_fr(criteria) if language == "fr" else criteria


def example_dialogue(language: str = "en") -> Dialogue:
    """A new copy of the example dialogue (illustrative; fictional country).

    ``language`` is ``"en"`` or ``"fr"``. The French example is the English one with its texts
    translated (:func:`dialogue.example_fr.french_steps`): same ids, numbers, scores, positions,
    ties, weights and answers, so that only the words differ.

    Raises
    ------
    ValidationError
        For a language Palabre does not have.
    """
    _check_language(language)
    info = DialogueInfo(
        title="Retaining nurses and midwives in rural districts",
        country="Mayanga (fictional)",
        topic="Rural retention of nurses and midwives",
        date="2026-11-12",
        facilitator="National Health Workforce Observatory",
        organisation="Ministry of Health, Directorate of Human Resources for Health",
        language="en",
        illustrative=True,
    )
    option_ids = [o[0] for o in _OPTIONS]
    steps: list[Step] = [Put("info", "info", info)]
    for oid, name, family, code, description, cost in _OPTIONS:
        steps.append(Put("options", oid, Option(oid, name, family, code, description, cost,
                                                bundle=_BUNDLES.get(oid, ""))))
    steps += [Put("criteria", c.id, c) for c in default_criteria()]
    for oid, row in zip(option_ids, _SCORES, strict=True):
        for cid, value in zip(_CRITERION_IDS, row, strict=True):
            low, high = _RANGES.get((oid, cid), (None, None))
            steps.append(Put("scores", (oid, cid), Score(float(value), low, high)))
    for wid, name, groups, weights, description in _WEIGHT_SETS:
        ws = WeightSet(wid, name, dict(zip(_CRITERION_IDS, weights, strict=True)), groups, description)
        steps.append(Put("weight_sets", wid, ws))
    steps.append(Put("settings", "active_weight_set", "moh"))

    ties = [
        Tie(f"t{i}", src, dst, kind, strength, directed)
        for i, (src, dst, kind, strength, directed) in enumerate(_TIES, start=1)
    ]
    places = _PLACES
    for row in _STAKEHOLDERS:
        sid, name, category, level, kind, power, interest, res, lead, know, legit, urg, notes = row
        positions = {
            oid: Position(stance)
            for oid, stance in zip(option_ids, _POSITIONS[sid], strict=True)
            if stance is not None
        }
        x, y = places[sid]
        steps.append(Put("stakeholders", sid, Stakeholder(
            sid, name, category, Level(level), Kind(kind), power, interest, res, lead, know,
            legit, urg, notes, positions, round(float(x), 1), round(float(y), 1),
        )))
    steps += [Put("ties", t.id, t) for t in ties]
    for section, text in _BRIEF.items():
        steps.append(Put("brief", section, text))
    steps += _participant_steps()
    steps += workforce_steps()
    d = Dialogue()
    d.apply(Edit("Example", tuple(steps)))
    if language == "fr":
        d.apply(Edit("Example", french_steps(d)))
    d.revision = 0
    return d
