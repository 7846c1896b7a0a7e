import * as z from 'zod';
import { spellChecker } from '../src/analysis/spelling.js';
import { PhraseMatcher } from '../src/engine/matcher.js';
import { defineRule } from '../src/engine/rule.js';
import type { Token } from '../src/engine/sentence.js';
import { hasLineBreak } from '../src/text.js';
import { confusions, joinableShortWords, supportVocabulary } from './data/typos.js';

const confusionMatcher = new PhraseMatcher(confusions);
/** Findings with one right answer, which `--fix` may apply. Misspellings need a person. */
const mechanical = new Set(['split', 'joined', 'doubled', 'doubleSpace', 'missingSpace', 'confused']);

/** "Lets" → "Let's", "lets" → "let's": keep the writer's capitalisation of the first letter. */
function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

const builtInVocabulary = new Set(supportVocabulary.map((w) => w.toLowerCase()));
/** The accepted words per config: built once per pair of lists, not once per reply. */
const vocabularies = new WeakMap<readonly string[], WeakMap<readonly string[], Set<string>>>();
function vocabularyFor(configWords: readonly string[], ruleWords: readonly string[]): Set<string> {
  if (configWords.length === 0 && ruleWords.length === 0) return builtInVocabulary;
  let byRuleWords = vocabularies.get(configWords);
  if (!byRuleWords) {
    byRuleWords = new WeakMap();
    vocabularies.set(configWords, byRuleWords);
  }
  let vocabulary = byRuleWords.get(ruleWords);
  if (!vocabulary) {
    vocabulary = new Set([
      ...builtInVocabulary,
      ...[...configWords, ...ruleWords].map((w) => w.toLowerCase()),
    ]);
    byRuleWords.set(ruleWords, vocabulary);
  }
  return vocabulary;
}

/** No English word in a reply is longer than this. */
const maxWordLength = 30;

const lettersOnly = /^[a-z]+(?:['’][a-z]+)?$/i;

export default defineRule({
  meta: {
    id: 'no-typos',
    category: 'clarity',
    description: 'Fix misspellings, split or joined words, doubled words and stray spaces',
    docs: 'rules/docs/no-typos.md',
    messages: {
      misspelled: 'Misspelled "{actual}"',
      split: '"{actual}" is one word split in two: "{word}"',
      joined: '"{actual}" is two words run together: "{words}"',
      doubled: 'Doubled word "{actual}"',
      doubleSpace: 'Stray double space inside a sentence',
      missingSpace: 'Missing space after "{mark}" in "{actual}"',
      confused: '"{actual}" should be "{replacement}"',
    },
    options: z
      .object({
        /** Extra words to accept, on top of the config's `words`. */
        words: z.array(z.string()).default([]),
        /** Most spelling suggestions computed per reply (each costs time). */
        maxSuggestions: z.number().int().min(0).default(5),
      })
      .strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    const checker = spellChecker(context.settings.language);
    const vocabulary = vocabularyFor(context.settings.words, context.options.words);
    let suggestionsLeft = context.options.maxSuggestions;

    /** `word` is lower case: only lower-case words are checked or built from checked ones. */
    const isKnownWord = checker.knownWith(vocabulary);
    const isKnown = (word: string): boolean =>
      isKnownWord(word.includes('’') ? word.replace(/’/g, "'") : word);
    /** Only plain lower-case words are checked: names, brands and acronyms are left alone. */
    // Longer "words" are codes or IDs, and spelling work grows fast with length: they are left alone.
    const isCheckable = (token: Token): boolean =>
      token.kind === 'word' &&
      token.text.length > 2 &&
      token.text.length <= maxWordLength &&
      token.text === token.lower &&
      lettersOnly.test(token.text);

    return {
      sentence(sentence) {
        const tokens = sentence.tokens;
        const checkable: boolean[] = [];
        // Each word is looked up once; the checks below ask about it up to three times.
        const unknown: boolean[] = [];
        for (const token of tokens) {
          const check = isCheckable(token);
          checkable.push(check);
          unknown.push(check && !isKnown(token.text));
        }
        // Tokens already reported, by start; most sentences have none, so the set is made on first use.
        let flagged: Set<number> | undefined;
        const flag = (start: number) => {
          flagged ??= new Set();
          flagged.add(start);
        };
        const report = (start: number, end: number, messageId: string, expected: string[], data = {}) => {
          const [first] = expected;
          const fix =
            mechanical.has(messageId) && first !== undefined
              ? { start, end, text: matchCase(context.text.slice(start, end), first) }
              : undefined;
          context.report({ start, end, messageId, expected, data, fix });
        };

        for (const hit of confusionMatcher.match(sentence.content)) {
          const content = sentence.content.filter((t) => t.start >= hit.start && t.end <= hit.end);
          if (hit.entry.sentenceStart && content[0] !== tokens.find((t) => t.kind === 'word')) continue;
          const wrong = hit.entry.wrongWord === 'all' ? hit : content.at(hit.entry.wrongWord);
          if (!wrong) continue;
          for (const t of content) flag(t.start);
          report(wrong.start, wrong.end, 'confused', [hit.entry.replacement], {
            replacement: hit.entry.replacement,
          });
        }

        // "account!I'm": the parser ends the sentence at "!" although no space follows.
        const previous = context.sentences[sentence.index - 1];
        const firstWord = tokens[0];
        const lastWord = previous?.tokens.at(-2);
        const mark = previous?.tokens.at(-1);
        if (
          previous?.role === 'body' &&
          previous.end === sentence.start &&
          mark?.kind === 'punctuation' &&
          /^[.!?]$/.test(mark.text) &&
          lastWord?.kind === 'word' &&
          /[a-z]$/.test(lastWord.text) &&
          firstWord?.kind === 'word' &&
          /^[A-Z]/.test(firstWord.text)
        ) {
          report(
            lastWord.start,
            firstWord.end,
            'missingSpace',
            [`${lastWord.text}${mark.text} ${firstWord.text}`],
            {
              mark: mark.text,
            },
          );
        }

        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index];
          if (!token || flagged?.has(token.start)) continue;

          // "charge.It" is one word to the parser: a full stop and a capital inside it is a missing space.
          // A checkable word is letters only, so it cannot hold a sentence mark.
          const glued =
            checkable[index] !== true &&
            (token.kind === 'word' || (token.kind === 'source' && token.syntax === 'url')) &&
            (token.text.includes('.') || token.text.includes('!') || token.text.includes('?'))
              ? /^([a-z]{2,})([.!?])([A-Z][a-z]+)$/.exec(token.text)
              : null;
          if (glued) {
            report(token.start, token.end, 'missingSpace', [`${glued[1]}${glued[2]} ${glued[3]}`], {
              mark: glued[2] ?? '.',
            });
            continue;
          }
          const space = tokens[index + 1];
          const next = tokens[index + 2];

          if (
            token.kind === 'word' &&
            space?.kind === 'whitespace' &&
            next?.kind === 'word' &&
            !hasLineBreak(space.text)
          ) {
            // Doubled word: "the the".
            if (token.lower === next.lower && /^[a-z]+$/.test(token.text) && token.lower !== 'had') {
              report(token.start, next.end, 'doubled', [token.text]);
              flag(next.start);
              index += 2;
              continue;
            }
            // Split word: "wor  ks" → "works" (only where a half is unknown or the gap is wide).
            const suspect = unknown[index] || unknown[index + 2] || space.text.length > 1;
            const joined = suspect ? token.text + next.text : '';
            if (
              suspect &&
              joined.length <= maxWordLength &&
              lettersOnly.test(joined) &&
              joined === joined.toLowerCase() &&
              isKnown(joined)
            ) {
              report(token.start, next.end, 'split', [joined], { word: joined });
              flag(next.start);
              index += 2;
              continue;
            }
          }

          // Missing space after sentence punctuation: "that.We".
          if (
            token.kind === 'word' &&
            space?.kind === 'punctuation' &&
            /^[.!?]$/.test(space.text) &&
            /[a-z]$/.test(token.text) &&
            next?.kind === 'word' &&
            /^[A-Z][a-z]/.test(next.text)
          ) {
            report(token.start, next.end, 'missingSpace', [`${token.text}${space.text} ${next.text}`], {
              mark: space.text,
            });
            continue;
          }

          if (
            token.kind === 'whitespace' &&
            token.text !== ' ' &&
            / {2,}|\t/.test(token.text) &&
            !hasLineBreak(token.text) &&
            index > 0 &&
            index < tokens.length - 1
          ) {
            report(token.start, token.end, 'doubleSpace', [' ']);
            continue;
          }

          if (!unknown[index]) continue;
          const halves = splitInTwo(token.lower, isKnown);
          if (halves === 'compound') continue;
          if (halves) {
            report(token.start, token.end, 'joined', [halves], { words: halves });
            continue;
          }
          let expected: string[] = [];
          if (suggestionsLeft > 0) {
            suggestionsLeft--;
            expected = checker.suggest(token.text).slice(0, 3);
          }
          report(token.start, token.end, 'misspelled', expected);
        }
      },
    };
  },
});

/**
 * "inthe" → "in the": a common short word run into another. Two longer known words
 * ("timeframe", "webform") are more often a compound the dictionary lacks: accepted.
 */
function splitInTwo(word: string, isKnown: (word: string) => boolean): string | 'compound' | undefined {
  let compound = false;
  for (let at = 1; at < word.length; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    const leftShort = joinableShortWords.has(left);
    const rightShort = joinableShortWords.has(right);
    const leftKnown = left.length >= 3 && isKnown(left);
    const rightKnown = right.length >= 3 && isKnown(right);
    if ((leftShort && (rightKnown || rightShort)) || (rightShort && leftKnown)) return `${left} ${right}`;
    if (leftKnown && rightKnown) compound = true;
  }
  return compound ? 'compound' : undefined;
}
