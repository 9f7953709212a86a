// Vite's asset imports as the language worker uses them (the project does not load vite/client).

declare module '*?url&no-inline' {
  const url: string;
  export default url;
}

declare module '*?raw' {
  const text: string;
  export default text;
}

// Vite's glob import (the language worker reads every file of the gazetteer folder).
interface ImportMeta {
  glob<T>(pattern: string, options: { query: string; import: string; eager: true }): Record<string, T>;
}
