// The article's editing rules as one plugin stack, free of React and the DOM so the rules can be
// tested under Node. Order matters where plugins wrap the same method: NFC sees text first, and
// block ids are assigned on the operations that history records, so undo and redo keep them
// unique.

import type { Editor } from 'slate';
import './slate-types.ts';
import { withBlockIds } from './with-block-ids.ts';
import { withFormatting } from './formatting.ts';
import { withFigures } from './with-figures.ts';
import { withLinks } from './with-links.ts';
import { withNfc } from './with-nfc.ts';
import { withSmartQuotes } from './with-smart-quotes.ts';
import { withStructure } from './with-structure.ts';

/** The article's rules on any Slate editor (apply after withHistory and withReact). */
export function withArticleRules<T extends Editor>(editor: T): T {
  return withFormatting(withNfc(withStructure(withBlockIds(withLinks(withFigures(withSmartQuotes(editor)))))));
}
