// The language methods of the contract over the language service (a worker thread with a
// deadline: main/core/language/language-service.ts) and a way to load an article.
// main/core/app.ts joins them with one line in AREAS: `languageHandlers`.

import { formatByline } from '../../common/article/byline.ts';
import { blockText, textBlocks, type Article } from '../../common/article/model.ts';
import { MAX_CHECK_CHARACTERS, type LanguageCheckReport } from '../../common/contract/language.ts';
import type { ParsedInput } from '../../common/contract/index.ts';
import { DatelineError } from '../../common/result.ts';
import { readingTime } from '../../common/vietnamese/counts.ts';
import type { StyleSettingsPatch } from '../../common/vietnamese/style/config.ts';
import { profileStyle, type PaperProfile } from '../../common/vietnamese/style/profile.ts';
import type { TextBlock } from '../../common/vietnamese/style/types.ts';
import type { AreaHandlers, CoreContext } from '../types.ts';
import type { LanguageAreaOptions } from './options.ts';
import { createLanguageWorker, type LanguageService } from './language-service.ts';

/** What the house has chosen, as the settings keep it. */
export interface LanguageSettings {
  paperPrefix?: string;
  /** The paper's profile (dates, tone placement, quotes); default Báo Hà Giang's. */
  paperProfile?: PaperProfile;
  style?: StyleSettingsPatch;
  userWords?: readonly string[];
}

export interface LanguageDeps {
  language: LanguageService;
  getArticle: (id: string) => Promise<Article>;
  settings?: () => LanguageSettings;
  clock?: () => Date;
}

const dayIn = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** The article's text as the style and spell checkers read it, block by block, byline last. */
export function articleBlocks(article: Article): TextBlock[] {
  const out: TextBlock[] = [];
  for (const block of textBlocks(article.content)) {
    switch (block.type) {
      case 'headline':
        out.push({ kind: 'headline', text: blockText(block), id: block.id });
        break;
      case 'sapo':
        out.push({ kind: 'sapo', text: blockText(block), id: block.id });
        break;
      case 'figure':
        if (block.caption) out.push({ kind: 'caption', text: block.caption, id: block.id });
        break;
      default:
        out.push({ kind: 'paragraph', text: blockText(block), id: block.id });
    }
  }
  // The byline as it will print (names already in capitals there), for places and spelling.
  const byline = formatByline(article.meta.byline);
  if (byline) out.push({ kind: 'byline', text: byline, id: 'meta.byline' });
  return out;
}

/** Handlers for every `language.*` method. */
export function createLanguageHandlers(deps: LanguageDeps): AreaHandlers<'language'> {
  const clock = deps.clock ?? (() => new Date());

  async function check(input: ParsedInput<'language.check'>): Promise<LanguageCheckReport> {
    const saved = deps.settings?.() ?? {};
    let blocks: TextBlock[];
    let asOf = input.asOf;
    if (input.id !== undefined) {
      const article = await deps.getArticle(input.id);
      blocks = articleBlocks(article);
      asOf ??= article.meta.publishAt ? dayIn(new Date(article.meta.publishAt)) : undefined;
    } else if (input.text !== undefined) {
      blocks = [{ kind: 'paragraph', text: input.text }];
    } else {
      blocks = input.blocks ?? [];
    }
    asOf ??= dayIn(clock());

    // The paper's profile, then the house's own settings, then this call's, then what only the
    // call can know (the date).
    const settings: StyleSettingsPatch = {};
    const layer = (patch: StyleSettingsPatch | undefined): void => {
      for (const [rule, p] of Object.entries(patch ?? {}) as [keyof StyleSettingsPatch, object][]) {
        Object.assign(settings, { [rule]: { ...settings[rule], ...p } });
      }
    };
    layer(profileStyle(saved.paperPrefix ?? 'BHG', saved.paperProfile));
    layer(saved.style);
    layer(input.settings);
    // A patch may say `asOf: null` (today); the article's date wins only where none was asked for.
    settings['merged-place'] = { ...settings['merged-place'], asOf: settings['merged-place']?.asOf ?? asOf };
    const tonePlacement = settings['tone-placement']?.style;

    // The schema bounds a text or blocks; a saved article is bounded here, before any work.
    const characters = blocks.reduce((n, b) => n + b.text.length, 0);
    if (characters > MAX_CHECK_CHARACTERS) throw new DatelineError('LANGUAGE', { reason: 'too-long', max: MAX_CHECK_CHARACTERS });

    const { spelling, style, counts, truncated } = await deps.language.check({
      blocks,
      style: input.style ? settings : null,
      // Each block is whole (a paragraph, the headline): its first word needs a capital.
      spelling: input.spelling
        ? { userWords: [...(input.userWords ?? saved.userWords ?? [])], ...(tonePlacement ? { tonePlacement } : {}), wholeBlocks: true }
        : null,
    });
    return {
      blocks: blocks.map((b) => ({ kind: b.kind, ...(b.id ? { id: b.id } : {}) })),
      spelling: spelling.flatMap((findings, block) => findings.map((f) => ({ ...f, block }))),
      style,
      counts,
      readingMinutes: readingTime(counts.chu).minutes,
      ...(truncated ? { truncated: true as const } : {}),
    };
  }

  return {
    'language.check': check,
    'language.convertLegacy': (input) => deps.language.convertLegacy(input.text, input.font, input.encoding),
    'language.detectLegacy': (input) => deps.language.detectLegacy(input.text),
    'language.suggest': (input) =>
      deps.language.suggest(input.word.normalize('NFC'), input.tonePlacement ?? deps.settings?.().style?.['tone-placement']?.style),
  };
}

/** The language area of the Core: a worker stopped on close, lists from resources/language. */
export function languageHandlers(ctx: CoreContext, options: LanguageAreaOptions = {}): AreaHandlers<'language'> {
  const language = createLanguageWorker(options);
  ctx.onClose(() => language.close());
  return createLanguageHandlers({
    language,
    getArticle: (id) => ctx.library.get(id),
    settings: () => ({ paperPrefix: ctx.settings.get().paperPrefix, paperProfile: ctx.settings.get().paperProfile }),
    clock: ctx.clock,
  });
}
