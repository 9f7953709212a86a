// Strings of the desk across machines (docs/desk.md): why Syncthing cannot be used (errors.DESK
// nests into `error.<reason>` here), how far a submission has travelled, conflict copies, and the
// lines `dateline desk` prints.

export const deskVi = {
  error: {
    'not-installed':
      'Chưa có Syncthing trên máy này. Hãy cài Syncthing (syncthing.net có bản cho Windows và macOS; Debian/Ubuntu: sudo apt install syncthing), mở nó rồi thử lại. Bàn biên tập dạng thư mục vẫn dùng được.',
    'not-running':
      'Syncthing đã được cài nhưng chưa chạy (không kết nối được tới {{address}}). Hãy mở Syncthing rồi thử lại; bàn biên tập dạng thư mục vẫn dùng được.',
    unauthorized: 'Syncthing từ chối khoá API. Hãy chép khoá API từ Syncthing (Thao tác → Cài đặt → Khoá API) vào Cài đặt → Bàn biên tập.',
    failed: 'Syncthing trả lời lỗi: {{detail}}.',
    'bad-device-id':
      'Mã thiết bị “{{id}}” không đúng: mã Syncthing gồm 8 nhóm 7 ký tự (chữ A–Z, số 2–7) nối bằng gạch ngang; hãy chép lại từ máy chủ tòa soạn.',
    'own-device': 'Đó là mã thiết bị của chính máy này; hãy nhập mã của máy chủ tòa soạn.',
    'bad-address': 'Địa chỉ Syncthing phải là một địa chỉ trên chính máy này, ví dụ http://127.0.0.1:8384.',
    'need-key': 'Khi đặt địa chỉ Syncthing riêng, hãy nhập cả khoá API của nó.',
    'not-joined': 'Máy này chưa tham gia bàn biên tập qua Syncthing; hãy nhập mã thiết bị của máy chủ tòa soạn.',
  },
  delivery: {
    local: 'Mới có trên máy này',
    reached: 'Đã tới tòa soạn',
    reachedFolder: 'Đã để vào bàn biên tập',
    received: 'Tòa soạn đã nhận lúc {{time}} ({{name}})',
  },
  conflict:
    'Có hai bản khác nhau của “{{name}}” (bản xung đột “{{copy}}”): ai đó đã sửa gói sau khi gửi. Dateline dùng bản đã ký đúng và bỏ qua bản kia.',
  cli: {
    engine: 'Bàn biên tập: {{layout}} — {{path}}',
    layout: { none: 'chưa chọn', folder: 'thư mục', lanes: 'làn qua Syncthing' },
    device: 'Mã thiết bị của máy này: {{id}}',
    hub: 'Máy chủ tòa soạn ({{id}}): {{state}}',
    connected: 'đang kết nối',
    disconnected: 'mất kết nối, thấy lần cuối {{time}}',
    never: 'chưa từng kết nối',
    peer: '  {{name}} ({{id}}): {{state}}',
    waiting: 'Chờ gửi đi: {{items}} tệp ({{size}})',
    nothingWaiting: 'Không còn gì chờ gửi đi.',
    joined: 'Đã tham gia bàn biên tập: làn {{lane}} được chia sẻ với máy chủ {{hub}}.',
    hubAccepted: 'Đã nhận {{name}} ({{roles}}), thiết bị {{id}}',
    hubWaiting: 'Chưa nhận thiết bị {{id}}: {{reason}}',
    hubShared: 'Làn {{lane}}: chia sẻ với {{count}} máy',
    hubArchived: 'Đã chuyển {{count}} gói đã quyết định vào kho lưu',
    hubNothing: 'Không có thiết bị nào đang chờ.',
    keyTrusted: 'Khoá của {{name}} ({{fingerprint}}) được tin cậy là: {{roles}}.',
    keyUntrusted: 'Khoá của {{name}} ({{fingerprint}}) không còn được tin cậy.',
    noSuchKey: 'Không có khoá nào khớp với “{{key}}” trong danh sách khoá.',
    ambiguousKey: 'Có nhiều khoá khớp với “{{key}}”; hãy gõ thêm ký tự.',
    needRole: 'Hãy chọn vai trò: --role reporter hoặc --role editor.',
    badRole: 'Vai trò “{{role}}” không có; chỉ có reporter và editor.',
    badKeyFile: 'Không đọc được tệp khoá “{{path}}”.',
    none: '(không)',
  },
  hubReason: {
    'no-card': 'thiết bị không gửi thẻ Dateline (chưa dùng “Tham gia bàn biên tập”)',
    'bad-card': 'thẻ Dateline không hợp lệ hoặc không khớp với thiết bị',
    'unknown-key': 'khoá {{fingerprint}} chưa được nhập vào máy chủ',
    'untrusted-key': 'khoá của {{name}} ({{fingerprint}}) chưa được tin cậy',
  },
};

export const deskEn: typeof deskVi = {
  error: {
    'not-installed':
      'Syncthing is not on this machine. Install Syncthing (syncthing.net has builds for Windows and macOS; Debian/Ubuntu: sudo apt install syncthing), start it and try again. The folder desk still works.',
    'not-running':
      'Syncthing is installed but not running (nothing answers at {{address}}). Start Syncthing and try again; the folder desk still works.',
    unauthorized: 'Syncthing refused the API key. Copy the API key from Syncthing (Actions → Settings → API Key) into Settings → Desk.',
    failed: 'Syncthing answered with an error: {{detail}}.',
    'bad-device-id':
      'Device ID “{{id}}” is not valid: a Syncthing device ID is 8 groups of 7 characters (letters A–Z, digits 2–7) joined by dashes; copy it again from the newsroom hub.',
    'own-device': 'That is this machine’s own device ID; enter the newsroom hub’s.',
    'bad-address': 'The Syncthing address must be on this machine, for example http://127.0.0.1:8384.',
    'need-key': 'When you set your own Syncthing address, enter its API key too.',
    'not-joined': 'This machine has not joined the desk through Syncthing; enter the newsroom hub’s device ID.',
  },
  delivery: {
    local: 'On this laptop only',
    reached: 'Reached the newsroom',
    reachedFolder: 'In the desk folder',
    received: 'Newsroom received it at {{time}} ({{name}})',
  },
  conflict:
    'There are two different copies of “{{name}}” (conflict copy “{{copy}}”): someone changed the package after it was sent. Dateline uses the correctly signed one and ignores the other.',
  cli: {
    engine: 'Desk: {{layout}} — {{path}}',
    layout: { none: 'none chosen', folder: 'folder', lanes: 'lanes over Syncthing' },
    device: 'This machine’s device ID: {{id}}',
    hub: 'Newsroom hub ({{id}}): {{state}}',
    connected: 'connected',
    disconnected: 'disconnected, last seen {{time}}',
    never: 'never connected',
    peer: '  {{name}} ({{id}}): {{state}}',
    waiting: 'Waiting to leave: {{items}} files ({{size}})',
    nothingWaiting: 'Nothing is waiting to leave.',
    joined: 'Joined the desk: lane {{lane}} is shared with the hub {{hub}}.',
    hubAccepted: 'Accepted {{name}} ({{roles}}), device {{id}}',
    hubWaiting: 'Not accepted device {{id}}: {{reason}}',
    hubShared: 'Lane {{lane}}: shared with {{count}} machines',
    hubArchived: 'Moved {{count}} decided packages to the archive',
    hubNothing: 'No device is waiting.',
    keyTrusted: '{{name}}’s key ({{fingerprint}}) is trusted as: {{roles}}.',
    keyUntrusted: '{{name}}’s key ({{fingerprint}}) is no longer trusted.',
    noSuchKey: 'No key in the key list matches “{{key}}”.',
    ambiguousKey: 'Several keys match “{{key}}”; type more of it.',
    needRole: 'Choose a role: --role reporter or --role editor.',
    badRole: 'There is no role “{{role}}”; only reporter and editor.',
    badKeyFile: 'Cannot read the key file “{{path}}”.',
    none: '(none)',
  },
  hubReason: {
    'no-card': 'the device sent no Dateline card (it did not use “Join the desk”)',
    'bad-card': 'its Dateline card is not valid or does not match the device',
    'unknown-key': 'key {{fingerprint}} has not been imported on the hub',
    'untrusted-key': '{{name}}’s key ({{fingerprint}}) is not trusted',
  },
};
