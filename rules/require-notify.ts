import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { replyLevelRange } from './shared.js';

export default defineRule({
  meta: {
    id: 'require-notify',
    category: 'resolution',
    description: 'Promise to tell the customer when the problem is resolved',
    docs: 'rules/docs/require-notify.md',
    messages: {
      missing: 'No promise to follow up: commit to contacting the customer when it is resolved',
      burden: '"{actual}" leaves the follow-up to the customer: promise to contact them yourself',
    },
    options: z.object({}).strict(),
    appliesTo: ['complaint', 'acknowledgement'],
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      end() {
        const resolution = context.facts.resolution;
        if (resolution.notify.length > 0 || resolution.complete) return;
        const expected = [
          'I will email you as soon as it is fixed.',
          'I will call you on <day> to confirm it has arrived.',
        ];
        if (resolution.burden.length > 0) {
          for (const { start, end } of resolution.burden)
            context.report({ start, end, messageId: 'burden', expected });
          return;
        }
        const { start, end } = replyLevelRange(context);
        context.report({ start, end, messageId: 'missing', expected });
      },
    };
  },
});
