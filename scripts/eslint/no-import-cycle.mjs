// ESLint rule: no file may reach itself again through relative imports.
// Unlike eslint-plugin-import-x's `no-cycle`, `import type` counts: a type-only cycle is harmless
// at run time but still means two modules cannot be read, tested or moved apart (issue 16 found
// main/core/types.ts in a 20-file one). Imports are read with TypeScript's own pre-processor,
// which sees `import`, `import type`, `export … from` and `import()`; packages are ignored.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'];

/** file -> {mtimeMs, imports: [{specifier, target}]}, kept across files of one lint run. */
const cache = new Map();

function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, 'index' + ext))];
  return candidates.find((candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile());
}

function importsOf(file, text) {
  const mtimeMs = text === undefined ? fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs : -1;
  const cached = cache.get(file);
  if (cached && text === undefined && cached.mtimeMs === mtimeMs) return cached.imports;
  if (mtimeMs === undefined) return [];
  const source = text ?? fs.readFileSync(file, 'utf8');
  const imports = ts
    .preProcessFile(source, true, true)
    .importedFiles.map((ref) => ref.fileName)
    .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
    .map((specifier) => ({ specifier, target: resolveRelative(file, specifier) }))
    .filter((edge) => edge.target !== undefined);
  if (text === undefined) cache.set(file, { mtimeMs, imports });
  return imports;
}

/** The shortest chain of files from `start` back to `goal`, or undefined when there is none. */
function pathBack(start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const { target } of importsOf(file)) {
      if (target === goal) {
        const chain = [file];
        for (let step = previous.get(file); step !== undefined; step = previous.get(step)) chain.unshift(step);
        return chain;
      }
      if (!previous.has(target)) {
        previous.set(target, file);
        queue.push(target);
      }
    }
  }
  return undefined;
}

function sourceNodes(program) {
  const found = [];
  for (const statement of program.body) {
    if (
      (statement.type === 'ImportDeclaration' ||
        statement.type === 'ExportNamedDeclaration' ||
        statement.type === 'ExportAllDeclaration') &&
      statement.source
    ) {
      found.push(statement.source);
    }
  }
  return found;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between files, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}. Move what both sides need to a module of its own.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!path.isAbsolute(file)) return {};
    return {
      Program(program) {
        const root = context.cwd ?? process.cwd();
        const nodes = sourceNodes(program);
        const reported = new Set();
        for (const { specifier, target } of importsOf(file, context.sourceCode.text)) {
          if (reported.has(target)) continue;
          const chain = target === file ? [] : pathBack(target, file);
          if (chain === undefined) continue;
          reported.add(target);
          const names = [file, ...chain, file].map((step) => path.relative(root, step)).join(' → ');
          const node = nodes.find((candidate) => candidate.value === specifier) ?? program;
          context.report({ node, messageId: 'cycle', data: { chain: names } });
        }
      },
    };
  },
};
