import * as z from 'zod';
import { isKissOff } from '../src/analysis/verdict.js';
import { defineRule } from '../src/engine/rule.js';
import { replyLevelRange } from './shared.js';

export default defineRule({
  meta: {
    id: 'no-kiss-off',
    category: 'resolution',
    description: 'Do not thank, apologise or sympathise and then resolve nothing',
    docs: 'rules/docs/no-kiss-off.md',
    messages: {
      kissOff:
        'Kiss-off: this reply gives the customer nothing concrete (no action, status, time or follow-up promise)',
    },
    options: z.object({}).strict(),
    appliesTo: ['complaint'],
    defaultSeverity: 'error',
  },
  create(context) {
    return {
      end() {
        if (!isKissOff(context.kind, context.facts.resolution)) return;
        const { start, end } = replyLevelRange(context);
        context.report({
          start,
          end,
          messageId: 'kissOff',
          expected: [
            'Sorry about <the problem>. I have <action taken>; it is now <status>. It will be fixed by <date>, and I will email you as soon as it is.',
          ],
        });
      },
    };
  },
});
