// Strings of the formatting toolbar and the link dialog of the article editor
// (renderer/editor/FormatToolbar.tsx, LinkDialog.tsx).

export const formattingVi = {
  toolbar: 'Định dạng',
  bold: 'Đậm',
  italic: 'Nghiêng',
  underline: 'Gạch chân',
  heading2: 'Tiêu đề phụ',
  heading3: 'Tiêu đề nhỏ',
  quote: 'Trích dẫn',
  bulleted: 'Danh sách',
  numbered: 'Danh sách số',
  link: 'Liên kết',
  /** Tooltip: the button's name and its shortcut. */
  withShortcut: '{{name}} ({{keys}})',
  linkDialog: {
    titleNew: 'Chèn liên kết',
    titleEdit: 'Sửa liên kết',
    url: 'Địa chỉ liên kết',
    urlPlaceholder: 'https://…',
    urlHint: 'Địa chỉ web (http://, https://) hoặc thư điện tử (mailto:).',
    text: 'Chữ hiển thị',
    textHint: 'Để trống thì hiện chính địa chỉ.',
    invalid: 'Địa chỉ này không dùng được. Chỉ nhận địa chỉ web bắt đầu bằng http:// hoặc https://, hoặc thư điện tử.',
    save: 'Lưu liên kết',
    remove: 'Bỏ liên kết',
    cancel: 'Hủy',
  },
  /** Settings → Soạn thảo (renderer/settings/WritingSettings.tsx). */
  settings: {
    legend: 'Soạn thảo',
    smartQuotes: 'Tự đổi dấu nháy thẳng thành nháy cong (“ ” ‘ ’) khi gõ',
    smartQuotesHint: 'Áp dụng cho bài viết, chú thích và mô tả ảnh. Nhấn Ctrl+Z ngay sau đó để giữ dấu nháy thẳng.',
    straightHouse: 'Báo của bạn dùng dấu nháy thẳng (hồ sơ báo trong cài đặt), nên dấu nháy được giữ nguyên như khi gõ.',
    frameFirst: 'Hiện ngay chữ vừa gõ, cập nhật trình soạn thảo sau (gõ nhanh hơn)',
    frameFirstHint: 'Tắt nếu chữ gõ vào bài hiện sai hoặc chậm. Áp dụng khi mở bài lần sau.',
  },
};

export const formattingEn: typeof formattingVi = {
  toolbar: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  heading2: 'Subheading',
  heading3: 'Small subheading',
  quote: 'Quote',
  bulleted: 'Bulleted list',
  numbered: 'Numbered list',
  link: 'Link',
  withShortcut: '{{name}} ({{keys}})',
  linkDialog: {
    titleNew: 'Insert link',
    titleEdit: 'Edit link',
    url: 'Link address',
    urlPlaceholder: 'https://…',
    urlHint: 'A web address (http://, https://) or an e-mail address (mailto:).',
    text: 'Text shown',
    textHint: 'Leave empty to show the address itself.',
    invalid: 'This address cannot be used. Only web addresses starting with http:// or https://, or e-mail addresses.',
    save: 'Save link',
    remove: 'Remove link',
    cancel: 'Cancel',
  },
  settings: {
    legend: 'Writing',
    smartQuotes: 'Turn straight quotes into curly quotes (“ ” ‘ ’) as you type',
    smartQuotesHint: 'In the article, photo captions and alt text. Press Ctrl+Z right after to keep a straight quote.',
    straightHouse: 'Your paper prints straight quotes (the paper profile in the settings), so quotes stay as typed.',
    frameFirst: 'Show a typed letter at once and update the editor just after (quicker typing)',
    frameFirstHint: 'Turn off if letters typed into the article show wrongly or late. Applies to the next article you open.',
  },
};
