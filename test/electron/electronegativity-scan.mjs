// Runs @doyensec/electronegativity on one folder and prints its findings as JSON (used by
// electronegativity.test.ts in a child process: the tool registers globals and loggers).
// Offline: the one online check (AvailableSecurityFixesGlobalCheck) is excluded; the tool's
// attempt to fetch newer translations fails on its own 1 s timeout and is harmless.

import { createRequire } from 'node:module';

// The tool is CommonJS compiled by Babel (its runner is the module's default export).
const load = createRequire(import.meta.url);
const runner = load('@doyensec/electronegativity/dist/runner.js');
const run = runner.default || runner;
const [input, electronVersion] = process.argv.slice(2);

// The tool reports progress with console.log; keep stdout for the JSON.
const log = console.log;
console.log = (...args) => console.error(...args);

run(
  {
    input,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const issues = result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location.line,
      severity: i.severity.name,
      confidence: i.confidence.name,
      manualReview: Boolean(i.manualReview),
    }));
    log(JSON.stringify({ globalChecks: result.globalChecks, atomicChecks: result.atomicChecks, errors: result.errors, issues }));
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(2);
  },
);
