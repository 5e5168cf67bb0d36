## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern =
    { $cap ->
        [yes] Mối quan ngại
       *[no] mối quan ngại
    }
-session =
    { $cap ->
        [yes] Buổi họp
       *[no] buổi họp
    }
-breakout-group = nhóm thảo luận
-sign-in = đăng ký
-ballot = lá phiếu
-dot = chấm dán
-precinct = khu vực cảnh sát
-coordinator =
    { $cap ->
        [yes] Điều phối viên
       *[no] điều phối viên
    }
-facilitator =
    { $cap ->
        [yes] Người điều hành
       *[no] người điều hành
    }
-bundle = gói dữ liệu
-kit =
    { $cap ->
        [yes] Bộ khởi tạo
       *[no] bộ khởi tạo
    }
-resident = cư dân
