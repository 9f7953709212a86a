// The drafts' Electron glue: the native file picker behind library.chooseDraft, modal to the
// window, the formats an import reads first, the chosen paths granted.

import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { draftPickerOptions, electronImportOptions } from '../../main/electron/import-glue.ts';
import { fakePicker } from './fake-picker.ts';

const t = translatorFor('vi');

describe('electronImportOptions', () => {
  it('has no picker without a dialog (library.chooseDraft then answers UNSUPPORTED)', () => {
    expect(electronImportOptions({ window: () => null, t }).chooseDrafts).toBeUndefined();
  });

  it('offers drafts first, several at once, modal to the window, and grants what was chosen', async () => {
    const win = { id: 1 };
    const granted: string[] = [];
    const picker = fakePicker({ canceled: false, filePaths: ['/home/pv/Bản thảo/bon-tot.docx'] });
    const options = electronImportOptions({
      dialog: picker.dialog as never,
      window: () => win as never,
      t,
      grant: (p) => granted.push(...p),
    });
    expect(await options.chooseDrafts!()).toEqual(['/home/pv/Bản thảo/bon-tot.docx']);
    expect(granted).toEqual(['/home/pv/Bản thảo/bon-tot.docx']);
    const [parent, ask] = picker.calls[0] as [unknown, ReturnType<typeof draftPickerOptions>];
    expect(parent).toBe(win);
    expect(ask.properties).toEqual(['openFile', 'multiSelections']);
    expect(ask.filters?.[0].extensions).toEqual(['docx', 'txt', 'text', 'md', 'markdown', 'html', 'htm']);
    expect(ask.title).toBe('Mở bản thảo');
  });

  it('answers nothing, and grants nothing, when the picker is cancelled', async () => {
    const granted: string[] = [];
    const picker = fakePicker({ canceled: true, filePaths: ['/ignored.txt'] });
    const options = electronImportOptions({ dialog: picker.dialog as never, window: () => null, t, grant: (p) => granted.push(...p) });
    expect(await options.chooseDrafts!()).toEqual([]);
    expect(granted).toEqual([]);
  });
});
