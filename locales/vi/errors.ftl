## Lỗi do lõi Convene báo. Mỗi thông báo nói điều gì đã sai và cần làm gì tiếp theo.

error-not-found =
    Không có “{ $kind }” nào khớp với “{ $id }”. { $surface ->
        [cli] Chạy `convene { $command } list` để xem các mã có thể dùng.
       *[app] Xin quý vị chọn từ danh sách trên màn hình.
    }
error-ambiguous-id = “{ $prefix }” khớp với hơn một “{ $kind }” ({ $count }). Xin gõ thêm vài ký tự của mã.
error-empty-text = “{ $field }” đang trống. Xin nhập nội dung rồi thử lại.
error-text-too-long = “{ $field }” quá dài: { $length } ký tự, tối đa là { $max }. Xin rút ngắn rồi thử lại.
error-invalid-zip = “{ $value }” không phải là mã ZIP. Dùng năm chữ số, như 98122, hoặc ZIP+4, như 98122-1234; tên khu phố thì ghi vào ô khu phố.
error-invalid-choice = “{ $value }” không phải giá trị hợp lệ cho “{ $field }”. Xin dùng một trong các giá trị: { $allowed }.
error-invalid-number = “{ $value }” không phải giá trị hợp lệ cho “{ $field }”: phải là số nguyên từ { $min } đến { $max }.
error-invalid-date = “{ $value }” không phải giá trị hợp lệ cho “{ $field }”. Xin dùng ngày như 2027-03-14 hoặc ngày giờ như 2027-03-14T18:30:00-08:00.
error-invalid-language = “{ $value }” không phải là mã ngôn ngữ. Dùng mã như en, es, zh-Hant, vi, so hoặc am.
error-invalid-email = “{ $value }” có vẻ không phải là địa chỉ email.
error-invalid-phone = “{ $value }” có vẻ không phải là số điện thoại. Dùng chữ số, dấu cách, gạch nối, dấu ngoặc và dấu + ở đầu nếu cần.
error-consent-required =
    Chỉ được ghi email hoặc số điện thoại khi người tham dự đồng ý được liên lạc. Xin hỏi họ, rồi { $surface ->
        [cli] thêm --consent.
       *[app] đánh dấu ô đồng ý.
    }
error-wrong-session = “{ $id }” ({ $kind }) thuộc về { -session } khác. Xin chọn trong { -session } này.
error-duplicate-token = Mã phiếu “{ $token }” đã được dùng trong { -session } này. Mỗi mã chỉ bỏ được một phiếu; hãy đưa cho người tham dự một mã mới.
error-empty-ballot = Phiếu bầu chưa chọn { -concern } nào. Hãy chọn ít nhất một.
error-repeated-choice = Phiếu xếp hạng ghi cùng một { -concern } hai lần ({ $id }). Mỗi { -concern } chỉ xếp hạng một lần.
error-budget-mismatch = Tổng điểm phân bổ là { $spent }, nhưng ngân sách là { $budget }. Hãy làm cho tổng bằng đúng ngân sách.
error-negative-allocation = Điểm phân bổ phải từ 0 trở lên; không được dùng { $value }.
error-merge-into-self = Một { -concern } không thể là bản trùng của chính nó. Hãy chọn { -concern } khác để gộp vào.
error-merge-cycle = { $id } đã là bản trùng của { -concern } quý vị đang gộp. Hãy gộp theo chiều ngược lại.
error-agenda-not-started = Mục chương trình “{ $title }” chưa bắt đầu. Hãy bắt đầu mục đó trước.
error-tag-exists = Thẻ “{ $slug }” đã có trong danh mục thẻ.
error-not-a-database = { $path } không phải là cơ sở dữ liệu Convene (không phải tệp SQLite, hoặc đã bị hỏng). Kiểm tra lại đường dẫn, hoặc chuyển tệp sang chỗ khác để Convene tạo tệp mới.
error-newer-schema = { $path } được ghi bởi phiên bản Convene mới hơn (lược đồ { $found }; phiên bản này chỉ hiểu đến { $supported }). Hãy cài phiên bản mới hơn để mở; phiên bản này sẽ không động đến tệp.
error-read-only =
    Convene không ghi được vào { $path }: tệp hoặc thư mục chỉ cho phép đọc. { $surface ->
        [cli] Xin chọn nơi ghi được bằng --db, hoặc sửa quyền truy cập.
       *[app] Xin mở cơ sở dữ liệu trong thư mục ghi được, hoặc sửa quyền truy cập.
    }
error-disk-full = Ổ đĩa chứa { $path } đã đầy. Chưa có gì được lưu. Hãy giải phóng chỗ trống rồi thử lại.
error-busy = Cơ sở dữ liệu đang bận ở một cửa sổ hoặc chương trình khác. Hãy chờ một chút rồi thử lại.
error-storage = Cơ sở dữ liệu báo lỗi: { $detail }
error-io = Không dùng được { $path }: { $detail }
error-rebuild-mismatch = Dựng lại từ nhật ký thao tác cho kết quả khác ở: { $tables }. Không có gì bị thay đổi. Hãy giữ một bản sao cơ sở dữ liệu và báo lại lỗi này.
error-file-too-large = { $path } lớn hơn mức Convene chấp nhận cho loại tệp này (tối đa { $max } byte), nên không được đọc. Hãy kiểm tra đúng tệp chưa: gói, bộ, bản sao lưu hay bảng tính do Convene tạo nhỏ hơn nhiều.
error-malformed = { $path } không phải là gói hay { -kit } Convene đọc được ({ $detail }). Có thể tệp bị hỏng hoặc bị cắt cụt: hãy chép lại từ máy tính hoặc USB.
error-unexpected-entry = { $path } chứa “{ $entry }”, thứ mà không gói hay { -kit } Convene nào có. Tệp đã bị từ chối mà không mở; đừng dùng tệp này.
error-entry-too-large = { $path }: “{ $entry }” sẽ bung ra quá { $max } byte. Tệp đã bị từ chối mà không giải nén; đừng dùng tệp này.
error-bad-signature = { $path } đã bị thay đổi sau khi ký: chữ ký không hợp lệ. Không có gì được nhập. Hãy chép lại từ máy đã tạo ra nó.
error-hash-mismatch = { $path }: “{ $entry }” không khớp với mã kiểm tra trong bản kê đã ký, nên tệp đã bị sửa hoặc hỏng. Không có gì được nhập. Hãy chép lại từ máy đã tạo ra nó.
error-key-mismatch = { $path } tự nhận là từ thiết bị { $device }, nhưng được ký bằng khóa khác (dấu vân tay { $fingerprint }). Không có gì được nhập. Hãy hỏi { -facilitator } xem máy nào đã tạo ra nó.
error-revoked-device =
    { $path } đến từ máy tính { $device } (dấu vân tay { $fingerprint }), máy này đã bị thu hồi. Không có gì được nhập. Nếu đây là nhầm lẫn, { $surface ->
        [cli] xin duyệt lại máy bằng `convene trust approve`.
       *[app] xin duyệt lại máy trong “{ coordinator-devices }” ở màn hình “{ nav-coordinator }”.
    }
error-seq-alarm = CẢNH BÁO: { $path } nhận là thao tác { $seq } của thiết bị { $device }, nhưng cơ sở dữ liệu này đã có một thao tác khác cùng số đó. Hai gói khác nhau không thể cùng là thật. Không có gì được nhập; hãy giữ cả hai tệp và điều tra trước khi chấp thuận thêm bất cứ gì từ thiết bị này.
error-not-sealed-for-us =
    { $path } chứa dữ liệu cá nhân của người tham dự, được niêm phong cho một khóa { -coordinator } mà cơ sở dữ liệu này không có. Xin nhập tệp vào cơ sở dữ liệu của { -coordinator } (nơi đã { $surface ->
        [cli] chạy `convene coordinator init` và xuất { -kit }).
       *[app] tạo { -kit }).
    }
error-foreign-coordinator =
    { -kit(cap: "yes") } này do { -coordinator } { $got } ký, nhưng máy này đang theo { -coordinator } { $expected }. Xin đối chiếu dấu vân tay với { -coordinator } của quý vị; để đổi, { $surface ->
        [cli] xin nhập lại với --new-coordinator.
       *[app] xin nhập lại và xác nhận việc đổi.
    }
error-no-coordinator-identity =
    Cơ sở dữ liệu này chưa có danh tính { -coordinator }. { $surface ->
        [cli] Xin chạy `convene coordinator init` trước.
       *[app] Xin tạo danh tính ở màn hình “{ nav-coordinator }” trước.
    }
error-device-key-missing = Khóa ký của máy này { $path } bị thiếu hoặc không khớp với cơ sở dữ liệu. Hãy khôi phục tệp khóa từ bản sao lưu; thiếu nó thì không ký được các gói từ cơ sở dữ liệu này.
error-crypto = Một thao tác mã hóa bị lỗi: { $detail }
error-unknown-device =
    Không có máy tính nào khớp với “{ $id }”. { $surface ->
        [cli] Chạy `convene trust list` để xem các máy tính và dấu vân tay của chúng.
       *[app] Các máy tính và dấu vân tay có trong “{ coordinator-devices }” ở màn hình “{ nav-coordinator }”.
    }
error-conflict-not-found =
    Không có xung đột đang mở nào khớp với “{ $id }”. { $surface ->
        [cli] Chạy `convene conflicts list` để xem.
       *[app] Các xung đột đang mở có ở màn hình “{ nav-coordinator }”.
    }
error-wrong-file-kind =
    { $path } là tệp loại “{ $found }”, không phải “{ $expected }”. { $surface ->
        [cli] Dùng `convene kit import` cho { -kit } và `convene bundle import` cho gói.
       *[app] Xin nhập { -kit } ở “{ nav-exchange }”, và nhập gói ở màn hình “{ nav-coordinator }”.
    }
error-csv-invalid =
    { $path } có { $problems } lỗi (liệt kê ở trên), nên không có gì được nhập. Xin sửa các dòng rồi nhập lại, hoặc { $surface ->
        [cli] thêm --skip-invalid để chỉ nhập các dòng hợp lệ.
       *[app] chọn chỉ nhập các dòng hợp lệ.
    }
error-unknown-locale = { $locale } không phải là ngôn ngữ của Convene. Hãy chọn trong danh sách ở phần Cài đặt.
error-kiosk-closed = Máy tự đăng ký chưa mở. Hãy nhờ { -facilitator } mở từ màn hình đăng ký.
error-kiosk-pin = Hãy chọn mã PIN cho máy tự đăng ký gồm ít nhất bốn chữ số, để chỉ { -facilitator } mới đóng được.
error-kiosk-pin-wrong = Mã PIN không đúng. Hãy nhờ { -facilitator } đóng máy tự đăng ký.
error-font-missing = Báo cáo này cần phông chữ { $file } để in nội dung. Hãy cài gói { $package } (trên Debian hoặc Ubuntu: sudo apt install { $package }), hoặc đặt tệp phông vào thư mục ghi trong CONVENE_FONT_DIR.
error-window = Không thể mở hoặc đóng một cửa sổ: { $detail }. Hãy đóng các cửa sổ Convene khác rồi thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.
error-not-for-this-window = Cửa sổ này không làm được việc đó. Máy tự đăng ký chỉ dùng để đăng ký và bỏ phiếu; mọi việc khác hãy dùng cửa sổ của { -facilitator }.
error-change-refused =
    { $reason ->
        [out-of-scope] Máy này không được giao { -session } đó và cũng không tạo ra nó, nên không thể thay đổi ở đây. Hãy nhờ { -coordinator } giao { -session } cho máy này (`convene trust approve` với `--sessions`).
        [taken-id] Bản ghi đó được tạo trên máy khác, nên không thể tạo lại ở đây.
        [too-many-tags] Máy này đã thêm số thẻ tối đa được phép; hãy nhờ { -coordinator } bổ sung bộ từ vựng.
        [bad-value] Một giá trị không khớp với trường của nó (loại, phạm vi hoặc độ dài).
        [not-a-clock] Đồng hồ của máy này chỉ một thời điểm không thể đúng; hãy chỉnh ngày giờ rồi thử lại.
       *[other] Thay đổi đó không phải việc của máy này: bản ghi thuộc về { -coordinator } hoặc máy khác. Hãy nhờ { -coordinator } thực hiện.
    }
error-checks-changed =
    Một số thay đổi được lưu trước các bước kiểm tra hôm nay không còn đạt ({ $ops }), nên dựng lại sẽ không giống hệt. { $surface ->
        [cli] Xin chạy `convene doctor --repair` để xét lại và dựng lại:
       *[app] Xin sửa cơ sở dữ liệu trong “{ nav-settings }” để xét lại và dựng lại:
    } các thay đổi đó sẽ không được tính, và nhật ký vẫn giữ chúng.
error-approval-failed = Việc chấp thuận { $device } không thực hiện được vì không thể hợp nhất { $bundle }: { $cause } Không có gì thay đổi, gói vẫn được giữ ở đây: hãy khắc phục nguyên nhân rồi chấp thuận lại (không cần tệp gốc).
error-not-a-file =
    { $path } là { $kind ->
        [folder] một thư mục
        [device] một thiết bị
        [pipe] một đường ống
       *[other] thứ không phải tệp thường
    }, không phải tệp mà Convene có thể đọc hoặc ghi. Hãy cho đường dẫn của một tệp (với tệp mới, một tên chưa tồn tại).
error-target-read-only = { $path } chỉ đọc, nên Convene không thay thế nó. Hãy chọn tên khác, hoặc cho phép ghi trước nếu thật sự cần thay thế.
error-foreign-database =
    { $path } là cơ sở dữ liệu của chương trình khác, không phải của Convene. Convene không thay đổi nó. { $surface ->
        [cli] Xin kiểm tra đường dẫn đã đưa cho --db.
       *[app] Xin kiểm tra tệp đã chọn.
    }
error-sheet-too-long = { $path } có nhiều dòng hơn bất kỳ phiếu đăng ký hay chương trình nào (tối đa { $max }). Không có gì được nhập: xin chia nhỏ tệp, hoặc kiểm tra xem có đúng tệp không.
error-control-character = “{ $field }” chứa ký tự điều khiển ({ $code }), ký tự này sẽ ra lệnh cho cửa sổ dòng lệnh hoặc bảng tính thay vì được đọc. Xin gõ lại, hoặc dán dưới dạng văn bản thuần.
error-ambiguous-device = “{ $key }” ứng với hơn một máy tính ({ $count }): { $candidates }. Thường là do một máy được cài lại với tệp khóa cũ. Xin dùng mã máy (phần đầu của mỗi mục) để chỉ rõ máy nào.
error-op-id-reused = { $path } mang thay đổi { $op }, nhưng cơ sở dữ liệu này đã có một thay đổi khác với mã đó. Chưa nhập gì. Gói được tạo bởi một bản Convene bị lỗi hoặc bị sửa: hãy giữ tệp và nhờ hỗ trợ trước khi nhập thêm từ máy đó.
error-op-does-not-fit = { $path } còn nguyên và được ký đúng, nhưng một thay đổi trong đó không hợp với cơ sở dữ liệu này ({ $detail }). Chưa nhập gì. Có thể nó đến từ phiên bản Convene mới hơn: hãy cập nhật bản này, hoặc gửi tệp cho người hỗ trợ Convene của quý vị.
error-weak-passphrase = Cụm mật khẩu đó quá ngắn để bảo vệ bản sao lưu. Hãy dùng ít nhất { $min } ký tự: vài từ thông thường dễ nhớ hơn các ký hiệu.
error-wrong-passphrase = Không mở được { $path } bằng cụm mật khẩu đó. Hãy kiểm tra rồi thử lại; chưa có gì bị thay đổi.
error-restore-target-exists =
    { $path } đã chứa một cơ sở dữ liệu. Khôi phục không bao giờ ghi đè lên: { $surface ->
        [cli] xin chọn đường dẫn mới bằng --db, hoặc dời tệp đó đi trước.
       *[app] xin chọn tên mới, hoặc dời tệp đó đi trước.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = chương trình
kind-session = { -session(cap: "yes") }
kind-agenda = mục chương trình
kind-group = nhóm thảo luận
kind-question = câu hỏi thảo luận
kind-signin = lượt đăng ký
kind-signin-contact = tên và liên lạc
kind-concern = { -concern(cap: "yes") }
kind-note = ghi chú
kind-dot-count = số chấm đã đếm
kind-ballot = lá phiếu
kind-action = hành động
kind-action-update = cập nhật hành động
kind-tag = thẻ
kind-conflict = xung đột
kind-held-change = thay đổi đang giữ
kind-bundle = gói
kind-kit = { -kit(cap: "yes") }
kind-unknown-file = tệp không rõ loại
field-ballot-token = mã lá phiếu
field-ballot-budget = ngân sách
field-coordinator-identity = danh tính { -coordinator }
field-value-date = ngày
field-value-time = thời gian
field-device-name = tên máy tính
field-device = máy tính
field-dot-count = số chấm
field-signin-name = tên
field-note-text = ghi chú
field-sequence-number = số thứ tự
field-signin-time-in = giờ đến
field-action-update-date = ngày cập nhật
field-action-update-text = cập nhật
field-value = giá trị
field-error-code = mã lỗi
field-personal-data = dữ liệu cá nhân
field-ledger-detail = chi tiết nhập
field-bundle-status = trạng thái nhập
field-verdict = kết luận
field-reason = lý do
field-session-scope = quyền với { -session }
field-table = bảng
field-report-kind = loại báo cáo
field-paper-size = khổ giấy
field-key-kind = loại khóa
field-device-state = trạng thái máy tính
field-ballot-kind = loại lá phiếu
field-ballot-allocation = số điểm đã chia
label-unknown = “{ $key }” (tên mà phiên bản Convene này không biết)
