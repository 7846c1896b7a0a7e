/**
 * Script phrases that could be pasted into any reply and promise nothing, and vague
 * references that show the problem was never named. Matcher syntax: `a|b` alternatives,
 * `word?` optional, `*` any one word.
 */
export interface BoilerplateEntry {
  phrase: string;
  kind: 'script' | 'vague-reference';
  /** A suggestion for the writer to adapt. */
  suggestion: string;
  /** A direct, grammatical replacement `--fix` may apply: the part of the match to replace and its new text. */
  fix?: { find: string; replace: string };
}

const script = (phrase: string, suggestion: string, fix?: BoilerplateEntry['fix']): BoilerplateEntry => ({
  phrase,
  kind: 'script',
  suggestion,
  ...(fix ? { fix } : {}),
});
/** The hedge in "any inconvenience this may have caused" becomes a plain "the inconvenience". */
const unhedge = {
  find: 'any inconvenience(?: (?:this|that|it))?(?: may| might)?(?: have| has)? caused',
  replace: 'the inconvenience',
};
const vague = (phrase: string, suggestion: string): BoilerplateEntry => ({
  phrase,
  kind: 'vague-reference',
  suggestion,
});

export const boilerplate: BoilerplateEntry[] = [
  script('please be assured', 'Say what you have done instead of asking for trust.'),
  script('rest assured', 'Say what you have done instead of asking for trust.'),
  script('we|i can assure you', 'Say what you have done instead of asking for trust.'),
  script(
    "(we are|we're|we remain) dedicated|committed to providing|delivering|offering|ensuring|giving",
    'Name the specific change you made for this customer.',
  ),
  script(
    '(your|customer|guest) satisfaction is our top|utmost|highest|first? priority',
    'Show the priority: say what you did and when.',
  ),
  script('is our top|utmost|highest|first priority', 'Show the priority: say what you did and when.'),
  script(
    'we take (this|this matter|these|these matters|such matters|such issues|your feedback|complaints|guest feedback) very|extremely|most? seriously',
    'Say what you did about it.',
  ),
  script(
    '(we|i) (sincerely|deeply)? (apologize|apologise|apologies) for any inconvenience (this|that|it) (may|might)? (have|has) caused',
    'Sorry for the trouble with <the problem>.',
    unhedge,
  ),
  script(
    '(apologize|apologise|apologies) for any inconvenience caused',
    'Sorry for the trouble with <the problem>.',
    unhedge,
  ),
  script(
    '(sorry|regret) for any inconvenience (this|that|it) (may|might)? (have|has) caused',
    'Sorry for the trouble with <the problem>.',
    unhedge,
  ),
  script(
    '(we|i) value (your|all) feedback|comments|input|opinion|opinions|business|reviews',
    'Say what the feedback changed.',
  ),
  script(
    'your feedback|comments|input is|are (very|extremely)? valuable|important|invaluable to us',
    'Say what the feedback changed.',
  ),
  script('your feedback|comments|input|opinion means|matters a lot? to us', 'Say what the feedback changed.'),
  script(
    '(thank you|thanks) for bringing (this|it|the matter|these|this issue|this matter) to our attention',
    'Thank you for telling us about <the problem>.',
  ),
  script(
    '(thank you|thanks) for taking (the|some) time to share|write|leave|provide|post|review',
    'Thank you for telling us about <the problem>.',
  ),
  script(
    '(thank you|thanks) for your valuable|kind|honest feedback|review|comments|time',
    'Thank you for telling us about <the problem>.',
  ),
  script(
    '(thank you|thanks) for your patience and understanding',
    'Thank you for waiting; here is where it stands: <status>.',
  ),
  script(
    '(thank you|thanks) for your cooperation|co-operation|understanding',
    'Say what happens next instead.',
  ),
  script(
    'we hope you will not allow|let this one? experience|incident',
    'Say what you changed so it will not happen again.',
  ),
  script(
    "(we are|we're) constantly|continuously|always striving|working|endeavouring|endeavoring to",
    'Name the specific change you made.',
  ),
  script('(we|i) (always|constantly|continuously)? strive to|for', 'Name the specific change you made.'),
  script(
    '(we|i) understand your frustration|disappointment',
    'Name the problem: I understand the <problem> cost you <what>.',
  ),
  script('we regret to learn|hear|know', 'Sorry to hear about <the problem>.'),
  script(
    'appropriate|necessary|corrective|required action|actions|measures (has been|have been|will be|are being|is being) taken',
    'Say exactly what was done.',
  ),
  script(
    "(we|i|we'll|i'll) will? take (the)? necessary|appropriate|corrective|required action|actions|measures|steps",
    'Say exactly what you will do and when.',
  ),
  script(
    "(we|we'll|i|i'll) will? look into (it|this|that|the matter)",
    'Say what you will check, and by when.',
  ),
  script("(we are|we're) looking into (it|this|that|the matter)", 'Say what you are checking, and by when.'),
  script('it (is|was) never our intention', 'Say what you did to fix it.'),
  script('(this|that) is not the standard|level|experience (we|that we)', 'Say what you did to fix it.'),
  script('not up to our|the (usual)? standards|standard|mark', 'Say what you did to fix it.'),
  script(
    'your feedback|comments|review|concerns|suggestions (has been|have been|has|have) passed|forwarded|shared|noted|conveyed|relayed',
    'Say who has it, the case number and when they will reply.',
  ),
  script(
    "(we|i|we've|i've) have? passed|forwarded|shared|noted|conveyed|relayed your feedback|comments|review|concerns|suggestions",
    'Say who has it, the case number and when they will reply.',
  ),
  script("(we|i|we've|i've) have? taken (note|notes|a note) of", 'Say what you did with it.'),
  script('to serve you better', 'Say what will be better and when.'),
  script(
    'we are sorry to hear (about|that)? your experience',
    'Name the problem: sorry the <problem> happened.',
  ),
  script(
    '(apologize|apologise|apologies|apology|regret) for? (any|the) inconvenience|inconveniences (caused|you|this|that|we)',
    'Sorry the <problem> happened.',
  ),
  script('(regret|regrets) the|your inconvenience', 'Sorry the <problem> happened.'),
  script(
    '(sorry|apologies|apologize|apologise) for any inconvenience|difficulties|frustration|frustrations|trouble',
    'Sorry the <problem> happened.',
  ),
  script(
    "(it is|it's) (always|also)? our|my (constant|consistent|continuous|continued)? goal|endeavour|endeavor|aim|mission|priority|commitment to",
    'Say what you did for this customer.',
  ),
  script(
    "(it is|it's) (always|also)? our|my (utmost|top|first|highest) priority",
    'Say what you did for this customer.',
  ),
  script(
    'our|my (number one|main|primary|top|first) goal|priority|aim is',
    'Say what you did for this customer.',
  ),
  script('we pride ourselves on|in', 'Say what you did for this customer.'),
  script('what we are all about', 'Say what you did for this customer.'),
  script('every step of the way', 'Say what happens next, and when.'),
  script('seamless|hassle-free|delightful experience', 'Say what you did for this customer.'),
  script('(we|i) (can)? assure you', 'Say what you have done instead of asking for trust.'),
  script('assuring you? (of)? the? best', 'Say what you have done instead of asking for trust.'),
  script(
    '(we|i) (hope|trust) you will not let|allow this',
    'Say what you changed so it will not happen again.',
  ),
  script('(we|i) hope you (will)? remain|continue', 'Say what you changed.'),
  script(
    '(we|i) (greatly|truly|really|sincerely|do)? appreciate your feedback|understanding|cooperation|co-operation|patience|valuable|kind|insights',
    'Say what the feedback changed.',
  ),
  script(
    '(we|i) (greatly|truly|really|sincerely)? value your insights|opinions|opinion|input',
    'Say what the feedback changed.',
  ),
  script('we welcome (your|all) feedback', 'Say what the feedback changed.'),
  script(
    "we respect (your|our guests'|our guest's|our customers'|all) feedback",
    'Say what the feedback changed.',
  ),
  script(
    'your feedback|comments|input (is|are|will be) crucial|vital|helpful|important|invaluable|essential',
    'Say what the feedback changed.',
  ),
  script('feedback (helps|help|enables|allows|will help) us', 'Say what the feedback changed.'),
  script(
    '(customer|guest) feedback is (a|an)? vital|important|valuable|crucial',
    'Say what the feedback changed.',
  ),
  script('(we|i) have (duly)? noted your', 'Say what you did with it.'),
  script('under (serious)? advisement|consideration', 'Say what you decided.'),
  script('areas where we fell short', 'Name what went wrong.'),
  script('(we|i) (always)? work hard to', 'Name the specific change you made.'),
  script(
    '(is|are) (always|constantly|continuously) working (hard)? to|on',
    'Name the specific change you made.',
  ),
  script("(we are|we're) working on improving", 'Name the specific change you made.'),
  script('to help us serve you better', 'Say what will be better and when.'),
  script(
    '(is|are|am) (fully)? committed|dedicated to providing|making|ensuring|delivering|resolving|offering|giving',
    'Name the specific change you made for this customer.',
  ),
  script('take (it|them|this|these|your feedback) (very)? seriously', 'Say what you did about it.'),
  script("let's work together", 'Say what you will do next.'),
  vague('the area|areas you mentioned|highlighted|raised|pointed', 'Name the area: <the pool, the lobby…>.'),
  vague(
    'the issue|issues|problem|problems|points|point|matter you (have|had)? mentioned|raised|highlighted|experienced|faced|reported|pointed',
    'Name the problem.',
  ),
  vague('the issues|concerns|points|problems raised|mentioned|highlighted', 'Name the problem.'),
  vague('your concerns', 'Name the problem.'),
  vague('the concerns|concern you have|had|raised', 'Name the problem.'),
  vague('such issues|instances|incidents|matters|inconveniences', 'Name the problem.'),
];
