import { describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../src/engine/fix.js';
import { lint } from '../src/engine/lint.js';

describe('fixes', () => {
  const cases: Array<[string, string]> = [
    ['The heater wor  ks again.', 'The heater works again.'],
    ['We fixed the the heater.', 'We fixed the heater.'],
    ['We fixed  the heater.', 'We fixed the heater.'],
    ['We fixed it.It works.', 'We fixed it. It works.'],
    ['Lets start again.', "Let's start again."],
    ['We sincerely apologies for the delay.', 'We sincerely apologise for the delay.'],
    ['We apologise for any inconvenience this may have caused.', 'We apologise for the inconvenience.'],
    ['Please send tothe desk.', 'Please send to the desk.'],
  ];
  for (const [before, after] of cases) {
    it(`"${before}" → "${after}"`, () => {
      expect(fixText(before, { kind: 'other' }).output).toBe(after);
    });
  }

  it('carries each fix on its message', () => {
    const [message] = lint('We fixed the the heater.', { kind: 'other' }).messages;
    expect(message?.fix).toEqual({ range: [9, 16], text: 'the' });
  });

  it('leaves misspellings to a person', () => {
    expect(fixText('We recieved it.', { kind: 'other' }).applied).toBe(0);
  });

  it('never touches a placeholder', () => {
    const text = 'Hi {{first  name}}, we fixed the the heater.';
    const { output } = fixText(text, { kind: 'other' });
    expect(output).toContain('{{first  name}}');
    expect(output).toContain('fixed the heater');
    // Even a fix that claims a placeholder's range is refused.
    const [first] = lint(text, { kind: 'other' }).messages;
    if (!first) throw new Error('expected a finding');
    const fake = applyFixes(text, [{ ...first, fix: { range: [3, 18], text: 'Ann' } }]);
    expect(fake.output).toBe(text);
  });

  it('is idempotent: fixed output re-linted has none of the fixed findings', () => {
    const text = 'We fixed the the heater.It works  now. Lets talk.';
    const once = fixText(text, { kind: 'other' }).output;
    expect(fixText(once, { kind: 'other' }).applied).toBe(0);
    expect(lint(once, { kind: 'other' }).messages.filter((m) => m.fix)).toEqual([]);
  });
});
