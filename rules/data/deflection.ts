/** Phrases that push responsibility away from the company. Matcher syntax as in boilerplate.ts. */
export interface DeflectionEntry {
  phrase: string;
  kind: 'policy' | 'not-us' | 'blame' | 'passive';
}

const entry = (kind: DeflectionEntry['kind']) => (phrase: string): DeflectionEntry => ({ phrase, kind });
const policy = entry('policy');
const notUs = entry('not-us');
const blame = entry('blame');
const passive = entry('passive');

export const deflections: DeflectionEntry[] = [
  policy('per our|company|the policy|policies|rules|terms'),
  policy('as per our|company|the policy|policies|rules|terms'),
  policy('it is|it\'s|that is|that\'s|this is our? company|management? policy'),
  policy('company|management policy'),
  policy('our policy|policies does|do|is|are not|n\'t? allow|permit|state|states|clearly'),
  policy('policy does|do not allow|permit'),
  policy('against our|company policy'),
  notUs('out of our hands|control'),
  notUs('beyond our control'),
  notUs('not in|within our control'),
  notUs('outside our|of our control|remit'),
  notUs('not our department|fault|responsibility|problem'),
  notUs('not responsible|liable for'),
  notUs('handled|managed|decided|determined|made by another|a|your|the different? team|department|bank|insurer|insurance|provider|company|carrier|manufacturer|partner|vendor|operator'),
  notUs('the system will|does|won\'t|doesn\'t|can\'t|cannot not? let|allow'),
  notUs('at the|your bank\'s|bank|provider\'s|operator\'s end'),
  notUs('from the|your bank|telecom|provider|operator|issuer|merchant'),
  notUs('from your end'),
  notUs('due to temporary|technical|network difficulty|difficulties|issues|issue|glitch'),
  notUs('a fairly? normal|common|standard|usual practice'),
  notUs('as do all the|other hotels|companies'),
  blame('you should have|\'ve'),
  blame('you should\'ve'),
  blame('you were supposed|required to'),
  blame('you failed to'),
  blame('you did not|didn\'t follow|read|provide|inform|tell|mention|check'),
  blame('as previously|already stated|mentioned|explained|advised|informed'),
  blame('as i|we have? already|previously? explained|said|stated|mentioned|advised'),
  blame('as stated|mentioned|explained before|earlier|previously'),
  blame('we would like to inform you that'),
  blame('kindly|please note that? our|the|your'),
  blame('fyi'),
  blame('we never heard'),
  blame('we were not aware'),
  passive('mistakes|errors were|have been made'),
  passive('things|mistakes|errors can? and? do? go|went|happen|happened wrong?'),
  passive('in spite of|despite our best efforts|intentions'),
  passive('despite our best efforts|intentions'),
  passive('sometimes things|the things go|went wrong'),
];

/** A reason given with an alternative is not a deflection. */
export const alternativeMarkers = /\b(?:but|however|instead|alternatively|what (?:i|we) can|(?:i|we) can|(?:i|we) have|i've|we've|(?:i|we)'ll|(?:i|we) will|happy to|glad to|option|workaround|in the meantime)\b/;
