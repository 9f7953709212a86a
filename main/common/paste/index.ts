// Paste into the article: HTML from Word, Google Docs and web pages, or plain text
// (docs/article-text.md, "Paste").

export { htmlToBlocks, type HtmlPasteOptions, type PastedImage, type PasteResult } from './html.ts';
export { textToBlocks, looksHardWrapped } from './text.ts';
export { readStyle, type InlineStyle } from './style.ts';
