// Suggesting mode's link to the service: the units the editor changed since the last send go to
// `review.propose` after a short pause in the typing, one call at a time (renderer/review/
// suggesting.ts says why the text itself is sent). `flush` sends what is left at once: before
// deciding, accepting, leaving the mode or the screen, so no typed letter is left behind.

import type { Descendant, Editor } from 'slate';
import type { Proposal } from '../../main/common/review/suggestions.ts';
import type { PlacedSuggestion } from '../../main/common/review/types.ts';
import { unitKey } from '../../main/common/review/units.ts';
import { changedUnits, unitTexts } from './suggesting.ts';

/** Sends proposals; null when the call failed (the caller has told the user). */
export type SendProposals = (units: Proposal[]) => Promise<PlacedSuggestion[] | null>;

export class SuggestSync {
  private sent: Map<string, string>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  /**
   * `sender()` null: nothing is sent (the reporter's side, an editor who has decided). The text
   * the screen opened with is what the service holds now; only units it has can be proposed.
   */
  constructor(
    private readonly editor: Editor,
    /** The text the screen opened with: what the service holds. */
    opened: readonly Descendant[],
    private readonly sender: () => SendProposals | null,
    private readonly onSent: (suggestions: PlacedSuggestion[]) => void,
    private readonly pauseMs = 400,
  ) {
    this.sent = unitTexts(opened);
  }

  private changes() {
    return changedUnits(this.editor.children, this.sent);
  }

  /** The text changed: send it after a pause. */
  changed(): void {
    if (!this.sender()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.pauseMs);
  }

  /** Whether some typed text has not reached the service yet. */
  pending(): boolean {
    return this.running !== null || (!!this.sender() && this.changes().length > 0);
  }

  /** Sends whatever changed since the last send, now; resolves when the service has it. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const send = this.sender();
    if (!send) return;
    while (this.running) await this.running;
    const units = this.changes();
    if (units.length === 0) return;
    this.running = (async () => {
      const result = await send(units);
      if (!result) return;
      for (const u of units) this.sent.set(unitKey(u.blockId, u.field), u.text);
      this.onSent(result);
    })().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
