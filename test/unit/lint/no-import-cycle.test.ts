// The import-cycle lint rule on small trees written to a temporary folder: a cycle through
// `import type` counts, a chain without a way back does not, and the message names the chain.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it } from 'vitest';
import noImportCycle from '../../../scripts/eslint/no-import-cycle.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): void {
  root = mkdtempSync(join(tmpdir(), 'dateline-cycle-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

function lint(name: string, text: string): string[] {
  const linter = new Linter({ cwd: root });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { dateline: { rules: { 'no-import-cycle': noImportCycle } } },
      rules: { 'dateline/no-import-cycle': 'error' },
    },
  ];
  return linter.verify(text, config, { filename: join(root, name) }).map((m) => m.message);
}

describe('no-import-cycle', () => {
  it('reports a cycle made of type-only imports, naming each file on the way', () => {
    const files = {
      'core/types.ts': "import type { MediaOptions } from './media/handlers.ts';\nexport interface Context { media?: MediaOptions }\n",
      'core/media/handlers.ts':
        "import type { Context } from '../types.ts';\nexport interface MediaOptions { n: number }\nexport const handlers = (_c: Context) => 1;\n",
    };
    tree(files);
    expect(lint('core/types.ts', files['core/types.ts'])).toEqual([
      'Import cycle: core/types.ts → core/media/handlers.ts → core/types.ts. Move what both sides need to a module of its own.',
    ]);
  });

  it('follows a longer chain through re-exports and extensionless paths', () => {
    const files = {
      'a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'b.ts': "export { c as b } from './c';\n",
      'c/index.ts': "import { a } from '../a.ts';\nexport const c = () => a;\n",
    };
    tree(files);
    expect(lint('a.ts', files['a.ts'])).toEqual([
      'Import cycle: a.ts → b.ts → c/index.ts → a.ts. Move what both sides need to a module of its own.',
    ]);
  });

  it('accepts a chain without a way back, and packages', () => {
    const files = {
      'logger.ts': 'export interface Logger { info(m: string): void }\n',
      'types.ts':
        "import type { Logger } from './logger.ts';\nimport { z } from 'zod';\nexport interface Context { logger: Logger }\nexport const s = z.string();\n",
      'handlers.ts':
        "import type { Context } from './types.ts';\nimport type { Logger } from './logger.ts';\nexport const h = (c: Context): Logger => c.logger;\n",
    };
    tree(files);
    for (const name of Object.keys(files) as (keyof typeof files)[]) expect(lint(name, files[name])).toEqual([]);
  });
});
