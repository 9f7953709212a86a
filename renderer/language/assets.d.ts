// Vite's asset imports as the language worker uses them (the project does not load vite/client).

declare module '*?url&no-inline' {
  const url: string;
  export default url;
}

declare module '*?raw' {
  const text: string;
  export default text;
}
