/** The inflected forms of an English verb, enough to build clause patterns from base forms. */
export interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

/** Irregular verbs as "base past participle". */
const irregular = new Map<string, [string, string]>(
  [
    'bring brought brought',
    'build built built',
    'buy bought bought',
    'choose chose chosen',
    'do did done',
    'draw drew drawn',
    'find found found',
    'get got got',
    'give gave given',
    'go went gone',
    'hold held held',
    'lay laid laid',
    'leave left left',
    'make made made',
    'meet met met',
    'pay paid paid',
    'put put put',
    'rebuild rebuilt rebuilt',
    'redo redid redone',
    'repay repaid repaid',
    'reset reset reset',
    'resend resent resent',
    'rewrite rewrote rewritten',
    'ring rang rung',
    'run ran run',
    'send sent sent',
    'set set set',
    'speak spoke spoken',
    'take took taken',
    'teach taught taught',
    'tell told told',
    'write wrote written',
  ].map((line) => {
    const [base = '', past = '', participle = ''] = line.split(' ');
    return [base, [past, participle]];
  }),
);

/** Verbs that double their final consonant before -ed and -ing. */
const doubling = new Set([
  'ban',
  'chat',
  'drop',
  'flag',
  'log',
  'map',
  'pin',
  'plan',
  'scan',
  'ship',
  'reship',
  'stop',
  'tap',
  'top',
  'trim',
  'submit',
  'resubmit',
  'refer',
  'transfer',
  'admit',
  'commit',
  'permit',
  'prefer',
  'fit',
  'run',
  'set',
  'get',
  'put',
  'cut',
  'swap',
  'plug',
  'unplug',
  'wrap',
  'strip',
]);

const vowel = /[aeiou]/;

const inflections = new Map<string, VerbForms>();

/** The forms of a verb ("look into" → "looked into"…); each verb is inflected once. */
export function inflect(base: string): VerbForms {
  let forms = inflections.get(base);
  if (!forms) {
    forms = inflectPhrase(base);
    inflections.set(base, forms);
  }
  return forms;
}

function inflectPhrase(base: string): VerbForms {
  const [head = base, ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const forms = inflectWord(head);
  return {
    base,
    third: forms.third + tail,
    past: forms.past + tail,
    participle: forms.participle + tail,
    gerund: forms.gerund + tail,
  };
}

function inflectWord(base: string): VerbForms {
  const last = base.at(-1) ?? '';
  const beforeLast = base.at(-2) ?? '';
  const doubled = doubling.has(base) ? base + last : base;
  let third = `${base}s`;
  if (/(?:s|sh|ch|x|z)$/.test(base)) third = `${base}es`;
  else if (last === 'y' && !vowel.test(beforeLast)) third = `${base.slice(0, -1)}ies`;
  let regular = `${doubled}ed`;
  if (last === 'e') regular = `${base}d`;
  else if (last === 'y' && !vowel.test(beforeLast)) regular = `${base.slice(0, -1)}ied`;
  let gerund = `${doubled}ing`;
  if (base.endsWith('ie')) gerund = `${base.slice(0, -2)}ying`;
  else if (last === 'e' && !/(?:ee|ye|oe)$/.test(base)) gerund = `${base.slice(0, -1)}ing`;
  const [past, participle] = irregular.get(base) ?? [regular, regular];
  return { base, third, past, participle, gerund };
}

interface CharTrie {
  next: Map<string, CharTrie>;
  end: boolean;
}

/** Several patterns share a word list: each list is factored once. */
const alternations = new Map<string, string>();
const regexSyntax = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/']);

/**
 * A regex alternation of phrases; a space in a phrase matches any white space. The phrases are
 * factored into a character trie ("refund(?:ed|ing)?"), which the regex engine runs faster than
 * a flat list. At each branch a longer phrase is tried before a shorter one, as a flat list
 * sorted longest first would: phrases that match at the same place are prefixes of each other.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  const list = [...phrases];
  const key = list.join('\n');
  let source = alternations.get(key);
  if (source === undefined) {
    const root: CharTrie = { next: new Map(), end: false };
    for (const phrase of list) {
      let node = root;
      for (const char of phrase) {
        let child = node.next.get(char);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(char, child);
        }
        node = child;
      }
      node.end = true;
    }
    source = trieSource(root);
    alternations.set(key, source);
  }
  return source;
}

function trieSource(node: CharTrie): string {
  const branches: string[] = [];
  for (const [char, child] of node.next) {
    const literal = char === ' ' ? '\\s+' : regexSyntax.has(char) ? `\\${char}` : char;
    branches.push(literal + trieSource(child));
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A phrase ends here and longer ones go on: the longer ones first (a greedy optional group).
  return `(?:${body})?`;
}

/** The given forms of every verb. */
export function forms(verbs: readonly string[], pick: (forms: VerbForms) => string[]): string[] {
  return verbs.flatMap((verb) => pick(inflect(verb)));
}

/** A regex alternation (longest first) of the given forms of every verb. */
export function alternation(verbs: readonly string[], pick: (forms: VerbForms) => string[]): string {
  return phraseAlternation(forms(verbs, pick));
}
