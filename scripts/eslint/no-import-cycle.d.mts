// Types for the lint rule, so tests written in TypeScript can load it.
import type { Rule } from 'eslint';

declare const noImportCycle: Rule.RuleModule;
export default noImportCycle;
