// Strings of the language services: house-style findings (`style.*`, keys carried by each
// finding's message), spelling, the legacy-encoding offer, the counts' rule, and the sentences
// of errors:LANGUAGE (`error.<reason>`). English dates use {{dateEn}}, Vietnamese {{date}}.

import type { StyleRuleId } from '../vietnamese/style/types.ts';
import type { LegacyEncoding } from '../vietnamese/legacy/fonts.ts';

/** Why a language service failed; each has its sentence under `error.`. */
export type LanguageErrorReason = 'dictionary-missing' | 'lists-missing' | 'worker-failed' | 'unknown-encoding' | 'timeout' | 'too-long';

interface LanguageCatalog {
  style: {
    prefix: { form: string; missing: string };
    tone: { old: string; new: string };
    quotes: { straight: string; curly: string; unopened: string; unclosed: string };
    spacing: { before: string; after: string; double: string; inside: string };
    date: { slash: string; dot: string };
    byline: { caps: string };
    abbreviation: { firstUse: string };
    statistic: { unattributed: string };
    place: { merged: string; levelEnded: string };
  };
  rule: Record<StyleRuleId, string>;
  severity: { error: string; warning: string };
  spelling: { spelling: string; confused: string; capital: string; addToDictionary: string; noSuggestion: string };
  legacy: {
    encoding: Record<LegacyEncoding | 'cp1258' | 'viscii' | 'tcvn', string>;
    offer: string;
    convert: string;
    keep: string;
    converted: string;
  };
  counts: { chu: string; characters: string; charactersNoSpaces: string; rule: string; readingTime: string };
  error: Record<LanguageErrorReason, string>;
}

export const languageVi: LanguageCatalog = {
  style: {
    prefix: {
      form: 'Tiền tố của sapo viết là “{{expected}}”, không phải “{{found}}”.',
      missing: 'Sapo chưa bắt đầu bằng tiền tố “{{expected}}”.',
    },
    tone: {
      old: 'Toà soạn đặt dấu kiểu cũ: “{{expected}}” thay cho “{{word}}”.',
      new: 'Toà soạn đặt dấu kiểu mới: “{{expected}}” thay cho “{{word}}”.',
    },
    quotes: {
      straight: 'Dùng ngoặc kép cong “{{expected}}” thay cho ngoặc thẳng.',
      curly: 'Toà soạn dùng ngoặc kép thẳng {{expected}} thay cho ngoặc cong.',
      unopened: 'Dấu đóng ngoặc kép này không có dấu mở tương ứng.',
      unclosed: 'Ngoặc kép mở ở đây chưa được đóng.',
    },
    spacing: {
      before: 'Bỏ khoảng trắng trước “{{mark}}”.',
      after: 'Thêm một khoảng trắng sau “{{mark}}”.',
      double: 'Có hai khoảng trắng liền nhau.',
      inside: 'Bỏ khoảng trắng ngay sau “{{mark}}”.',
    },
    date: {
      slash: 'Ngày tháng viết theo kiểu của toà soạn: “{{expected}}” thay cho “{{found}}”.',
      dot: 'Ngày tháng viết theo kiểu của toà soạn: “{{expected}}” thay cho “{{found}}”.',
    },
    byline: { caps: 'Tên tác giả viết in hoa: “{{expected}}”.' },
    abbreviation: { firstUse: 'Lần đầu xuất hiện, “{{abbr}}” cần được viết đầy đủ: “{{expansion}} ({{abbr}})”.' },
    statistic: { unattributed: 'Số liệu “{{figure}}” chưa nêu nguồn (theo…, cho biết…, thống kê của…).' },
    place: {
      merged: '“{{name}}” không còn là đơn vị hành chính từ ngày {{date}}: đã hợp nhất vào {{successor}}.',
      levelEnded: '“{{name}}”: từ ngày {{date}} không còn cấp {{level}}.',
    },
  },
  rule: {
    prefix: 'Tiền tố của sapo',
    'tone-placement': 'Cách đặt dấu thanh',
    quotes: 'Ngoặc kép',
    spacing: 'Khoảng trắng quanh dấu câu',
    'date-format': 'Cách viết ngày tháng',
    'byline-caps': 'Tên tác giả in hoa',
    'abbreviation-first-use': 'Viết đầy đủ chữ viết tắt ở lần đầu',
    'unattributed-statistic': 'Số liệu chưa có nguồn',
    'merged-place': 'Địa danh đã thay đổi sau sáp nhập 2025',
  },
  severity: { error: 'Lỗi', warning: 'Lưu ý' },
  spelling: {
    spelling: 'Không có trong từ điển: “{{word}}”.',
    confused: 'Dễ viết nhầm: “{{word}}” → “{{suggestion}}” ({{note}}).',
    capital: 'Viết hoa: “{{suggestion}}” (tên riêng, hoặc chữ đầu câu).',
    addToDictionary: 'Thêm vào từ điển của tôi',
    noSuggestion: 'Không có gợi ý',
  },
  legacy: {
    encoding: {
      tcvn3: 'TCVN3 (ABC, phông .VnTime)',
      'tcvn3-upper': 'TCVN3 chữ hoa (phông .VnTimeH)',
      vni: 'VNI-Windows (phông VNI-Times)',
      viqr: 'VIQR',
      cp1258: 'Windows-1258',
      viscii: 'VISCII',
      tcvn: 'TCVN 5712 (VN1)',
    },
    offer: 'Văn bản dán vào có vẻ được gõ bằng bảng mã {{encoding}}. Chuyển sang Unicode? Xem trước: “{{preview}}”',
    convert: 'Chuyển sang Unicode',
    keep: 'Giữ nguyên',
    converted: 'Đã chuyển {{count}} đoạn từ bảng mã {{encoding}} sang Unicode.',
  },
  counts: {
    chu: '{{count}} chữ',
    characters: '{{count}} ký tự (kể cả khoảng trắng)',
    charactersNoSpaces: '{{count}} ký tự (không kể khoảng trắng)',
    rule: 'Số chữ được đếm như Word: mỗi cụm ký tự cách nhau bởi khoảng trắng và có chữ hoặc số là một chữ.',
    readingTime: 'Khoảng {{minutes}} phút đọc (tính {{rate}} chữ/phút).',
  },
  error: {
    'dictionary-missing': 'Không tìm thấy từ điển chính tả {{name}} trong bộ cài Dateline; hãy cài lại ứng dụng.',
    'lists-missing': 'Không đọc được danh sách từ của toà soạn ({{name}}); kiểm tra lại thư mục tài nguyên ngôn ngữ.',
    'worker-failed': 'Bộ kiểm tra chính tả đã dừng bất ngờ; bài viết không bị ảnh hưởng, hãy thử kiểm tra lại.',
    'unknown-encoding': 'Dateline không biết bảng mã “{{encoding}}”.',
    timeout: 'Việc kiểm tra chính tả và văn phong quá {{seconds}} giây nên đã dừng; bài viết không bị ảnh hưởng, hãy thử lại.',
    'too-long': 'Văn bản quá dài để kiểm tra một lần (tối đa {{max}} ký tự); hãy kiểm tra từng phần.',
  },
};

export const languageEn: LanguageCatalog = {
  style: {
    prefix: {
      form: 'Write the sapo prefix as “{{expected}}”, not “{{found}}”.',
      missing: 'The sapo does not start with the prefix “{{expected}}”.',
    },
    tone: {
      old: 'The house places tone marks the old way: “{{expected}}”, not “{{word}}”.',
      new: 'The house places tone marks the new way: “{{expected}}”, not “{{word}}”.',
    },
    quotes: {
      straight: 'Use the curly quotation mark “{{expected}}” instead of a straight one.',
      curly: 'The house uses the straight quotation mark {{expected}}, not curly ones.',
      unopened: 'This closing quotation mark has no opening one.',
      unclosed: 'The quotation opened here is never closed.',
    },
    spacing: {
      before: 'Remove the space before “{{mark}}”.',
      after: 'Add a space after “{{mark}}”.',
      double: 'Two spaces in a row.',
      inside: 'Remove the space right after “{{mark}}”.',
    },
    date: {
      slash: 'Write dates the house way: “{{expected}}”, not “{{found}}”.',
      dot: 'Write dates the house way: “{{expected}}”, not “{{found}}”.',
    },
    byline: { caps: 'Write the author’s name in capitals: “{{expected}}”.' },
    abbreviation: { firstUse: 'Spell out “{{abbr}}” where it first appears: “{{expansion}} ({{abbr}})”.' },
    statistic: { unattributed: 'The figure “{{figure}}” has no source (theo…, cho biết…, thống kê của…).' },
    place: {
      merged: '“{{name}}” has not been an administrative unit since {{dateEn}}: it was merged into {{successor}}.',
      levelEnded: '“{{name}}”: there has been no {{level}} level since {{dateEn}}.',
    },
  },
  rule: {
    prefix: 'Sapo prefix',
    'tone-placement': 'Tone mark placement',
    quotes: 'Quotation marks',
    spacing: 'Spaces around punctuation',
    'date-format': 'Date format',
    'byline-caps': 'Author names in capitals',
    'abbreviation-first-use': 'Abbreviations spelled out at first use',
    'unattributed-statistic': 'Figures without a source',
    'merged-place': 'Place names changed by the 2025 mergers',
  },
  severity: { error: 'Error', warning: 'Note' },
  spelling: {
    spelling: 'Not in the dictionary: “{{word}}”.',
    confused: 'Often confused: “{{word}}” → “{{suggestion}}” ({{note}}).',
    capital: 'Capitals: “{{suggestion}}” (a proper name, or a sentence’s first word).',
    addToDictionary: 'Add to my dictionary',
    noSuggestion: 'No suggestions',
  },
  legacy: {
    encoding: {
      tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
      'tcvn3-upper': 'TCVN3 capitals (.VnTimeH fonts)',
      vni: 'VNI-Windows (VNI-Times fonts)',
      viqr: 'VIQR',
      cp1258: 'Windows-1258',
      viscii: 'VISCII',
      tcvn: 'TCVN 5712 (VN1)',
    },
    offer: 'The pasted text seems to be typed in {{encoding}}. Convert it to Unicode? Preview: “{{preview}}”',
    convert: 'Convert to Unicode',
    keep: 'Keep as it is',
    converted: 'Converted {{count}} runs from {{encoding}} to Unicode.',
  },
  counts: {
    chu: '{{count}} chữ',
    characters: '{{count}} characters (with spaces)',
    charactersNoSpaces: '{{count}} characters (without spaces)',
    rule: 'Chữ are counted as Word counts words: each run of characters between spaces that holds a letter or a digit.',
    readingTime: 'About {{minutes}} min to read (at {{rate}} chữ a minute).',
  },
  error: {
    'dictionary-missing': 'The {{name}} spelling dictionary is missing from this Dateline installation; reinstall the app.',
    'lists-missing': 'The newsroom word list ({{name}}) could not be read; check the language resources folder.',
    'worker-failed': 'The spell checker stopped unexpectedly; the article is unaffected, try checking again.',
    'unknown-encoding': 'Dateline does not know the encoding “{{encoding}}”.',
    timeout: 'The spelling and style check ran over {{seconds}} seconds and was stopped; the article is unaffected, try again.',
    'too-long': 'The text is too long to check at once (at most {{max}} characters); check it in parts.',
  },
};
