import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { replyLevelRange } from './shared.js';

export default defineRule({
  meta: {
    id: 'require-actions',
    category: 'resolution',
    description: 'Describe the exact actions taken on the customer’s problem',
    docs: 'rules/docs/require-actions.md',
    messages: {
      missing:
        'No action taken is described: say what you did or are doing about this problem (refunded, replaced, escalated to a named team with a case number)',
    },
    options: z.object({}).strict(),
    appliesTo: ['complaint'],
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      end() {
        if (context.facts.resolution.actions.length > 0) return;
        const { start, end } = replyLevelRange(context);
        context.report({
          start,
          end,
          messageId: 'missing',
          expected: [
            'I have <done what> about <the problem>, for example: I have refunded the $12 delivery charge to your card.',
            'I have escalated this to our <team> under case <number>.',
          ],
        });
      },
    };
  },
});
