// Error sentences, one per code, in both languages. {{…}} are filled from DatelineError params.
import type { ErrorCode } from '../result.ts';

type Catalog = Record<ErrorCode, string>;

export const errorsVi: Catalog = {
  INVALID_INPUT: 'Dữ liệu gửi đến không hợp lệ: {{detail}}.',
  UNKNOWN_METHOD: 'Không có thao tác “{{method}}”.',
  NOT_FOUND: 'Không tìm thấy bài viết {{id}}.',
  CORRUPT: 'Tệp bài viết {{id}} bị hỏng; bạn có thể khôi phục bản lưu tốt gần nhất.',
  CONFLICT: 'Bài viết đã được thay đổi ở nơi khác (phiên bản {{version}}); hãy mở lại để xem bản mới nhất.',
  DISK_FULL: 'Ổ đĩa đã đầy nên chưa lưu được; nội dung vẫn được giữ và sẽ thử lưu lại.',
  READ_ONLY: 'Thư mục thư viện chỉ cho phép đọc nên chưa lưu được; nội dung vẫn được giữ và sẽ thử lưu lại.',
  UNSUPPORTED: 'Chức năng này chưa có ở đây: {{detail}}.',
  UNTRUSTED_SENDER: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của Dateline.',
  PATH_NOT_GRANTED:
    'Để giữ an toàn, Dateline chỉ dùng tệp và thư mục bạn đã chọn trong hộp thoại chọn tệp của máy (hoặc nằm trong thư viện); “{{name}}” chưa được chọn như vậy.',
  // One sentence per reason, kept with the photo pipeline's strings (main/common/i18n/media.ts).
  BAD_IMAGE: '$t(media:bad.{{reason}})',
  // One sentence per reason, kept with the review service's strings (main/common/i18n/review.ts).
  REVIEW: '$t(review:errors.{{reason}})',
  // Why Syncthing cannot carry the desk, and how to fix it (main/common/i18n/desk.ts).
  DESK: '$t(desk:error.{{reason}})',
  EXPORT: '$t(export:error.{{reason}})',
  LANGUAGE: '$t(language:error.{{reason}})',
  IMPORT: '$t(import:error.{{reason}})',
  INTERNAL: 'Đã có lỗi bất ngờ: {{detail}}.',
};

export const errorsEn: Catalog = {
  INVALID_INPUT: 'The request is not valid: {{detail}}.',
  UNKNOWN_METHOD: 'There is no operation “{{method}}”.',
  NOT_FOUND: 'Article {{id}} was not found.',
  CORRUPT: 'The file of article {{id}} is damaged; you can restore its last good revision.',
  CONFLICT: 'The article was changed elsewhere (version {{version}}); open it again to see the latest.',
  DISK_FULL: 'The disk is full, so the article is not saved yet; your text is kept and saving will be retried.',
  READ_ONLY: 'The library folder is read-only, so the article is not saved yet; your text is kept and saving will be retried.',
  UNSUPPORTED: 'This is not available here: {{detail}}.',
  UNTRUSTED_SENDER: 'The request was refused because it did not come from a Dateline window.',
  PATH_NOT_GRANTED:
    'To stay safe, Dateline only uses files and folders you chose in the computer’s file dialog (or inside the library); “{{name}}” was not chosen that way.',
  BAD_IMAGE: '$t(media:bad.{{reason}})',
  REVIEW: '$t(review:errors.{{reason}})',
  DESK: '$t(desk:error.{{reason}})',
  EXPORT: '$t(export:error.{{reason}})',
  LANGUAGE: '$t(language:error.{{reason}})',
  IMPORT: '$t(import:error.{{reason}})',
  INTERNAL: 'Something unexpected went wrong: {{detail}}.',
};
