// Strings of the photo pipeline: one sentence per refusal reason (errors:BAD_IMAGE nests into
// `bad.<reason>`), the notices shown beside an imported photo, and the photo panel's labels.
// Apple's iOS labels are quoted as the phone shows them in each language.

import type { BadImageReason, MediaNoticeCode } from '../contract/media.ts';

interface MediaCatalog {
  bad: Record<BadImageReason, string>;
  notice: Record<MediaNoticeCode, string>;
  panel: {
    add: string;
    adding: string;
    added: string;
    duplicate: string;
    failed: string;
    retryLenient: string;
    gpsBadge: string;
  };
  /** The command line's word for what the panel's "retry" button does. */
  cli: { acceptDamage: string };
}

export const mediaVi: MediaCatalog = {
  bad: {
    empty: 'Tệp “{{name}}” rỗng (0 byte) nên không phải là ảnh.',
    'too-large': 'Tệp “{{name}}” nặng {{sizeMb}} MB, vượt giới hạn {{maxMb}} MB cho một ảnh.',
    'not-image-text': 'Tệp “{{name}}” là một tệp văn bản chứ không phải ảnh, dù tên của nó có đuôi ảnh.',
    'not-image': 'Tệp “{{name}}” không phải là ảnh mà Dateline nhận ra (JPEG, PNG, WebP, AVIF, GIF, TIFF).',
    'not-a-file': '“{{name}}” là một thư mục, không phải tệp ảnh.',
    svg: 'Tệp “{{name}}” là hình vẽ SVG (có thể chứa mã chạy được) nên Dateline không nhận; hãy xuất nó ra PNG hoặc JPEG rồi thêm lại.',
    'unsupported-format': 'Tệp “{{name}}” có định dạng {{format}}, Dateline chỉ nhận JPEG, PNG, WebP, AVIF, GIF và TIFF.',
    heic: 'Ảnh “{{name}}” là HEIC của iPhone, loại Dateline chưa đọc được; hãy lấy bản JPEG: trên iPhone vào Cài đặt > Camera > Định dạng > Tương thích nhất cho ảnh chụp về sau, còn ảnh đã chụp thì chia sẻ hoặc xuất ra dưới dạng JPEG rồi thêm lại.',
    'too-many-pixels':
      'Ảnh “{{name}}” có kích thước {{width}}×{{height}} điểm ảnh, vượt giới hạn {{maxMp}} megapixel, nên bị từ chối để máy không bị treo.',
    'too-wide':
      'Ảnh “{{name}}” có một cạnh dài {{side}} điểm ảnh, vượt giới hạn {{maxSide}} điểm ảnh; hãy thu nhỏ ảnh (cạnh dài nhất dưới {{maxSide}} điểm ảnh) bằng trình sửa ảnh rồi thêm lại.',
    'too-many-frames': 'Tệp “{{name}}” có {{pages}} khung hình, vượt giới hạn {{maxPages}}.',
    'too-many-channels': 'Ảnh “{{name}}” có {{channels}} kênh màu, nhiều hơn một tấm ảnh bình thường nên không nhập được.',
    'unreadable-header': 'Ảnh “{{name}}” bị hỏng ngay phần đầu tệp nên không đọc được.',
    truncated: 'Ảnh “{{name}}” bị thiếu phần cuối (có thể chép chưa xong); bạn có thể nhập lại và chấp nhận phần bị thiếu hiện màu xám.',
    damaged: 'Ảnh “{{name}}” có lỗi bên trong; bạn có thể nhập lại và chấp nhận các lỗi nhỏ.',
    undecodable: 'Ảnh “{{name}}” hỏng đến mức không đọc được, kể cả khi chấp nhận lỗi.',
    vanished: 'Tệp “{{name}}” không còn ở chỗ cũ (có thể đã bị xóa, đổi tên hoặc thẻ nhớ đã được rút ra) nên chưa nhập được.',
    'no-access': 'Dateline không có quyền đọc tệp “{{name}}”.',
    crashed: 'Bộ xử lý ảnh dừng đột ngột khi đang xử lý “{{name}}”; ảnh này chưa được nhập, các ảnh khác vẫn tiếp tục.',
    timeout: 'Xử lý ảnh “{{name}}” quá {{seconds}} giây nên đã dừng; ảnh này chưa được nhập.',
    'worker-failed': 'Chưa nhập được “{{name}}” vì bộ xử lý ảnh không khởi động được; hãy thử lại hoặc khởi động lại Dateline.',
    missing: 'Không tìm thấy ảnh {{assetId}} trong bài viết này.',
  },
  cli: { acceptDamage: 'Chạy lại lệnh với --accept-damage để vẫn nhập ảnh và chấp nhận phần hỏng.' },
  notice: {
    animated: 'Ảnh động có {{frames}} khung hình: chỉ khung hình đầu tiên được dùng.',
    'multi-page': 'Tệp có {{pages}} trang: chỉ trang đầu tiên được dùng.',
    cmyk: 'Ảnh dùng hệ màu in CMYK; bản xem trước đã được chuyển sang màu màn hình (sRGB).',
    lenient: 'Ảnh có lỗi nhưng đã được nhập theo yêu cầu; phần bị hỏng có thể hiện màu xám.',
    gps: 'Ảnh có ghi vị trí chụp (GPS); vị trí chỉ nằm trong bản gốc và không bao giờ được xuất ra.',
  },
  panel: {
    add: 'Thêm ảnh',
    adding: 'Đang thêm ảnh {{done}}/{{total}}…',
    added: 'Đã thêm {{count}} ảnh',
    duplicate: 'Ảnh này đã có trong bài',
    failed: 'Không thêm được {{count}} ảnh',
    retryLenient: 'Nhập lại, chấp nhận lỗi nhỏ',
    gpsBadge: 'Có vị trí GPS',
  },
};

export const mediaEn: MediaCatalog = {
  bad: {
    empty: 'The file “{{name}}” is empty (0 bytes), so it is not a photo.',
    'too-large': 'The file “{{name}}” is {{sizeMb}} MB, over the {{maxMb}} MB limit for one photo.',
    'not-image-text': 'The file “{{name}}” is a text file, not a photo, although its name ends like one.',
    'not-image': 'The file “{{name}}” is not a photo Dateline recognises (JPEG, PNG, WebP, AVIF, GIF, TIFF).',
    'not-a-file': '“{{name}}” is a folder, not a photo file.',
    svg: 'The file “{{name}}” is an SVG drawing (which can contain code), so Dateline does not accept it; export it as PNG or JPEG and add it again.',
    'unsupported-format': 'The file “{{name}}” is {{format}}; Dateline accepts JPEG, PNG, WebP, AVIF, GIF and TIFF.',
    heic: 'The photo “{{name}}” is an iPhone HEIC, which Dateline cannot read yet; get a JPEG instead: on the iPhone choose Settings > Camera > Formats > Most Compatible for future photos, and share or export existing ones as JPEG, then add them again.',
    'too-many-pixels':
      'The photo “{{name}}” is {{width}}×{{height}} pixels, over the {{maxMp}} megapixel limit, so it was refused to keep the computer responsive.',
    'too-wide':
      'The photo “{{name}}” has a side of {{side}} pixels, over the {{maxSide}} pixel limit; shrink it in a photo editor (longest side under {{maxSide}} pixels) and add it again.',
    'too-many-frames': 'The file “{{name}}” has {{pages}} frames, over the limit of {{maxPages}}.',
    'too-many-channels': 'The photo “{{name}}” has {{channels}} colour channels, more than a photo has, so it cannot be added.',
    'unreadable-header': 'The photo “{{name}}” is damaged at the start of the file and cannot be read.',
    truncated:
      'The photo “{{name}}” is missing its end (perhaps it was not copied completely); you can add it again and accept a grey area where data is missing.',
    damaged: 'The photo “{{name}}” has errors inside; you can add it again and accept minor damage.',
    undecodable: 'The photo “{{name}}” is too damaged to read, even when accepting errors.',
    vanished: 'The file “{{name}}” is no longer where it was (deleted, renamed, or the memory card was removed), so it was not added.',
    'no-access': 'Dateline is not allowed to read the file “{{name}}”.',
    crashed: 'The photo processor stopped while working on “{{name}}”; that photo was not added, the others carry on.',
    timeout: 'Processing the photo “{{name}}” took over {{seconds}} seconds and was stopped; it was not added.',
    'worker-failed': '“{{name}}” was not added because the photo processor could not start; try again or restart Dateline.',
    missing: 'Photo {{assetId}} is not in this article.',
  },
  notice: {
    animated: 'An animation of {{frames}} frames: only the first frame is used.',
    'multi-page': 'A file of {{pages}} pages: only the first page is used.',
    cmyk: 'The photo uses print colours (CMYK); its previews were converted to screen colours (sRGB).',
    lenient: 'The photo has errors but was added as you asked; damaged parts may show grey.',
    gps: 'The photo records where it was taken (GPS); the location stays in the original and is never exported.',
  },
  panel: {
    add: 'Add photos',
    adding: 'Adding photo {{done}} of {{total}}…',
    added: '{{count}} photos added',
    duplicate: 'This photo is already in the article',
    failed: '{{count}} photos could not be added',
    retryLenient: 'Add again, accepting minor damage',
    gpsBadge: 'Has GPS location',
  },
  cli: { acceptDamage: 'Run the command again with --accept-damage to import the photo anyway, accepting the damaged part.' },
};
