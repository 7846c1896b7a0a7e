/** Phrases that push responsibility away from the company. Matcher syntax as in boilerplate.ts. */
export interface DeflectionEntry {
  phrase: string;
  kind: 'policy' | 'not-us' | 'blame' | 'passive';
}

const entry =
  (kind: DeflectionEntry['kind']) =>
  (phrase: string): DeflectionEntry => ({ phrase, kind });
const policy = entry('policy');
const notUs = entry('not-us');
const blame = entry('blame');
const passive = entry('passive');

export const deflections: DeflectionEntry[] = [
  policy('per (our|company|the|hotel) policy|policies|rules|terms'),
  policy('as per (our|company|the|hotel) policy|policies|rules|terms'),
  policy("(it is|it's|that is|that's|this is) (our|company|the hotel's|the)? (company|management)? policy"),
  policy('(company|management) policy'),
  policy("our policy|policies (does not|doesn't|do not|don't) allow|permit"),
  policy("policy (does not|doesn't) allow|permit"),
  policy('against (our|company) policy'),
  notUs('out of our hands|control'),
  notUs('beyond our control'),
  notUs('not (in|within) our control'),
  notUs('outside (our|of our) control|remit'),
  notUs('not our department|fault|responsibility|problem'),
  notUs('not responsible|liable for'),
  notUs(
    '(handled|managed|decided|determined|made) by (another|a different|your|the) team|department|bank|insurer|insurance|provider|company|carrier|manufacturer|partner|vendor|operator',
  ),
  notUs("the system (will not|won't|does not|doesn't|can't|cannot) let|allow"),
  notUs("at (the|your) (bank's|bank|provider's|operator's|merchant's) end"),
  notUs('(failure|issue|problem|error|delay) from (the|your) bank|telecom|provider|operator|issuer|merchant'),
  notUs('from your end'),
  notUs('due to (a)? temporary|technical|network difficulty|difficulties|issues|issue|glitch'),
  notUs('normal|common|standard|usual practice'),
  notUs('as do (all|most|other) (the)? hotels|companies|airlines|banks'),
  blame("you should (have|'ve)"),
  blame("you should've"),
  blame('you were supposed|required to'),
  blame('you failed to'),
  blame("you (did not|didn't) follow|read|provide|inform|tell|mention|check|contact"),
  blame('as (previously|already) stated|mentioned|explained|advised|informed'),
  blame('as (i|we) (have)? (already|previously)? explained|said|stated|mentioned|advised'),
  blame('as (stated|mentioned|explained) before|earlier|previously'),
  blame('we would like to inform you that'),
  blame('(kindly|please) note that|,'),
  blame('only if you'),
  blame(
    'we encourage|urge (our guests|our customers|guests|customers|you) to share|inform|report|contact|tell|bring|notify',
  ),
  notUs('(it|this) can|may|is (sometimes|often)? (be)? difficult|hard|challenging|tricky to'),
  blame('awaiting for? your response|reply|confirmation'),
  blame('as you can see from'),
  blame('(was|were|is|are) actually'),
  notUs('we do provide|offer|have|clean|check|mention|inform'),
  notUs('(many|most) of our guests|customers|users'),
  notUs('out of the ordinary'),
  notUs('some|other|most|many|all hotels|airlines|companies|banks|stores|providers|restaurants|properties'),
  notUs('contact (the|your) * directly'),
  blame('fyi'),
  blame('we never heard'),
  blame('we were not aware'),
  passive('(mistakes|errors) (were|have been) made'),
  passive('things (can and do|can|do|sometimes) go wrong'),
  passive('things went wrong'),
  passive('(in spite of|despite) our best efforts|intentions'),
];

/** A reason given with an alternative is not a deflection. */
export const alternativeMarkers =
  /\b(?:what\s+(?:i|we)\s+can\s+do|(?:but|however),?\s+(?:i|we)\s+(?:can|could|will|'ll|have|'ve)|(?:i|we)\s+can\s+(?:offer|arrange|refund|replace|move|exchange|upgrade|book)|instead|alternatively|happy\s+to\s+(?:arrange|offer|help|refund|replace|move)|options?|workaround|in\s+the\s+meantime|you\s+can\s+(?:use|order|book|collect|try|choose|get|still)|(?:still|also)\s+available|so\s+(?:that\s+)?we\s+can)\b/;
