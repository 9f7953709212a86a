// The main window opens where the reporter left it. The saved bounds are used only if they still
// overlap a screen (a laptop undocked from its second monitor must not open off-screen) and are
// never smaller than the window's minimum.

import type { BrowserWindow, Rectangle } from 'electron';
import Store from 'electron-store';
import { z } from 'zod';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 860;
// At least this much of the window must be on a screen, so its title bar can be grabbed.
const MIN_VISIBLE = 100;

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const overlap = (a: Rectangle, b: Rectangle): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/** Where to open the window: the saved bounds if valid and visible on one of the screens' work areas, else a default size centred by Electron. */
export function placeWindow(saved: unknown, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  const fallback: WindowPlacement = {
    width: primary ? Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, primary.width)) : DEFAULT_WIDTH,
    height: primary ? Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, primary.height)) : DEFAULT_HEIGHT,
    maximized: false,
  };
  const parsed = WindowStateSchema.safeParse(saved);
  if (!parsed.success) return fallback;
  const state = parsed.data;
  const bounds = { x: state.x, y: state.y, width: Math.max(MIN_WIDTH, state.width), height: Math.max(MIN_HEIGHT, state.height) };
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  return visible ? { ...bounds, maximized: state.maximized } : { ...fallback, maximized: state.maximized };
}

/** The saved window state, kept in window-state.json beside the settings. */
export interface WindowStateStore {
  load(): unknown;
  save(state: WindowState): void;
}

/** A WindowStateStore on electron-store; a damaged file only costs the saved position. */
export function createWindowStateStore(cwd: string): WindowStateStore {
  let store: Store<Record<string, unknown>> | null = null;
  try {
    store = new Store<Record<string, unknown>>({ cwd, name: 'window-state', clearInvalidConfig: true });
  } catch {
    store = null;
  }
  return {
    load: () => {
      try {
        return store?.get('main');
      } catch {
        return undefined;
      }
    },
    save: (state) => {
      try {
        store?.set('main', state);
      } catch {
        // Not worth a message: next time the window opens at the default place.
      }
    },
  };
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/** Saves the window's bounds when it closes. */
export function rememberWindowState(win: TrackedWindow, store: WindowStateStore): void {
  win.on('close', () => {
    const b = win.getNormalBounds();
    store.save({
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
      maximized: win.isMaximized(),
    });
  });
}
