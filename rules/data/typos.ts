/** Real-word slips that a dictionary cannot see. Matcher syntax as in boilerplate.ts. */
export interface ConfusionEntry {
  phrase: string;
  /** The word that is wrong, by position in the phrase (negative counts from the end), or the whole phrase. */
  wrongWord: number | 'all';
  replacement: string;
  /** Only at the start of a sentence. */
  sentenceStart?: boolean;
}

export const confusions: ConfusionEntry[] = [
  { phrase: 'we|i sincerely|truly|deeply? apologies', wrongWord: -1, replacement: 'apologise' },
  { phrase: 'lets', wrongWord: 0, replacement: "Let's", sentenceStart: true },
  {
    phrase: 'its a|an|been|not|good|great|very|so|nice|always|our|my|the|unfortunate',
    wrongWord: 0,
    replacement: "It's",
    sentenceStart: true,
  },
  { phrase: 'feed back', wrongWord: 'all', replacement: 'feedback' },
  { phrase: 'web site', wrongWord: 'all', replacement: 'website' },
  { phrase: 'pass word', wrongWord: 'all', replacement: 'password' },
  { phrase: 'user name', wrongWord: 'all', replacement: 'username' },
  { phrase: 'your welcome', wrongWord: 0, replacement: "you're" },
  { phrase: 'could|would|should of', wrongWord: -1, replacement: 'have' },
];

/** Short words that may be one half of two words run together ("inthe", "tous"). */
export const joinableShortWords = new Set([
  'a',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'in',
  'is',
  'it',
  'me',
  'my',
  'no',
  'of',
  'on',
  'or',
  'so',
  'to',
  'up',
  'us',
  'we',
]);
