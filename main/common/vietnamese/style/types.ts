// What the house-style checker reads and says. It takes plain strings per field so it does not
// depend on the editor's document model; a finding points into one of them.

import type { Abbreviation, PlaceChange } from '../lists.ts';
import type { ParseKeys } from 'i18next';
import type { StyleSettings } from './config.ts';

export type TextBlockKind = 'headline' | 'sapo' | 'paragraph' | 'caption' | 'byline';

export interface TextBlock {
  kind: TextBlockKind;
  text: string;
  /** The block's id in the article, when it has one (so the editor can find it). */
  id?: string;
}

export type Severity = 'error' | 'warning';

/** A sentence of the i18n catalog (main/common/i18n/language.ts) and what fills it. */
export interface Message {
  // i18next's own key type (the catalogs are declared to it in main/common/i18n/index.ts), as
  // importing that module here would close a loop through the catalog of this checker's rules.
  key: ParseKeys<'language'>;
  params?: Record<string, string | number>;
}

export interface StyleFinding {
  ruleId: StyleRuleId;
  severity: Severity;
  /** Index into the blocks checked. */
  block: number;
  /** UTF-16 offsets into that block's text; start === end for an insertion point. */
  start: number;
  end: number;
  message: Message;
  /** One click: replace text[start, end) with this. */
  fix?: { replacement: string };
}

export const STYLE_RULE_IDS = [
  'prefix',
  'tone-placement',
  'quotes',
  'spacing',
  'date-format',
  'byline-caps',
  'abbreviation-first-use',
  'unattributed-statistic',
  'merged-place',
] as const;

export type StyleRuleId = (typeof STYLE_RULE_IDS)[number];

/** A rule's finding before the checker stamps its id and severity. */
export type RawFinding = Omit<StyleFinding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface StyleResources {
  abbreviations: Abbreviation[];
  places: PlaceChange[];
}

export interface StyleRule<Id extends StyleRuleId = StyleRuleId> {
  id: Id;
  severity: Severity;
  check(blocks: readonly TextBlock[], settings: StyleSettings[Id], resources: StyleResources): RawFinding[];
}
