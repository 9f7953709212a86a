// Cropping a figure's photo: a frame over the whole preview, moved and resized with the mouse or
// the arrow keys (Shift resizes), aspect presets, a quarter turn, and a focal point. It works on
// the photo as the reader will see it, turned: the frame's aspect is the final picture's, and
// the stored crop (fractions of the upright photo) is worked out on Apply. It edits data only
// (crop fractions, rotate, focus): the stored original is never touched, and the figure gets
// the result in one setNodes, one undo step. The dialog takes the whole window.

import { useEffect, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Crop, FigureBlock } from '../../main/common/article/model.ts';
import type { AssetInfo } from '../../main/common/contract/media.ts';
import { CroppedPhoto } from './CroppedPhoto.tsx';
import {
  ASPECTS,
  clampCrop,
  cropFromView,
  cropToView,
  fitAspect,
  moveCrop,
  nextRotation,
  resizeCrop,
  resizeCropBy,
  turnedSize,
  turnPoint,
  type Aspect,
  type Rotation,
} from './figure-nodes.ts';
import './photos.css';

export type CropPatch = Pick<FigureBlock, 'crop' | 'rotate' | 'focus'>;

interface Props {
  articleId: string;
  info: AssetInfo;
  figure: FigureBlock;
  onClose: () => void;
  onApply: (patch: CropPatch) => void;
}

const WHOLE: Crop = { x: 0, y: 0, width: 1, height: 1, aspect: 'free' };
const round = (v: number): number => Math.round(v * 10000) / 10000;

type Drag = { kind: 'move' | 'resize'; startX: number; startY: number; crop: Crop };

export function CropDialog({ articleId, info, figure, onClose, onApply }: Props): ReactNode {
  const { t } = useTranslation('photos');
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const [rotate, setRotate] = useState<Rotation>(figure.rotate ?? 0);
  // The frame on the turned photo (fractions of it).
  const [view, setView] = useState<Crop>(() => cropToView(figure.crop ?? WHOLE, figure.rotate));
  const [focus, setFocus] = useState(figure.focus);
  const [placingFocus, setPlacingFocus] = useState(false);
  const [missedFrame, setMissedFrame] = useState(false);
  const preview = info.renditions.preview;
  const { width: w, height: h } = turnedSize(preview.width, preview.height, rotate);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const fraction = (e: { clientX: number; clientY: number }): { x: number; y: number } => {
    const r = stage.current?.getBoundingClientRect();
    if (!r || !r.width || !r.height) return { x: 0, y: 0 };
    return { x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height };
  };

  const start = (kind: Drag['kind']) => (e: ReactPointerEvent) => {
    if (placingFocus) return;
    e.preventDefault();
    e.stopPropagation();
    const p = fraction(e);
    drag.current = { kind, startX: p.x, startY: p.y, crop: view };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: ReactPointerEvent): void => {
    const d = drag.current;
    if (!d) return;
    const p = fraction(e);
    setView(d.kind === 'move' ? moveCrop(d.crop, p.x - d.startX, p.y - d.startY) : resizeCrop(d.crop, p.x, p.y, w, h));
  };
  const end = (): void => {
    drag.current = null;
  };

  const placeFocus = (placing: boolean): void => {
    setPlacingFocus(placing);
    setMissedFrame(false);
  };

  const onStageClick = (e: React.MouseEvent): void => {
    if (!placingFocus) return;
    const p = fraction(e);
    // The focal point is kept as fractions of the final (cropped, turned) picture.
    const fx = (p.x - view.x) / view.width;
    const fy = (p.y - view.y) / view.height;
    if (fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1) {
      setFocus({ x: round(fx), y: round(fy) });
      placeFocus(false);
    } else {
      // Outside the frame the point would be cropped away: say so, and keep waiting for a click.
      setMissedFrame(true);
    }
  };

  const onKey = (e: React.KeyboardEvent): void => {
    const step = 0.01;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (!d) return;
    e.preventDefault();
    setView((c) => (e.shiftKey ? resizeCropBy(c, d[0], d[1], w, h) : moveCrop(c, d[0], d[1])));
  };

  const chooseAspect = (aspect: Aspect): void => setView((c) => fitAspect(c, aspect, w, h));
  const turn = (): void => {
    const next = nextRotation(rotate);
    const size = turnedSize(preview.width, preview.height, next);
    // The frame and the focal point turn with the photo; a preset aspect stays the reader's.
    setView((c) => {
      const turned = cropToView(c, 90);
      return (c.aspect ?? 'free') === 'free' ? turned : fitAspect(turned, c.aspect ?? 'free', size.width, size.height);
    });
    setFocus((f) => f && turnPoint(f));
    setRotate(next);
  };

  const stored = (): Crop => cropFromView(clampCrop(view), rotate);
  const apply = (): void => {
    const c = stored();
    const whole = c.x <= 0.0001 && c.y <= 0.0001 && c.width >= 0.9999 && c.height >= 0.9999 && (c.aspect ?? 'free') === 'free';
    onApply({
      crop: whole
        ? undefined
        : { x: round(c.x), y: round(c.y), width: round(c.width), height: round(c.height), aspect: c.aspect ?? 'free' },
      rotate: rotate || undefined,
      focus,
    });
  };

  const pct = (v: number): string => `${v * 100}%`;
  const aspect = view.aspect ?? 'free';

  return createPortal(
    <dialog
      ref={dialog}
      className="dialog crop-dialog"
      aria-labelledby="crop-title"
      onClose={onClose}
      onCancel={onClose}
      // Rendered in a portal but still inside the editor's React tree: its keys are not the article's.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <header className="dialog-head">
        <h2 id="crop-title">{t('crop.title')}</h2>
        <span className="dialog-sub">{t('crop.note')}</span>
      </header>
      <div className="crop-tools" role="group" aria-label={t('crop.aspect')}>
        <span className="crop-tools-label">{t('crop.aspect')}</span>
        {ASPECTS.map((a) => (
          <button key={a} type="button" className="button button-quiet" aria-pressed={aspect === a} onClick={() => chooseAspect(a)}>
            {a === 'free' ? t('crop.free') : a}
          </button>
        ))}
        <span className="toolbar-spacer" />
        <button type="button" className="button button-quiet" onClick={turn}>
          {t('crop.rotate')} ({rotate}°)
        </button>
        <button type="button" className="button button-quiet" aria-pressed={placingFocus} onClick={() => placeFocus(!placingFocus)}>
          {t('crop.focus')}
        </button>
      </div>
      <p className={`crop-hint${missedFrame ? ' is-warning' : ''}`} role="status">
        {placingFocus ? (missedFrame ? t('crop.focusOutside') : t('crop.focusHint')) : ''}
      </p>
      <div className="crop-body">
        <div className="crop-area">
          <div
            ref={stage}
            className={`crop-stage${placingFocus ? ' is-placing' : ''}`}
            style={{ '--ratio': String(w / h) } as CSSProperties}
            onPointerMove={onMove}
            onPointerUp={end}
            onPointerCancel={end}
            onClick={onStageClick}
          >
            <CroppedPhoto articleId={articleId} info={info} figure={{ rotate }} alt="" />
            <div
              className="crop-rect"
              role="slider"
              tabIndex={0}
              aria-label={t('crop.area')}
              aria-valuetext={`${Math.round(view.x * 100)}%, ${Math.round(view.y * 100)}%, ${Math.round(view.width * 100)}% × ${Math.round(view.height * 100)}%`}
              style={{ left: pct(view.x), top: pct(view.y), width: pct(view.width), height: pct(view.height) }}
              onPointerDown={start('move')}
              onKeyDown={onKey}
            >
              {focus && <span className="crop-focus" style={{ left: pct(focus.x), top: pct(focus.y) }} />}
              <span className="crop-handle" onPointerDown={start('resize')} />
            </div>
          </div>
        </div>
        <div className="crop-result">
          <CroppedPhoto articleId={articleId} info={info} figure={{ crop: stored(), rotate }} alt="" />
        </div>
      </div>
      <footer className="crop-actions">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setView(WHOLE);
            setRotate(0);
            setFocus(undefined);
          }}
        >
          {t('crop.reset')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('crop.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={apply}>
          {t('crop.apply')}
        </button>
      </footer>
    </dialog>,
    document.body,
  );
}
