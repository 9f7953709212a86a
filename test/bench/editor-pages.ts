// The reference editors the Dateline editor is measured against, holding the same text: a bare
// contenteditable and a ProseMirror editor (schema-basic), each as one self-contained HTML page.
// ProseMirror is bundled with esbuild at bench time from the devDependencies, so nothing is
// downloaded.

import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const paragraphsHtml = (paragraphs: string[]): string => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

/** A contenteditable div holding the paragraphs: what the browser alone costs per key. */
export function barePage(paragraphs: string[]): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bare</title>
<style>body{font:17px/1.6 serif;max-width:46rem;margin:2rem auto}</style></head>
<body><div id="editor" contenteditable="true" spellcheck="false">${paragraphsHtml(paragraphs)}</div></body></html>`;
}

const PROSEMIRROR_ENTRY = `
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
const source = document.getElementById('source');
const doc = DOMParser.fromSchema(schema).parse(source);
source.remove();
window.view = new EditorView(document.getElementById('editor'), { state: EditorState.create({ doc }) });
`;

/** A ProseMirror editor (basic schema, default plugins none) over the same paragraphs. */
export async function proseMirrorPage(paragraphs: string[], workDir: string, repoDir: string): Promise<string> {
  const entry = join(workDir, 'prosemirror-entry.js');
  await writeFile(entry, PROSEMIRROR_ENTRY);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    nodePaths: [join(repoDir, 'node_modules')],
    logLevel: 'silent',
  });
  const script = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>prosemirror</title>
<style>body{font:17px/1.6 serif;max-width:46rem;margin:2rem auto}.ProseMirror{white-space:pre-wrap;outline:none}</style></head>
<body><div id="editor" spellcheck="false"></div><div id="source" hidden>${paragraphsHtml(paragraphs)}</div>
<script>${script}</script></body></html>`;
}
