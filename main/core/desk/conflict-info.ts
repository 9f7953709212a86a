// A conflict copy as the inbox and the desk status report it: one sentence in the UI language.

import type { i18n as I18n } from 'i18next';
import type { DeskConflictInfo } from '../../common/desk/types.ts';
import type { DeskConflict } from '../review/desk.ts';

export function conflictInfo(c: DeskConflict, t: I18n['t']): DeskConflictInfo {
  return {
    kind: c.kind,
    name: c.name,
    copy: c.copy,
    ...(c.lane ? { lane: c.lane } : {}),
    message: t('desk:conflict', { name: c.name, copy: c.copy }),
  };
}
