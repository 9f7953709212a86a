// Every block keeps a stable id (comments, suggestions and diffs anchor to it), unique in the
// article. Slate copies all properties when it splits a block or pastes one, so the copy gets a
// fresh id as it is created; a block that arrives without one gets one on normalisation.

import { Editor, Element, Transforms, type Descendant } from 'slate';
import { newBlockId } from '../../main/common/article/ids.ts';

const hasId = (node: unknown): node is { id: string } =>
  typeof node === 'object' && node !== null && typeof (node as { id?: unknown }).id === 'string' && (node as { id: string }).id !== '';

function idsIn(nodes: Iterable<Descendant>): Set<string> {
  const ids = new Set<string>();
  const walk = (list: Iterable<Descendant>): void => {
    for (const n of list) {
      if (!Element.isElement(n)) continue;
      if (hasId(n)) ids.add(n.id);
      walk(n.children as Descendant[]);
    }
  };
  walk(nodes);
  return ids;
}

/** A copy of `node` whose ids (its own and its children's) do not collide with `taken`. */
function withFreshIds(node: Descendant, taken: Set<string>): Descendant {
  if (!Element.isElement(node)) return node;
  const children = (node.children as Descendant[]).map((c) => withFreshIds(c, taken));
  let id = hasId(node) ? node.id : undefined;
  if (id !== undefined && taken.has(id)) id = newBlockId();
  if (id !== undefined) taken.add(id);
  return { ...node, ...(id !== undefined ? { id } : {}), children } as Descendant;
}

export function withBlockIds<T extends Editor>(editor: T): T {
  const { apply, normalizeNode } = editor;

  editor.apply = (op) => {
    if (op.type === 'split_node' && hasId(op.properties)) {
      op = { ...op, properties: { ...op.properties, id: newBlockId() } };
    } else if (op.type === 'insert_node' && Element.isElement(op.node)) {
      op = { ...op, node: withFreshIds(op.node, idsIn(editor.children)) };
    }
    apply(op);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && !Editor.isInline(editor, node) && !hasId(node)) {
      Transforms.setNodes(editor, { id: newBlockId() }, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
