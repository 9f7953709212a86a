// The language services' part of the contract: spelling and house style over an article (by id),
// a text or blocks; legacy-encoding conversion and detection. Counting needs no service: the
// renderer calls main/common/vietnamese/counts.ts directly on every keystroke.

import { z } from 'zod';
import { ArticleIdSchema } from './library.ts';
import type { TextCounts } from '../vietnamese/counts.ts';
import type { LegacyDetection } from '../vietnamese/legacy/detect.ts';
import { LEGACY_ENCODINGS, type LegacyEncoding } from '../vietnamese/legacy/fonts.ts';
import type { SpellFinding } from '../vietnamese/spell/checker.ts';
import { StyleSettingsPatchSchema } from '../vietnamese/style/config.ts';
import type { StyleFinding, TextBlockKind } from '../vietnamese/style/types.ts';

const MAX_TEXT = 1_000_000;
/** The most text one language.check reads, all blocks together (a long article is 50,000). */
export const MAX_CHECK_CHARACTERS = MAX_TEXT;

const TextBlockSchema = z
  .object({
    kind: z.enum(['headline', 'sapo', 'paragraph', 'caption', 'byline']),
    text: z.string().max(MAX_TEXT),
    id: z.string().max(100).optional(),
  })
  .strict();

export const LanguageCheckInputSchema = z
  .object({
    /** A saved article… */
    id: ArticleIdSchema.optional(),
    /** …or one text (checked as a paragraph)… */
    text: z.string().max(MAX_TEXT).optional(),
    /** …or the editor's blocks as they are now, saved or not. */
    blocks: z.array(TextBlockSchema).max(100_000).optional(),
    spelling: z.boolean().default(true),
    style: z.boolean().default(true),
    /** The house's choices for this check, over the saved ones. */
    settings: StyleSettingsPatchSchema.optional(),
    /** The reporter's own words, accepted by the spell checker. */
    userWords: z.array(z.string().max(100)).max(20_000).optional(),
    /** The date the text speaks from (`YYYY-MM-DD`); default: the article's publication, else today. */
    asOf: z.iso.date().optional(),
  })
  .strict()
  .refine((i) => [i.id, i.text, i.blocks].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of id, text or blocks',
  })
  .refine((i) => (i.blocks ?? []).reduce((n, b) => n + b.text.length, 0) <= MAX_CHECK_CHARACTERS, {
    message: `at most ${MAX_CHECK_CHARACTERS} characters in all`,
  });

export const languageContract = {
  'language.check': { input: LanguageCheckInputSchema },
  'language.convertLegacy': {
    input: z
      .object({
        text: z.string().max(MAX_TEXT),
        /** The run's font family (`.VnTime`, `VNI-Times`…): decides the encoding… */
        font: z.string().max(200).optional(),
        /** …unless the user chose one (after a detection offer). */
        encoding: z.enum(LEGACY_ENCODINGS as [LegacyEncoding, ...LegacyEncoding[]]).optional(),
      })
      .strict(),
  },
  'language.detectLegacy': { input: z.object({ text: z.string().max(MAX_TEXT) }).strict() },
  /** Suggestions for one word, when the reporter opens a finding that came without them. */
  'language.suggest': {
    input: z.object({ word: z.string().min(1).max(100), tonePlacement: z.enum(['old', 'new']).optional() }).strict(),
  },
} as const;

/** A block that was checked; findings point to it by index. */
export interface CheckedBlock {
  kind: TextBlockKind;
  id?: string;
}

/** Offsets in findings are UTF-16 indices into each block's text in NFC (as articles store it). */
export interface LanguageCheckReport {
  blocks: CheckedBlock[];
  spelling: Array<SpellFinding & { block: number }>;
  style: StyleFinding[];
  /** Of the headline, sapo and body (not captions or byline), summed. */
  counts: TextCounts;
  /** At the default rate (main/common/vietnamese/counts.ts). */
  readingMinutes: number;
  /** Set when there were more than MAX_FINDINGS (main/common/vietnamese/limits.ts) of a kind: only the first ones are listed. */
  truncated?: true;
}

export interface ConvertedText {
  text: string;
  /** The encoding used, or null when the font was a Unicode one and nothing was chosen. */
  encoding: LegacyEncoding | null;
  converted: boolean;
}

export interface LanguageOutputs {
  'language.check': LanguageCheckReport;
  'language.convertLegacy': ConvertedText;
  'language.detectLegacy': LegacyDetection;
  'language.suggest': string[];
}
