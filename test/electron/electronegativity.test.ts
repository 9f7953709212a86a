// Checklist items 1-16 as Doyensec's scanner sees them: @doyensec/electronegativity runs on the
// glue, the preload and the renderer together (its global checks look across files). Every
// finding must be explained in electronegativity-suppressions.json, and every explanation must
// still match a finding, so the list cannot go stale.

import { execFile } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/content-security-policy.ts';
import suppressions from './electronegativity-suppressions.json' with { type: 'json' };
import { tempDir } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const SCANNED = ['main/electron', 'preload', 'renderer'];

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
}
interface Scan {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string }[];
  issues: Finding[];
}

let scan: Scan;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir('dateline-electronegativity-');
  cleanup = t.cleanup;
  // One tree with the three folders (sources only) and a package.json naming Electron's version.
  for (const folder of SCANNED)
    await cp(join(root, folder), join(t.dir, folder), {
      recursive: true,
      filter: (src) => !src.includes('node_modules') && !/\.(png|svg|jpe?g|webp|css|map)$/.test(src),
    });
  await writeFile(join(t.dir, 'package.json'), JSON.stringify({ name: 'dateline', devDependencies: { electron: electronVersion } }));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(root, 'test/electron/electronegativity-scan.mjs'), t.dir, electronVersion],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  scan = JSON.parse(stdout) as Scan;
});
afterAll(() => cleanup());

const suppressed = (f: Finding): boolean => suppressions.some((s) => s.check === f.id && s.file === f.file);

describe('electronegativity', () => {
  it('ran its checks and parsed every file', () => {
    expect(scan.atomicChecks).toBeGreaterThan(20);
    expect(scan.globalChecks).toBeGreaterThan(2);
    expect(scan.errors).toEqual([]);
  });

  it('finds nothing that is not explained', () => {
    expect(scan.issues.filter((f) => !suppressed(f))).toEqual([]);
  });

  it('every explanation still matches a finding, and says why', () => {
    for (const s of suppressions) {
      expect(
        scan.issues.some((f) => f.id === s.check && f.file === s.file),
        s.check,
      ).toBe(true);
      expect(s.reason.length).toBeGreaterThan(40);
    }
  });

  it('finds the navigation, permission and webPreferences rules (no global finding about them)', () => {
    const ids = scan.issues.map((f) => f.id);
    for (const id of [
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
    ])
      expect(ids).not.toContain(id);
  });

  it('the scanner’s CSP evaluator finds no weakness in our CSP but the explained one', () => {
    const csp = require('@doyensec/csp-evaluator') as {
      CspParser: new (text: string) => { csp: unknown };
      CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number; directive: string; description: string }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const serious = findings.filter((f) =>
      [csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.SYNTAX, csp.severities.HIGH_MAYBE].includes(f.severity),
    );
    expect(serious).toEqual([]);
    // "'self' can be problematic if you host JSONP or user uploaded files": app:// serves photos,
    // but only with an image type and nosniff, which Chromium never runs as a script.
    expect(findings.filter((f) => f.severity === csp.severities.MEDIUM_MAYBE).map((f) => f.directive)).toEqual(['script-src']);
    const weak = new csp.CspEvaluator(new csp.CspParser("script-src 'unsafe-inline' *").csp, csp.Version.CSP3).evaluate();
    expect(weak.some((f) => f.severity === csp.severities.HIGH)).toBe(true);
  });
});
