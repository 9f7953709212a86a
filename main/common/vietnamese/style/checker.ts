// The house-style checker: runs the enabled rules over an article's text blocks and returns
// findings in reading order, each with its rule, severity, message key and, where one exists,
// a one-click fix.

import { MAX_FINDINGS } from '../limits.ts';
import { parseAbbreviations, parsePlaceChanges, type ListProblem } from '../lists.ts';
import { resolveStyleSettings, type StyleSettings, type StyleSettingsPatch } from './config.ts';
import type { RawFinding, StyleFinding, StyleResources, StyleRule, StyleRuleId, TextBlock } from './types.ts';
import { prefixRule } from './rules/prefix.ts';
import { toneRule } from './rules/tone.ts';
import { quotesRule } from './rules/quotes.ts';
import { spacingRule } from './rules/spacing.ts';
import { dateRule } from './rules/date.ts';
import { bylineRule } from './rules/byline.ts';
import { abbreviationRule } from './rules/abbreviation.ts';
import { statisticRule } from './rules/statistic.ts';
import { placeRule } from './rules/place.ts';

/** Every rule, in the order their findings are listed for one spot. */
export const STYLE_RULES: { [Id in StyleRuleId]: StyleRule<Id> } = {
  prefix: prefixRule,
  'tone-placement': toneRule,
  quotes: quotesRule,
  spacing: spacingRule,
  'date-format': dateRule,
  'byline-caps': bylineRule,
  'abbreviation-first-use': abbreviationRule,
  'unattributed-statistic': statisticRule,
  'merged-place': placeRule,
};

export interface StyleListFiles {
  /** Contents of resources/language/abbreviations.txt. */
  abbreviations?: string;
  /** Contents of resources/language/merged-places-2025.tsv. */
  places?: string;
}

export interface StyleChecker {
  check(blocks: readonly TextBlock[], settings?: StyleSettingsPatch | StyleSettings): StyleFinding[];
  problems: { file: string; problems: ListProblem[] }[];
}

/** Builds a checker over the newsroom's lists (parsed once). */
export function createStyleChecker(files: StyleListFiles = {}): StyleChecker {
  const abbreviations = parseAbbreviations(files.abbreviations ?? '');
  const places = parsePlaceChanges(files.places ?? '');
  const resources: StyleResources = { abbreviations: abbreviations.entries, places: places.entries };
  const problems = [
    { file: 'abbreviations.txt', problems: abbreviations.problems },
    { file: 'merged-places-2025.tsv', problems: places.problems },
  ].filter((p) => p.problems.length);

  function check(input: readonly TextBlock[], patch: StyleSettingsPatch | StyleSettings = {}): StyleFinding[] {
    const settings = resolveStyleSettings(patch);
    const blocks = input.map((b) => ({ ...b, text: b.text.normalize('NFC') }));
    const findings: StyleFinding[] = [];
    for (const id of Object.keys(STYLE_RULES) as StyleRuleId[]) {
      const rule = STYLE_RULES[id] as StyleRule;
      const ruleSettings = settings[id];
      if (!ruleSettings.enabled) continue;
      const raw: RawFinding[] = rule.check(blocks, ruleSettings as never, resources);
      // Each rule lists its findings in reading order: its first MAX_FINDINGS are all that can be shown.
      for (const f of raw.slice(0, MAX_FINDINGS)) {
        findings.push({ ...f, ruleId: id, severity: ruleSettings.severity ?? f.severity ?? rule.severity });
      }
    }
    return findings.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
  }

  return { check, problems };
}

/** Applies one finding's fix to a block's text (the editor does the same through Slate). */
export function applyFix(text: string, finding: Pick<StyleFinding, 'start' | 'end' | 'fix'>): string {
  if (!finding.fix) return text;
  return text.slice(0, finding.start) + finding.fix.replacement + text.slice(finding.end);
}
