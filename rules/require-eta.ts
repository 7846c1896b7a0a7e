import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { replyLevelRange } from './shared.js';

export default defineRule({
  meta: {
    id: 'require-eta',
    category: 'resolution',
    description: 'Give an accurate estimate of the time to fix the problem',
    docs: 'rules/docs/require-eta.md',
    messages: {
      missing:
        'No time estimate: say when the fix or the next step will happen (a date, a time or a bounded duration)',
      vague: 'Vague time "{actual}": give a date, a time or a bound such as "within 48 hours"',
    },
    options: z.object({}).strict(),
    appliesTo: ['complaint', 'acknowledgement'],
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      end() {
        const resolution = context.facts.resolution;
        if (resolution.etaSpecific.length > 0 || resolution.complete) return;
        if (resolution.etaVague.length > 0) {
          for (const range of resolution.etaVague) {
            context.report({
              start: range.start,
              end: range.end,
              messageId: 'vague',
              expected: ['within 48 hours', 'by <weekday>', 'by 5 pm today'],
            });
          }
          return;
        }
        const { start, end } = replyLevelRange(context);
        context.report({
          start,
          end,
          messageId: 'missing',
          expected: ['We expect this to be fixed by <date>; I will email you as soon as it is.'],
        });
      },
    };
  },
});
