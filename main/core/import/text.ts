// A plain-text draft into draft blocks, the way a paste of plain text reads: one paragraph per
// line (unless the text is hard-wrapped at a fixed width), bullet and number runs as lists.
// Keeping lines apart is what lets a caption line or the byline be recognised on its own.

import { textToBlocks } from '../../common/paste/text.ts';
import { bodyToDraft, type DraftBlock } from './draft.ts';

/** The text's paragraphs and lists (a run of `- ` or `• ` lines is a bulleted list). */
export function textToDraft(text: string): DraftBlock[] {
  return bodyToDraft(textToBlocks(text, { dashBullets: true }));
}
