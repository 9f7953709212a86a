// The language jobs themselves, over checkers already built: spelling and house style of an
// article's blocks with their counts, suggestions, legacy-encoding conversion and detection. The
// worker thread runs them (language-worker.ts); tests and one-off scripts run them in-process.

import { addCounts, countText } from '../../common/vietnamese/counts.ts';
import { convertLegacy, convertRun } from '../../common/vietnamese/legacy/convert.ts';
import { detectLegacy } from '../../common/vietnamese/legacy/detect.ts';
import { MAX_FINDINGS } from '../../common/vietnamese/limits.ts';
import type { SpellChecker } from '../../common/vietnamese/spell/checker.ts';
import type { StyleChecker } from '../../common/vietnamese/style/checker.ts';
import type { CheckRequest, CheckResult, JobAnswer, LanguageJob } from './language-protocol.ts';

export interface Checkers {
  spell: SpellChecker;
  style: StyleChecker;
}

function check(checkers: Checkers, request: CheckRequest): CheckResult {
  const blocks = request.blocks.map((b) => ({ ...b, text: b.text.normalize('NFC') }));
  const style = request.style ? checkers.style.check(blocks, request.style) : [];
  let spellingLeft = MAX_FINDINGS;
  let truncated = style.length > MAX_FINDINGS;
  const spelling = blocks.map((b) => {
    if (!request.spelling || spellingLeft === 0) return [];
    const { userWords, tonePlacement, wholeBlocks } = request.spelling;
    const found = checkers.spell.checkText(b.text, { userWords, tonePlacement, blockStart: wholeBlocks });
    if (found.length > spellingLeft) truncated = true;
    const kept = found.slice(0, spellingLeft);
    spellingLeft -= kept.length;
    return kept;
  });
  const counted = blocks.filter((b) => b.kind === 'headline' || b.kind === 'sapo' || b.kind === 'paragraph');
  // Thousands of findings help nobody, and copying them between threads would cost more than the check.
  return { spelling, style: style.slice(0, MAX_FINDINGS), counts: addCounts(...counted.map((b) => countText(b.text))), truncated };
}

/** Runs one job to its answer (synchronously: the caller decides which thread that blocks). */
export function runJob<J extends LanguageJob>(checkers: Checkers, job: J): JobAnswer<J> {
  switch (job.type) {
    case 'check':
      return check(checkers, job.request) as JobAnswer<J>;
    case 'suggest':
      return checkers.spell.suggest(job.word, job.tonePlacement) as JobAnswer<J>;
    case 'convert': {
      if (!job.encoding) return convertRun(job.text, job.font) as JobAnswer<J>;
      const text = convertLegacy(job.text, job.encoding);
      return { text, encoding: job.encoding, converted: text !== job.text.normalize('NFC') } as JobAnswer<J>;
    }
    default:
      return detectLegacy(job.text) as JobAnswer<J>;
  }
}
