// Strings of importing drafts: why an import stopped (errors:IMPORT nests into `error.<reason>`),
// what the reporter should check afterwards (`warning.<code>`), and the CLI's few lines.

import type { ImportErrorReason, ImportWarningCode } from '../contract/import.ts';

interface ImportCatalog {
  error: Record<ImportErrorReason, string>;
  warning: Record<ImportWarningCode, string>;
  encoding: Record<'tcvn3' | 'tcvn3-upper' | 'vni' | 'viqr' | 'cp1258' | 'viscii' | 'tcvn', string>;
  cli: { notes: string; related: string; legacyHint: string };
}

export const importVi: ImportCatalog = {
  error: {
    'unsupported-format': 'Chưa nhập được tệp “{{name}}”: Dateline chỉ nhận {{formats}}.',
    'old-word': 'Tệp “{{name}}” là định dạng Word cũ (.doc); hãy mở bằng Word hoặc LibreOffice, lưu lại thành .docx rồi nhập lại.',
    'not-found': 'Không tìm thấy tệp “{{name}}”.',
    'not-a-file': '“{{name}}” không phải là một tệp (có thể là thư mục).',
    'no-access': 'Không có quyền đọc tệp “{{name}}”.',
    'too-large': 'Tệp “{{name}}” quá lớn ({{size}}); Dateline chỉ nhập bản thảo đến {{limit}}.',
    empty: 'Tệp “{{name}}” không có chữ nào để nhập.',
    binary: 'Tệp “{{name}}” không phải là văn bản (có vẻ là tệp nhị phân mang đuôi {{ext}}); bài không được tạo.',
    'damaged-docx': 'Không đọc được tệp Word “{{name}}” (tệp hỏng hoặc không phải .docx): {{detail}}.',
    'zip-limits': 'Tệp Word “{{name}}” vượt giới hạn an toàn ({{detail}}) nên không được mở.',
  },
  warning: {
    'looks-legacy':
      'Chữ trong tệp có vẻ được gõ bằng bảng mã $t(import:encoding.{{encoding}}) (ví dụ: “{{preview}}”); bài được nhập nguyên như trong tệp, hãy nhập lại và chọn chuyển sang Unicode.',
    'legacy-converted': 'Đã chuyển chữ từ bảng mã $t(import:encoding.{{encoding}}) sang Unicode; hãy đọc lại bài.',
    'fonts-converted': 'Đã chuyển {{count}} đoạn chữ gõ bằng phông cũ ({{encodings}}) sang Unicode.',
    'headline-long': 'Dòng đầu tiên dài {{length}} ký tự nên có thể không phải là tít; hãy kiểm tra tít.',
    'sapo-not-found': 'Không nhận ra sapo; hãy viết sapo cho bài.',
    'sapo-without-prefix': 'Sapo chưa bắt đầu bằng “{{prefix}} - ”.',
    'byline-not-found': 'Không nhận ra dòng tác giả ở cuối bài; bài dùng tên trong phần Cài đặt.',
    'furniture-removed': 'Đã để riêng {{count}} dòng không thuộc bài (ý kiến bạn đọc, tin cùng chuyên mục…) ngoài thân bài.',
    'caption-repeated': 'Dòng chú thích ảnh lặp lại đã được gộp thành một: “{{text}}”.',
    'images-not-imported': 'Bản thảo có {{count}} ảnh chưa được nhập; hãy thêm ảnh vào bài từ tệp ảnh gốc.',
    'caption-without-photo':
      'Đã giữ chú thích “{{caption}}”, nhưng ảnh của nó ({{src}}, nằm trong thư mục của trang đã lưu) chưa được nhập; hãy thêm ảnh từ tệp gốc.',
    'docx-messages': 'Trình đọc Word bỏ qua {{count}} định dạng không hỗ trợ; chữ vẫn được giữ.',
  },
  encoding: {
    tcvn3: 'TCVN3 (ABC)',
    'tcvn3-upper': 'TCVN3 (ABC, chữ hoa)',
    vni: 'VNI Windows',
    viqr: 'VIQR',
    cp1258: 'Windows-1258',
    viscii: 'VISCII',
    tcvn: 'TCVN 5712',
  },
  cli: {
    notes: 'Để riêng ngoài thân bài:',
    related: 'Tin cùng chuyên mục (gợi ý):',
    legacyHint: 'Chạy lại với --convert-legacy để chuyển sang Unicode.',
  },
};

export const importEn: ImportCatalog = {
  error: {
    'unsupported-format': '“{{name}}” cannot be imported: Dateline takes {{formats}}.',
    'old-word': '“{{name}}” is in the old Word format (.doc); open it in Word or LibreOffice, save it as .docx and import that.',
    'not-found': 'The file “{{name}}” was not found.',
    'not-a-file': '“{{name}}” is not a file (it may be a folder).',
    'no-access': 'You are not allowed to read “{{name}}”.',
    'too-large': '“{{name}}” is too large ({{size}}); Dateline imports drafts up to {{limit}}.',
    empty: '“{{name}}” has no text to import.',
    binary: '“{{name}}” is not text (it looks like a binary file named {{ext}}); no article was created.',
    'damaged-docx': 'The Word file “{{name}}” cannot be read (damaged, or not a .docx): {{detail}}.',
    'zip-limits': 'The Word file “{{name}}” exceeds a safety limit ({{detail}}), so it was not opened.',
  },
  warning: {
    'looks-legacy':
      'The text looks typed in the $t(import:encoding.{{encoding}}) encoding (e.g. “{{preview}}”); it was imported as it is in the file: import again and choose to convert it to Unicode.',
    'legacy-converted': 'The text was converted from $t(import:encoding.{{encoding}}) to Unicode; read it through.',
    'fonts-converted': '{{count}} runs typed in old fonts ({{encodings}}) were converted to Unicode.',
    'headline-long': 'The first line is {{length}} characters long and may not be a headline; check the headline.',
    'sapo-not-found': 'No sapo was recognised; write one for the article.',
    'sapo-without-prefix': 'The sapo does not start with “{{prefix}} - ”.',
    'byline-not-found': 'No byline was recognised at the end; the article uses the name from Settings.',
    'furniture-removed': '{{count}} lines that are not part of the story (readers’ comments, related articles…) were kept out of the body.',
    'caption-repeated': 'A repeated photo caption line was merged into one: “{{text}}”.',
    'images-not-imported': 'The draft has {{count}} photos that were not imported; add them to the article from the original image files.',
    'caption-without-photo':
      'The caption “{{caption}}” was kept, but its photo ({{src}}, in the saved page’s folder) was not imported; add it from the original file.',
    'docx-messages': 'The Word reader skipped {{count}} unsupported formatting features; the text is kept.',
  },
  encoding: {
    tcvn3: 'TCVN3 (ABC)',
    'tcvn3-upper': 'TCVN3 (ABC, capitals)',
    vni: 'VNI Windows',
    viqr: 'VIQR',
    cp1258: 'Windows-1258',
    viscii: 'VISCII',
    tcvn: 'TCVN 5712',
  },
  cli: {
    notes: 'Kept out of the body:',
    related: 'Related articles (hints):',
    legacyHint: 'Run again with --convert-legacy to convert it to Unicode.',
  },
};
