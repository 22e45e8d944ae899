/**
 * The assessment vocabulary (docs/assessment.md, section 3). Each pattern is
 * compiled once; the assessor runs them in order: domain phrases are blanked,
 * then concern cues are found and blanked, then strength cues are found in
 * what is left, so a strength word inside a negated or hedged phrase
 * ("not sufficiently robust", "less well articulated") never counts as praise.
 */

/**
 * One pattern from alternatives that each start at a word boundary, with the
 * boundary tested once, before them all: at the many positions inside a word
 * no alternative is tried (`\bA|\bB` tries each at every position). Same
 * matches, in the same order of preference.
 */
function atWordStart(alternatives: string[]): RegExp {
  const bare = alternatives.map((a) => {
    if (!a.startsWith(String.raw`\b`)) throw new Error(`not at a word boundary: ${a}`);
    return a.slice(2);
  });
  return new RegExp(String.raw`\b(?:${bare.join("|")})`, "gi");
}

/**
 * Phrases in which a concern word describes the children, the families or the
 * work rather than a shortfall of the service: "who do not speak English",
 * "not given or withdrawn", "There has not been a need to use formal
 * procedures", "limited need to escalate". ("Concerns" needs no entry: it is
 * not a concern cue, as "child protection concerns" and "where there are
 * concerns" are the work itself.)
 */
export const DOMAIN = atWordStart([
  String.raw`\bnot given or withdrawn\b`,
  // The names of Every Child Matters' outcomes, by which Ofsted's judgements are headed: "Opportunities to
  // make a positive contribution are adequate" says how the outcome is judged, not "positive".
  String.raw`\b(?:make|makes|making) a positive contribution\b`,
  String.raw`\bachieving economic well-?being\b`,
  String.raw`\b(?:do|does|did) not meet the (?:threshold|criteria)\b`,
  // Negation in a relative clause on people describes them, not the service:
  // "children who have not taken up their school places", "for whom a match has not yet been identified".
  // (Only of children and families: "staff who have not been trained" is a shortfall.)
  String.raw`\bwho (?:do|does|did) not\b`,
  // (The people are read back from "who", so the pattern is tried only where "who" is.)
  String.raw`\bwho (?:have|has|had|are|is|were|was) (?:not|no longer)\b(?<=\b(?:children|young people|child|person|people|pupils|families|parents|carers|care leavers|mothers|fathers|those) who \w+ (?:not|no longer))`,
  String.raw`\bfor whom (?:[\w'’-]+ ){1,3}?(?:has|have|had|is|are|was|were) not\b`,
  // So does an absence in such a clause: "young people who come into the country
  // seeking asylum with no one holding parental responsibility for them".
  String.raw`\bwith no\b(?: [\w'’-]+){0,5}(?<=\b(?:children|young people|child|person|people|pupils|families|parents|mothers|fathers|those) who [^.;:]{0,80}?with no(?: [\w'’-]+){0,5})`,
  String.raw`\bthere (?:has|have|had) not been (?:a|any) need\b`,
  // A shortfall that may arise, as what a process is for: "enables … managers to identify
  // any performance shortfalls emerging in their area". (Read back from the shortfall.)
  String.raw`\bany (?:[\w-]+ )?(?:shortfalls?|gaps?|delays?|issues?|problems?|difficult(?:y|ies)|deficits?|weaknesses?|lapses?)\b(?<=\b(?:identify|identifies|identified|identifying|detect|detects|detected|detecting|address|addresses|addressed|addressing|tackle|tackles|tackled|tackling|resolve|resolves|resolved|resolving|respond to|act on|discuss|discussed|understand|raise|raised|report|reported) any (?:[\w-]+ )?[\w-]+)`,
  // So is one a process is set up to find, said as its purpose: "to help the virtual school identify gaps".
  String.raw`\b(?:shortfalls?|gaps?|delays?|issues?|problems?|weaknesses?)\b(?<=\bto (?:[\w'’-]+ ){0,4}?(?:identify|detect|spot|find) (?:[\w-]+ )?[\w-]+)`,
  String.raw`\b(?:limited|no|little|less) need\b`,
  String.raw`\bnot at risk\b`,
  // "For all but a very few" is nearly all.
  String.raw`\ball but (?:a )?(?:very )?few\b`,
  String.raw`\bfail(?:ure|s|ed|ing)? to (?:attend|improve|thrive)\b`,
  String.raw`\bwithout (?:unnecessary |undue |further )?delay\b`,
  String.raw`\bnarrowing the gap\b`,
  // The cases a service is for: "support … where there are difficulties related to hearing impairment".
  String.raw`\bwhere there (?:are|is|were|was|have been) (?:\w+ ){0,2}?(?:difficult(?:y|ies)|problems?|concerns?)\b`,
  // What an understanding or a report covers, not a finding: "the service's strengths and weaknesses".
  String.raw`\bstrengths (?:and|as well as) (?:weaknesses|poor performance|areas (?:for|requiring|that require|in need of) (?:further )?(?:improvement|development))\b`,
  String.raw`\bas well as\b`,
  // A need of the cases a service is for, not a shortfall of it: "for young
  // children for whom permanency is required", "where more specialist advice … are required"
  // ("an area where … support is required" names the shortfall: kept).
  // (Read back from the need, so "where" and "when", common words, cost nothing.)
  String.raw`\b(?:is|are) (?:also )?(?:required|needed|necessary)\b(?<=\b(?:(?<!\barea )where|when|for whom|whom)\b[^.;:]{1,60}? (?:is|are) (?:also )?(?:required|needed|necessary))`,
  // What an aim is to prevent is not a shortfall: "Provision is in place to
  // ensure young people are not detained unnecessarily".
  String.raw`\bto (?:ensure|make sure)(?: that)? (?:[\w'’-]+ ){1,5}?(?:is|are|do|does|will|can|should) not\b`,
  // So is what it is to avoid or prevent: "Plans are regularly reviewed to avoid drift".
  String.raw`\bto (?:avoid|prevent|minimi[sz]e)\b(?: the (?:potential|risk|likelihood|chance)s? (?:for|of))?(?: (?:any |further |unnecessary )?(?:drift|delays?|gaps?|lapses?|difficult(?:y|ies)|failures?|problems?))?`,
  String.raw`\bwell-?being\b`,
  // How sure the inspectors are, not praise: "It is clear that … staff have
  // yet to experience the full impact"; "clear evidence" of a shortfall ("of
  // drift"), not of a good ("Records provide clear evidence of supervision").
  String.raw`\bit (?:is|was) clear that\b|\bclear evidence (?=of (?:[\w'’-]+ ){0,2}?(?:drift|delays?|gaps?|poor|weak\w*|inconsisten\w*|lack))`,
  String.raw`\bno longer able\b`,
  // The name of a judgement area, not praise: "the contribution of health
  // services to keeping children and young people safe is inadequate".
  String.raw`\bkeep(?:ing|s)? (?:children|them|young people|looked after children)(?: and young people)? safe\b`,
  // Descriptions of people's circumstances: "families at risk of poor health outcomes".
  // Never past a verb, so "at risk of harm have not been seen" keeps its concern.
  String.raw`\b(?:at )?risks? of\b(?: (?!(?:is|are|was|were|has|have|had|do|does|did|not|remain|remains)\b)\w+){0,3}`,
  // A tool's name, not a finding.
  String.raw`\bstrengths and difficulties questionnaires?\b`,
  // Shortfalls already put right: "addressed almost all areas for improvement".
  String.raw`\baddressed (?:almost |nearly )?all (?:the )?areas? (?:for|of) (?:improvement|development)`,
  String.raw`\bareas? (?:for|of) (?:improvement|development)[^.;]{0,60}?(?:have|has) (?:now )?been addressed\b`,
  String.raw`\b(?:gaps|weaknesses|shortfalls) identified in previous\b`,
]);

/**
 * Words and phrases that report a shortfall, gap, delay, inconsistency or
 * something not yet done, however softened. Deliberately broad: a missed
 * concern costs these readers more than a false alarm.
 */
export const CONCERN = atWordStart([
  // Negation, with the words it governs, so that "not sufficiently robust"
  // is one cue and "robust" is not read as praise.
  String.raw`\b(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would)(?: not|n['’]t)(?! (?:only|just) )(?: (?:yet|always|consistently|sufficiently|fully|clearly|routinely|currently|been)){0,3}(?: (?!(?:but|although|while|whilst|which|however|because|so|as|where|when|and (?:their|the|these|this|it|its|they|there|a|an|some|many|most|staff|children|young)\b)\b)[\w'-]+){0,7}`,
  String.raw`\b(?:may|might) not\b(?: [\w'-]+){0,2}`,
  // A negated comparison of degree and an excess are shortfalls: "not as clear
  // as they could be", "overly technical", "an overly positive impression".
  String.raw`\bnot as [\w-]+ as\b|\boverly [\w-]+`,
  String.raw`\bnot (?:yet|always|consistently|sufficiently|fully|clearly|routinely|all|enough|evident|good enough|well|being)\b(?: \w+){0,2}`,
  // Feedback reported as a worry: "Foster carers … report concern over changes of
  // social worker", "Care leavers have expressed their dissatisfaction".
  String.raw`\b(?:report(?:s|ed)?|express(?:es|ed)?) (?:their )?(?:concerns?|worries|frustration) (?:over|about|regarding|that|at)\b`,
  String.raw`\b(?:cannot|never)\b(?: \w+){0,2}`,
  String.raw`\byet to\b(?: \w+){0,4}`,
  // One group (one branch of the pattern is cheaper than several): grades
  // and decline; a praise word negated by its prefix ("has been ineffective
  // in supporting", "seen inappropriately … as a suitable placement"); what
  // did not happen or holds things back ("have failed to develop", "a missed
  // opportunity", "breaching their rights", "meetings have lapsed",
  // "stretching the capacity"); named faults (shortcomings, errors, overdue).
  String.raw`\b(?:inadequate(?:ly)?|unsatisfactory|cursory|scant|infrequent(?:ly)?|rarely|seldom|deteriorat\w*|worsen\w*|ineffective(?:ly)?|inappropriate(?:ly)?|unclear|unsuitable|unsuccessful|unrealistic|unmet|uncoordinated|inaccessible|ill-informed|unaware|over-?optimistic|shortcomings?|failings?|deficienc(?:y|ies)|flaw(?:s|ed)|errors?|omissions?|overdue|patchy|fragmented|ad hoc|sporadic(?:ally)?|superficial|under-?(?:resourced|used|reported|reporting)|missed opportunit(?:y|ies)|(?:failed|fails|failing) to|breach(?:es|ed|ing)?|lapsed|cancell?ed|postponed|stretching (?:the )?capacity|less progress|hinder(?:s|ed|ing)?|hamper(?:s|ed|ing)?|imped(?:es|ed|ing)|undermin(?:es|ed|ing)|dissatisf\w*|miss(?:es|ed|ing)? out|(?:seriously|adversely|negatively|detrimentally) (?:impact(?:s|ed|ing)?|affect(?:s|ed|ing)?)|(?:adverse|negative|detrimental) (?:impact|effect))\b`,
  String.raw`\b(?:is|are|was|were|completed|received|held|sent|done|made|arrived?|arrives) (?:\w+ )?late\b|\btoo late\b|\blate (?:completion|reports?|referrals?|notifications?)\b`,
  String.raw`\b(?:insufficient(?:ly)?|inconsisten\w*|variab(?:le|ility)|limited|absent|weak(?:er|ly|ness|nesses)?|poor(?:ly|er)?|under-?performance|under-?developed|overstretched|unacceptable)\b(?: \w+){0,1}`,
  // What is lacking is not praise: "lack a clear focus on outcomes".
  String.raw`\black(?:s|ing|ed)?\b(?: (?:a|an|any|of|the|sufficient|clear|robust|effective|consistent|good|appropriate|timely)){0,4}(?: \w+)?`,
  String.raw`\b(?:very )?little\b(?: \w+){0,2}`,
  // "at a very early stage", "in the early stages": not yet working ("at an
  // early stage of implementation" alone is told of work going well, Barnet 6.6).
  String.raw`\b(?:at an? very|in the(?: very)?) early stages?\b`,
  String.raw`\b(?:very|only a|only) few\b|\b(?:less|fewer) than (?:half|a third|a quarter)\b|\bonly half\b`,
  String.raw`\b(?:waiting lists?|gaps?|delays?|delayed|lapses?|shortfalls?|shortages?|backlogs?|deficits?|difficult(?:y|ies)|failures?|vacan(?:t|cy|cies)|drift)\b`,
  String.raw`\bout of date\b`,
  // A size set against praise by a contrast is a limit: "an active, yet small group".
  String.raw`\b(?:but|yet) (?:still )?(?:very |relatively |rather |too )?(?:small|few|low|narrow|slow)\b`,
  // "only" before a small amount or a partial act: "had only recruited five
  // foster carers", "low at only 9%", "only partially met"; and waits told in months.
  String.raw`\bonly (?:a |an )?(?:\d[\d.,]*%?(?![\w%])(?: (?:reduction|increase|improvement|fall|rise|drop))?|(?:slightly |marginally )?(?:reduced|increased|improved|fallen|risen|dropped)\b|(?:one|two|three|four|five|six|a (?:small|minority|third|quarter)|partially|partly|recruited|completed|received|achieved)\b)|\bpartially (?:met|implemented|completed|effective)\b`,
  String.raw`\b(?:took|takes|taking|take|waited|waiting|wait) (?:too |much |over |more than )?(?:longer|many months|several months|over \w+ (?:weeks|months))\b`,
  String.raw`\bbelow\b(?: \w+){0,3}`,
  String.raw`\bremains? (?:much |significantly |too )?(?:higher|high|lower|wide|low|below)\b`,
  String.raw`\b(?:higher|worse) (?:proportion |rate )?than (?:in |that of |the )?(?:similar|England|national|regional|statistical|comparator|average)`,
  String.raw`\b(?:very )?high (?:caseloads?|workloads?)\b`,
  String.raw`\bcaseloads\b[^.;]{0,60}?\b(?:are|is) (?:very |too )?high\b`,
  String.raw`\bchallenges remain\b`,
  String.raw`\bexceeds? (?:\w+ ){0,2}capacity\b`,
  String.raw`\blow levels? of\b`,
  String.raw`\bless (?:well|effective|robust|clear|consistent|positive|timely|good|thorough)\b`,
  // Less of a good thing, a comparison by the kind of thing: "far fewer
  // opportunities and less support" (fewer delays would be good news, and is not here).
  String.raw`\b(?:far |much |considerably |significantly )?(?:fewer|less) (?:opportunities|support|access|choice|help|contact|involvement|information|services|provision)\b`,
  String.raw`\btoo (?:many|few|variable|early|slow|long|little|much|high|low|brief|short|thin|limited|narrow|generic|descriptive|inconsistent|weak|vague)\b`,
  String.raw`\b(?:would|could) (?:benefit from|be (?:more|better|further|improved|strengthened))\b(?: ['‘]?[\w-]+){0,2}`,
  String.raw`\bwould welcome\b`,
  // A want of more, as felt by those served or staff: "they required better information
  // about the service and more flexible appointment times".
  String.raw`\b(?:required|require|requires|needed|wanted|want|wants|would like) (?:much |far )?(?:better|more|greater|clearer)\b`,
  String.raw`\brequir(?:es?|ed|ing) (?:further |some |more |urgent )?(?:review|development|improvement|scrutiny|strengthening|attention|action)\b`,
  // A need stated: "is required", "further work is needed to improve the quality".
  String.raw`\b(?:is|are|was|were) (?:also |still |now |urgently )?(?:required|needed|necessary)\b`,
  String.raw`\b(?:more|much more) (?:needs to be done|to do|to be done|work is needed)\b`,
  String.raw`\b(?:there is|there remains|recogni[sz](?:es?|ed|ing)|recognition of|acknowledg(?:es?|ed|ing)|(?:is|are) aware of) (?:a |the |an )?(?:clear |further |continuing )?(?:need|necessity) (?:to|for)\b`,
  // A need still to be met: "still needs to be robustly embedded".
  String.raw`\bstill needs? to\b|\b(?:is|are) still to be\b`,
  // A need stated of a thing, not of the people a service is for ("children who
  // need to be seen", "whether a child needs to be looked after"): "needs to be
  // further embedded", "are clear but need to be refreshed".
  String.raw`\bneeds? to be (?:further |more |fully |better )?[a-z]+ed\b(?<!\b(?:who|child|children|people|person|pupils|families|parents|carers|they|he|she) needs? to be (?:further |more |fully |better )?[a-z]+ed)`,
  String.raw`\bneed to (?:strengthen|improve|increase|develop|ensure|address|review|tighten)\b`,
  // A step recognised as next, to get more of something, says there is not
  // enough of it now ("The next step recognised by the authority is to secure more stability").
  String.raw`\b(?:recogni[sz]ed|acknowledged)\b[^.;]{0,60}?\bto (?:secure|achieve|bring|provide|increase|develop|build) (?:more|greater|further)\b`,
  String.raw`\bareas? for (?:further )?(?:improvement|development)\b|\bareas? of (?:under-?performance|poor practice|weakness)\b`,
  String.raw`\b(?:in its infancy|in draft|too early|only just begun|early days)\b`,
  String.raw`\b(?:to achieve|towards) full (?:coverage|cover|compliance)\b`,
  String.raw`\bcontrary to\b`,
  String.raw`\brather than\b`,
  String.raw`\blimit(?:s|ing) (?:the|their)\b(?: \w+){0,2}`,
  String.raw`\bit would be (?:good|better|helpful|beneficial)\b(?: \w+){0,2}`,
  String.raw`\b(?:have|has) had to\b|\bhaving to (?:remain|wait|travel|go)\b`,
  String.raw`\bto further (?:develop|strengthen|improve)\b`,
  String.raw`\bhowever\b`,
  String.raw`\b(?:a (?:serious |significant |particular )?concern|cause for concern|(?:is|are|were|was) concerned)\b`,
]);

/** Words and phrases that judge something good, effective or improved. */
export const STRENGTH = atWordStart([
  // The first group ends with findings told by what something does for
  // children ("This ensures that … are closely matched", "is helping to set a
  // realistic price", "services … have been protected"); "to ensure" and "to
  // help" are aims, blanked before this is read.
  String.raw`\b(?:good|effective(?:ly)?|robust(?:ly)?|strong(?:ly|er)?|strengthened|well|timely|prompt(?:ly)?|clear(?:ly)?|comprehensive|consistent(?:ly)?|better|positive(?:ly)?|improved|improving|improvements|valued|valuable|commended|appropriate(?:ly)?|innovative|vigilant(?:ly)?|embedded|sensitive(?:ly)?|careful(?:ly)?|thorough(?:ly)?|swift(?:ly)?|tenacious|aspirational|sound|creative|useful|helpful(?:ly)?|successful(?:ly)?|success|satisfied|satisfaction|pleased|proud|encouraged|enhanced|routinely|accessible|friendly|kind|best practice|actively|maintained|value|greater|suitabl[ey]|safely|invested|reduced|reducing|reduction|high quality|good-quality|well-\w+|safe|responsive|established|mandatory|increasingly|increased|additional|benefitt?ing|fully integrated|ensures|ensured|ensure that|helps|helping|enables|enabling|improves|strengthens|protected|achievements?|proactive(?:ly)?|excellent|exemplary|impressive|exceptional(?:ly)?|child-(?:focused|centred)|supportive|well received|regularly|tailored|highly|praised|rigorous(?:ly)?|coherent(?:ly)?|properly|purposeful(?:ly)?|quickly|at the earliest opportunity|stable|integral|manageable|sufficient(?:ly)?|rightly|easy to|respectful(?:ly)?|with respect(?! to))\b`,
  // "taken seriously" is praise; "seriously impacting" is not.
  String.raw`\b(?:taken|take|takes|taking) (?:\w+ ){0,3}?seriously\b`,
  String.raw`\b(?:is|are) a (?:particular |key |notable |real )?strength\b|\b(?:marked|significant|considerable|notable|clear|some)(?: recent)? improvements?\b|\bimprovements? in\b`,
  String.raw`\b(?:good|expected|steady) progress\b|\bbeginning to (?:be addressed|impact|improve|make a (?:positive |real )?difference|have (?:a|an) (?:positive )?(?:impact|effect))`,
  String.raw`\b(?:an increase in|on track|achieve(?:s|d)? (?:the|their) targets?|exceed(?:s|ed)? (?:this|the target))\b`,
  String.raw`\bhigh (?:standard|priority|level of (?:satisfaction|contact|support))\b`,
  // More of a practice (as "there has been more scrutiny"): "has introduced a renewed focus".
  String.raw`\b(?:renewed|sharper|stronger|clearer|increased) (?:focus|emphasis|commitment|drive|attention)\b`,
  String.raw`\ba (?:wide|broad|rich) (?:range|variety|choice) of\b`,
  // A recognition earned: "has achieved You're Welcome accreditation".
  String.raw`\b(?:achieved|awarded|gained|attained) (?:[\w'’-]+ ){0,3}?(?:accreditation|award|status|kitemark|quality mark)\b`,
  String.raw`\bcare is taken\b`,
  String.raw`\b(?:on time|within (?:the )?(?:timescales?|agreed timescales?|target times?))\b`,
  // Timeliness told as a finding: "seen … within 24 hours", "completed within six months".
  String.raw`\bwithin (?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|14|28) (?:working )?(?:hours|days|weeks|months)\b`,
  String.raw`\bclosely (?:monitored|with)\b`,
  String.raw`\bno waiting list\b`,
  String.raw`\brelatively low\b`,
  String.raw`\b(?:has|have) been (?:addressed|enhanced|secured|created)\b`,
  String.raw`\bbenefitt?(?:s|ed|ing)? from\b`,
  String.raw`\bup to date\b`,
  String.raw`\bmeets? (?:the |their )?(?:requirements|statutory)|\bmeeting their statutory\b`,
  String.raw`\bthere (?:has|have) (?:been )?no (?:whistle|allegations|complaints)`,
  // More of a practice is praise ("There has recently been more scrutiny of
  // the quality of PEPs"); more of a shortfall or a cost is not (nor of one
  // already read as a concern and blanked: a word must follow).
  String.raw`\bthere (?:has|have) (?:recently |also |since )?been (?:more|greater|increased|better|stronger)\b(?= \w)(?! (?:delays?|complaints?|incidents?|referrals?|demand|pressure|use of agency|changes|turnover|vacancies|exclusions?|admissions?|concerns?)\b)`,
  // An emphatic "do" before a contrast concedes a good ("Reports … do include
  // current information …, but these are not sharply focused"): the sentence is both.
  // Present tense only: a past "did consider individual cases, but …" tells
  // what an act covered before what it lacked, and is read as the lack.
  String.raw`\b(?:does|do) (?<!\b(?:to|what \w+|how \w+) (?:does|do) )(?!(?:not|so|this|that|it|the|a|an|more|well|nothing|anything|enough|they|we|you)\b)[a-z]+\b(?=[^.;]{1,200}\bbut\b)`,
]);

/**
 * Aims and work in progress ("are being strengthened to enable improvements",
 * "to ensure all needs are appropriately identified"): praise words inside them
 * describe what is hoped for, not what inspectors found, so they are blanked
 * before strength cues are looked for (concern cues in them still count).
 * An aim ends at the main verb that follows it ("to support children … are
 * working well") or at "and there" ("action is being taken to address this
 * and there is evidence of some improvement"), so the finding after it is
 * still read; "to ensure" takes a
 * whole clause, verb and all ("to ensure all young people have a
 * comprehensive health history").
 */
export const PURPOSE = atWordStart([
  String.raw`\bbeing (?:strengthened|improved|enhanced|developed|reviewed|embedded|implemented)\b`,
  String.raw`\b(?:is|are) (?:even |all the |therefore |particularly )?(?:more |most )?(?:critical|crucial|important|vital|essential) (?:in|to|for) [a-z]+ing\b(?: [\w'-]+){0,8}`,
  String.raw`\bto (?:ensure|make sure)(?: that)?\b(?: [\w'-]+){0,12}`,
  String.raw`\bto (?<!\bbeginning to )(?:help|support|enable|drive|promote|improve|strengthen|enhance|build|develop|secure|achieve|deliver|increase|reduce|address|keep|provide|tighten)\b(?: (?:there (?:is|are)|(?!(?:is|are|was|were|has|have|had)\b|and there\b)[\w'-]+)){0,10}`,
]);

/**
 * The good-news phrases among DOMAIN: they are blanked before the concern
 * rules but are themselves strengths ("no need to use formal procedures").
 */
export const GOOD_NEWS = atWordStart([
  String.raw`\bthere (?:has|have|had) not been (?:a|any) need\b`,
  String.raw`\blimited need\b`,
  String.raw`\bnot at risk\b`,
  String.raw`\bwithout (?:unnecessary |undue )?delay\b`,
  String.raw`\baddressed (?:almost |nearly )?all (?:the )?areas? (?:for|of) (?:improvement|development)`,
  String.raw`\b(?:have|has) (?:now )?been addressed\b`,
  String.raw`\b(?:gaps|weaknesses|shortfalls) identified in previous\b`,
]);
