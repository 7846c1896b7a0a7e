import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import type { Report } from '../src/types.js';

const report = (text: string, kind: Report['kind'] = 'complaint') => lint(text, { kind });
const ids = (r: Report) => r.messages.map((m) => `${m.ruleId}/${m.messageId}`);

describe('require-eta: specific times', () => {
  const specific = [
    'The replacement will arrive on 14 June.',
    'The engineer will visit on Tuesday.',
    'It will be ready at 4:30 pm.',
    'We will fix it within 48 hours.',
    'Expect a reply in 24-48 hours.',
    'The refund takes 3-5 business days to reach your card.',
    'It will be sorted by end of day.',
    'It will be sorted by EOD.',
    'A technician will call tomorrow morning.',
    'The part arrives next Tuesday.',
    'Your order ships by {{eta}}.',
    'Your case is due to close on %{ticket.due_date}.',
  ];
  for (const text of specific) {
    it(`"${text}" is specific`, () => {
      const r = report(`Our team is replacing the part now. ${text}`);
      expect(r.elements.eta.specific).toBe(true);
      expect(ids(r).filter((id) => id.startsWith('require-eta'))).toEqual([]);
    });
  }
});

describe('require-eta: vague times', () => {
  const vague = [
    'soon',
    'shortly',
    'as soon as possible',
    'ASAP',
    'in due course',
    'in a timely manner',
    'in the near future',
    'at the earliest opportunity',
  ];
  for (const phrase of vague) {
    it(`"${phrase}" is vague`, () => {
      const text = `Our team is replacing the part and it will be fixed ${phrase}.`;
      const r = report(text);
      expect(r.elements.eta.specific).toBe(false);
      const message = r.messages.find((m) => m.ruleId === 'require-eta');
      expect(message?.messageId).toBe('vague');
      expect(message?.actual.toLowerCase()).toBe(phrase.toLowerCase());
    });
  }

  it('reports "missing" when no time is given at all', () => {
    expect(ids(report('Our team is replacing the part.'))).toContain('require-eta/missing');
  });

  it('needs no estimate when the fix is already complete', () => {
    const r = report('Sorry about that. The duplicate charge has been refunded to your card.');
    expect(ids(r).filter((id) => id.startsWith('require-eta') || id.startsWith('require-notify'))).toEqual(
      [],
    );
  });

  it('does not read a past time as an estimate', () => {
    expect(report('I refunded the charge this morning.').elements.eta.specific).toBe(false);
  });
});

describe('require-notify', () => {
  const promises = [
    "I'll email you as soon as it's fixed.",
    "We'll let you know once the part arrives.",
    "You'll get a text when the technician is on the way.",
    "I'll follow up on Monday.",
    "I'll keep you posted.",
    'We will update you in case of any changes.',
  ];
  for (const text of promises) {
    it(`"${text}" is a promise`, () => expect(report(text).elements.notify.present).toBe(true));
  }

  const burdens = [
    'Feel free to contact us.',
    'Let us know if you have any questions.',
    'Reply if it happens again.',
    'You can check the status online.',
  ];
  for (const text of burdens) {
    it(`"${text}" shifts the burden`, () => {
      const r = report(text);
      expect(r.elements.notify.present).toBe(false);
      expect(ids(r)).toContain('require-notify/burden');
    });
  }

  it('a conditional "if need be" is not a promise', () => {
    expect(report('If need be, a representative will follow up with you.').elements.notify.present).toBe(
      false,
    );
  });
});

describe('require-actions and require-status', () => {
  const actions: Array<[string, boolean]> = [
    ["I've refunded the $4 bacon charge.", true],
    ['Your order has been reshipped.', true],
    ["I've escalated this to our billing team under case 48213.", true],
    ["We're replacing the faulty part.", true],
    ['I will speak to the night staff today.', true],
    ["We'll look into it.", false],
    ['Your feedback has been passed on to the relevant department.', false],
    ['We appreciate your feedback and understand your frustration.', false],
    ['We thank you and apologise for the trouble.', false],
    ['Keeping the park spotless is a top priority.', false],
    ['Appropriate measures are being taken.', false],
    ['We have initiated appropriate action.', false],
  ];
  for (const [text, expected] of actions) {
    it(`"${text}" ${expected ? 'is' : 'is not'} an action`, () => {
      expect(report(text).elements.actions.present).toBe(expected);
    });
  }

  const statuses: Array<[string, boolean]> = [
    ['The refund has been processed.', true],
    ['Our engineers are working on a fix.', true],
    ['Your case is with our billing team.', true],
    ["We're investigating the outage.", true],
    ['A technician is booked for Tuesday.', true],
    ['We are working on it.', false],
    ["I'll send you a replacement.", false],
    ['A new ticket has been created.', false],
  ];
  for (const [text, expected] of statuses) {
    it(`"${text}" ${expected ? 'is' : 'is not'} a status`, () => {
      expect(report(text).elements.status.present).toBe(expected);
    });
  }

  it('a ticket created counts as status for an acknowledgement only', () => {
    expect(report('A new ticket has been created.', 'acknowledgement').elements.status.present).toBe(true);
  });
});

describe('reply kinds', () => {
  const kissOff = 'Thanks for letting us know. We value your feedback.';
  it('a question is never a kiss-off and gets no resolution findings', () => {
    const r = report(kissOff, 'question');
    expect(r.kissOff).toBe(false);
    expect(ids(r).filter((id) => id.startsWith('require-') || id.startsWith('no-kiss-off'))).toEqual([]);
  });
  it('an acknowledgement is checked for ETA and notify only', () => {
    const found = ids(report(kissOff, 'acknowledgement')).filter((id) => id.startsWith('require-'));
    expect(found.sort()).toEqual(['require-eta/missing', 'require-notify/missing']);
  });
  it('a complaint kiss-off is reported once, on the thanks', () => {
    const r = report(kissOff);
    const kiss = r.messages.filter((m) => m.ruleId === 'no-kiss-off');
    expect(kiss).toHaveLength(1);
    expect(kiss[0]?.actual).toBe('Thanks for letting us know.');
    expect(r.score).toBeLessThanOrEqual(35);
  });
  it('troubleshooting steps are substance, not a kiss-off', () => {
    expect(report('Sorry about that! Please try restarting the app and signing in again.').kissOff).toBe(
      false,
    );
  });
});

describe('suggestions', () => {
  it('every finding of the built-in rules carries at least one suggestion', () => {
    const r = report(
      'Thanks for your message. We apologize for any inconvenience this may have caused. As per our policy, please contact your bank. We recieved it soon.',
    );
    expect(r.messages.length).toBeGreaterThan(4);
    for (const message of r.messages) expect(message.expected.length, message.ruleId).toBeGreaterThan(0);
  });
});
