// Marks of a run of text.

import type { JSX } from 'react';
import type { RenderLeafProps } from 'slate-react';
import './slate-types.ts';

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps): JSX.Element {
  let out = children;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  if (leaf.misspelled) out = <span className={`misspelled misspelled-${leaf.misspelled}`}>{out}</span>;
  if (leaf.findMatch) out = <span className={leaf.findCurrent ? 'find-match find-current' : 'find-match'}>{out}</span>;
  return <span {...attributes}>{out}</span>;
}
