import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { allMatches } from '../src/text.js';

// Whole placeholders are merged into single syntax nodes by the parser, so any placeholder
// punctuation still standing in the prose belongs to a malformed one.
const marks = /\{\{|\{%|%\{|#\{|\{\$|<otrs_|\{|\}\}|%\}|\}/g;

export default defineRule({
  meta: {
    id: 'no-broken-placeholder',
    category: 'clarity',
    description: 'Keep template placeholders well formed, and fill them before sending a draft',
    docs: 'rules/docs/no-broken-placeholder.md',
    messages: {
      broken: 'Malformed placeholder "{actual}": check the opening and closing braces',
      unfilled: 'Placeholder "{actual}" is not filled in: replace it before sending',
    },
    options: z.object({}).strict(),
    defaultSeverity: 'error',
  },
  create(context) {
    return {
      anySentence(sentence) {
        for (const token of sentence.tokens) {
          if (token.syntax === 'placeholder' && !context.settings.template) {
            context.report({
              start: token.start,
              end: token.end,
              messageId: 'unfilled',
              expected: ['<the value>'],
            });
          }
          // "%{ticket.id" without its brace reads as a web address to the parser.
          if (token.syntax === 'url' && /[{}]/.test(token.text)) {
            context.report({
              start: token.start,
              end: token.end,
              messageId: 'broken',
              expected: ['%{ticket.id}'],
            });
          }
        }
        // Well-formed placeholders are masked in `norm`; any marks left belong to broken ones.
        const norm = sentence.norm;
        // Every mark holds a brace but "<otrs_": most sentences need no search.
        if (!norm.includes('{') && !norm.includes('}') && !norm.includes('<otrs_')) return;
        let covered = 0;
        for (const mark of allMatches(marks, norm)) {
          if (mark.index < covered) continue;
          let from = mark.index;
          let to = mark.index + mark[0].length;
          if (/^(?:\}\}?|%\})$/.test(mark[0])) {
            // A closer with no opener: take the name before it.
            from = norm.slice(0, from).search(/[^\s{}%#$]*\s*$/);
          } else {
            const rest = norm.slice(to, to + 60);
            const closer = /^[^\n{]*?(?:\}\}?|%\}|>)/.exec(rest);
            to += closer
              ? closer[0].length
              : (/^\s*[^\s,!?;:]*/.exec(rest)?.[0].replace(/\.+$/, '').length ?? 0);
          }
          covered = to;
          context.report({
            start: sentence.start + from,
            end: sentence.start + to,
            messageId: 'broken',
            expected: ['{{first_name}}', '%{ticket.id}'],
          });
        }
      },
    };
  },
});
