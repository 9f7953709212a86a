// Syllables that news text uses most, to order suggestions that are equally near: `nguời` is far
// more often `người` than `nguồi`, `truờng` is `trường`. Written for Dateline from common
// knowledge of the language (no corpus data copied); order does not matter.

export const FREQUENT_SYLLABLES: ReadonlySet<string> = new Set(
  `và của có là các được cho người trong với những một đã không này để năm đến ngày khi về ra
nhiều tại như theo từ cũng sẽ còn đó làm việc công nhà vào nước thì hơn chỉ phải sự lên trên đi
nhưng sau phát triển xã hội kinh tế huyện tỉnh thành động chính quốc gia học trường dân đồng
thời điểm lớn mới tiếp bộ đầu nay giá trị quan trọng hiện cao biết tổ chức thực tham hợp tác
đảng viên cán chi ban hành kế hoạch quyết định nghị đạo lãnh tình hình kết quả đạt tăng giảm
nông thôn sản xuất phẩm dịch vụ đầu tư xây dựng giao thông đường cầu trình dự án vốn ngân sách
tiền đồng triệu tỷ nghìn hộ nghèo đời sống văn hóa hoá giáo dục y tế bệnh viện sức khỏe khoẻ
an ninh quốc phòng biên giới bảo vệ môi rừng đất nông lâm nghiệp thủy thuỷ lợi điện nông dân
tiêu chí mục chương chất lượng nâng hiệu cải cách hành pháp luật quy thủ tục doanh đơn vị
cơ sở thôn bản xóm phường thị tổ dân phố khu vực địa phương trung ương nhân dân ủy uỷ hội đồng
thư bí phó chủ tịch giám đốc trưởng phòng ban ngành cấp thẩm quyền kiểm tra giám sát thanh
tuyên truyền vận phong trào thi đua khen thưởng gương điển hình tốt đẹp mạnh mẽ rõ rệt
những các này đó ấy nào gì sao vì nên nếu mà thế cả rất hết đều luôn vẫn đang chưa vừa mới
tháng tuần giờ sáng chiều tối hôm qua mai trước sau giữa trong ngoài trên dưới bên cạnh
chúng tôi ông bà anh chị em họ mình ta ai bạn gia đình con cháu người già trẻ em
nói cho biết chia sẻ khẳng nhấn mạnh đề nghị yêu cầu thống kê báo cáo thông tin số liệu`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Grammatical words: they stand beside almost any word, so a pair with one of them says little
 * about the other (`của đồng`, `đối với`). Written for Dateline from common knowledge.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `và của có là các được cho trong với những một đã không này để đến khi về ra tại như theo từ
cũng sẽ còn đó thì mà nên nếu vì rất đều vẫn đang chưa vừa mới ở bị hay hoặc nhưng sau trước
trên dưới giữa cả hết luôn lại nữa đây kia ấy nào gì bằng do qua tới lên xuống vào`
    .split(/\s+/)
    .filter(Boolean),
);
