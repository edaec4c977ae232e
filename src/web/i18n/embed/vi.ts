/** @module Vietnamese messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedVi: EmbedMessages = {
  'widget.labelOrg': 'Có thật là {org} không? Dán liên kết, email, số điện thoại hoặc tên tài khoản',
  'widget.notOurs': 'Đây không phải là kênh chính thức của {org}.',
  'widget.fullAnswer': 'Xem kết quả đầy đủ trên Verify',
  'widget.newTab': '(mở trong thẻ mới)',

  'embed.title': 'Đặt Verify lên trang web của bạn',
  'embed.intro': 'Cho khách truy cập kiểm tra liên kết, email, số điện thoại hoặc tên tài khoản mà không rời trang của bạn: bằng một tập lệnh và một phần tử, hoặc bằng khung ở nơi không cho phép tập lệnh từ trang khác.',
  'embed.options': 'Tùy chọn',
  'embed.org': 'Tổ chức',
  'embed.orgAny': 'Mọi tổ chức',
  'embed.orgHint': 'Khi chọn một tổ chức, tiện ích chỉ cho biết liên hệ có phải là một kênh chính thức của tổ chức đó hay không.',
  'embed.lang': 'Ngôn ngữ',
  'embed.compact': 'Gọn: kết luận, một câu và liên kết',
  'embed.update': 'Hiện đoạn mã',
  'embed.scriptTitle': 'Bằng tập lệnh',
  'embed.scriptHelp': 'Dán hai dòng này vào nơi muốn đặt tiện ích. Tập lệnh không phụ thuộc thư viện nào. Nếu trang của bạn có Content-Security-Policy, hãy cho phép {origin} trong script-src và connect-src, hoặc gắn nonce của bạn cho tập lệnh.',
  'embed.attributes': 'Thuộc tính',
  'embed.attr.org': 'Chỉ trả lời cho một tổ chức (tên ngắn của tổ chức, như trong đoạn mã).',
  'embed.attr.lang': 'Ngôn ngữ: {languages}. Nếu không có, dùng ngôn ngữ của trang bạn.',
  'embed.attr.api': 'Máy chủ Verify sẽ được hỏi. Mặc định là máy chủ cung cấp tập lệnh.',
  'embed.attr.compact': 'Kết quả nhỏ gọn hơn: kết luận, một câu và liên kết.',
  'embed.events': 'Sau mỗi kết quả, phần tử gửi sự kiện verify-result, sự kiện này lan ra ngoài shadow root, kèm kết quả trong event.detail. Tùy chỉnh giao diện bằng thuộc tính tùy biến CSS như --verify-accent và bằng ::part().',
  'embed.frameTitle': 'Bằng khung',
  'embed.frameHelp': 'Dành cho trang không thể chạy tập lệnh từ trang khác. Khung hoạt động không cần JavaScript và trang nào cũng có thể hiển thị.',
  'embed.frameLabel': 'Verify: liên hệ này có chính thức không?',
  'embed.preview': 'Xem trước trực tiếp',
};
