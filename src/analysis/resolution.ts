import { passes, type WordTest, wordTest } from '../engine/anchors.js';
import type { Range } from '../engine/rule.js';
import type { SentenceView } from '../engine/sentence.js';
import { allMatches } from '../text.js';
import type { ReplyKind } from '../types.js';
import * as lexicon from './lexicon.js';
import { alternation, forms, phraseAlternation } from './morphology.js';

/**
 * The resolution analysis: reads each body sentence once and finds the four parts of a
 * resolution (actions, status, ETA, notify) plus the signals the kiss-off verdict needs.
 * Patterns are built from general clause shapes — who acts, the verb's tense and aspect,
 * what it acts on — and the word lists in lexicon.ts.
 */
export interface Resolution {
  actions: Range[];
  status: Range[];
  etaSpecific: Range[];
  etaVague: Range[];
  notify: Range[];
  /** Invitations that leave the follow-up to the customer ("let us know if…"). */
  burden: Range[];
  acknowledgements: Range[];
  workarounds: Range[];
  /** The reply says the fix is already done: no ETA or notify promise is needed. */
  complete: boolean;
}

const adverbs = String.raw`(?:\s+(?:[a-z]+ly|now|just|already|also|since|then|again|today|both|all|even|personally|gone\s+ahead\s+and|went\s+ahead\s+and)){0,3}`;
const pronoun = `(?:i|we|they|he|she)`;
const agentNoun = String.raw`(?:our|my|the|a|an|your)\s+(?:[a-z-]+\s+){0,3}?(?:${phraseAlternation(lexicon.agentNouns)})`;
const subject = `(?:${pronoun}|${agentNoun})`;
const concreteFuture = lexicon.actionVerbs.filter((v) => !lexicon.vagueFutureVerbs.includes(v));

const participles = forms(lexicon.actionVerbs, (f) => [f.participle]);
const pasts = forms(lexicon.actionVerbs, (f) => [f.past]);
const gerunds = forms(lexicon.actionVerbs, (f) => [f.gerund]);
const concreteBases = forms(concreteFuture, (f) => [f.base]);
const concreteGerunds = forms(concreteFuture, (f) => [f.gerund]);
const handOffForms = forms(lexicon.handOffVerbs, (f) => [f.participle, f.past]);
const notifyBases = forms(lexicon.notifyVerbs, (f) => [f.base]);
const notifyGerunds = forms(lexicon.notifyVerbs, (f) => [f.gerund]);

const actionParticiple = phraseAlternation(participles);
const actionPast = phraseAlternation(pasts);
const actionGerund = phraseAlternation(gerunds);
const concreteBase = phraseAlternation(concreteBases);
const concreteGerund = phraseAlternation(concreteGerunds);
const handOffDone = phraseAlternation(handOffForms);
const notifyBase = phraseAlternation(notifyBases);
const notifyGerund = phraseAlternation(notifyGerunds);

const re = (source: string) => new RegExp(source, 'g');

const perfect = re(
  String.raw`\b(?:i've|we've|they've|(?:${subject})\s+(?:have|has|had))${adverbs}\s+(?:${actionParticiple})\b`,
);
// "they" is left out: in a simple past it is as often the customer's party as the company's.
const simplePast = re(
  String.raw`\b(?:i|we|he|she|${agentNoun})${adverbs}\s+(?:${actionPast})\b|^(?:have\s+)?${adverbs}\s*(?:${actionPast})(?=\s+(?:the|your|a|an|it|them|our|my|this|these|that)\b)`,
);
/** "…and also briefed our staff": a past verb continuing the company's own clause. */
const continuedPast = re(String.raw`\band${adverbs}\s+(?:have\s+)?(?:${actionParticiple})\b`);
const progressive = re(
  String.raw`\b(?:i'm|we're|they're|he's|she's|(?:${subject})\s+(?:am|is|are))${adverbs}\s+(?:${actionGerund})\b`,
);
const workingOn = re(
  String.raw`\bworking\s+(?:on\s+(?:a|an|the|your)\s+(?:[a-z-]+\s+)?(?:${phraseAlternation(lexicon.workNouns)})\b|(?:[a-z']+\s+){0,6}?to\s+(?:${concreteBase})\b)`,
);
const futureAct = re(
  String.raw`\b(?:i'll|we'll|they'll|he'll|she'll|(?:${subject})\s+(?:will|shall)|(?:i'm|we're|i\s+am|we\s+are)\s+going\s+to)${adverbs}(?:\s+(?:be\s+sure\s+to|make\s+sure\s+to|also))?\s+(?:(?:${concreteBase})|be\s+(?:${concreteGerund}))\b`,
);
const futurePassiveWithOwner = re(
  String.raw`\bwill\s+be\s+(?:${actionParticiple})\s+(?:[a-z]+\s+){0,3}?(?:with|by)\s+(?:our|the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?:${phraseAlternation(lexicon.agentNouns)})\b`,
);
// Finished states: the listed participles plus every action verb's that makes (not prepares) a fix.
const completedForms = [
  ...lexicon.completedParticiples,
  ...forms(
    lexicon.actionVerbs.filter((v) => !lexicon.processVerbs.includes(v)),
    (f) => [f.participle],
  ),
];
const completed = phraseAlternation(completedForms);
const passiveDone = re(
  String.raw`\b(?:(?:has|have|had)(?:\s+(?:now|already|just|also|since))*\s+been|is|are|was|were|it's|that's|this's|got)(?:\s+(?:now|already|fully|just|successfully|also|all|been))*\s+(?:${completed})\b`,
);
const inProgress = re(
  String.raw`\b(?:is|are|it's|they're|'s|'re)(?:\s+(?:now|currently|already|still))*\s+(?:with\s+(?:our|the|their)\s+[a-z]|in\s+(?:transit|progress|development|the\s+process\s+of|the\s+queue|qa|testing|review)|being\s+(?!taken\b|relayed\b|noted\b|passed\b|shared\b|forwarded\b|considered\b|looked\b|reviewed\b)[a-z]+(?:ed|en)\b|under\s+(?:review|investigation|repair)|on\s+(?:its|their|the)\s+(?:way|van)|booked|scheduled|due\s+(?:in|on|to|for|by)|ready\s+(?:to|for)|on\s+hold|back\s+(?:in|on|up)|live\b|out\s+for)`,
);
const nowState = re(String.raw`\b(?:is|are)\s+now\s+(?!that\b|aware\b|able\b|going\b|closed\b)[a-z0-9$£€]`);
const alreadyShows = re(String.raw`\b(?:already|now)\s+shows?\b`);
const handOff = re(
  String.raw`\b(?:${subject}|i've|we've|and)(?:\s+(?:have|has|had))?${adverbs}\s+(?:${handOffDone})\b`,
);
const reference =
  /\b(?:case|ticket|ref|reference|claim|job|incident|complaint)\s*(?:no\.?|number|#|id)?\s*[:#]?\s*(?:[a-z]{0,4}-?\d{3,}|_{3,})/;
const owner = re(
  String.raw`\bto\s+(?:a|an|our|the|my)\s+(?:[a-z-]+\s+){0,2}?(?:${phraseAlternation(lexicon.ownerNouns)}|management)\b`,
);

const notifyPromise = re(
  String.raw`\b(?:i'll|we'll|they'll|he'll|she'll|(?:${subject}|someone|(?:our|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:will|shall))(?:\s+(?:[a-z]+ly|also|then|definitely|be\s+sure\s+to|make\s+sure\s+to|try\s+to|again)){0,2}\s+(?:be\s+(?:${notifyGerund})|${notifyBase})\b(?:\s+(?:you|back|up|to\s+you|with\s+you|in\s+touch|on|in|once|when|as|by|the|a|an|tonight|tomorrow|this|next|with))?`,
);
const needsYou =
  /^(?:notify|update|inform|contact|email|e-mail|text|call|ring|phone|message|dm|mail|send|confirm|write|reach)/;
const youWillGet = re(
  String.raw`\b(?:you'll|you\s+will|you\s+should)\s+(?:also\s+)?(?:get|receive|be\s+(?:sent|notified|contacted|updated|informed|emailed|called))\b(?:\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+)?(?:${phraseAlternation(lexicon.notificationNouns)}))?|\bwill\s+be\s+(?:answered|responded\s+to|contacted|notified|updated|informed)\b|\band\s+(?:will\s+)?(?:update|notify|inform|contact|email|e-mail|text|call|ring|message|dm|write\s+to|revert|get\s+back\s+to)\s+you\b|\b(?:and|will|'ll|me)\s+(?:personally\s+)?provide\s+you\s+with\s+(?:an?\s+)?update\b|\brevert\s+(?:back\s+)?(?:once|when|with|to\s+you)\b`,
);
const conditionalPromise =
  /\b(?:if\s+need\s+be|if\s+necessary|if\s+needed|if\s+required|where\s+necessary|if\s+appropriate)\b/;
const burden = re(
  String.raw`\bfeel\s+free\s+to\b|\b(?:do\s+not|don't|dont)\s+hesitate\b|\blet\s+(?:us|me)\s+know\s+(?:if|when|whether|should|how)\b|\bif\s+you\s+(?:have|need|require)\s+(?:any|further|more)\b|\b(?:please\s+)?(?:contact|call|email|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to|dm|message)\s+us\s+(?:again|if|back|any\s+time|anytime)\b|\byou\s+can\s+(?:always\s+)?(?:check|track|view|see|monitor|follow)\b|\breply\s+(?:to\s+this|if|here)\b|\bkeep\s+an\s+eye\s+on\b`,
);

const vague = re(String.raw`\b(?:${phraseAlternation(lexicon.vagueTimes)})\b`);
const numberish = String.raw`(?:\d+(?:\.\d+)?|${phraseAlternation(lexicon.numberWords)})`;
const unit = String.raw`(?:business\s+|working\s+|calendar\s+)?(?:${phraseAlternation(lexicon.durationUnits)})`;
const weekday = phraseAlternation(lexicon.weekdays);
const month = phraseAlternation(lexicon.months);
const clock = String.raw`\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d(?:\s?(?:utc|gmt|[a-z]st|[a-z]dt))?|noon|midday|midnight`;
const date = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${month})\b|(?:${month})\s+\d{1,2}(?:st|nd|rd|th)?\b|the\s+\d{1,2}(?:st|nd|rd|th)\b|(?!24/7)\d{1,2}/\d{1,2}(?:/\d{2,4})?`;
const forwardTime = re(
  String.raw`\b(?:within|in|under|inside)\s+(?:the\s+next\s+)?(?:${numberish})(?:\s*(?:-|–|to|or)\s*(?:${numberish}))?\s+${unit}\b|\b\d+\s*(?:-|–|to)\s*\d+\s+${unit}\b|\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:day|week|month|today|tomorrow)|eod|cob|close\s+of\s+business|tomorrow|tonight|${weekday}|${clock}|${date})|\b(?:end\s+of\s+(?:the\s+)?(?:day|week)|eod)\b|\b(?:tomorrow|tonight|later\s+today|next\s+(?:${weekday}|week|month))\b|\b(?:${unit})\s+from\s+now\b`,
);
const anchoredTime = re(
  String.raw`\b(?:on\s+|this\s+|next\s+)?(?:${weekday})\b(?:\s+(?:morning|afternoon|evening))?|\b(?:${clock})\b|\b(?:${date})|\bthis\s+(?:morning|afternoon|evening|week)\b|\btoday\b|\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+and\s+\d{1,2}`,
);
const etaName = /eta|due|deadline|resolution|expected|estimate/i;
const futureMarker =
  /\b(?:will|'ll|shall|going\s+to|should|expect|expected|due|scheduled|booked|planned|arriv\w*|coming|between|until|till|by|ready|depart\w*|takes?|allow|estimated|eta)\b/;

const acknowledgement = re(String.raw`\b(?:${phraseAlternation(lexicon.acknowledgementStems)})`);
const workaround = re(
  String.raw`(?:^|\b(?:please|you\s+can|you\s+could|you\s+may|simply|just|then|first|also)\s+)(?:${phraseAlternation(lexicon.workaroundVerbs)})\b`,
);
const negation = /\b(?:not|never|no\s+longer)\b|n't\b/;
// Clauses that hang on "once / if / when", or on "ensure that / glad that / sorry (that)",
// state nothing that has happened.
const conditionalBefore =
  /\b(?:once|when|whenever|after|as\s+soon\s+as|if|until|till|the\s+moment|unless|ensure|ensures|ensuring|make\s+sure|making\s+sure|hope|hoping|glad|happy|pleased|delighted|hear|hearing|learn|learning|know|knowing|noticed?|understand|sorry|unfortunately|disappointing|disappointed|shame|regret)\s+(?:that\s+)?(?:[a-z'_,]+\s+){0,4}$/;
const fixParticiple =
  /\b(?:fixed|resolved|refunded|credited|replaced|restored|corrected|sorted|processed|completed|reinstated|repaired|rectified|reversed|waived|removed|unblocked|unlocked|released|re-released|reimbursed|delivered)\b/;

/**
 * Which patterns a sentence could hold, from its words alone (src/engine/anchors.ts). Each
 * pattern needs one of its anchor words (the first word of each verb form or phrase it is built
 * around), and some also need one of a few gate words ("have" for a perfect, "will" for a promise).
 * A regex that finds a word between word boundaries always finds it among the sentence's runs of
 * letters and digits, so these tests never rule out a match; one map look-up per word of the
 * sentence answers all of them, and most sentences rule most patterns out.
 */
const anchors: Array<[RegExp, readonly string[]]> = [
  [perfect, participles],
  [simplePast, pasts],
  [continuedPast, participles],
  [progressive, gerunds],
  [workingOn, ['working']],
  [futureAct, [...concreteBases, ...concreteGerunds]],
  [futurePassiveWithOwner, participles],
  [passiveDone, completedForms],
  [handOff, handOffForms],
  [notifyPromise, [...notifyBases, ...notifyGerunds]],
  [workaround, lexicon.workaroundVerbs],
  [vague, lexicon.vagueTimes],
  // The first word of each invitation and of each "you'll get / will be notified" branch.
  [
    burden,
    [
      ...['feel', 'do', 'don', 'dont', 'let', 'if', 'please', 'contact', 'call', 'email', 'reach', 'get'],
      ...['write', 'dm', 'message', 'you', 'reply', 'keep'],
    ],
  ],
  [youWillGet, ['you', 'will', 'and', 'll', 'me', 'revert']],
  // Every branch of an estimate ends on a unit ("in 3 days", "5-7 days", "2 hours from now") or
  // starts with a deadline word ("by Friday", "end of day", "next week").
  [
    forwardTime,
    [
      ...lexicon.durationUnits,
      ...['by', 'before', 'until', 'till', 'no', 'end', 'eod', 'tomorrow', 'tonight', 'later', 'next'],
    ],
  ],
];
/** Words a pattern's fixed part needs besides its anchor ("'ve" is the run "ve", "'s" the run "s"). */
const gateWords: Array<[RegExp, readonly string[]]> = [
  [perfect, ['ve', 'have', 'has', 'had']],
  [continuedPast, ['and']],
  [futureAct, ['will', 'll', 'shall', 'going']],
  [futurePassiveWithOwner, ['will']],
  [passiveDone, ['been', 'is', 'are', 'was', 'were', 'got', 's']],
  [inProgress, ['is', 'are', 's', 're']],
  [nowState, ['now']],
  [alreadyShows, ['shows', 'show']],
  [notifyPromise, ['will', 'll', 'shall']],
  // The word each invitation turns on: "feel free", "hesitate", "let us know", "any further", "contact us"…
  [
    burden,
    [
      ...['free', 'hesitate', 'know', 'any', 'further', 'more', 'us', 'check', 'track', 'view', 'see'],
      ...['monitor', 'follow', 'reply', 'eye'],
    ],
  ],
  // The verb of each "you'll get / will be notified / and will update you / provide you with" branch.
  [
    youWillGet,
    [
      ...['get', 'receive', 'be', 'update', 'notify', 'inform', 'contact', 'email', 'e', 'text', 'call'],
      ...['ring', 'message', 'dm', 'write', 'revert', 'provide'],
    ],
  ],
];
/** Gates that are not whole words: a short scan of the sentence, run after the word tests pass. */
const gatePatterns = new Map<RegExp, RegExp>([
  [progressive, /ing\b/],
  [handOff, /(?:ed|sent|shared)\b/],
  [
    forwardTime,
    /\d|\b(?:within|in|by|before|until|till|end|eod|tomorrow|tonight|later|next|from|under|inside)\b/,
  ],
  [anchoredTime, /\d|day\b|\b(?:this|noon|midday|midnight|today|between)\b/],
]);

/** A pattern runs only in sentences that pass every one of its word tests. */
const wordTests = new Map<RegExp, WordTest[]>();
for (const [pattern, words] of [...anchors, ...gateWords]) {
  wordTests.set(pattern, [...(wordTests.get(pattern) ?? []), wordTest(words)]);
}
/** "I / we / our": the company speaks in the sentence. */
const companyWords = wordTest(['i', 'we', 'our']);
/** Words every hedge in `conditionalPromise` starts with. */
const hedgeWords = wordTest(['if', 'where']);

function mayMatch(pattern: RegExp, sentence: SentenceView): boolean {
  for (const test of wordTests.get(pattern) ?? []) if (!passes(sentence, test)) return false;
  return gatePatterns.get(pattern)?.test(sentence.norm) !== false;
}

type Match = Range & { text: string };
const noMatches: readonly Match[] = [];

function matches(pattern: RegExp, sentence: SentenceView): readonly Match[] {
  if (!mayMatch(pattern, sentence)) return noMatches;
  const found: Match[] = [];
  for (const match of allMatches(pattern, sentence.norm)) {
    const leading = match[0].length - match[0].trimStart().length;
    const start = match.index + leading;
    const text = match[0].trim().replace(/^(?:and|,)\s*/, '');
    const offset = match[0].trim().length - text.length;
    found.push({
      start: sentence.start + start + offset,
      end: sentence.start + start + offset + text.length,
      text,
    });
  }
  return found;
}

/** A clause that is negated or hangs on "once / if / when" states nothing that has happened. */
/** "Happy to inform you that…" asserts what follows. */
const reportsFact =
  /\b(?:inform|tell|confirm|advise|update|assure|share|announce|know)\s+(?:you\s+)?that\s+$/;

function isAsserted(sentence: SentenceView, range: Range): boolean {
  const inside = sentence.norm.slice(range.start - sentence.start, range.end - sentence.start);
  if (negation.test(inside)) return false;
  const justBefore = sentence.norm.slice(
    Math.max(0, range.start - sentence.start - 30),
    range.start - sentence.start,
  );
  if (reportsFact.test(justBefore)) return true;
  const before = sentence.norm.slice(
    Math.max(0, range.start - sentence.start - 60),
    range.start - sentence.start,
  );
  return !conditionalBefore.test(before);
}

function trailing(sentence: SentenceView, range: Range, length = 40): string {
  return sentence.norm.slice(range.end - sentence.start, range.end - sentence.start + length);
}

const vagueObject =
  /^\s+(?:into\s+)?(?:it|this|that|these|those|them|the\s+(?:matter|issue|issues|same|problem|problems|situation|areas?|points?|concerns?)|your\s+(?:feedback|concerns?|comments?|review|issue|matter|suggestions?))\b/;
/** "initiated appropriate action": an act with no named content, whatever the verb. */
const emptyObject =
  /^\s+(?:the\s+)?(?:appropriate|necessary|required|corrective|suitable|strict|needful|immediate)\s+(?:action|actions|measures|steps)\b/;
const processVerb = new RegExp(
  `\\b(?:${alternation(lexicon.processVerbs, (f) => [f.base, f.past, f.participle, f.gerund])})\\b`,
);
const vagueVerb = new RegExp(
  `\\b(?:${alternation(lexicon.vagueFutureVerbs, (f) => [f.base, f.past, f.participle, f.gerund])})\\b`,
);
/** Verbs that contact the customer: "we will contact you" is a notify promise, not an action. */
const contactVerb = /\b(?:contact|call|update|email|e-mail|text|message)\s+you\b/;
/** A ticket or request that was created, logged or closed: status only for an acknowledgement. */
const ticketSubject =
  /\b(?:ticket|request|case|e-?mail|inquiry|enquiry|query|message|follow-up|complaint)\s+(?:number\s+)?(?:_+\s+)?(?:has|have|is|was|had)\b/;
const ticketParticiple =
  /\b(?:created|logged|received|closed|opened|raised|rejected|registered|updated|recorded)\b/;
/** Present passive without a time adverb ("is handled", "is updated") is often a habit, not an event. */
const presentPassive = /^(?:is|are|it's|that's|this's)\s+(?!now\b|already\b|fully\b|just\b|successfully\b)/;

export function analyseResolution(
  sentences: readonly SentenceView[],
  kind: ReplyKind = 'complaint',
): Resolution {
  const result: Resolution = {
    actions: [],
    status: [],
    etaSpecific: [],
    etaVague: [],
    notify: [],
    burden: [],
    acknowledgements: [],
    workarounds: [],
    complete: false,
  };
  for (const sentence of sentences) {
    if (sentence.role !== 'body') continue;
    const isQuestion = sentence.text.trimEnd().endsWith('?');
    for (const m of matches(acknowledgement, sentence)) result.acknowledgements.push(m);
    // One invitation per sentence is enough to point at.
    const [invitation] = matches(burden, sentence);
    if (invitation) result.burden.push(invitation);
    for (const m of matches(workaround, sentence)) if (!isQuestion) result.workarounds.push(m);
    if (isQuestion) continue;

    // Read only where a time word or a time placeholder needs it.
    let future: boolean | undefined;
    const hasFuture = () => {
      future ??= futureMarker.test(sentence.norm);
      return future;
    };
    /** A vague verb ("looked into", "reviewing") counts only with a concrete object. */
    const vagueUse = (m: Match) =>
      emptyObject.test(trailing(sentence, m)) ||
      (vagueVerb.test(m.text) && vagueObject.test(trailing(sentence, m)));
    const companySpeaks = passes(sentence, companyWords);
    for (const pattern of [perfect, simplePast, ...(companySpeaks ? [continuedPast] : [])]) {
      for (const m of matches(pattern, sentence)) {
        if (!isAsserted(sentence, m) || vagueUse(m)) continue;
        result.actions.push(m);
        // Checking or asking is an action; only a verb that makes the fix says where it stands.
        if (!processVerb.test(m.text)) result.status.push(m);
        // "I've refunded the charge": done in the reply itself, so nothing is left to promise.
        if (fixParticiple.test(m.text)) result.complete = true;
      }
    }
    for (const m of matches(progressive, sentence)) {
      if (!isAsserted(sentence, m) || vagueUse(m)) continue;
      // "We're investigating the outage" says where things stand; only a concrete verb is an action too.
      if (!processVerb.test(m.text) || vagueVerb.test(m.text)) result.status.push(m);
      if (!vagueVerb.test(m.text)) result.actions.push(m);
    }
    for (const m of matches(workingOn, sentence)) result.status.push(m);
    for (const pattern of [futureAct, futurePassiveWithOwner]) {
      for (const m of matches(pattern, sentence)) {
        if (!isAsserted(sentence, m) || vagueUse(m)) continue;
        if (contactVerb.test(m.text + trailing(sentence, m, 5))) continue;
        result.actions.push(m);
      }
    }
    for (const m of matches(passiveDone, sentence)) {
      if (!isAsserted(sentence, m)) continue;
      const before = sentence.norm.slice(
        Math.max(0, m.start - sentence.start - 40),
        m.start - sentence.start + 12,
      );
      if (ticketSubject.test(before) && ticketParticiple.test(m.text)) {
        if (kind === 'acknowledgement') result.status.push(m);
        continue;
      }
      result.status.push(m);
      if (presentPassive.test(m.text)) continue;
      result.actions.push(m);
      if (fixParticiple.test(m.text)) result.complete = true;
    }
    for (const pattern of [inProgress, nowState, alreadyShows]) {
      for (const m of matches(pattern, sentence)) if (isAsserted(sentence, m)) result.status.push(m);
    }
    const hasNotify = (() => {
      if (passes(sentence, hedgeWords) && conditionalPromise.test(sentence.norm)) return false;
      let found = false;
      for (const m of matches(notifyPromise, sentence)) {
        const verb = m.text.replace(/^.*?(?:will|shall|'ll)\s+(?:[a-z]+ly\s+|also\s+|then\s+|be\s+)*/, '');
        const after = m.text + trailing(sentence, m, 12);
        if (needsYou.test(verb) && !/\b(?:you|back)\b/.test(after)) continue;
        // "follow up with our manager" is an internal act, not a promise to the customer.
        if (/^follow\s+up\s+with\b/.test(verb) && !/\bwith\s+you\b/.test(after)) continue;
        // A trigger ("once it's fixed, we'll text you") is what a notify promise looks like: only negation counts.
        if (negation.test(m.text)) continue;
        result.notify.push(m);
        found = true;
      }
      for (const m of matches(youWillGet, sentence)) {
        result.notify.push(m);
        found = true;
      }
      return found;
    })();
    for (const m of matches(handOff, sentence)) {
      if (!isAsserted(sentence, m)) continue;
      owner.lastIndex = 0;
      if (reference.test(sentence.norm) || owner.test(sentence.norm) || hasNotify) {
        result.actions.push(m);
        result.status.push(m);
      }
    }
    for (const m of matches(forwardTime, sentence)) result.etaSpecific.push(m);
    // Placeholders count in `wordCount` but not in `words`: only a sentence with one is searched.
    const holdsPlaceholder = sentence.wordCount > sentence.words.length;
    for (const token of holdsPlaceholder ? sentence.tokens : []) {
      // A time placeholder is an estimate when it is one by name or is framed as one ("by {{date}}").
      if (!token.denotesTime) continue;
      const lead = sentence.norm.slice(
        Math.max(0, token.start - sentence.start - 12),
        token.start - sentence.start,
      );
      if (etaName.test(token.text) || hasFuture() || /\b(?:by|within|until|on|before|in)\s*$/.test(lead)) {
        result.etaSpecific.push({ start: token.start, end: token.end });
      }
    }
    if (!mayMatch(anchoredTime, sentence) && !mayMatch(vague, sentence)) continue;
    const pastOnly = !hasFuture() && /\b(?:have|has|had|was|were|did)\b|\b[a-z]+ed\b/.test(sentence.norm);
    if (!pastOnly) {
      for (const m of matches(anchoredTime, sentence)) {
        if (hasFuture()) result.etaSpecific.push(m);
      }
      for (const m of matches(vague, sentence)) result.etaVague.push(m);
    }
  }
  return result;
}
