## Dòng lệnh: `convene --help`, tiêu đề bảng và các thông báo mà lệnh in ra.

### Trợ giúp

cli-about = Tổ chức các cuộc họp giữa cảnh sát và cộng đồng mà không cần mạng: chương trình, đăng ký, vấn đề, bỏ phiếu và hành động.
cli-heading-usage = Cách dùng:
cli-heading-commands = Lệnh
cli-heading-arguments = Đối số
cli-heading-options = Tùy chọn
cli-value-command = LỆNH
cli-help-flag = In trợ giúp
cli-version-flag = In phiên bản
cli-arg-db = Tệp cơ sở dữ liệu. Mặc định là tệp mà ứng dụng máy tính dùng
cli-arg-json = In đúng một đối tượng JSON thay cho văn bản
cli-arg-locale = Ngôn ngữ của thông báo (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = Thiết lập máy này: cơ sở dữ liệu và danh tính thiết bị
cli-arg-init-device-name = Tên của máy này, { -facilitator } sẽ thấy (ví dụ "Máy bàn 3")

cli-cmd-demo = Tạo một cuộc họp mẫu giống thật và in mã { -session }
cli-arg-demo-seed = Hạt giống cho các lựa chọn ngẫu nhiên; cùng hạt giống cho cùng cuộc họp
cli-arg-demo-concerns = Thêm chừng này vấn đề tổng hợp để thử bảng ở quy mô thành phố

cli-cmd-programme = Chương trình gom các { -session } của nhiều khu vực
cli-cmd-programme-create = Tạo một chương trình, ví dụ "Cộng đồng An toàn 2027"
cli-cmd-programme-list = Liệt kê các chương trình cùng các khu vực

cli-cmd-session = Hội nghị khu vực, nhóm nhỏ, buổi báo cáo kết quả và hội thảo
cli-cmd-session-create = Tạo một { -session }
cli-arg-session-create-starts = Ngày giờ bắt đầu, RFC 3339 (2027-03-14T18:30:00-07:00) hoặc chỉ ngày
cli-arg-session-create-room-minutes = Số phút đã đặt phòng
cli-arg-session-create-languages = Các ngôn ngữ được nói, cách nhau bằng dấu phẩy (en,es)
cli-arg-session-create-interpreted = Các ngôn ngữ có thông dịch, cách nhau bằng dấu phẩy
cli-arg-session-create-programme = Mã chương trình (phần đầu)
cli-cmd-session-list = Liệt kê các { -session }
cli-cmd-session-show = Hiện một { -session } và những gì trong đó
cli-cmd-session-edit = Thay đổi thông tin { -session }
cli-cmd-session-duplicate = Một { -session } mới với chương trình, các nhóm và câu hỏi của phiên trước

cli-cmd-agenda = Chương trình họp và việc điều hành
cli-cmd-agenda-add = Thêm một mục vào cuối chương trình
cli-cmd-agenda-list = Chương trình theo thứ tự, dự kiến so với thực tế
cli-cmd-agenda-move = Chuyển một mục tới vị trí khác (1 là đầu tiên)
cli-cmd-agenda-start = Bắt đầu một mục ngay (kết thúc mục đang diễn ra)
cli-cmd-agenda-finish = Kết thúc một mục ngay
cli-cmd-agenda-next = Điều hành: kết thúc mục hiện tại và bắt đầu mục kế tiếp
cli-cmd-agenda-edit = Thay đổi một mục
cli-cmd-agenda-remove = Bỏ một mục khỏi chương trình

cli-cmd-group = Các nhóm thảo luận
cli-cmd-group-add = Thêm một nhóm thảo luận
cli-arg-group-add-language = Ngôn ngữ nhóm dùng để làm việc
cli-cmd-group-list = Liệt kê các nhóm của một { -session }

cli-cmd-question = Câu hỏi thảo luận
cli-cmd-question-add = Thêm một câu hỏi thảo luận
cli-cmd-question-list = Liệt kê theo thứ tự các câu hỏi của một { -session }

cli-cmd-signin = Danh sách đăng ký
cli-cmd-signin-add = Đăng ký một người. Mọi mục đều không bắt buộc: đăng ký ẩn danh vẫn được tính
cli-arg-signin-add-zip = Mã bưu chính Hoa Kỳ (98122 hoặc 98122-1234)
cli-arg-signin-add-language = Ngôn ngữ ưa dùng (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = Người này cần thông dịch viên
cli-arg-signin-add-role = resident, business, organisation, city-staff hoặc police
cli-arg-signin-add-consent = Người này đồng ý được liên lạc (cần cho --email hoặc --phone)
cli-arg-signin-add-group = Nhóm thảo luận, theo tên hoặc mã
cli-arg-signin-add-time-in = Lúc người đó đến, nếu không phải bây giờ (khi nhập lại tờ giấy)
cli-cmd-signin-list = Danh sách đăng ký, không có tên hay thông tin liên lạc
cli-cmd-signin-counts = Số liệu trực tiếp theo ngôn ngữ, vai trò, khu phố và nhóm
cli-cmd-signin-assign = Xếp một người vào nhóm thảo luận
cli-arg-signin-assign-group = Nhóm theo tên hoặc mã; bỏ trống để gỡ khỏi nhóm
cli-cmd-signin-suggest-group = Gợi ý nhóm cho một người tham dự, theo ngôn ngữ của họ

cli-cmd-concern = Bảng vấn đề
cli-cmd-concern-add = Ghi một vấn đề. Các `#thẻ` trong văn bản trở thành thẻ
cli-arg-concern-add-group = Nhóm thảo luận, theo tên hoặc mã
cli-arg-concern-add-language = Ngôn ngữ mà vấn đề được nêu
cli-arg-concern-add-interpretation = Bản thông dịch sang ngôn ngữ làm việc
cli-arg-concern-add-location = Ở đâu: một con đường, một góc phố, một công viên
cli-cmd-concern-list = Bảng vấn đề
cli-arg-concern-list-search = Từ cần tìm trong văn bản, bản thông dịch hoặc địa điểm
cli-arg-concern-list-all = Gồm cả các vấn đề đã gộp vào vấn đề khác
cli-cmd-concern-show = Toàn bộ một vấn đề
cli-cmd-concern-edit = Thay đổi văn bản, bản thông dịch, ngôn ngữ, địa điểm hoặc nhóm của một vấn đề
cli-cmd-concern-tag = Thêm hoặc bỏ thẻ
cli-cmd-concern-status = Đặt trạng thái: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = Đánh dấu một vấn đề là trùng với vấn đề khác; phiếu của nó được tính cho vấn đề kia
cli-cmd-concern-unmerge = Hủy việc gộp
cli-cmd-concern-delete = Xóa một vấn đề ghi nhầm
cli-cmd-concern-duplicates = Các vấn đề có thể trùng nhau, theo từ chung trong văn bản và bản thông dịch
cli-arg-concern-duplicates-threshold = Tỷ lệ từ chung, từ 0 đến 1

cli-cmd-note = Ghi chú theo nhóm và câu hỏi
cli-cmd-note-add = Thêm ghi chú cho một nhóm và câu hỏi
cli-cmd-note-list = Các ghi chú, có thể chỉ của một nhóm

cli-cmd-vote = Số chấm đếm trên giấy khổ lớn
cli-cmd-vote-dots = Nhập số chấm đếm được trên thẻ của một vấn đề

cli-cmd-ballot = Phiếu của người tham dự: chấm, xếp hạng hoặc ngân sách
cli-cmd-ballot-cast = Bỏ phiếu cho một người tham dự. Mỗi mã bỏ một phiếu cho mỗi loại
cli-arg-ballot-cast-token = Mã phiếu của người tham dự (trên thẻ hoặc từ máy tự phục vụ)
cli-arg-ballot-cast-choices = Một vấn đề: với xếp hạng, theo thứ tự, tốt nhất trước; với chấm, mỗi chấm một lần
cli-arg-ballot-cast-allocations = Với phiếu ngân sách: VẤN_ĐỀ=ĐIỂM, lặp lại
cli-arg-ballot-cast-budget = Tổng điểm mà phiếu ngân sách phải đạt
cli-cmd-ballot-list = Các phiếu đã bỏ trong một { -session }

cli-cmd-tally = Đếm mọi phiếu của một { -session }
cli-arg-tally-top = Số vấn đề hiện ra cho mỗi lần đếm

cli-cmd-action = Các hành động tiếp theo và cập nhật có ngày tháng
cli-cmd-action-add = Lên kế hoạch một hành động để đáp lại các vấn đề
cli-arg-action-add-response = Cách đáp lại dự kiến
cli-arg-action-add-due = Hạn chót, YYYY-MM-DD
cli-arg-action-add-concerns = Một vấn đề mà hành động đáp lại (lặp lại cho nhiều vấn đề)
cli-arg-action-add-basis = result-based hoặc community-input
cli-cmd-action-update = Ghi một cập nhật có ngày, có thể đổi trạng thái hoặc căn cứ
cli-arg-action-update-date = YYYY-MM-DD; bỏ trống là hôm nay
cli-cmd-action-edit = Đổi người phụ trách, hạn chót hoặc cách đáp lại dự kiến
cli-cmd-action-list = Hành động của một { -session }, một khu vực, hoặc tất cả
cli-cmd-action-show = Một hành động và các cập nhật của nó

cli-cmd-tag = Bộ thẻ
cli-cmd-tag-list = Bộ thẻ: các trụ cột và chủ đề của chúng
cli-cmd-tag-add = Thêm một chủ đề (hoặc, với --kind pillar, một trụ cột)
cli-arg-tag-add-pillar = Trụ cột mà chủ đề thuộc về
cli-cmd-tag-rename = Đổi nhãn của một thẻ
cli-cmd-tag-remove = Bỏ một thẻ khỏi bộ thẻ (các vấn đề vẫn giữ thẻ)

cli-cmd-doctor = Kiểm tra cơ sở dữ liệu; --rebuild chứng minh trạng thái chỉ được dựng từ nhật ký thao tác
cli-arg-doctor-rebuild = Dựng lại mọi bảng từ nhật ký thao tác và kiểm tra kết quả giống hệt

cli-cmd-key = Khóa ký và dấu vân tay của thiết bị này
cli-cmd-key-show = Mã, khóa công khai và dấu vân tay của thiết bị này (và người nhận của { -coordinator }, nếu có)

cli-cmd-coordinator = Danh tính của { -coordinator } cho dữ liệu cá nhân của người tham dự
cli-cmd-coordinator-init = Biến cơ sở dữ liệu này thành của { -coordinator }: thêm danh tính age cho dữ liệu cá nhân
cli-cmd-coordinator-restore = Cài danh tính { -coordinator } từ tệp của nó (bản sao lưu, hoặc máy điều phối thứ hai)

cli-cmd-kit = Bộ chuẩn bị: kế hoạch { -session } từ { -coordinator } tới các máy
cli-cmd-kit-export = Ghi một bộ chuẩn bị có chữ ký với kế hoạch { -session } và khóa của { -coordinator } này
cli-cmd-kit-import = Nạp bộ chuẩn bị của { -coordinator } vào máy này
cli-arg-kit-import-new-coordinator = Chấp nhận bộ chuẩn bị từ một { -coordinator } khác với người máy này đang theo

cli-cmd-bundle = Gói dữ liệu: công việc của mỗi máy, có chữ ký, gửi về { -coordinator }
cli-cmd-bundle-export = Ghi công việc của máy này về các { -session } thành một gói có chữ ký
cli-arg-bundle-export-include-personal-data = Khi không có bộ chuẩn bị, đưa tên và liên lạc vào mà không mã hóa (nếu không sẽ bị bỏ ra)
cli-cmd-bundle-verify = Kiểm tra một gói mà không nhập
cli-cmd-bundle-import = Nhập các gói; mỗi gói vào trọn vẹn hoặc không vào gì
cli-cmd-bundle-list = Sổ ghi: mọi gói đã đưa vào cơ sở dữ liệu này

cli-cmd-trust = Gói của thiết bị nào được gộp, đang chờ hay bị từ chối
cli-cmd-trust-list = Các thiết bị với dấu vân tay và trạng thái
cli-cmd-trust-approve = Chấp thuận một thiết bị sau khi so dấu vân tay; gộp các gói đang cách ly của nó
cli-cmd-trust-revoke = Thu hồi một thiết bị: các thay đổi của nó không còn được tính và những gì chúng đã làm được hoàn tác (tất cả, hoặc từ một gói hay một số thứ tự trở đi)
cli-cmd-trust-add = Tin một máy trước khi gói của nó tới, bằng mã và khóa mà lệnh `key show` của nó in ra

cli-cmd-conflicts = Các chỉnh sửa đồng thời trên cùng một trường, giữ lại để { -coordinator } giải quyết
cli-cmd-conflicts-list = Xung đột chưa giải quyết: chỉnh sửa đồng thời trên cùng một trường
cli-cmd-conflicts-resolve = Giải quyết một xung đột
cli-arg-conflicts-resolve-keep = winner hoặc loser
cli-arg-conflicts-resolve-text = Thay bằng một giá trị mới

cli-cmd-board = Bảng vấn đề gộp của mọi { -session }, kèm nguồn gốc của mỗi vấn đề
cli-arg-board-precinct = Chỉ các { -session } của khu vực này

cli-cmd-bench = Đo việc ghi, xuất, nhập, đếm phiếu và dựng lại ở quy mô lớn, so với mức chuẩn
cli-arg-bench-quick = Dữ liệu nhỏ ở quy mô 1 và 2: kiểm tra phép đo vẫn chạy, không đo tốc độ
cli-arg-bench-scales = Các quy mô cần chạy (1 = một hội nghị; 20 = một thành phố: 5 khu vực × 4 giai đoạn)
cli-arg-bench-dir = Nơi đặt cơ sở dữ liệu và gói (trên ổ đĩa muốn đo)

cli-cmd-report = Báo cáo PDF: tóm tắt, tờ đăng ký, tờ báo cáo kết quả, cập nhật CPP
cli-cmd-report-pdf = Báo cáo PDF của một { -session } (tờ báo cáo kết quả và cập nhật CPP bao gồm cả khu vực)
cli-arg-report-pdf-locale = Ngôn ngữ của báo cáo
cli-arg-report-pdf-second-locale = Ngôn ngữ thứ hai cho tiêu đề và nhãn, đặt bên dưới ngôn ngữ thứ nhất
cli-arg-report-pdf-paper = letter hoặc a4

cli-cmd-export = Xuất dữ liệu của một { -session } (CSV)
cli-cmd-export-csv = Một bảng của { -session } dưới dạng CSV, an toàn khi mở bằng bảng tính
cli-arg-export-csv-bom = Bắt đầu bằng dấu thứ tự byte, cho Excel
cli-arg-export-csv-with-personal-data = Gồm tên, email và số điện thoại của người tham dự (chỉ với đăng ký)

cli-cmd-import = Nhập các tờ đã đánh máy (CSV)
cli-cmd-import-csv = Một tờ đăng ký giấy đã đánh máy hoặc một mẫu chương trình
cli-arg-import-csv-skip-invalid = Nhập các dòng hợp lệ dù có dòng không hợp lệ

### Tiêu đề bảng

cli-col-id = MÃ
cli-col-status = TRẠNG THÁI
cli-col-due = HẠN
cli-col-owner = PHỤ TRÁCH
cli-col-basis = CĂN CỨ
cli-col-concerns = VẤN ĐỀ
cli-col-title = TIÊU ĐỀ
cli-col-place = #
cli-col-kind = LOẠI
cli-col-planned = DỰ KIẾN
cli-col-actual = THỰC TẾ
cli-col-presenter = NGƯỜI TRÌNH BÀY
cli-col-token = MÃ PHIẾU
cli-col-cast = LÚC BỎ
cli-col-dots = CHẤM
cli-col-session = BUỔI HỌP
cli-col-group = NHÓM
cli-col-from-device = TỪ THIẾT BỊ
cli-col-text = NỘI DUNG
cli-col-tags = THẺ
cli-col-similarity = ĐỘ GIỐNG
cli-col-concern = VẤN ĐỀ
cli-col-likely-duplicate-of = CÓ THỂ TRÙNG VỚI
cli-col-line = DÒNG
cli-col-column = CỘT
cli-col-problem = VẤN ĐỀ GẶP PHẢI
cli-col-device = THIẾT BỊ
cli-col-state = TÌNH TRẠNG
cli-col-ops = THAO TÁC
cli-col-new = MỚI
cli-col-seq = SỐ TT
cli-col-received = ĐÃ NHẬN
cli-col-file = TỆP
cli-col-fingerprint = DẤU VÂN TAY
cli-col-name = TÊN
cli-col-waiting = ĐANG CHỜ
cli-col-record = BẢN GHI
cli-col-field = TRƯỜNG
cli-col-kept = GIỮ LẠI (THẮNG)
cli-col-also-written = CŨNG ĐƯỢC GHI (THUA)
cli-col-language = NGÔN NGỮ
cli-col-facilitator = NGƯỜI ĐIỀU HÀNH NHÓM
cli-col-note-taker = NGƯỜI GHI CHÉP
cli-col-topic = CHỦ ĐỀ
cli-col-question = CÂU HỎI
cli-col-note = GHI CHÚ
cli-col-sessions = BUỔI HỌP
cli-col-precincts = KHU VỰC
cli-col-starts = BẮT ĐẦU
cli-col-precinct = KHU VỰC
cli-col-time-in = GIỜ ĐẾN
cli-col-role = VAI TRÒ
cli-col-interpreter = THÔNG DỊCH
cli-col-neighbourhood = KHU PHỐ/MÃ BƯU CHÍNH
cli-col-slug = KHÓA
cli-col-pillar = TRỤ CỘT
cli-col-label = NHÃN
cli-col-scale = QUY MÔ
cli-col-step = BƯỚC
cli-col-median-ms = TRUNG VỊ ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs/thao tác
cli-col-peak-mb = ĐỈNH MB
cli-col-out-kib = ĐẦU RA KiB
cli-col-baseline = MỨC CHUẨN
cli-col-ratio = TỶ LỆ
cli-col-target = MỤC TIÊU

### Nhãn khi hiện đầy đủ một bản ghi

cli-field-label = { $label }:
cli-field-id = mã
cli-field-status = trạng thái
cli-field-basis = căn cứ
cli-field-owner = phụ trách
cli-field-due = hạn
cli-field-response = cách đáp lại
cli-field-concerns = vấn đề
cli-field-kind = loại
cli-field-precinct = khu vực
cli-field-place = địa điểm
cli-field-starts = bắt đầu
cli-field-languages = ngôn ngữ
cli-field-interpreted = có thông dịch
cli-field-agenda = chương trình
cli-field-groups = nhóm
cli-field-questions = câu hỏi
cli-field-signins = lượt đăng ký
cli-field-notes = ghi chú
cli-field-ballots = phiếu
cli-field-actions = hành động
cli-field-language = ngôn ngữ
cli-field-interpretation = bản thông dịch
cli-field-tags = thẻ
cli-field-location = nơi chốn
cli-field-duplicate-of = trùng với
cli-field-captured = ghi lúc
cli-field-database = Cơ sở dữ liệu
cli-field-schema-version = Phiên bản lược đồ
cli-field-integrity = Tính toàn vẹn
cli-field-foreign-keys = Khóa ngoại
cli-field-ops = Thao tác
cli-field-state-hash = Mã băm trạng thái
cli-field-fingerprint = Dấu vân tay
cli-field-signing-key = Khóa ký
cli-field-device = Thiết bị
cli-field-public-key = Khóa công khai
cli-field-coordinator-recipient = Người nhận của { -coordinator } (age)
cli-field-follows = Theo
cli-field-sealed-to = Dữ liệu cá nhân được niêm phong cho
cli-field-next = Bước tiếp theo
cli-field-state = Tình trạng
cli-field-sessions = { -session(cap: "yes") }

### Thông báo

cli-yes = có
cli-updated = Đã cập nhật
cli-removed = Đã bỏ
cli-minutes = { $minutes } phút
cli-wrote = Đã ghi { $path } ({ $bytes } byte).

cli-action-updates = Cập nhật:

cli-agenda-running = đang diễn ra
cli-agenda-total = Tổng dự kiến: { $planned } phút
cli-agenda-total-booked = Tổng dự kiến: { $planned } phút trên { $booked } phút đã đặt
cli-agenda-total-over = Tổng dự kiến: { $planned } phút trên { $booked } phút đã đặt — vượt quá thời gian đặt phòng
cli-agenda-moved = Đã chuyển tới vị trí { $place }
cli-agenda-started = Đã bắt đầu “{ $title }”
cli-agenda-finished = Đã kết thúc
cli-agenda-now = Bây giờ: { $title }
cli-agenda-done = Chương trình đã xong.

cli-tally-signed-in = Đã đăng ký: { $count }
cli-tally-dots = Bỏ phiếu bằng chấm ({ $ballots } phiếu cộng số chấm đã đếm):
cli-tally-none-yet = chưa có
cli-tally-dots-score = { $score } chấm
cli-tally-points-score = { $score } điểm
cli-tally-ranked = Phiếu xếp hạng: { $ballots }
cli-tally-borda = Đếm theo Borda:
cli-tally-irv = Bầu chọn loại dần:
cli-tally-round = vòng { $round }: { $counts }
cli-tally-exhausted = hết lựa chọn { $count }
cli-tally-out = bị loại: { $concern }
cli-tally-out-several = bị loại: { $count } vấn đề không có lựa chọn đầu tiên
cli-tally-winner = thắng: { $concern }
cli-tally-budget = Phân bổ ngân sách ({ $ballots } phiếu):
cli-tally-repeated = { $count } phiếu không được tính: mã phiếu đã bỏ phiếu rồi.

cli-bench-met = đạt ({ $target })
cli-bench-missed = KHÔNG ĐẠT ({ $target })
cli-bench-sane = Kết quả hợp lý.
cli-bench-problems = VẤN ĐỀ:

cli-board-revoked = { $device } (ĐÃ THU HỒI)

cli-concern-duplicate = trùng
cli-concern-captured = { $at } trên thiết bị { $device }
cli-concern-tags = Thẻ: { $tags }
cli-concern-status = Trạng thái: { $status }
cli-concern-merged = Đã gộp vào { $into }
cli-concern-unmerged = Đã hủy gộp
cli-concern-deleted = Đã xóa

cli-import-summary = { $rows } dòng: { $imported } đã nhập, { $problems } có vấn đề.

cli-doctor-title = Kiểm tra cơ sở dữ liệu Convene
cli-doctor-ok = tốt
cli-doctor-problems = { $count } vấn đề
cli-doctor-ops = { $ops } từ { $devices } thiết bị
cli-doctor-rows = Số dòng:
cli-doctor-rebuilt = Đã dựng lại từ { $ops } thao tác: mã băm trạng thái { $hash } — giống hệt trạng thái trước đó.

cli-init-ready = Thiết bị { $device } đã sẵn sàng.
cli-init-ready-named = Thiết bị { $device } đã sẵn sàng với tên “{ $name }”.

cli-key-title = Khóa ký của máy này
cli-key-follows = { -coordinator(cap: "yes") } { $coordinator } — dấu vân tay { $fingerprint }
cli-coordinator-ready = Danh tính { -coordinator } đã sẵn sàng.
cli-coordinator-next = convene kit export PHIÊN_HỌP --out kit.convene
cli-kit-written = Đã ghi bộ chuẩn bị vào { $path } ({ $ops } thao tác, { $bytes } byte).
    Các máy sẽ thấy dấu vân tay của { -coordinator } { $fingerprint }.
cli-kit-imported = Bộ chuẩn bị từ { -coordinator } { $coordinator }.
    Hãy so dấu vân tay này với { -coordinator } trước { -session }: { $fingerprint }
    { -session(cap: "yes") }: { $sessions }
    Từ nay, các gói của máy này niêm phong dữ liệu cá nhân của người tham dự cho { -coordinator } đó.

cli-bundle-personal-left-out = tên và liên lạc của { $count } lượt đăng ký đã bị bỏ ra: máy này không có khóa { -coordinator } để niêm phong. Hãy nhập bộ chuẩn bị của { -coordinator } trước, hoặc thêm --include-personal-data để đưa vào mà không mã hóa.
cli-bundle-written = Đã ghi và kiểm tra gói: { $path } ({ $ops } thao tác, { $bytes } byte; dữ liệu cá nhân: { $personal }).
    Có thể rút ổ USB ra an toàn.
cli-bundle-verified = { $file }: chữ ký và mã băm đều đúng.
cli-bundle-import-summary = Đã nhập { $imported }, đã có sẵn { $already_had }, cách ly { $quarantined }, từ chối { $rejected }, xung đột mới { $conflicts }.
cli-bundle-alarm = CẢNH BÁO: { $count } gói dùng lại số thứ tự của một thiết bị; xem `convene bundle list`.
cli-bundle-compare-quarantined = Hãy so dấu vân tay của các thiết bị bị cách ly với { -facilitator } nhóm của chúng, rồi chạy `convene trust approve DEVICE`.
cli-progress-imported = { $file }: đã nhập { $ops } thao tác mới từ { $device }
cli-progress-already-had = { $file }: đã nhập trước đó, không cần làm gì
cli-progress-quarantined = { $file }: BỊ CÁCH LY — thiết bị lạ { $device }; hãy so dấu vân tay, rồi chạy `convene trust approve`
cli-progress-rejected = { $file }: BỊ TỪ CHỐI — { $problem }

cli-trust-approved = Đã chấp thuận { $device } [{ $fingerprint }].
cli-trust-added = Đã tin cậy { $device } [{ $fingerprint }].
cli-trust-revoked = Đã thu hồi { $device } [{ $fingerprint }] từ thay đổi { $seq } trở đi: các gói của nó sẽ bị từ chối, và những gì nó làm từ đó không còn được tính (các thay đổi vẫn ở trong nhật ký, được đánh dấu).
cli-conflicts-none = Không có xung đột nào chưa giải quyết.
cli-conflict-resolved = Đã giải quyết xung đột { $id } ở { $field } “{ $title }”.

cli-session-agenda = { $items } mục, dự kiến { $planned } phút
cli-session-agenda-booked = { $items } mục, dự kiến { $planned } phút trên { $booked } phút đã đặt
cli-session-updated = Đã cập nhật { -session } { $id }

cli-signin-maybe-duplicate = lưu ý: người này có thể đã đăng ký rồi ({ $count }); vẫn đã được ghi lại.
cli-signin-counts = Đã đăng ký: { $total } ({ $anonymous } ẩn danh, { $interpreter } cần thông dịch viên)
cli-signin-by-language = Theo ngôn ngữ:
cli-signin-by-role = Theo vai trò:
cli-signin-by-neighbourhood = Theo khu phố:
cli-signin-by-group = Theo nhóm:
cli-signin-unassigned = chưa có nhóm
cli-signin-assigned = Đã xếp nhóm
cli-signin-no-groups = { -session(cap: "yes") } này chưa có nhóm thảo luận nào.

cli-tag-renamed = Đã đổi nhãn
cli-cmd-key-renew = Nhận danh tính thiết bị mới (sau khi khôi phục bản sao lưu, hoặc trên máy tính được nhân bản), liên kết với danh tính cũ bằng khóa của nó
cli-arg-key-renew-reissue-from-seq = Phát hành lại dưới danh tính mới các thay đổi của máy này từ số thứ tự này trở đi (số mà cảnh báo nêu)
cli-cmd-review = Các thay đổi mà máy khác thực hiện trên bản ghi không phải của mình, đang chờ { -coordinator }
cli-cmd-review-list = Các thay đổi đang chờ xem xét
cli-cmd-review-accept = Chấp nhận một thay đổi đang giữ: từ giờ nó được tính
cli-cmd-review-refuse = Từ chối một thay đổi đang giữ: nó không bao giờ được tính
cli-arg-review-accept-change = Mã của thay đổi, như `review list` hiển thị (hoặc phần đầu của nó)
cli-arg-review-refuse-change = Mã của thay đổi, như `review list` hiển thị (hoặc phần đầu của nó)
cli-arg-trust-approve-sessions = Chỉ các { -session } này (mã, cách nhau bằng dấu phẩy); nếu không có, mọi { -session } trong kế hoạch của { -coordinator }
cli-arg-trust-add-sessions = Chỉ các { -session } này (mã, cách nhau bằng dấu phẩy); nếu không có, mọi { -session } trong kế hoạch của { -coordinator }
cli-arg-trust-revoke-from-bundle = Chỉ hoàn tác từ gói này trở đi (mã băm của nó, như `bundle list` hiển thị)
cli-arg-trust-revoke-from-seq = Chỉ hoàn tác từ số thứ tự này trở đi
cli-arg-trust-revoke-dry-run = Cho xem những gì sẽ bị hoàn tác, và không thay đổi gì
cli-arg-doctor-repair = Xét lại mọi thay đổi với các kiểm tra hiện nay và dựng lại mọi bảng, giữ kết quả
cli-key-renewed = Máy này giờ là { $device } [{ $fingerprint }], tiếp nối { $old }. Số thay đổi phát hành lại dưới danh tính mới: { $reissued }. Hãy xuất một gói: { -coordinator(cap: "yes") } sẽ thấy hai danh tính được liên kết.
cli-revoke-preview = Thu hồi { $device } từ thay đổi { $seq } trở đi sẽ rút lại số thay đổi của nó: { $ops }.
cli-revoke-kind = { $kind }: khôi phục { $restored }, mất { $removed }, thay đổi { $changed }
cli-review-set = đặt { $field } thành “{ $value }”
cli-review-delete = xóa
cli-review-none = Không có thay đổi nào đang chờ xem xét.
cli-review-accepted = Đã chấp nhận: { $change } trên “{ $title }”.
cli-review-refused = Đã từ chối: { $change } trên “{ $title }”; nó sẽ không bao giờ được tính.
cli-col-change = THAY ĐỔI
cli-bundle-held = Số thay đổi đang chờ xem xét (trên bản ghi của máy khác hoặc của { -coordinator }): { $count }. Xem `convene review list`.
cli-bundle-refused = Số thay đổi bị từ chối (ngoài phạm vi được giao, không được phép, hoặc không khớp trường của nó), không được tính: { $count }. `convene bundle list` cho biết những gói nào.
cli-bundle-list-held-refused = giữ { $held }, từ chối { $refused }
cli-doctor-verdicts = giữ chờ xem xét { $held }, từ chối { $refused }, thu hồi { $revoked }
cli-field-not-counting = Không được tính
cli-doctor-repaired = Đã xét lại { $ops } thao tác với các kiểm tra hiện nay; số phán định thay đổi: { $changed } (các thay đổi lưu trước khi có các kiểm tra này mà nay không đạt thì không còn được tính). Mã băm trạng thái { $hash }.
cli-trust-given = Được giao: { $sessions } (và các phiên do chính nó tạo).
cli-trust-given-plan = Được giao: mọi phiên trong kế hoạch của quý vị, và các phiên do chính nó tạo.
cli-bundle-not-given = { $device } đã ghi vào các phiên không được giao cho nó: { $sessions }. Những gì nó làm ở đó không được tính cho đến khi quý vị giao các phiên này: `convene trust approve { $fingerprint }`
cli-cmd-backup = Sao lưu máy tính này: cơ sở dữ liệu và các khóa của nó trong một tệp được mã hóa bằng cụm mật khẩu
cli-arg-backup-out = Nơi ghi tệp sao lưu
cli-arg-backup-passphrase-file = Đọc cụm mật khẩu từ dòng đầu tiên của tệp này (nếu không thì từ CONVENE_BACKUP_PASSPHRASE, hoặc sẽ được hỏi)
cli-cmd-restore = Khôi phục máy tính từ tệp sao lưu, vào một cơ sở dữ liệu chưa tồn tại
cli-arg-restore-file = Tệp sao lưu dùng để khôi phục
cli-arg-restore-passphrase-file = Đọc cụm mật khẩu từ dòng đầu tiên của tệp này (nếu không thì từ CONVENE_BACKUP_PASSPHRASE, hoặc sẽ được hỏi)
cli-backup-passphrase-prompt = Cụm mật khẩu cho bản sao lưu:
cli-backup-written = Đã sao lưu vào { $path } ({ $bytes } byte). Hãy giữ cụm mật khẩu tách riêng khỏi tệp: không có nó thì không mở được bản sao lưu.
cli-backup-written-coordinator = Đã sao lưu vào { $path } ({ $bytes } byte), kèm danh tính { -coordinator }: ai có cả tệp và cụm mật khẩu đều có thể duyệt gói dữ liệu với tư cách { -coordinator } này. Hãy cất riêng hai thứ ở nơi an toàn.
cli-restored = Đã khôi phục vào { $path }. Máy tính này giờ ký với tư cách { $new }, liên kết với { $old }: { -coordinator(cap: "yes") } sẽ nhận các gói của nó khi có { -kit } hoặc gói từ danh tính mới.
cli-missing-device-key = Cơ sở dữ liệu này không có khóa thiết bị bên cạnh ({ $path }), nên không thể ký gói. Hãy khôi phục từ bản sao lưu bằng `convene restore`, hoặc chép lại tệp khóa.
cli-missing-coordinator-identity = Cơ sở dữ liệu điều phối này không có tệp danh tính bên cạnh ({ $path }), nên không mở được tên và thông tin liên lạc đã niêm phong trong các gói. Hãy khôi phục từ bản sao lưu bằng `convene restore`, hoặc chép lại tệp danh tính.
cli-doctor-plaintext-accessibility = Có { $count } thay đổi đăng ký từ trước khi nhu cầu hỗ trợ tiếp cận được niêm phong vẫn lưu nhu cầu đó dạng văn bản thường trong nhật ký; chúng đi theo các gói của buổi tương ứng. Các đăng ký ghi từ bây giờ sẽ niêm phong thông tin này.
cli-cmd-concern-redact = Xóa một { -concern } vì nó nêu tên ai đó hoặc chứa thông tin của họ: nội dung cũng bị xóa trắng trong nhật ký, và trên mọi máy tính mà lệnh xóa đến được
cli-arg-concern-redact-concern = Mã của { -concern } (hoặc phần đầu của mã)
cli-cmd-note-redact = Xóa một ghi chú vì nó nêu tên ai đó hoặc chứa thông tin của họ: nội dung cũng bị xóa trắng trong nhật ký
cli-arg-note-redact-note = Mã của ghi chú (hoặc phần đầu của mã)
cli-cmd-signin-redact = Xóa một lượt đăng ký cùng tên, thông tin liên lạc và nhu cầu hỗ trợ tiếp cận: nội dung cũng bị xóa trắng trong nhật ký
cli-arg-signin-redact-signin = Mã của lượt đăng ký (hoặc phần đầu của mã)
cli-redacted = Đã xóa vì là thông tin cá nhân: nội dung đã bị xóa trắng trong { $ops } thay đổi trong nhật ký của máy này, và lệnh xóa sẽ đi theo gói hoặc { -kit } tiếp theo.
cli-redacted-bundles-before = { $count } gói mà máy này đã ghi trước đó vẫn chứa nội dung và không thể thay đổi: hãy xóa các tệp đó, và nhờ { -coordinator } xóa bản của họ.
cli-review-redact = xóa vì là thông tin cá nhân (chấp nhận sẽ xóa vĩnh viễn nội dung ở mọi nơi)
