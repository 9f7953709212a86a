// Strings of the user interface. Keys are grouped by screen; add a group rather than
// growing another one's.

export const uiVi = {
  app: { name: 'Dateline' },
  save: { saved: 'Đã lưu', saving: 'Đang lưu…', unsaved: 'Chưa lưu', failed: 'Chưa lưu được, sẽ thử lại' },
};

export const uiEn: typeof uiVi = {
  app: { name: 'Dateline' },
  save: { saved: 'Saved', saving: 'Saving…', unsaved: 'Not saved yet', failed: 'Not saved, retrying' },
};
