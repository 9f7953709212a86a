// `dateline check ID` as a user runs it: an article saved into a temporary library, then checked
// (with the reporter's own words from the settings file); plus the line format on a report built
// by hand.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { LanguageCheckReport } from '../../../main/common/contract/language.ts';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import { checkLines, failsStrict } from '../../../main/cli/commands/check.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { tempDir } from '../library/helpers.ts';
import { type CliRun, isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;

const run = (args: string[]): Promise<CliRun> => runCli(args, env);

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-check-'));
  env = isolatedEnv(root, { DATELINE_LIBRARY: join(root, 'lib') });
});
afterAll(() => cleanup());

describe('dateline check', () => {
  it('prints spelling and style findings in reading order, exits 0, and 2 with --strict', async () => {
    // Written through the services (an import would already mend the sapo's prefix).
    const core = await createCore({ libraryDir: join(root, 'lib'), settings: createMemorySettings(), transport: 'direct' });
    const created = await core.dispatch('library.create', { headline: 'Cán bộ xã Lũng Cú sử lý hồ sơ' });
    if (!created.ok) throw new Error(created.error.message);
    const article = created.value as Article;
    const id = article.id;
    const saved = await core.dispatch('library.save', {
      id,
      content: [
        article.content[0],
        { ...article.content[1], children: [{ text: 'BHG-Đảng bộ huyện luôn coi trọng công tác cán bộ.' }] },
        {
          type: 'paragraph',
          id: 'b-check1',
          children: [{ text: 'Ông Hầu A Lềnh cho biết xã đã chia sẽ kinh nghiệm, thôn Pàxìnhx làm tốt.' }],
        },
      ] as never,
    });
    expect(saved.ok).toBe(true);
    await core.close();

    const checked = await run(['check', id]);
    expect(checked.code).toBe(0);
    const lines = checked.stdout.trim().split('\n');
    expect(lines[0]).toBe('0:18  confused  “sử lý” → “xử lý”  ' + lines[0].split('  ').slice(3).join('  '));
    expect(lines).toContain('1:0  prefix  “BHG-” → “BHG - ”  Tiền tố của sapo viết là “BHG -”, không phải “BHG-”.');
    expect(lines.some((l) => /^2:\d+ {2}confused {2}“chia sẽ” → “chia sẻ”/.test(l))).toBe(true);
    expect(lines.some((l) => /^2:\d+ {2}spelling {2}“Pàxìnhx”/.test(l))).toBe(true);
    // The gazetteer's names are not findings.
    expect(checked.stdout).not.toMatch(/Lũng|Lềnh/);
    expect(checked.stderr).toMatch(/^Chính tả: 3 chỗ cần xem; văn phong: \d+ điểm\.\n$/);

    const strict = await run(['check', id, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe(checked.stdout);

    const json = await run(['check', id, '--json', '--no-style']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as LanguageCheckReport & { texts: string[] };
    expect(report.style).toEqual([]);
    expect(report.spelling.map((f) => f.word)).toEqual(['sử lý', 'chia sẽ', 'Pàxìnhx']);
    const first = report.spelling[0];
    expect(report.texts[first.block].slice(first.start, first.end)).toBe('sử lý');

    // The reporter's own words (kept in the settings by the editor) are accepted here too.
    await mkdir(join(root, 'config'), { recursive: true });
    await writeFile(join(root, 'config', 'config.json'), JSON.stringify({ userWords: ['Pàxìnhx'] }));
    const mine = await run(['check', id, '--json', '--no-style']);
    expect((JSON.parse(mine.stdout) as LanguageCheckReport).spelling.map((f) => f.word)).toEqual(['sử lý', 'chia sẽ']);
  }, 120_000);

  it('refuses an unknown article with one sentence and exit 1', async () => {
    const missing = await run(['check', 'a-0000000000-nothere']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('checkLines', () => {
  const t = translatorFor('en');
  const report: LanguageCheckReport = {
    blocks: [{ kind: 'sapo' }, { kind: 'paragraph' }],
    spelling: [{ block: 1, start: 4, end: 8, word: 'đươc', suggestions: ['được'], kind: 'spelling' }],
    style: [
      {
        ruleId: 'prefix',
        severity: 'warning',
        block: 0,
        start: 0,
        end: 0,
        message: { key: 'style.prefix.missing', params: { expected: 'BHG -' } },
        fix: { replacement: 'BHG - ' },
      },
      {
        ruleId: 'unattributed-statistic',
        severity: 'warning',
        block: 1,
        start: 0,
        end: 3,
        message: { key: 'style.statistic.unattributed', params: { figure: '96%' } },
      },
    ],
    counts: { chu: 0, characters: 0, charactersNoSpaces: 0 } as LanguageCheckReport['counts'],
    readingMinutes: 1,
  };

  it('merges, orders and phrases the findings in the UI language', () => {
    expect(checkLines(report, ['Tin', '96% đươc'], t)).toEqual([
      '0:0  prefix  “” → “BHG - ”  The sapo does not start with the prefix “BHG -”.',
      '1:0  unattributed-statistic  “96%”  The figure “96%” has no source (theo…, cho biết…, thống kê của…).',
      '1:4  spelling  “đươc” → “được”  Not in the dictionary: “đươc”.',
    ]);
  });

  it('says why a capitals finding is one', () => {
    const capital: LanguageCheckReport = {
      ...report,
      style: [],
      spelling: [{ block: 1, start: 0, end: 8, word: 'Hà giang', suggestions: ['Hà Giang'], kind: 'capital' }],
    };
    expect(checkLines(capital, ['Tin', 'Hà giang đẹp'], t)).toEqual([
      '1:0  capital  “Hà giang” → “Hà Giang”  Capitals: “Hà Giang” (a proper name, or a sentence’s first word).',
    ]);
  });

  it('fails --strict only on spelling or style errors', () => {
    expect(failsStrict(report)).toBe(true);
    expect(failsStrict({ ...report, spelling: [] })).toBe(false);
    expect(failsStrict({ ...report, spelling: [], style: [{ ...report.style[0], severity: 'error' }] })).toBe(true);
  });
});
