// A conflict copy as the inbox and the desk status report it: one sentence in the UI language.

import type { DeskConflictInfo } from '../../common/desk/types.ts';
import type { DeskConflict } from '../review/desk.ts';
import type { Translator } from '../../common/i18n/index.ts';

export function conflictInfo(c: DeskConflict, t: Translator): DeskConflictInfo {
  return {
    kind: c.kind,
    name: c.name,
    copy: c.copy,
    ...(c.lane ? { lane: c.lane } : {}),
    message: t('desk:conflict', { name: c.name, copy: c.copy }),
  };
}
