import { lint } from '../src/index.js';

const r = lint(
  process.argv[2] ??
    'Hi John,\nThanks for letting us know. We apologize for any inconvenience this may have caused. Your feedback has been passed on to the relevant team.\n\nBest regards,\nJane',
);
console.log(JSON.stringify(r, null, 1));
