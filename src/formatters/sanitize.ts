// Terminal escape sequences and control characters from the input must never reach the terminal.
// Built from a string: the pattern is made of control characters on purpose.
const controls = new RegExp(
  [
    '\\u001b\\[[0-9;?]*[ -/]*[@-~]', // CSI sequences (colours, cursor moves)
    '\\u001b[\\]P^_][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?', // OSC, DCS and friends
    '\\u001b.', // other two-character escapes
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]', // remaining C0 and C1 controls
  ].join('|'),
  'g',
);

export function sanitize(text: string): string {
  return text.replace(controls, '');
}
