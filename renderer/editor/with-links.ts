// Links are inline: their words run with the paragraph's.

import type { Editor } from 'slate';

export function withLinks<T extends Editor>(editor: T): T {
  const { isInline } = editor;
  editor.isInline = (element) => element.type === 'link' || isInline(element);
  return editor;
}
