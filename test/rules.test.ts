import { rules } from '../rules/index.js';
import { RuleTester } from './rule-tester.js';

for (const rule of rules) RuleTester.run(rule);
