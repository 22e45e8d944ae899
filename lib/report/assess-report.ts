import { createHash } from "node:crypto";
import { assessParagraph, THEMES, themesOf } from "../assessment";
import type { AssessedReport, InspectionReport } from "./types";

/**
 * Adds the evidence reading to a parsed report: each finding paragraph's
 * assessment, its sentences and themes, and each recommendation's themes.
 * Recomputed from the text alone, so a report already assessed under older
 * rules comes back assessed under the current ones.
 */
export function assessReport(report: InspectionReport): AssessedReport {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map(({ ref, text }) => {
        const { assessment, sentences } = assessParagraph(text);
        return { ref, text, assessment, sentences, themes: themesOf(text) };
      }),
    })),
    recommendations: report.recommendations.map((r) => ({ ...r, themes: themesOf(r.text) })),
  };
}

/**
 * How stored evidence is laid out; raise it when the stored form changes, so
 * that every stored report is assessed again.
 */
const STORAGE_FORMAT = 1;

/*
 * Sentences from the seed reports (findings and recommendations) whose
 * reading stands for the rules' behaviour. The rules live in lib/assessment and
 * change without anyone remembering to bump a number; a change that reads any
 * of these differently, or changes the theme list, changes the version, and
 * stored reports are then read again (`npm run reassess`). A change that
 * reads none of them differently goes unnoticed: `npm run reassess -- --all`.
 */
const PROBES = [
  "The contribution of health services to keeping children and young people safe is good.",
  "Barnet, Enfield and Haringey Mental Health NHS Trust (BEHMHT) regularly carries out patient experience surveys of its CAMHS services.",
  "Health staff demonstrate good awareness of the importance of gaining consent and communicating effectively with children and their families.",
  "Failure to attend appointments and follow up checks is closely monitored.",
  "The paediatric liaison nurse provides an effective link between Barnet hospital, walk in clinics, and community services; and ensures information is promptly shared with relevant agencies to promote further investigation of concerns.",
  "Strong relationships and effective 'virtual team' work between partner agencies is secured by regular multi-agency information sharing forums.",
  "Health staff provide good support to teenage parents and young mothers.",
  "The community midwife service benefits from a stable and experienced workforce and workloads are of an appropriate size to allow for intensive or long term work with some families.",
  "Health care staff have received appropriate training in recognising children and parents who have been subject to domestic violence and those at risk of sexual exploitation.",
  "NHS London (the strategic health authority) found safeguarding arrangements were strongly led with a positive culture during its service improvement visit in October 2010.",
  "NHS Trusts have robust recording policies that ensure staff maintain an accurate and up to date record of their involvement with a child and their family.",
  "review and provide assurance that safeguarding arrangements for children with disabilities, young people who self-harm and families where parents have mental health needs are sufficiently robust.",
  "appoint a designated doctor for looked after children to strengthen the capacity of health staff to support the work of the designated nurse for looked after children.",
  "The health of looked after children is adequate.",
  "Local health visitors routinely provide information and advice about a range of local services and encourage parents to use Dudley's Family Information Service to increase their awareness of help available locally.",
  "Health management plans in schools provide good information about children's care needs and risks to their wellbeing.",
  "There is timely access to CAMHS services for children who are looked after.",
  "There is positive partnership working between health and children's centre staff to address low levels of breastfeeding activity.",
  "Appropriate checks are made of the vulnerability of children and young people presenting at Russells Hall hospital.",
  "There are appropriate policies and procedures in place that meet safe recruitment requirements.",
  "The contribution of the designated and named nurses located in NHS Dudley is highly valued by partner organisations who report easy access to advice and support.",
  "Senior managers have recognised the need to strengthen quality assurance and ensure planned improvements in the quality and consistency of safeguarding practice.",
  "Whistle blowing procedures are in place and inspectors found that the procedure had been effectively used in one case to alert senior managers to poor standards of practice.",
  "ensure the draft health action plan is implemented and fully supports improvements in health provision including case recording, health contribution to holistic assessments of need and risk, case planning and measurement of health outcomes and impact.",
  "ensure MARAC is fully operational and effective leadership is in place in order to meet the level of demand of such arrangements.",
  "actively engage young people in shaping the delivery of local health services to ensure they are 'child friendly'.",
  "Children and young people are not yet consistently involved in planning, commissioning, delivery and evaluation of local health services, although there are examples of positive practice in some areas.",
  "All local NHS health organisations have clear work plans to deliver their organisational priorities with respect to safeguarding children.",
  // Two sentences: a theme named once as an aside of a theme named in both.
  "Consent to medical examination and treatment is appropriately managed and records contain copies of consent forms signed by parents, or where appropriate, the young person themselves. Audits include checks to ensure consent and confidentiality is appropriately handled.",
];

let version: string | undefined;

/** A short fingerprint of the findings rules, stored with each report's evidence. */
export function analysisVersion(): string {
  version ??= `${STORAGE_FORMAT}-${createHash("sha256")
    .update(JSON.stringify([THEMES, PROBES.map((text) => [assessParagraph(text), themesOf(text)])]))
    .digest("hex")
    .slice(0, 16)}`;
  return version;
}
