// Converting pasted HTML (Word's flavour carries the font of every run, the reliable signal)
// without a DOM of our own: the caller parses (DOMParser in the renderer, jsdom in tests) and
// hands us the tree, or hands us (text, font) pairs it collected itself.

import { convertRun } from './convert.ts';
import { fontFamilyOfStyle, type LegacyEncoding } from './fonts.ts';

export interface FontRun {
  text: string;
  /** The CSS font-family (or <font face>) the run was drawn in, if any. */
  fontFamily?: string | null;
}

export interface ConvertedRuns {
  runs: Array<{ text: string; encoding: LegacyEncoding | null; converted: boolean }>;
  /** How many runs changed. */
  converted: number;
  /** The encodings met, for the message after a paste. */
  encodings: LegacyEncoding[];
}

/** Converts each run by its own font; runs in Unicode fonts come back unchanged (NFC). */
export function convertRuns(runs: readonly FontRun[]): ConvertedRuns {
  const out: ConvertedRuns['runs'] = [];
  const encodings = new Set<LegacyEncoding>();
  let converted = 0;
  for (const run of runs) {
    const r = convertRun(run.text, run.fontFamily);
    if (r.encoding) encodings.add(r.encoding);
    if (r.converted) converted++;
    out.push(r);
  }
  return { runs: out, converted, encodings: [...encodings] };
}

/**
 * The part of a DOM node we use: a DOM `Node` fits it, and so does a plain object in tests.
 * Element nodes are nodeType 1, text nodes 3.
 */
export interface TreeNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TreeNode>;
  getAttribute?: (name: string) => string | null;
}

function ownFont(node: TreeNode): string | undefined {
  if (node.nodeType !== 1 || !node.getAttribute) return undefined;
  const fromStyle = fontFamilyOfStyle(node.getAttribute('style'));
  if (fromStyle) return fromStyle;
  // <font face=".VnTime"> from older Word and FrontPage exports.
  if (node.nodeName.toLowerCase() === 'font') {
    const face = node.getAttribute('face');
    if (face) return face;
  }
  return undefined;
}

/**
 * Walks a parsed HTML tree and converts, in place, every text node drawn in a legacy font
 * (inherited from the nearest element that names a font). Returns what was converted.
 */
export function convertLegacyTree(root: TreeNode): { converted: number; encodings: LegacyEncoding[] } {
  const encodings = new Set<LegacyEncoding>();
  let converted = 0;
  const stack: Array<[TreeNode, string | undefined]> = [[root, undefined]];
  while (stack.length) {
    const [node, inherited] = stack.pop()!;
    if (node.nodeType === 3) {
      if (inherited && node.nodeValue) {
        const r = convertRun(node.nodeValue, inherited);
        if (r.encoding) encodings.add(r.encoding);
        if (r.converted) {
          node.nodeValue = r.text;
          converted++;
        }
      }
      continue;
    }
    const name = node.nodeName.toLowerCase();
    if (name === 'script' || name === 'style') continue;
    const font = ownFont(node) ?? inherited;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i], font]);
  }
  return { converted, encodings: [...encodings] };
}
