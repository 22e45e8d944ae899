/**
 * The theme taxonomy of docs/assessment.md, section 2, with each theme's
 * vocabulary. A theme scores two for each of its discriminating terms and one
 * for each of its common words (hints), and needs two points: a single
 * "training" or "hospital" in passing is not what a paragraph is about. A
 * text keeps only its four strongest themes.
 */
import { ownMatches, themeScanner, type ThemeHit } from "./theme-scan";
import type { ThemeVocabulary } from "./types";

const re = (...alternatives: string[]) => new RegExp(alternatives.join("|"), "gi");

// Parents' and mothers' mental health, learning disabilities and drug use
// belong to "parents' needs", not to the children's themes.
const PARENTS = String.raw`\b(?:parents?|mothers?|fathers?|adults?|carers?|women)\b[^.;]{0,40}?\b(?:misuse|mental health|learning disabilit\w*|alcohol|substance)\w*`;

export const THEME_VOCABULARY: readonly ThemeVocabulary[] = [
  {
    id: "voice-of-the-child",
    name: "Voice of the child",
    scope: "Children's and parents' views, participation and feedback, children in care councils, You're Welcome, advocacy.",
    terms: re(
      String.raw`\bvoice\b`,
      String.raw`\bwishes(?:,| and) feelings\b`,
      String.raw`\bviews\b`,
      String.raw`\bsurveys?\b`,
      String.raw`\bparticipat\w*`,
      String.raw`\bchildren in care council\b`,
      String.raw`\brole model army\b`,
      String.raw`\byouth (?:board|shield)\b`,
      String.raw`\byou're welcome\b`,
      String.raw`\badvoca\w*`,
      String.raw`\bpatient experience\b`,
      String.raw`\bfeedback (?:on|from) (?:their|patient|young|children)`,
      String.raw`\bcomplaints?\b`,
      // Having a say, not being worked with: "engage young people in decisions about their
      // care", not "trying to engage young people who have been missing".
      String.raw`\b(?:engage|involve)[sd]? (?:children|young people)(?: and (?:their )?(?:carers|families|parents))? in (?:decisions|decision-making|shaping|the design|designing|developing|the development|reviewing|evaluat\w+|planning and|commissioning)`,
      // Children's own words reported by the inspectors: "Young people told inspectors that …" (not staff's).
      String.raw`\b(?:children|young people|parents|carers|care leavers|families)\b(?: [\w'’-]+){0,3}? (?:told|spoke (?:to|with)) inspectors\b`,
    ),
    hints: re(String.raw`\bfeedback\b`, String.raw`\bsatisf\w*`, String.raw`\bconsultation\b`),
    // Taking part in school or leisure is not having a say: "participate in school life".
    not: re(String.raw`\bparticipat\w* in (?:school|leisure|sports?|(?:positive |leisure )?activities|education|clubs)\b`),
  },
  {
    id: "consent",
    name: "Consent and confidentiality",
    scope: "Consent to examination and treatment, competence (Fraser, Gillick), parental responsibility, confidentiality.",
    terms: re(
      String.raw`\bconsent\b`,
      String.raw`\bgillick\b`,
      String.raw`\bfraser\b`,
      String.raw`\bparental responsibility\b`,
      String.raw`\bage and competen\w*`,
    ),
    hints: re(String.raw`\bconfidential\w*`),
    // No one holding parental responsibility describes a child's situation (an
    // unaccompanied asylum seeker), not consent to treatment.
    not: re(String.raw`\b(?:no one|nobody|without anyone) (?:holding|with|having) parental responsibility\b`),
  },
  {
    id: "health-assessments",
    name: "Health assessments of looked after children",
    scope:
      "Initial and review health assessments, health plans, immunisations, dental and optical checks, SDQs, the designated doctor and nurse for looked after children.",
    terms: re(
      String.raw`\bhealth (?:assessments?|checks?|reviews?|histor(?:y|ies))\b`,
      String.raw`\bimmuni[sz]\w*`,
      String.raw`\bdental\b`,
      String.raw`\boptical\b`,
      String.raw`\bstrengths and difficulties\b`,
      String.raw`\bdesignated (?:doctor|nurse) for looked after\b`,
      String.raw`\blooked after children(?:'s|’s) (?:health|nursing) (?:team|service)\b`,
      String.raw`\bhealth (?:of|outcomes for (?:most )?)(?:looked after children|children who are looked after)\b`,
      String.raw`\bhealth (?:care )?needs of (?:children|young people) who are looked after\b`,
    ),
    hints: re(String.raw`\bhealth (?:care )?plans?\b`, String.raw`\bhealth (?:needs|checks?|reviews?)\b`),
    // Health histories given to care leavers are the care leavers' theme (docs/assessment.md, section 4).
    not: re(
      String.raw`\bhealth histor(?:y|ies)\b(?=[^.;]{0,120}\b(?:care leavers?|leaving care))`,
      String.raw`\b(?:care leavers?|leaving care)\b[^.;]{0,120}?\bhealth histor(?:y|ies)\b`,
    ),
  },
  {
    id: "emotional-health",
    name: "Emotional and mental health",
    scope: "CAMHS, emotional wellbeing, self-harm, psychological therapies, perinatal mental health.",
    terms: re(
      String.raw`\bCAMHS\b`,
      String.raw`\bmental health\b`,
      String.raw`\bemotional (?:and mental )?health\b`,
      String.raw`\bself[- ]harm\w*`,
      String.raw`\bpsycholog\w*`,
      String.raw`\bperinatal\b`,
      String.raw`\bpost-?natal depression\b`,
      String.raw`\btherapeutic\b`,
    ),
    // "emotional wellbeing" is often one good outcome among others ("This improves children's emotional wellbeing").
    hints: re(String.raw`\bemotional\b(?! (?:and mental )?health)`),
    not: re(PARENTS, String.raw`\bmental health (?:NHS )?trust\b`),
  },
  {
    id: "maternity-early-years",
    name: "Maternity and early years",
    scope:
      "Midwives, antenatal and postnatal care, unborn and new born babies, health visitors, Family Nurse Partnership, breastfeeding, children's centres.",
    terms: re(
      String.raw`\bmidwi\w*`,
      String.raw`\bmaternity\b`,
      String.raw`\bante-?natal\b`,
      String.raw`\bpost-?natal\b`,
      String.raw`\bunborn\b`,
      String.raw`\bnew ?born\b`,
      String.raw`\bneo ?natal\b`,
      String.raw`\bfamily nurse partnership\b`,
      String.raw`\bbreastfeeding\b`,
      String.raw`\bexpectant mothers\b`,
      String.raw`\bhealthy child programme\b`,
      String.raw`\bdevelopmental milestones\b`,
      String.raw`\bhealth visitor (?:workforce|posts|service)\b`,
      String.raw`\bthe birth of\b`,
    ),
    hints: re(
      String.raw`\bhealth visit\w*`,
      String.raw`\bchildren's centres?\b`,
      String.raw`\bbab(?:y|ies)\b`,
      String.raw`\byoung mothers\b`,
    ),
  },
  {
    id: "school-sexual-health",
    name: "School health and sexual health",
    scope: "School nurses and health advisers, teenage pregnancy and conception, contraception, sexual health services.",
    terms: re(
      String.raw`\bschool (?:nurs\w*|health)\b`,
      String.raw`\bsexual health\b`,
      String.raw`\bteenage (?:pregnanc\w*|conceptions?|parents?)\b`,
      String.raw`\bcontracepti\w*`,
      String.raw`\bsexually transmitted\b`,
      String.raw`\bfamily planning\b`,
      String.raw`\btermination\b`,
      String.raw`\bconception rate\b`,
      String.raw`\bpregnan\w*`,
    ),
    // Pregnant women and mothers are midwives' patients (maternity), not teenage pregnancy.
    not: re(String.raw`\bpregnant (?:women|mothers)\b`),
  },
  {
    id: "emergency-care",
    name: "Emergency and hospital care",
    scope: "A and E, walk in clinics, paediatric liaison, hospital wards and admissions, paediatric cover.",
    terms: re(
      String.raw`\bA and E\b`,
      String.raw`\bA&E\b`,
      String.raw`\baccident and emergency\b`,
      String.raw`\bemergency department\b`,
      String.raw`\bwalk in (?:clinic|centre)s?\b`,
      String.raw`\bpaediatric nurse cover\b`,
    ),
    // A liaison role serves the whole hospital and community, and "board to
    // ward staff" is governance: neither alone makes a text about A and E.
    hints: re(
      String.raw`\bpaediatric liaison\b`,
      String.raw`\badmission\b`,
      String.raw`\bdischarges?\b`,
      String.raw`\bhospital (?:staff|care|treatment)\b`,
    ),
  },
  {
    id: "primary-care",
    name: "GPs and primary care",
    scope: "GPs, the named GP, dentists, pharmacists and optometrists in primary care.",
    terms: re(
      String.raw`\bGPs?\b`,
      String.raw`\bgeneral practi\w*`,
      String.raw`\bdentists\b`,
      String.raw`\bpharmacists\b`,
      String.raw`\boptometrists\b`,
      String.raw`\bprimary care\b(?! trusts?\b)`,
      String.raw`\bregistered with (?:a |their |local )?(?:doctor|dentist|GP)s?\b`,
    ),
  },
  {
    id: "parents-needs",
    name: "Parents' needs",
    scope:
      "Adult mental health, substance misuse, alcohol, domestic abuse and violence, MARAC, learning-disabled parents, parenting capacity.",
    terms: re(PARENTS, String.raw`\bdomestic (?:abuse|violence)\b`, String.raw`\bMARACs?\b`, String.raw`\bparenting capacity\b`),
    // Adult services as where young people move on to are transition, not parents' needs:
    // "too old for the tier 3 team and often do not meet the threshold for adult mental health services".
    not: re(
      String.raw`\b(?:threshold for|too old for|mov(?:e|es|ing) (?:on )?to|transfer(?:s|red|ring)? to|transition(?:s|ing)? to) adult\b[^.;]{0,30}?\bservices\b`,
    ),
  },
  {
    id: "exploitation-abuse",
    name: "Sexual exploitation and abuse",
    scope: "Sexual exploitation, sexual abuse and assault, medical examinations, sexual assault referral centres.",
    terms: re(
      String.raw`\bsexual(?:ly)? (?:exploit\w*|abuse\w*|assault)`,
      String.raw`\bexploitation\b`,
      String.raw`\bCSE\b`,
      String.raw`\bSARC\b`,
      String.raw`\bmedical examinations?\b`,
    ),
  },
  {
    id: "disability-transition",
    name: "Disabled children and transition",
    scope: "Children with disabilities or complex needs, short breaks, continuing care, transition to adult services.",
    hints: re(String.raw`\bcomplex (?:health |behavioural )?needs\b`),
    terms: re(
      String.raw`\bdisab\w*`,
      String.raw`\bcontinuing care\b`,
      String.raw`\bshort breaks\b`,
      // A move between placements is not transition to adult services: "a smooth
      // transition … as they move from foster care to live with their adoptive parents".
      String.raw`\btransitions?\b(?! to the new)(?! (?:[\w'’]+ ){0,5}?from (?:foster|residential) care)`,
      String.raw`\bautism\b`,
      String.raw`\blong term (?:health )?conditions\b`,
      String.raw`\bpalliative\b`,
      String.raw`\bend of life\b`,
      String.raw`\bspecial schools\b`,
    ),
    // Transition said of care leavers is leaving care (the care leavers' theme), not
    // transition to adult services: "health histories to assist transition for care leavers".
    not: re(
      PARENTS,
      String.raw`\btransitions?\b(?=[^.;]{0,100}\b(?:care leavers?|leaving care))`,
      String.raw`\b(?:care leavers?|leaving care)\b[^.;]{0,100}?\btransitions?\b`,
    ),
  },
  {
    id: "joint-working",
    name: "Joint working and information sharing",
    scope: "Multi-agency work, information sharing, referrals and their outcomes, strategy discussions, conferences, escalation.",
    terms: re(
      String.raw`\bjoint(?:ly)? working\b`,
      String.raw`\bpartnership working\b`,
      String.raw`\binformation sharing\b`,
      String.raw`\bshar(?:e|es|ed|ing) (?:of )?(?:this |the |relevant |key |such )?information\b`,
      // Agencies working together, named as such: "Multi-agency working is also improving".
      String.raw`\b(?:multi|inter)[- ]agency (?:working|work|partnerships?|responses?)\b`,
      String.raw`\bworking linkages\b`,
      // A referral said with the agency it goes to: "midwives refer promptly to children's social care".
      String.raw`\brefer(?:s|red|ring|rals?)? (?:[\w'’-]+ ){0,3}?to (?:children's |children’s |adult )?social care\b`,
      String.raw`\bstrategy (?:discussions?|meetings?)\b`,
      String.raw`\bescalat\w*`,
      String.raw`\bdisagreements?\b`,
      String.raw`\bpartner agencies\b`,
      String.raw`\bjoint (?:protocols?|services|plans?|assessments?|strateg\w+)\b`,
      String.raw`\bcommon assessment framework\b`,
      String.raw`\bCAF\b`,
      String.raw`\blead professionals?\b`,
      String.raw`\bwork(?:s|ing)? (?:well )?(?:closely )?together\b`,
      // Anything passed between agencies: "Intelligence is shared well between agencies".
      String.raw`\b(?:shared|sharing|communication|liaison) (?:\w+ ){0,2}between (?:the )?(?:agencies|partners|professionals)\b`,
    ),
    // The title of the statutory guidance, not a finding about joint work:
    // "Working Together", "Working together 2015", "Working together to safeguard children".
    // A situation that escalates (no object) is a family's problems growing,
    // not a concern escalated between agencies: "When a family's problems escalate".
    not: re(
      String.raw`\bWorking Together\b|\bWorking together(?= (?:to [Ss]afeguard|20\d\d))`,
      String.raw`\b(?:problems?|difficulties|situations?|needs|risks?|behaviou?rs?)(?: (?:for|of) [\w'’]+)? escalat(?:e|es|ed|ing)\b(?! (?:to|it|them|concerns|matters|cases)\b)`,
    ),
    hints: re(
      String.raw`\bmulti[- ]agency\b`,
      String.raw`\binter[- ]agency\b`,
      String.raw`\blinks (?:with|between)\b`,
      String.raw`\breferrals?\b`,
      String.raw`\bchild protection conferences?\b`,
      String.raw`\bcase conferences?\b`,
      String.raw`\bpre-birth conferences?\b`,
      // Social care staff, for a health service, are another agency; in a
      // social-care report social workers are everyone, so not a hint.
      String.raw`\bsocial care staff\b`,
      String.raw`\bcore groups?\b`,
      String.raw`\bpolice\b`,
    ),
  },
  {
    id: "records",
    name: "Records and systems",
    scope: "Case records, chronologies, recording, flagging, electronic record and management information systems.",
    terms: re(
      String.raw`\brecord(?:ing| keeping)\b`,
      String.raw`\bchronolog\w*`,
      String.raw`\bflag(?:ged|ging)\b`,
      String.raw`\belectronic\b`,
      String.raw`\bcase notes\b`,
      String.raw`\bI(?:C)?T systems?\b`,
      String.raw`\b(?:management )?information system\b`,
      String.raw`\bcase management systems?\b`,
      String.raw`\bhealth (?:care )?records\b`,
      // Keeping records, said as a practice: "records are not completed in a timely manner", "poor data quality".
      String.raw`\brecords (?:are|is|were|was) (?:not )?(?:always |routinely |consistently )?(?:completed|kept|updated|maintained|accurate|up to date)\b`,
      String.raw`\bdata quality\b`,
    ),
    hints: re(String.raw`\brecords?\b`),
  },
  {
    id: "training-supervision",
    name: "Training and supervision",
    scope: "Safeguarding training, supervision, appraisal, competencies, reflective practice, induction.",
    terms: re(
      String.raw`\b(?:safeguarding|mandatory|multi-agency|advanced|supervision) (?:\w+ ){0,2}training\b`,
      String.raw`\btraining (?:in|to|programme|on)\b`,
      String.raw`\bsafeguarding supervision\b`,
      // Supervision as staff receive it, not a court's supervision order or being under someone's supervision.
      String.raw`\bsupervision\b(?! orders?\b)(?<!\bunder (?:the )?supervision)`,
      String.raw`\bapprais\w*`,
      String.raw`\breflective practice\b`,
      String.raw`\binduction\b`,
      String.raw`\bprofessional development\b`,
    ),
    hints: re(String.raw`\btraining\b`, String.raw`\bcompetenc(?:ies|e)\b`),
  },
  {
    id: "staffing",
    name: "Staffing and capacity",
    scope: "Posts, vacancies, caseloads, workforce, recruitment, retention, capacity to meet demand, cover, waiting times.",
    terms: re(
      String.raw`\bcaseloads?\b`,
      String.raw`\bworkloads?\b`,
      String.raw`\bvacan\w*`,
      String.raw`\brecruit\w*`,
      String.raw`\bworkforce\b`,
      String.raw`\bposts\b`,
      String.raw`\bskill mix\b`,
      String.raw`\bstaffing\b`,
      String.raw`\bshortages?\b`,
      String.raw`\bretention\b`,
      String.raw`\bturnover of (?:staff|social workers)\b|\bstaff turnover\b`,
      String.raw`\boverstretched\b`,
      String.raw`\b(?:nurse|paediatrician) cover\b`,
      String.raw`\bwaiting (?:list|times?)\b`,
      String.raw`\b(?:gaps in|additional|insufficient|sufficient) capacity\b`,
      String.raw`\bjob plans\b`,
      String.raw`\bcapacity of\b`,
      // Who fills the posts and who covers them: "the number of temporary staff", "no cover when the postholder is on leave".
      String.raw`\b(?:temporary|agency|locum|interim) (?:staff|social workers|workers|managers|nurses)\b`,
      String.raw`\bpost-?holders?\b`,
      // "The … health team comprises a designated nurse, two specialist nurses and an administrator": its posts.
      // (One branch a first letter, so the scan groups them by it: docs/assessment.md, "How the themes are found fast".)
      String.raw`\bconsist(?:s|ed) of\b(?<=\b(?:team|service|workforce) consist(?:s|ed) of)`,
      String.raw`\bcompris(?:es|ed)\b(?<=\b(?:team|service|workforce) compris(?:es|ed))`,
      // Capacity said of the service, not of its staff: "is not adequately resourced", "is insufficiently resourced".
      String.raw`\bnot (?:adequately |sufficiently |appropriately |well )?resourced\b`,
      String.raw`\binsufficiently resourced\b`,
      String.raw`\binadequately resourced\b`,
      String.raw`\bpoorly resourced\b`,
      String.raw`\bunder-?resourced\b`,
      // Waiting, said as what children must do: "some children and young people have to wait for the service".
      String.raw`\bha(?:ve|s|d|ving) to wait\b`,
      // (Read back from "cover" and "of", not tried at every "no" or "team".)
      String.raw`\bcover\b(?<=\b(?:no|without|lack of) (?:\w+ )?cover)`,
    ),
    hints: re(String.raw`\bcapacity\b`, String.raw`\bdemand\b`, String.raw`\bappoint\w*`),
    // Foster carers and adopters are not staff (docs/assessment.md, section 4).
    not: re(
      // No waiting list is access told as good news, not a finding on capacity.
      String.raw`\bno waiting (?:list|times?)\b`,
      String.raw`\bparenting capacity\b`,
      String.raw`\bcapacity to make decisions\b`,
      String.raw`\brecruit\w* (?:\w+ ){0,3}?(?:of )?(?:foster carers|fostering|adopters|adoptive|carers)\b`,
      String.raw`\b(?:foster carers|adopters|carers) (?:\w+ ){0,3}?recruit\w*`,
      // Recruitment told in a sentence about fostering or adoption is of carers ("streamlining the
      // recruitment process … adopters approved", "a recruitment strategy, including for … foster carers").
      String.raw`\brecruit\w*(?=[^.;]{0,150}\b(?:foster|adopt))`,
      String.raw`\b(?:foster|adopt)\w*[^.;]{0,150}?\brecruit\w*`,
    ),
  },
  {
    id: "leadership-commissioning",
    name: "Leadership, governance and commissioning",
    scope:
      "Safeguarding boards, strategic leadership, governance, commissioning, contracts, the strategic role of designated professionals.",
    terms: re(
      String.raw`\bleadership\b`,
      String.raw`\bgovernance\b`,
      // Commissioning a piece of casework ("the commissioning of specialist assessments") is not strategic.
      // (Read back from "commissioned", so the scan does not try it at every "is".)
      String.raw`\bcommissioned (?:by|from)\b(?<=\b(?:is|are|were|was) commissioned (?:by|from))`,
      String.raw`\bcommissioning\b(?! group)(?! of (?:an? )?(?:specialist |independent |expert |further |parenting )?(?:assessments?|reports?|evaluations?)\b)`,
      String.raw`\bcommissioners?\b`,
      String.raw`\bsafeguarding (?:children )?board\b`,
      // A board named by its initials or as "the Board" (LSCB, SSCB, BSCB):
      // in Ofsted's reports the subject of whole paragraphs.
      String.raw`\b(?:[BDKLMNS]SCB|SCB)s?\b`,
      // Read from "Board" back, so the scan does not try it at every "the".
      String.raw`\bBoard\b(?<=\bthe Board)`,
      String.raw`\bcorporate parenting (?:board|group|panel|strategy)\b`,
      String.raw`\bchildren's trust\b`,
      String.raw`\b(?:organisational|strategic) priorities\b`,
      // Who leads, by title: Ofsted's reports judge leadership by what these people do.
      String.raw`\b(?:corporate|assistant|executive) directors?\b`,
      String.raw`\bdirectors? (?:of|for) (?:children's |children’s )?(?:services|social care)\b`,
      String.raw`\bDCS\b`,
      String.raw`\bboard members\b`,
      String.raw`\blead member\b`,
      String.raw`\bsenior (?:management|leadership) teams?\b`,
      String.raw`\bsenior leaders\b`,
      String.raw`\bnon-executive directors?\b`,
      String.raw`\btrust board\b`,
    ),
    hints: re(
      String.raw`\bcontracts?\b`,
      String.raw`\bstrategic\b`,
      String.raw`\bclinical commissioning group\b`,
      String.raw`\bsenior managers\b`,
      String.raw`\bcommissioned\b`,
      // Elected members are as often an audience ("to talk directly to elected members") as leaders.
      String.raw`\belected members\b`,
      // Leadership said in the words of Ofsted's social-care reports: who leads
      // ("leaders and senior managers", not "team leaders"), to whom they answer
      // ("a clear line of accountability") and the council's role as a whole
      // ("their role as corporate parents"). Each is also said in passing, so hints.
      String.raw`\bleaders\b(?<!\bteam leaders)`,
      String.raw`\baccountab(?:ility|ilities|le)\b`,
      String.raw`\bcorporate parents?\b`,
    ),
  },
  {
    id: "quality-assurance",
    name: "Quality assurance and learning",
    scope:
      "Audit, performance monitoring, serious case reviews, child death reviews, learning from incidents, complaints and whistle blowing.",
    terms: re(
      String.raw`\baudits?\b`,
      String.raw`\bquality assurance\b`,
      String.raw`\bserious case reviews?\b`,
      String.raw`\bchild deaths?\b`,
      String.raw`\bCDOP\b`,
      String.raw`\bperformance (?:reporting|monitoring|management|reports?)\b`,
      String.raw`\bscorecard\b`,
      String.raw`\bdashboard\b`,
      String.raw`\blessons\b`,
      String.raw`\bmanagement reviews\b`,
      String.raw`\bserious incidents?\b`,
      String.raw`\bwhistle ?blowing\b`,
      String.raw`\ballegations\b`,
      String.raw`\bpatient safety incidents\b`,
      String.raw`\bcomplaints?\b`,
      String.raw`\bperformance (?:information|data)\b`,
      String.raw`\bself[- ]assessments?\b`,
      String.raw`\bpeer reviews?\b`,
    ),
    hints: re(String.raw`\bmonitor\w*`, String.raw`\blearning\b`),
  },
  {
    id: "care-leavers",
    name: "Care leavers",
    scope: "Care leavers, leaving care, Sixteen Plus teams, pathway plans, health histories on leaving care.",
    terms: re(
      String.raw`\bcare leavers?\b`,
      String.raw`\bleaving care\b`,
      String.raw`\bsixteen plus\b`,
      String.raw`\b16 plus\b`,
      String.raw`\bpathway plans?\b`,
      // Staying with foster carers past eighteen: an arrangement for care leavers.
      String.raw`\bstaying put\b`,
    ),
    // Care leavers named with looked after children as the population a report
    // is about ("outcomes for looked after children and care leavers"), and
    // children "entering and leaving care", are not the care leavers' theme.
    not: re(
      String.raw`\b(?:looked after (?:children|young people)|children (?:who are )?looked after) and care leavers?\b`,
      // However the children are named: "children in care and care leavers",
      // "children, young people and care leavers" (not "young people and care
      // leavers" alone, where the young people may be the care leavers).
      String.raw`\bchildren(?: (?:who are )?(?:looked after|in care))?(?:,? (?:and )?young people(?: (?:who are )?(?:looked after|in care))?)?,? (?:and|or) care leavers?\b`,
      String.raw`\bentering and leaving care\b`,
      // "for young people who are looked after or leaving care": the population again.
      String.raw`\blooked after (?:children |young people )?(?:or|and) (?:are )?(?:leaving care|care leavers?)\b`,
    ),
  },
  {
    id: "diversity",
    name: "Diversity and communication",
    scope: "Ethnicity, faith and culture, interpreting and translation, language and communication needs, deaf children.",
    terms: re(
      String.raw`\bethnic\w*`,
      String.raw`\bfaith\b`,
      String.raw`\bcultural\b`,
      String.raw`\binterpret(?:ing|ers?)\b`,
      String.raw`\btranslation\b`,
      String.raw`\bcommunication and language\b`,
      String.raw`\bdeaf\b`,
      String.raw`\bspeak English\b`,
      String.raw`\bdiverse ethnic\b`,
    ),
    // "their diverse needs" is as often every child's needs as their culture's.
    hints: re(String.raw`\bdiverse needs\b`),
    // An organisation's culture is not the children's: "the structural and cultural changes required".
    not: re(String.raw`\bcultural (?:and \w+ )?changes?\b`),
  },
];

const MOST_THEMES = 4;
const SCORE_CAP = 20;
const HINTS_ALONE = 3;
/** How far back a mention's sentence is read: bounded, so a long text costs linear time. */
const LOOKBACK = 300;
/** Mentions after these in their sentence are examples in a list, not its subject. */
// "For example, …" opening a sentence is not a list's lead: the sentence is the evidence for the one before it.
const LIST_LEAD = /\b(?:including|such as|(?<=\S\s+)for example|e\.g\.)(?![\w-])|\bincludes?\b(?<=\b(?:these|this|they|which) includes?)/i;
/**
 * A recommendation's sentence starts with what to do ("ensure …", "review …"):
 * its list, or the training it asks for, is the substance, not an aside.
 */
const IMPERATIVE =
  /^\s*(?:further )?(?:ensure|review|establish|develop|improve|appoint|address|implement|strengthen|agree|provide|complete|undertake|put|make|increase|reduce|consider|monitor|evaluate|secure|introduce|raise)\b/i;
/** Mentions after "training" in their sentence are what the training covered. */
const TRAINING_LEAD = /\btraining\b/i;
/**
 * A mention just before these, in its clause, names who is trained or
 * supervised ("Midwives and health visitors receive regular one-to-one
 * safeguarding supervision", "School nurses still do not have access to group
 * supervision"): the training is the subject, the staff its recipients.
 */
const RECIPIENT =
  /^[\w'’ -]{0,60}?\b(?:receive[sd]?|(?:do not |does not |still do not |now )?ha(?:ve|s|d) (?:had )?(?:access to|attended|completed|received)|attend(?:s|ed)?|complete[sd]?|undert(?:ake|akes|ook))\b(?: [\w'’-]+){0,4}? (?:training|supervision)\b/i;
const PLACE_LEAD = /\b(?:in|of|at|from|within|across) (?:the |a |an |their |its )?$/i;
/** How far after a mention its recipients' verb is read. */
const RECIPIENT_WINDOW = 140;

/** Where the sentence holding index starts: after the last ". " (or "? ", "! ") before it, read back at most LOOKBACK characters. */
function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - LOOKBACK);
  for (let i = index - 2; i >= from; i--) {
    if ((text[i] === "." || text[i] === "?" || text[i] === "!") && /\s/.test(text[i + 1])) return i + 1;
  }
  return from;
}

/**
 * Whether the mention at index is in passing: an example after "including"
 * or "such as", or a topic of training named earlier in the same sentence
 * ("training in recognising … domestic violence and … sexual exploitation"),
 * or the staff who receive it (RECIPIENT), in a finding's sentence rather
 * than a recommendation's. Such a mention does
 * not make the text about its theme (docs/assessment.md).
 */
export function inPassing(text: string, index: number, themeId: string): boolean {
  const lead = text.slice(sentenceStart(text, index), index);
  if (IMPERATIVE.test(lead)) return false;
  if (LIST_LEAD.test(lead)) return true;
  if (themeId === "training-supervision") return false;
  if (TRAINING_LEAD.test(lead)) return true;
  // The recipients themselves, not where they work ("staff in the emergency department have completed …").
  // Most mentions have no training after them: a plain substring test skips the pattern.
  const after = text.slice(index, index + RECIPIENT_WINDOW);
  if (!after.includes("raining") && !after.includes("upervision")) return false;
  return !PLACE_LEAD.test(lead) && RECIPIENT.test(after);
}

/** The mentions that count: not in passing, at most SCORE_CAP of each kind. */
function counted(themeId: string, text: string, hits: ThemeHit[]): ThemeHit[] {
  return hits.filter((h) => !inPassing(text, h.index, themeId)).slice(0, SCORE_CAP);
}

/**
 * The score of a theme from its counted mentions: two points a term, one a
 * hint; below two points, none.
 */
function scoreOf(terms: number, hints: readonly ThemeHit[], text: string): number {
  if (terms > 0) return 2 * terms + hints.length;
  // Common words alone are weaker evidence than one term: they need three, and
  // not one word said again ("looked after" four times in a report on looked
  // after children, "social workers" in a social-care paragraph).
  return hints.length >= HINTS_ALONE && distinct(text, hints) >= 2 ? hints.length : 0;
}

/** How many different words (case aside) the hits are. */
function distinct(text: string, hits: readonly ThemeHit[]): number {
  return new Set(hits.map((h) => text.slice(h.index, h.index + h.length).toLowerCase())).size;
}

// Built on first use: THEME_VOCABULARY is declared above, and a module that
// only reads the taxonomy need not compile the combined pattern.
let scanner: ReturnType<typeof themeScanner> | undefined;

/** A theme's score in a text and its counted mentions. */
interface Evidence {
  score: number;
  /** Indices in the text of the counted terms and hints, in order. */
  mentions: number[];
  /** The counted terms, in order. */
  terms: ThemeHit[];
  /** The counted hints, in order. */
  hints: ThemeHit[];
}

/**
 * Every theme's evidence in text, from the one combined pass of theme-scan.ts:
 * its counted terms and hints (not in passing, not inside its "not" phrases)
 * and the score they make. Scores, tags, cues and sentence themes all read it.
 */
function evidence(text: string): Evidence[] {
  scanner ??= themeScanner(THEME_VOCABULARY);
  return scanner.scan(text).map((hits, i) => {
    const id = THEME_VOCABULARY[i].id;
    const terms = counted(id, text, ownMatches(hits.terms, hits.not));
    const hints = counted(id, text, ownMatches(hits.hints, hits.not));
    const score = scoreOf(terms.length, hints, text);
    if (!score) return { score, mentions: [], terms: [], hints: [] };
    return { score, mentions: [...terms, ...hints].map((h) => h.index).sort((x, y) => x - y), terms, hints };
  });
}

/** Every theme's score for text, in THEME_VOCABULARY order. */
export function themeScores(text: string): number[] {
  return evidence(text).map((e) => e.score);
}

/** A single term and no hint: the only score a theme named once can have. */
const NAMED_ONCE = 2;
/** Between two mentions, a new clause with a subject of its own. */
const CLAUSE_BREAK = /,? (?:but|when|where|whether|while|whilst|which|who|although|though|because)\b|[;:]/i;
/** A mention right after these is the matter of what precedes it ("a consultation about CAMHS"). */
// So is the object of a verb of seeking it out ("board members have been gathering the views of young people").
const MATTER_LEAD =
  /\b(?:of|for|about|with|(?:gather|seek|obtain|collect|captur|hear|listen)(?:s|ed|ing|e)? (?:to )?(?:the |their )?)\s*$/i;

/**
 * Whether a theme named once is an aside of another theme's sentence: a
 * theme the text names in two or more sentences has one of its terms earlier
 * in the same clause ("Consent to medical examination …", "… continuing
 * professional development and leadership roles"), and the mention is not
 * what that theme is about ("a recent consultation about CAMHS provision"
 * keeps CAMHS). A hint before it is not enough: "A multi-agency audit …" is
 * about the audit.
 */
function isAside(text: string, at: number, others: readonly Evidence[]): boolean {
  const start = sentenceStart(text, at);
  if (MATTER_LEAD.test(text.slice(start, at))) return false;
  return others.some((other) => {
    const before = other.terms.find((m) => m.index >= start && m.index < at)?.index;
    if (before === undefined || CLAUSE_BREAK.test(text.slice(before, at))) return false;
    const sentences = new Set(other.mentions.map((m) => sentenceStart(text, m)));
    return sentences.size >= 2;
  });
}

/**
 * The ids of the themes a paragraph or recommendation is about, in THEMES
 * order: at most four, the most strongly present and, of equal strength, the
 * first named, so that a word in passing does not tag a paragraph that is
 * plainly about something else; a theme named once as an aside of another's
 * sentence does not count (isAside).
 */
export function themesOf(text: string): string[] {
  const found = evidence(text);
  const present = THEME_VOCABULARY.map((theme, order) => ({
    id: theme.id,
    order,
    first: found[order].mentions[0] ?? text.length,
    ...found[order],
  })).filter((t) => t.score > 0);
  const others = (order: number) => present.filter((t) => t.order !== order);
  return present
    .filter((t) => t.score !== NAMED_ONCE || !isAside(text, t.first, others(t.order)))
    .sort((a, b) => b.score - a.score || a.first - b.first || a.order - b.order)
    .slice(0, MOST_THEMES)
    .sort((a, b) => a.order - b.order)
    .map((t) => t.id);
}

/** The words in text that tag it with a theme, for showing why: its counted terms, then its hints. */
export function themeCues(themeId: string, text: string): string[] {
  const order = THEME_VOCABULARY.findIndex((t) => t.id === themeId);
  if (order < 0 || !themesOf(text).includes(themeId)) return [];
  const { terms, hints } = evidence(text)[order];
  return [...terms, ...hints].map((h) => text.slice(h.index, h.index + h.length));
}

/**
 * The themes one sentence of a paragraph is about: of the paragraph's themes
 * (themesOf of the whole paragraph), those with a counted mention in this
 * sentence. Pure, for the views that count a theme as a concern when a
 * sentence marked concern is about it. A sentence read alone has too few
 * words to be tagged by itself (a theme of hints needs three), so it takes
 * its candidates from its paragraph.
 */
export function sentenceThemes(sentence: string, paragraphThemes: readonly string[]): string[] {
  if (paragraphThemes.length === 0) return [];
  const found = evidence(sentence);
  return THEME_VOCABULARY.filter(
    (theme, i) => paragraphThemes.includes(theme.id) && (found[i].terms.length > 0 || found[i].hints.length > 0),
  ).map((theme) => theme.id);
}
