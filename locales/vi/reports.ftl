## Tiêu đề cột cho tệp CSV xuất và nhập. Khóa là tên cột cố định.

csv-col-id = Mã
csv-col-session = { -session(cap: "yes") }
csv-col-group = Nhóm
csv-col-status = Trạng thái
csv-col-text = Nội dung
csv-col-language = Ngôn ngữ
csv-col-interpretation = Bản phiên dịch
csv-col-interpretation_language = Ngôn ngữ phiên dịch
csv-col-tags = Thẻ
csv-col-location = Địa điểm
csv-col-duplicate_of = Trùng với
csv-col-dots = Số chấm
csv-col-created_at = Ghi lúc
csv-col-time_in = Giờ đến
csv-col-role = Tư cách
csv-col-interpreter = Cần thông dịch
csv-col-neighbourhood = Khu phố
csv-col-zip = Mã ZIP
csv-col-accessibility = Nhu cầu hỗ trợ tiếp cận
csv-col-consent = Đồng ý liên lạc
csv-col-name = Họ tên
csv-col-email = Email
csv-col-phone = Điện thoại
csv-col-concern = { -concern(cap: "yes") }
csv-col-borda = Điểm Borda
csv-col-first_choices = Lựa chọn thứ nhất
csv-col-runoff = Bầu loại tức thì
csv-col-budget = Điểm ngân sách
csv-col-title = Tiêu đề
csv-col-basis = Căn cứ
csv-col-owner = Người phụ trách
csv-col-due = Hạn
csv-col-response = Biện pháp dự kiến
csv-col-concerns = Các { -concern }
csv-col-updates = Cập nhật
csv-col-latest_update = Cập nhật mới nhất
csv-col-minutes = Số phút
csv-col-presenter = Người trình bày
csv-col-kind = Loại
csv-runoff-winner = thắng
csv-runoff-out = bị loại ở vòng { $round }
csv-problem-unknown-column = “{ $heading }” không phải là cột mà lần nhập này biết. Hãy dùng: { $allowed }.
csv-problem-missing-column = Thiếu cột bắt buộc “{ $column }”.
csv-problem-not-yes-no = “{ $value }” không phải có cũng không phải không. Xin ghi { $yes } hoặc { $no }.
csv-problem-not-a-number = “{ $value }” không phải là số nguyên.
csv-problem-unknown-group = { -session(cap: "yes") } này không có nhóm thảo luận “{ $value }”.
csv-problem-unreadable = Không đọc được dòng này theo định dạng CSV: { $detail }

## Báo cáo PDF. Các thông báo dùng chung với ứng dụng (loại buổi họp, tư cách, trạng thái) lấy từ ui.ftl.

pdf-kind-summary = Tóm tắt { -session }
pdf-kind-signin-sheet = Danh sách đăng ký tham dự
pdf-kind-report-back = Những gì quý vị đã nói, và những gì đã làm
pdf-kind-cpp = Cập nhật Kế hoạch Cảnh sát Cộng đồng
pdf-page = Trang { $page }/{ $pages }
pdf-prepared = Lập ngày { $date } bằng Convene
pdf-precinct = Khu vực { $precinct }
pdf-all-precincts = Tất cả khu vực
pdf-not-given = Không ghi
pdf-none-yet = Chưa có.
language-name = { $code ->
    [en] tiếng Anh
    [es] tiếng Tây Ban Nha
    [zh-Hant] tiếng Trung (phồn thể)
    [zh] tiếng Trung
    [yue] tiếng Quảng Đông
    [vi] tiếng Việt
    [ru] tiếng Nga
    [so] tiếng Somali
    [ko] tiếng Hàn
    [am] tiếng Amharic
    [ar] tiếng Ả Rập
    [ti] tiếng Tigrinya
    [tl] tiếng Tagalog
    [uk] tiếng Ukraina
    [unknown] Không ghi
   *[other] { $code }
  }

## Tóm tắt buổi họp
pdf-attendance = Người tham dự
pdf-attendance-total = Có { $count } người đăng ký tham dự.
pdf-attendance-interpreter = { $count ->
    [0] Không ai cần thông dịch viên.
   *[other] Có { $count } người cần thông dịch viên.
  }
pdf-attendance-anonymous = { $count ->
    [0] Ai cũng ghi ít nhất khu phố hoặc mã ZIP.
   *[other] Có { $count } người đăng ký ẩn danh.
  }
pdf-attendance-privacy = Báo cáo này chỉ đếm số người, không bao giờ ghi tên.
pdf-by-language = Theo ngôn ngữ
pdf-by-role = Theo tư cách
pdf-by-neighbourhood = Theo khu phố hoặc mã ZIP
pdf-col-people = Số người
pdf-agenda = Chương trình: dự kiến và thực tế
pdf-col-item = Mục
pdf-col-presenter = Người trình bày
pdf-col-planned = Dự kiến (phút)
pdf-col-actual = Thực tế (phút)
pdf-col-difference = Chênh lệch
pdf-agenda-total = Tổng cộng
pdf-agenda-not-run = không diễn ra
pdf-top-concerns = Các { -concern } được bầu nhiều nhất
pdf-no-votes = { -session(cap: "yes") } này không ghi nhận phiếu bầu nào.
pdf-by-tag = { -concern(cap: "yes") } theo trụ cột và chủ đề
pdf-col-pillar = Trụ cột
pdf-col-topic = Chủ đề
pdf-col-concerns = { -concern(cap: "yes") }
pdf-untagged = Chưa gắn thẻ
pdf-notes = Ghi chép theo nhóm
pdf-whole-room = Cả hội trường
pdf-actions = Hành động
pdf-col-action = Hành động
pdf-col-owner = Người phụ trách
pdf-col-due = Hạn
pdf-col-status = Trạng thái
pdf-col-basis = Căn cứ
pdf-all-concerns = Tất cả các { -concern } đã nêu
pdf-col-concern = { -concern(cap: "yes") }
pdf-col-group = Nhóm
pdf-col-dots = Số chấm
pdf-interpreted = Bản dịch ({ $language })

## Danh sách đăng ký
pdf-signin-intro = Xin chào. Vui lòng viết rõ ràng. Họ tên và thông tin liên lạc là tùy chọn; chúng tôi chỉ dùng để gửi cho quý vị kết quả của cuộc họp này, và chỉ khi quý vị đánh dấu ô cuối cùng.
pdf-signin-name = Họ tên (tùy chọn)
pdf-signin-neighbourhood = Khu phố hoặc mã ZIP
pdf-signin-language = Ngôn ngữ mong muốn
pdf-signin-interpreter = Thông dịch?
pdf-signin-role = Cư dân, doanh nghiệp, tổ chức, nhân viên thành phố hay cảnh sát
pdf-signin-contact = Email hoặc điện thoại (tùy chọn)
pdf-signin-consent = Chúng tôi có thể liên lạc không?

## Tờ thông tin báo cáo kết quả
pdf-handout-intro = Qua { $sessions } { -session }, { $people } người đã cho chúng tôi biết { $concerns } { -concern }. Đây là những gì chúng tôi đã nghe, những gì đã làm, và những gì sắp tới.
pdf-handout-raised = Những gì quý vị đã nêu
pdf-handout-done = Những gì đã làm
pdf-handout-next = Những gì sắp tới
pdf-raised-count = Được nêu { $count } lần, { $dots } phiếu
pdf-handout-nothing-done = Chưa có việc nào hoàn tất; các hành động đang thực hiện được liệt kê tiếp theo.
pdf-handout-nothing-next = Chưa có hành động nào khác được lên kế hoạch.
pdf-action-lead = Phụ trách: { $owner }
pdf-action-latest = Mới nhất ({ $date }): { $text }

## Cập nhật Kế hoạch Cảnh sát Cộng đồng
pdf-cpp-period = { $sessions } { -session }, từ { $from } đến { $to }
pdf-cpp-feedback = Ý kiến và ưu tiên của cộng đồng
pdf-cpp-feedback-intro = Từ khảo sát, hội nghị và các nhóm nhỏ: { $people } lượt đăng ký và { $concerns } { -concern }, xếp theo số phiếu từ cao xuống thấp.
pdf-cpp-effectiveness = Hiệu quả của các nỗ lực hiện tại
pdf-cpp-effectiveness-counts = { $done } đã xong, { $progress } đang làm, { $planned } dự kiến, { $dropped } đã hủy.
pdf-cpp-responses = Biện pháp mới hoặc được điều chỉnh
pdf-cpp-shared = Những gì đã chia sẻ với cộng đồng
pdf-cpp-no-sharing = Khu vực này chưa tổ chức { -session } báo cáo kết quả nào.
pdf-col-session = { -session(cap: "yes") }
pdf-col-date = Ngày

# Cách viết ngày trong ngôn ngữ này, theo ký pháp strftime.
date-format = ngày %-d tháng %-m năm %Y
pdf-interpretation = Bản dịch
csv-problem-duplicate-column = Cột “{ $heading }” xuất hiện hai lần; không thể biết cột nào được dùng. Hãy xóa hoặc đổi tên một cột.
pdf-text-cut = (cắt tại đây: toàn văn có trong tệp xuất CSV)
csv-yes-words = có, co, c
csv-no-words = không, khong, k
