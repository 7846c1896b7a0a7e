import type { Rule } from '../src/engine/rule.js';
import noBlindRedirect from './no-blind-redirect.js';
import noBoilerplate from './no-boilerplate.js';
import noBrokenPlaceholder from './no-broken-placeholder.js';
import noCantFocus from './no-cant-focus.js';
import noDeflection from './no-deflection.js';
import noKissOff from './no-kiss-off.js';
import noRunOn from './no-run-on.js';
import noTypos from './no-typos.js';
import requireActions from './require-actions.js';
import requireEta from './require-eta.js';
import requireNotify from './require-notify.js';
import requireSpecifics from './require-specifics.js';
import requireStatus from './require-status.js';

/** Every built-in rule, in the order reports list them. Ids are stable: deprecate, never rename. */
export const rules: readonly Rule[] = [
  requireActions,
  requireStatus,
  requireEta,
  requireNotify,
  noKissOff,
  noBoilerplate,
  noDeflection,
  noBlindRedirect,
  noCantFocus,
  noRunOn,
  noTypos,
  noBrokenPlaceholder,
  requireSpecifics,
] as Rule[];

export const ruleIds = rules.map((rule) => rule.meta.id);
