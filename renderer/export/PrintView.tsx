// The article as the paper prints it, for "In / PDF": headline, time, bold sapo, body, photos
// with captions, byline on the right. Mounted only while printing (print.css hides the app), so
// typing never pays for it. Text goes through the export's own serializer, which escapes it.

import type { ReactNode } from 'react';
import { blockText, type Article, type FigureBlock } from '../../main/common/article/model.ts';
import { formatByline } from '../../main/common/article/byline.ts';
import { bodyBlocks, leadOf } from '../../main/common/article/text.ts';
import { formatPublishTime, isoInNewsroomZone } from '../../main/common/article/time.ts';
import { blockHtml, figcaptionText, inlineHtml } from '../../main/common/export/html.ts';
import { useApi } from '../api/context.tsx';
import { useAssetInfo } from '../media/asset-cache.ts';
import { CroppedPhoto } from '../media/CroppedPhoto.tsx';
import './print.css';

const NO_FIGURES = { figures: new Map(), imageBase: '', pictureSources: false };

function PrintFigure({ articleId, figure }: { articleId: string; figure: FigureBlock }): ReactNode {
  const api = useApi();
  const info = useAssetInfo(api, articleId, figure.assetId);
  // The same caption and credit as the exported HTML's <figcaption> (figcaptionHtml).
  const { caption, credit } = figcaptionText(figure);
  return (
    <figure className={`print-figure print-figure-${figure.layout}`}>
      {info && <CroppedPhoto articleId={articleId} info={info} figure={figure} alt={figure.alt || figure.caption} />}
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && <small>{credit}</small>}
        </figcaption>
      )}
    </figure>
  );
}

export function PrintView({ article }: { article: Article }): ReactNode {
  const { headline, sapo, sapoText } = leadOf(article.content);
  const time = formatPublishTime(article.meta.publishAt);
  const byline = formatByline(article.meta.byline);
  return (
    <article className="print-article" lang="vi">
      {article.meta.category.trim() && <p className="print-category">{article.meta.category.trim()}</p>}
      <h1>{headline ? blockText(headline) : ''}</h1>
      {time && (
        <p className="print-time">
          <time dateTime={isoInNewsroomZone(article.meta.publishAt)}>{time}</time>
        </p>
      )}
      {sapo && sapoText && <p className="print-sapo" dangerouslySetInnerHTML={{ __html: inlineHtml(sapo.children) }} />}
      {bodyBlocks(article.content).map((b) =>
        b.type === 'figure' ? (
          <PrintFigure key={b.id} articleId={article.id} figure={b} />
        ) : (
          <div key={b.id} className="print-block" dangerouslySetInnerHTML={{ __html: blockHtml(b, NO_FIGURES) }} />
        ),
      )}
      {byline && <p className="print-byline">{byline}</p>}
    </article>
  );
}
