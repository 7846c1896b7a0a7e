export { rules } from '../rules/index.js';
export { applyFixes, type FixResult, fixText } from './engine/fix.js';
export { type LintOptions, lint, OptionsError } from './engine/lint.js';
export { type Descriptor, defineRule, type Rule, type RuleContext, type RuleMeta } from './engine/rule.js';
export { defaultScoreSettings } from './engine/score.js';
export type * from './types.js';
