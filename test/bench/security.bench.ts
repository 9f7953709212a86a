// What one hostile language.check costs (issue 14): the slowest of a few 1 MB tokens without
// spaces (each made a rule super-linear before: the link regex took over ten minutes), and how long
// a save waits while such a check runs (the check is on the language worker, the save is not).

import { MAX_CHECK_CHARACTERS } from '../../main/common/contract/language.ts';
import { call, newArticle, sandboxCore } from '../security/helpers.ts';
import { percentile, round, type Benchmark } from './harness.ts';

const TOKENS: Record<string, string> = {
  letters: 'a'.repeat(MAX_CHECK_CHARACTERS),
  'marked letters': 'ả'.repeat(MAX_CHECK_CHARACTERS),
  'a link that never ends': `www.${'a'.repeat(MAX_CHECK_CHARACTERS - 4)}`,
  'a number chain': '1.'.repeat(MAX_CHECK_CHARACTERS / 2),
};
const RUNS = 3;
const SAVES = 5;

const bench: Benchmark = {
  name: 'security',
  async run({ log }) {
    const box = await sandboxCore();
    try {
      const check = (text: string) => call(box.core, 'language.check', { text, spelling: true, style: true });
      // The worker's cold start (dictionaries) is not what is measured.
      await check('Bản Khuổi Bốc có 45 hộ.');

      // Each token's median of RUNS checks; the figure is the slowest token's.
      let worst = { name: '', ms: 0 };
      for (const [name, text] of Object.entries(TOKENS)) {
        const samples: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const t = performance.now();
          await check(text);
          samples.push(performance.now() - t);
        }
        const ms = percentile(samples, 50);
        log(`1 MB token, ${name}: ${samples.map((v) => round(v)).join(', ')} ms`);
        if (ms > worst.ms) worst = { name, ms };
      }

      // A save typed while the worst check runs: each timed from its call to its receipt.
      const { save } = await newArticle(box.core);
      const alone: number[] = [];
      const during: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        let t = performance.now();
        await save(`Đoạn ${i} lưu một mình.`);
        alone.push(performance.now() - t);
        const checking = check(TOKENS[worst.name]);
        t = performance.now();
        await save(`Đoạn ${i} lưu trong lúc kiểm tra.`);
        during.push(performance.now() - t);
        await checking;
      }
      log(
        `save alone: worst ${round(Math.max(...alone))} ms; during the ${worst.name} check: ${during.map((ms) => round(ms)).join(', ')} ms`,
      );
      return {
        'security.check_1mb_token_ms': { value: round(worst.ms), goal: '<= 200' },
        'security.save_during_check_ms': { value: round(Math.max(...during)), goal: '<= 100' },
      };
    } finally {
      await box.close();
    }
  },
};

export default bench;
