import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { sentenceViews } from '../src/engine/sentence.js';
import { placeholderDenotesTime } from '../src/parse/placeholders.js';
import { parseReply } from '../src/parse/processor.js';

const views = (text: string) => {
  const parsed = parseReply(text);
  return sentenceViews(parsed.tree, parsed.text);
};
const sources = (text: string) =>
  views(text).flatMap((s) => s.tokens.filter((t) => t.kind === 'source').map((t) => [t.text, t.syntax]));

describe('placeholders', () => {
  const syntaxes = [
    '{{ticket.requester.first_name}}',
    '{{ first_name }}',
    '%{ticket.number}',
    '#{ticket.title}',
    '{%ticket.id%}',
    '{$Ticket->Subject()}',
    '<OTRS_CUSTOMER_SUBJECT[24]>',
    '[CUSTOMER NAME]',
  ];
  for (const placeholder of syntaxes) {
    it(`merges ${placeholder} into one node that is not a word`, () => {
      const text = `Hello, your case ${placeholder} is open.`;
      expect(sources(text)).toEqual([[placeholder, 'placeholder']]);
      const body = views(text).find((s) => s.text.includes(placeholder));
      expect(body?.words.map((w) => w.text)).not.toContain(placeholder);
    });
  }

  it('counts a placeholder as one word and never spells it', () => {
    const [sentence] = views('Your order {{order.number}} ships today.');
    expect(sentence?.wordCount).toBe(5);
    expect(
      lint('Your order {{order.nmber_xyzq}} ships today.', { kind: 'other', template: true }).messages,
    ).toEqual([]);
  });

  it('tells time placeholders from others', () => {
    expect(placeholderDenotesTime('eta')).toBe(true);
    expect(placeholderDenotesTime('ticket.due_date')).toBe(true);
    expect(placeholderDenotesTime('Estimated Delivery Date')).toBe(true);
    expect(placeholderDenotesTime('ticket.requester.first_name')).toBe(false);
    expect(placeholderDenotesTime('order_number')).toBe(false);
  });
});

describe('syntax that is not prose', () => {
  it('treats URLs, e-mail addresses, mentions and hashtags as syntax', () => {
    const found = sources('@acme_help see https://example.com/help or mail help@example.com #outage');
    expect(found).toEqual([
      ['@acme_help', 'mention'],
      ['https://example.com/help', 'url'],
      ['help@example.com', 'email'],
      ['#outage', 'hashtag'],
    ]);
  });
});

describe('greetings and sign-offs', () => {
  it('splits a greeting line from the first sentence', () => {
    const roles = views('Hi John,\nThanks for writing. We fixed it.').map((s) => [s.role, s.text]);
    expect(roles).toEqual([
      ['greeting', 'Hi John,'],
      ['body', 'Thanks for writing.'],
      ['body', 'We fixed it.'],
    ]);
  });

  it('splits an inline vocative greeting', () => {
    expect(views('Dear Guest, thank you for staying with us.').map((s) => s.role)).toEqual([
      'greeting',
      'body',
    ]);
  });

  it('marks a closing and the lines after it as sign-off', () => {
    const result = views('We fixed it.\n\nBest regards,\nJane Smith\nSupport Lead').map((s) => [
      s.role,
      s.text,
    ]);
    expect(result).toEqual([
      ['body', 'We fixed it.'],
      ['signoff', 'Best regards,\nJane Smith\nSupport Lead'],
    ]);
  });

  it('takes a sign-off glued to the last body line apart', () => {
    const result = views('We fixed it and it works now\nRegards,\nJane').map((s) => s.role);
    expect(result).toEqual(['body', 'signoff']);
  });

  for (const tag of ['^HN', '-Becky', '*ACJ']) {
    it(`treats the agent tag ${tag} as a sign-off, not text`, () => {
      const sentences = views(`Sorry about that! We've sent a new one. ${tag}`);
      const words = sentences.filter((s) => s.role === 'body').flatMap((s) => s.words.map((w) => w.text));
      expect(words.join(' ')).not.toMatch(/HN|Becky|ACJ/);
    });
  }
});

describe('positions', () => {
  it('keeps line, column and offset exact with CRLF line ends', () => {
    const text = 'Hi Ann,\r\nThanks.\r\nWe apologise for any inconvenience caused.';
    const report = lint(text, { kind: 'other' });
    const message = report.messages.find((m) => m.ruleId === 'no-boilerplate');
    expect(message).toBeDefined();
    if (!message) return;
    expect(text.slice(message.offset, message.endOffset)).toBe(message.actual);
    expect(message.line).toBe(3);
    expect(message.column).toBe(4);
  });

  it('keeps positions exact with lone CR line ends', () => {
    const text = 'Thanks.\rWe apologise for any inconvenience caused.';
    const message = lint(text, { kind: 'other' }).messages.find((m) => m.ruleId === 'no-boilerplate');
    expect(message?.line).toBe(2);
    expect(message?.column).toBe(4);
  });
});

describe('no-broken-placeholder', () => {
  const broken = (text: string) =>
    lint(text, { kind: 'other', template: true })
      .messages.filter((m) => m.ruleId === 'no-broken-placeholder')
      .map((m) => m.actual);
  it('finds unclosed, unopened and half-closed placeholders', () => {
    expect(broken('Hi {{first_name, your case.')).toEqual(['{{first_name']);
    expect(broken('Case first_name}} is open.')).toEqual(['first_name}}']);
    expect(broken('Case %{ticket.id is open.')).toEqual(['%{ticket.id']);
    expect(broken('Hi {{ first_name }, thanks.')).toEqual(['{{ first_name }']);
  });
  it('accepts every well-formed syntax in a template, and reports them unfilled in a draft', () => {
    const text = 'Hi {{x}} and {{ y }}, {%z%} %{a.b} #{c.d} {$E->F()} <OTRS_G[2]> [CUSTOMER NAME].';
    expect(broken(text)).toEqual([]);
    const draft = lint(text, { kind: 'other' }).messages.filter((m) => m.messageId === 'unfilled');
    expect(draft).toHaveLength(8);
  });
});

describe('sentence views', () => {
  it('keep the runs of letters and digits exactly as a split on everything else gives them', () => {
    // Placeholders and addresses are masked with "_" in `norm`, so they hold no runs.
    const texts = [
      "Hi Sam, we've refunded the $12.50 charge (ref #A-1234) today!",
      '...and then?',
      'ok',
      'Déjà vu: café → naïve, 3-5 days… {{eta}} https://x.co/a?b=1',
      '  \n\t',
      'Order #12345: 2x "Deluxe" items @ $9.99 — ETA 3rd-5th Jan; e-mail me@x.io or call 555-0100.',
      "It's ½ done; we're at 50% (v2.3.1) \u2014 ok?! İstanbul's ΣΊΣΥΦΟΣ café…",
    ];
    for (const text of texts) {
      for (const sentence of views(text)) {
        expect(sentence.runs).toEqual(sentence.norm.split(/[^a-z0-9]+/).filter(Boolean));
      }
    }
  });
});
