import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { replyLevelRange } from './shared.js';

export default defineRule({
  meta: {
    id: 'require-status',
    category: 'resolution',
    description: 'Say where the resolution stands now: done, in progress or scheduled',
    docs: 'rules/docs/require-status.md',
    messages: {
      missing: 'No current status: say whether the fix is done, in progress (and with whom) or scheduled',
    },
    options: z.object({}).strict(),
    appliesTo: ['complaint'],
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      end() {
        if (context.facts.resolution.status.length > 0) return;
        const { start, end } = replyLevelRange(context);
        context.report({
          start,
          end,
          messageId: 'missing',
          expected: [
            'Your <request> is now with our <team>, who are <doing what>.',
            'The <fix> has been completed and <what the customer will see>.',
          ],
        });
      },
    };
  },
});
