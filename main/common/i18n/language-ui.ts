// Strings of the editor's language tools (renderer/language): the spelling menu, the house-style
// panel and the legacy-paste dialog. Findings' own sentences are in ./language.ts.

export const languageUiVi = {
  toolbar: { style: 'Văn phong', styleLabel: 'Mở bảng kiểm tra văn phong của toà soạn' },
  spell: {
    menu: 'Gợi ý chính tả',
    addToDictionary: 'Thêm vào từ điển của tôi',
    noSuggestion: 'Không có gợi ý',
    confused: 'Dễ viết nhầm, nên viết “{{suggestion}}”',
    addFailed: 'Không lưu được từ vào từ điển: {{message}}',
  },
  style: {
    title: 'Văn phong',
    close: 'Đóng',
    refresh: 'Kiểm tra lại',
    checking: 'Đang kiểm tra…',
    none: 'Không có gì cần sửa theo văn phong của toà soạn.',
    count: '{{count}} điểm cần xem',
    fix: 'Sửa thành “{{replacement}}”',
    fixRemove: 'Xoá “{{text}}”',
    jump: 'Xem trong bài',
    failed: 'Không kiểm tra được văn phong: {{message}}',
    gone: 'Đoạn văn này đã thay đổi; hãy kiểm tra lại.',
  },
  legacy: {
    title: 'Văn bản có vẻ là mã {{encoding}}. Chuyển sang Unicode?',
    before: 'Như khi dán',
    after: 'Sau khi chuyển',
    convert: 'Chuyển sang Unicode',
    keep: 'Giữ nguyên',
    encoding: { tcvn3: 'TCVN3', 'tcvn3-upper': 'TCVN3 (chữ hoa)', vni: 'VNI-Windows', viqr: 'VIQR' },
  },
  cli: { summary: 'Chính tả: {{spelling}} chỗ cần xem; văn phong: {{style}} điểm.' },
};

export const languageUiEn: typeof languageUiVi = {
  toolbar: { style: 'House style', styleLabel: 'Open the house-style check' },
  spell: {
    menu: 'Spelling suggestions',
    addToDictionary: 'Add to my dictionary',
    noSuggestion: 'No suggestions',
    confused: 'Often confused: write “{{suggestion}}”',
    addFailed: 'The word could not be saved to your dictionary: {{message}}',
  },
  style: {
    title: 'House style',
    close: 'Close',
    refresh: 'Check again',
    checking: 'Checking…',
    none: 'Nothing to fix by the house style.',
    count: '{{count}} points to look at',
    fix: 'Change to “{{replacement}}”',
    fixRemove: 'Remove “{{text}}”',
    jump: 'Show in the article',
    failed: 'The house style could not be checked: {{message}}',
    gone: 'This passage has changed; check again.',
  },
  legacy: {
    title: 'The text looks like {{encoding}}. Convert it to Unicode?',
    before: 'As pasted',
    after: 'Converted',
    convert: 'Convert to Unicode',
    keep: 'Keep as it is',
    encoding: { tcvn3: 'TCVN3', 'tcvn3-upper': 'TCVN3 (capitals)', vni: 'VNI-Windows', viqr: 'VIQR' },
  },
  cli: { summary: 'Spelling: {{spelling}} to look at; house style: {{style}} points.' },
};
