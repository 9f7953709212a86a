// Strings of export: why an export stopped (errors:EXPORT nests into `error.<reason>`), what
// preflight found, the progress stages, verify's findings, and the few labels printed inside a
// package (`page.*`, always in the article's language, Vietnamese, whatever the UI language).

import type { ExportErrorReason, ExportStage, PreflightCode, VerifyProblemCode } from '../contract/export.ts';

interface ExportCatalog {
  error: Record<ExportErrorReason, string>;
  // A code's sentence, and its variants by i18next context (`photo-too-small_cropped`).
  finding: Record<PreflightCode, string> & Partial<Record<`${PreflightCode}_${string}`, string>>;
  stage: Record<ExportStage, string>;
  verify: Record<VerifyProblemCode, string> & { ok: string; failed: string };
  page: { related: string; photo: string };
}

export const exportVi: ExportCatalog = {
  error: {
    blocked: 'Chưa xuất được vì bài còn {{count}} lỗi cần sửa trước (xem danh sách kiểm tra).',
    'needs-confirmation': 'Bài còn {{count}} điểm cần xem lại; hãy xác nhận nếu vẫn muốn xuất.',
    cancelled: 'Đã hủy xuất bài; không có tệp nào được để lại.',
    'target-exists': '“{{path}}” đã có; hãy chọn tên khác hoặc đồng ý ghi đè.',
    'target-foreign': '“{{path}}” đã có và không phải là gói xuất của Dateline nên không được ghi đè; hãy chọn tên khác.',
    'target-invalid': 'Không thể xuất vào “{{path}}”: {{detail}}.',
    'photo-missing': 'Không tìm thấy ảnh {{assetId}} của bài trong thư mục media; hãy thêm lại ảnh này.',
    'photo-unreadable': 'Không đọc được ảnh {{assetId}} để tạo bản xuất: {{detail}}.',
    'ninjs-invalid': 'Tệp ninjs.json tạo ra không đúng chuẩn IPTC ({{detail}}); đây là lỗi của Dateline, hãy báo cho người quản trị.',
    busy: 'Đang có một lần xuất khác với mã {{jobId}}.',
  },
  finding: {
    'headline-missing': 'Bài chưa có tít.',
    'headline-too-long': 'Tít dài {{length}} ký tự, quá giới hạn {{max}}.',
    'sapo-missing': 'Bài chưa có sapo.',
    'prefix-missing': 'Sapo chưa bắt đầu bằng “{{prefix}} - ”.',
    'byline-missing': 'Bài chưa ghi tên tác giả (bút danh).',
    'body-empty': 'Thân bài đang trống.',
    'time-missing': 'Bài chưa có thời gian đăng.',
    'photo-missing': 'Ảnh {{assetId}} không còn trong thư mục của bài.',
    'caption-missing': 'Ảnh số {{index}} chưa có chú thích.',
    'credit-missing': 'Ảnh số {{index}} chưa ghi nguồn ảnh (tác giả ảnh).',
    'alt-missing': 'Ảnh số {{index}} chưa có mô tả cho người khiếm thị (alt).',
    'alt-too-long': 'Mô tả (alt) của ảnh số {{index}} dài {{length}} ký tự, nên dưới {{max}}.',
    'photo-too-small': 'Ảnh số {{index}} chỉ rộng {{width}} điểm ảnh, nhỏ hơn cỡ lớn nhất {{needed}}; ảnh sẽ không được phóng to.',
    'photo-too-small_cropped':
      'Ảnh số {{index}} chỉ rộng {{width}} điểm ảnh sau khi cắt, nhỏ hơn cỡ lớn nhất {{needed}}; ảnh sẽ không được phóng to.',
    'quotes-unbalanced': 'Ngoặc kép chưa cân: {{open}} dấu mở “ và {{close}} dấu đóng ”.',
    'quotes-straight': 'Có {{count}} dấu ngoặc kép thẳng ("); báo dùng ngoặc kép cong “ ”.',
  },
  stage: {
    preflight: 'Đang kiểm tra bài…',
    photos: 'Đang tạo ảnh {{done}}/{{total}}…',
    documents: 'Đang tạo HTML, DOCX và ninjs…',
    writing: 'Đang ghi gói xuất…',
    done: 'Đã xuất xong.',
  },
  verify: {
    ok: 'Gói hợp lệ: {{checked}} tệp khớp với manifest.',
    failed: 'Gói KHÔNG hợp lệ: {{count}} vấn đề.',
    'not-found': 'Không tìm thấy “{{path}}”.',
    'not-a-package': 'Đây không phải là gói xuất của Dateline (không đọc được manifest.json).',
    'unsafe-entry': 'Gói có mục “{{path}}” không an toàn (đường dẫn tuyệt đối, “..”, liên kết hoặc trùng tên).',
    'too-large': 'Gói vượt giới hạn ({{limit}}) nên không được mở.',
    'manifest-invalid': 'manifest.json không đúng cấu trúc: {{detail}}.',
    'unknown-format': 'Gói dùng định dạng phiên bản {{version}} mà Dateline này không biết.',
    'missing-file': 'Thiếu tệp “{{path}}”.',
    'extra-file': 'Có tệp lạ “{{path}}” không có trong manifest.',
    'size-mismatch': 'Tệp “{{path}}” có {{actual}} byte, manifest ghi {{expected}} byte.',
    'checksum-mismatch': 'Tệp “{{path}}” đã bị thay đổi (SHA-256 không khớp).',
    'ninjs-invalid': 'ninjs.json không đúng chuẩn IPTC ninjs: {{detail}}.',
    'zip-damaged': 'Tệp zip bị hỏng hoặc bị cắt cụt (mất phần mục lục ở cuối tệp), có thể chép chưa xong; hãy chép lại gói.',
    'damaged-entry': 'Tệp “{{path}}” trong zip bị hỏng, không giải nén được; hãy chép lại gói.',
    'manifest-mismatch': 'manifest.json ghi {{field}} của bài là “{{manifest}}”, nhưng {{file}} ghi “{{actual}}”: manifest đã bị sửa.',
  },
  page: { related: 'Cùng chuyên mục', photo: 'Ảnh' },
};

export const exportEn: ExportCatalog = {
  error: {
    blocked: 'The article cannot be exported yet: {{count}} problems must be fixed first (see the checklist).',
    'needs-confirmation': 'The article has {{count}} points to review; confirm to export anyway.',
    cancelled: 'The export was cancelled; no files were left behind.',
    'target-exists': '“{{path}}” already exists; choose another name or agree to replace it.',
    'target-foreign': '“{{path}}” already exists and is not a Dateline package, so it is not replaced; choose another name.',
    'target-invalid': 'Cannot export to “{{path}}”: {{detail}}.',
    'photo-missing': 'Photo {{assetId}} of this article is not in its media folder; add the photo again.',
    'photo-unreadable': 'Photo {{assetId}} could not be read for the export: {{detail}}.',
    'ninjs-invalid': 'The ninjs.json produced is not valid IPTC ninjs ({{detail}}); this is a Dateline bug, please report it.',
    busy: 'Another export with id {{jobId}} is running.',
  },
  finding: {
    'headline-missing': 'The article has no headline.',
    'headline-too-long': 'The headline is {{length}} characters, over the limit of {{max}}.',
    'sapo-missing': 'The article has no sapo (lead).',
    'prefix-missing': 'The sapo does not start with “{{prefix}} - ”.',
    'byline-missing': 'The article has no byline.',
    'body-empty': 'The body is empty.',
    'time-missing': 'The article has no publishing time.',
    'photo-missing': 'Photo {{assetId}} is no longer in the article’s folder.',
    'caption-missing': 'Photo {{index}} has no caption.',
    'credit-missing': 'Photo {{index}} has no credit (photographer).',
    'alt-missing': 'Photo {{index}} has no text description (alt) for blind readers.',
    'alt-too-long': 'The description (alt) of photo {{index}} is {{length}} characters; keep it under {{max}}.',
    'photo-too-small': 'Photo {{index}} is only {{width}} pixels wide, less than the largest size {{needed}}; it will not be enlarged.',
    'photo-too-small_cropped':
      'Photo {{index}} is only {{width}} pixels wide after cropping, less than the largest size {{needed}}; it will not be enlarged.',
    'quotes-unbalanced': 'Quotation marks do not balance: {{open}} opening “ and {{close}} closing ”.',
    'quotes-straight': '{{count}} straight quotation marks ("); the paper uses curly quotes “ ”.',
  },
  stage: {
    preflight: 'Checking the article…',
    photos: 'Making photo {{done}} of {{total}}…',
    documents: 'Making HTML, DOCX and ninjs…',
    writing: 'Writing the package…',
    done: 'Export finished.',
  },
  verify: {
    ok: 'The package is valid: {{checked}} files match the manifest.',
    failed: 'The package is NOT valid: {{count}} problems.',
    'not-found': '“{{path}}” was not found.',
    'not-a-package': 'This is not a Dateline package (manifest.json cannot be read).',
    'unsafe-entry': 'The package has an unsafe entry “{{path}}” (absolute path, “..”, link or duplicate name).',
    'too-large': 'The package is over the limit ({{limit}}), so it was not opened.',
    'manifest-invalid': 'manifest.json is not well-formed: {{detail}}.',
    'unknown-format': 'The package uses format version {{version}}, which this Dateline does not know.',
    'missing-file': 'The file “{{path}}” is missing.',
    'extra-file': 'The file “{{path}}” is not listed in the manifest.',
    'size-mismatch': 'The file “{{path}}” has {{actual}} bytes; the manifest says {{expected}}.',
    'checksum-mismatch': 'The file “{{path}}” was changed (SHA-256 does not match).',
    'ninjs-invalid': 'ninjs.json is not valid IPTC ninjs: {{detail}}.',
    'zip-damaged':
      'The zip is damaged or cut short (its directory at the end is missing); it may not have been copied completely. Copy the package again.',
    'damaged-entry': '“{{path}}” in the zip is damaged and cannot be unpacked; copy the package again.',
    'manifest-mismatch':
      'manifest.json gives the article’s {{field}} as “{{manifest}}”, but {{file}} says “{{actual}}”: the manifest was edited.',
  },
  page: { related: 'Related articles', photo: 'Photo' },
};
