// File names that come from elsewhere (an upload, a dropped file, a draft) as the app shows and
// stores them: NFC, and without the invisible controls that reorder text. A right-to-left
// override (U+202E) makes `anh-gpj.exe` read as `anh-exe.jpg`; a name has no use for any of them.

import { nfc } from './nfc.ts';

// Bidi marks, embeddings, overrides and isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI).
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file's name as shown and stored: NFC, bidi controls removed. */
export const displayFileName = (name: string): string => nfc(name).replace(BIDI_CONTROLS, '');
