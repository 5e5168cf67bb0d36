## 命令列：`convene --help`、表格標題，以及各指令印出的訊息。

### 說明

cli-about = 離線舉辦警民社區高峰會：議程、報到、{ -concern }、投票與行動。
cli-heading-usage = 用法：
cli-heading-commands = 指令
cli-heading-arguments = 參數
cli-heading-options = 選項
cli-value-command = 指令
cli-help-flag = 顯示說明
cli-version-flag = 顯示版本
cli-arg-db = 資料庫檔案。預設與桌面應用程式使用同一個檔案
cli-arg-json = 只印出一個 JSON 物件，而不是文字
cli-arg-locale = 訊息語言（en、es、zh-Hant、vi、ru、so、ko、am、ar）

cli-cmd-init = 設定這台電腦：資料庫與裝置身分
cli-arg-init-device-name = 這台電腦的名稱，{ -coordinator }會看到（例如「第 3 桌電腦」）

cli-cmd-demo = 建立一場逼真的範例高峰會，並印出{ -session }編號
cli-arg-demo-seed = 範例隨機選擇的種子；相同種子產生相同的高峰會
cli-arg-demo-concerns = 另外加入這麼多筆合成的{ -concern }，以城市規模試用看板

cli-cmd-programme = 把各分局{ -session }歸在一起的計畫
cli-cmd-programme-create = 建立計畫，例如「安全社區 2027」
cli-cmd-programme-list = 列出計畫及其分局

cli-cmd-session = 高峰會、小組{ -session }、成果報告會與工作坊
cli-cmd-session-create = 建立{ -session }
cli-arg-session-create-starts = 開始日期與時間，RFC 3339（2027-03-14T18:30:00-07:00）或只填日期
cli-arg-session-create-room-minutes = 場地預訂的分鐘數
cli-arg-session-create-languages = 使用的語言，以逗號分隔（en,es）
cli-arg-session-create-interpreted = 有口譯的語言，以逗號分隔
cli-arg-session-create-programme = 計畫編號（開頭幾個字元即可）
cli-cmd-session-list = 列出{ -session }
cli-cmd-session-show = 顯示{ -session }及其內容
cli-cmd-session-edit = 修改{ -session }資料
cli-cmd-session-duplicate = 以先前{ -session }的議程、小組與問題建立新{ -session }

cli-cmd-agenda = 議程與現場流程
cli-cmd-agenda-add = 在{ -session }議程最後加入一項
cli-cmd-agenda-list = 依序列出議程，對照預定與實際
cli-cmd-agenda-move = 把一項移到議程中的某個位置（1 為第一項）
cli-cmd-agenda-start = 立即開始一項（並結束正在進行的項目）
cli-cmd-agenda-finish = 立即結束一項
cli-cmd-agenda-next = 現場流程：結束目前項目並開始下一項
cli-cmd-agenda-edit = 修改一項
cli-cmd-agenda-remove = 從議程移除一項

cli-cmd-group = 分組討論
cli-cmd-group-add = 新增分組
cli-arg-group-add-language = 小組使用的語言
cli-cmd-group-list = 列出{ -session }的各小組

cli-cmd-question = 討論問題
cli-cmd-question-add = 新增討論問題
cli-cmd-question-list = 依序列出{ -session }的問題

cli-cmd-signin = 報到表
cli-cmd-signin-add = 為一位與會者報到。每一欄都可不填：匿名報到也會計入
cli-arg-signin-add-zip = 美國郵遞區號（98122 或 98122-1234）
cli-arg-signin-add-language = 偏好語言（es、zh-Hant、vi……）
cli-arg-signin-add-interpreter = 需要口譯員
cli-arg-signin-add-role = resident、business、organisation、city-staff 或 police
cli-arg-signin-add-consent = 同意接受聯絡（使用 --email 或 --phone 時必填）
cli-arg-signin-add-group = 分組，依名稱或編號
cli-arg-signin-add-time-in = 抵達時間，若不是現在（謄打紙本報到表時）
cli-cmd-signin-list = 報到表，不含姓名或聯絡方式
cli-cmd-signin-counts = 依語言、身分、社區與小組的即時人數
cli-cmd-signin-assign = 把一位與會者分到小組
cli-arg-signin-assign-group = 小組名稱或編號；省略則取消分組
cli-cmd-signin-suggest-group = 依與會者的語言建議小組

cli-cmd-concern = { -concern }看板
cli-cmd-concern-add = 記錄一項{ -concern }。文字中的 `#標籤` 會成為標籤
cli-arg-concern-add-group = 分組，依名稱或編號
cli-arg-concern-add-language = 提出{ -concern }時使用的語言
cli-arg-concern-add-interpretation = 譯成工作語言的內容
cli-arg-concern-add-location = 地點：一條街、一個路口、一座公園
cli-cmd-concern-list = { -concern }看板
cli-arg-concern-list-search = 在文字、譯文或地點中搜尋的字詞
cli-arg-concern-list-all = 包括已合併到其他事項的{ -concern }
cli-cmd-concern-show = 一項{ -concern }的完整內容
cli-cmd-concern-edit = 修改{ -concern }的文字、譯文、語言、地點或小組
cli-cmd-concern-tag = 加上或移除標籤
cli-cmd-concern-status = 設定狀態：new、under-review、action-planned、in-progress、done、not-pursued
cli-cmd-concern-merge = 把一項{ -concern }標為另一項的重複；其票數計入另一項
cli-cmd-concern-unmerge = 取消合併
cli-cmd-concern-delete = 刪除誤記的{ -concern }
cli-cmd-concern-duplicates = 可能重複的事項，依文字與譯文中的共同字詞判斷
cli-arg-concern-duplicates-threshold = 共同字詞的比例，0 到 1

cli-cmd-note = 依小組與問題的筆記
cli-cmd-note-add = 為某小組與問題新增筆記
cli-cmd-note-list = 筆記，可只看一個小組

cli-cmd-vote = 在大海報紙上數出的貼點
cli-cmd-vote-dots = 輸入在{ -concern }卡片上數到的貼點

cli-cmd-ballot = 與會者的選票：貼點、排序或預算
cli-cmd-ballot-cast = 投下一位與會者的選票。每個票證每種選票只能投一張
cli-arg-ballot-cast-token = 與會者的票證（卡片上或自助機取得）
cli-arg-ballot-cast-choices = 一項{ -concern }：排序票依序由最優先開始；貼點票每一點列一次
cli-arg-ballot-cast-allocations = 預算票：{ -concern }=點數，可重複
cli-arg-ballot-cast-budget = 預算票的點數總和
cli-cmd-ballot-list = { -session }中投下的選票

cli-cmd-tally = 計算{ -session }的所有票
cli-arg-tally-top = 每種計票顯示幾項{ -concern }

cli-cmd-action = 後續行動及其附日期的進度
cli-cmd-action-add = 規劃一項行動以回應{ -concern }
cli-arg-action-add-response = 預定的回應
cli-arg-action-add-due = 截止日期，YYYY-MM-DD
cli-arg-action-add-concerns = 此行動回應的{ -concern }（多項請重複）
cli-arg-action-add-basis = result-based 或 community-input
cli-cmd-action-update = 記錄附日期的進度，可同時變更狀態或依據
cli-arg-action-update-date = YYYY-MM-DD；省略則為今天
cli-cmd-action-edit = 變更負責人、截止日期或預定回應
cli-cmd-action-list = 某{ -session }、某分局或全部的行動
cli-cmd-action-show = 一項行動及其進度

cli-cmd-tag = 標籤詞彙
cli-cmd-tag-list = 詞彙：支柱及其主題
cli-cmd-tag-add = 新增主題（或加上 --kind pillar 新增支柱）
cli-arg-tag-add-pillar = 主題所屬的支柱
cli-cmd-tag-rename = 變更標籤顯示名稱
cli-cmd-tag-remove = 把標籤移出詞彙（{ -concern }仍保留）

cli-cmd-doctor = 檢查資料庫；--rebuild 證明狀態完全由操作紀錄推得
cli-arg-doctor-rebuild = 由操作紀錄重建每個資料表，並確認結果完全相同

cli-cmd-key = 這台裝置的簽章金鑰與指紋
cli-cmd-key-show = 這台裝置的編號、公開金鑰與指紋（以及{ -coordinator }的收件者，如有）

cli-cmd-coordinator = { -coordinator }用於與會者個人資料的身分
cli-cmd-coordinator-init = 把這個資料庫設為{ -coordinator }的：加入一個 age 身分以保護個人資料
cli-cmd-coordinator-restore = 從檔案安裝{ -coordinator }身分（備份，或第二台{ -coordinator }電腦）

cli-cmd-kit = { -kit }：{ -coordinator }發給各電腦的{ -session }計畫
cli-cmd-kit-export = 寫出一個已簽章的{ -kit }，含{ -session }計畫與此{ -coordinator }的金鑰
cli-cmd-kit-import = 在這台電腦載入{ -coordinator }的{ -kit }
cli-arg-kit-import-new-coordinator = 接受來自另一位{ -coordinator }（非這台電腦目前跟隨者）的{ -kit }

cli-cmd-bundle = { -bundle }：每台電腦已簽章的工作成果，交回{ -coordinator }
cli-cmd-bundle-export = 把這台電腦在各{ -session }的工作寫成已簽章的{ -bundle }
cli-arg-bundle-export-include-personal-data = 沒有{ -kit }時，以未加密方式納入姓名與聯絡方式（否則會略去）
cli-cmd-bundle-verify = 檢查{ -bundle }但不匯入
cli-cmd-bundle-import = 匯入{ -bundle }；每個{ -bundle }要嘛完整匯入，要嘛完全不匯入
cli-cmd-bundle-list = 紀錄簿：提交給這個資料庫的每個{ -bundle }

cli-cmd-trust = 哪些裝置的{ -bundle }已合併、待核准或被拒絕
cli-cmd-trust-list = 裝置及其指紋與狀態
cli-cmd-trust-approve = 核對指紋後核准裝置；合併其隔離中的{ -bundle }
cli-cmd-trust-revoke = 撤銷裝置：其變更不再生效，所做的一切都會復原（全部，或從某個{ -bundle }或序號起）
cli-cmd-trust-add = 在{ -bundle }送達前信任一台電腦，使用其 `key show` 印出的編號與金鑰

cli-cmd-conflicts = 同一欄位的同時修改，留待{ -coordinator }處理
cli-cmd-conflicts-list = 未解決的衝突：同一欄位的同時修改
cli-cmd-conflicts-resolve = 解決一項衝突
cli-arg-conflicts-resolve-keep = winner 或 loser
cli-arg-conflicts-resolve-text = 改用新的值

cli-cmd-board = 合併所有{ -session }的{ -concern }看板，並標明每項{ -concern }的來源
cli-arg-board-precinct = 只看這個分局的{ -session }

cli-cmd-bench = 以大規模資料測量記錄、匯出、匯入、計票與重建，並與基準比較
cli-arg-bench-quick = 在規模 1 與 2 使用少量資料：確認效能測試仍可執行，不測速度
cli-arg-bench-scales = 要執行的規模（1 = 一場高峰會；20 = 一座城市：5 個分局 × 4 個階段）
cli-arg-bench-dir = 存放資料庫與{ -bundle }的位置（放在要測量的磁碟上）

cli-cmd-report = PDF 報告：摘要、報到表、成果報告講義、CPP 更新
cli-cmd-report-pdf = { -session }的 PDF 報告（講義與 CPP 更新涵蓋整個分局）
cli-arg-report-pdf-locale = 報告語言
cli-arg-report-pdf-second-locale = 標題與標籤的第二語言，列在第一語言下方
cli-arg-report-pdf-paper = letter 或 a4

cli-cmd-export = 匯出{ -session }資料（CSV）
cli-cmd-export-csv = 以 CSV 匯出{ -session }的一個資料表，可安全地用試算表開啟
cli-arg-export-csv-bom = 以位元組順序記號開頭，供 Excel 使用
cli-arg-export-csv-with-personal-data = 包含與會者的姓名、電子郵件與電話（僅限報到資料）

cli-cmd-import = 匯入謄打的表單（CSV）
cli-cmd-import-csv = 謄打的紙本報到表或議程範本
cli-arg-import-csv-skip-invalid = 即使有些列無效，仍匯入有效的列

### 表格標題

cli-col-id = 編號
cli-col-status = 狀態
cli-col-due = 截止
cli-col-owner = 負責人
cli-col-basis = 依據
cli-col-concerns = { -concern }
cli-col-title = 標題
cli-col-place = #
cli-col-kind = 類型
cli-col-planned = 預定
cli-col-actual = 實際
cli-col-presenter = 報告人
cli-col-token = 票證
cli-col-cast = 投票時間
cli-col-dots = 貼點
cli-col-session = { -session }
cli-col-group = 小組
cli-col-from-device = 來源裝置
cli-col-text = 內容
cli-col-tags = 標籤
cli-col-similarity = 相似度
cli-col-concern = { -concern }
cli-col-likely-duplicate-of = 可能重複於
cli-col-line = 行
cli-col-column = 欄
cli-col-problem = 問題
cli-col-device = 裝置
cli-col-state = 狀態
cli-col-ops = 操作數
cli-col-new = 新增
cli-col-seq = 序號
cli-col-received = 收到時間
cli-col-file = 檔案
cli-col-fingerprint = 指紋
cli-col-name = 名稱
cli-col-waiting = 待處理
cli-col-record = 紀錄
cli-col-field = 欄位
cli-col-kept = 保留（勝出）
cli-col-also-written = 另有寫入（落選）
cli-col-language = 語言
cli-col-facilitator = { -facilitator }
cli-col-note-taker = 記錄員
cli-col-topic = 主題
cli-col-question = 問題
cli-col-note = 筆記
cli-col-sessions = { -session }
cli-col-precincts = 分局
cli-col-starts = 開始
cli-col-precinct = 分局
cli-col-time-in = 抵達時間
cli-col-role = 身分
cli-col-interpreter = 口譯
cli-col-neighbourhood = 社區/郵遞區號
cli-col-slug = 代碼
cli-col-pillar = 支柱
cli-col-label = 顯示名稱
cli-col-scale = 規模
cli-col-step = 步驟
cli-col-median-ms = 中位數 ms
cli-col-p99-ms = P99 ms
cli-col-per-op = 每次操作 µs
cli-col-peak-mb = 峰值 MB
cli-col-out-kib = 輸出 KiB
cli-col-baseline = 基準
cli-col-ratio = 比值
cli-col-target = 目標

### 完整顯示一筆紀錄時的標籤

cli-field-label = { $label }：
cli-field-id = 編號
cli-field-status = 狀態
cli-field-basis = 依據
cli-field-owner = 負責人
cli-field-due = 截止
cli-field-response = 回應
cli-field-concerns = { -concern }
cli-field-kind = 類型
cli-field-precinct = 分局
cli-field-place = 地點
cli-field-starts = 開始
cli-field-languages = 語言
cli-field-interpreted = 口譯語言
cli-field-agenda = 議程
cli-field-groups = 小組
cli-field-questions = 問題
cli-field-signins = 報到
cli-field-notes = 筆記
cli-field-ballots = 選票
cli-field-actions = 行動
cli-field-language = 語言
cli-field-interpretation = 譯文
cli-field-tags = 標籤
cli-field-location = 地點
cli-field-duplicate-of = 重複於
cli-field-captured = 記錄於
cli-field-database = 資料庫
cli-field-schema-version = 結構版本
cli-field-integrity = 完整性
cli-field-foreign-keys = 外部鍵
cli-field-ops = 操作
cli-field-state-hash = 狀態雜湊
cli-field-fingerprint = 指紋
cli-field-signing-key = 簽章金鑰
cli-field-device = 裝置
cli-field-public-key = 公開金鑰
cli-field-coordinator-recipient = { -coordinator }收件者（age）
cli-field-follows = 跟隨
cli-field-sealed-to = 個人資料加密給
cli-field-next = 下一步
cli-field-state = 狀態
cli-field-sessions = { -session }

### 訊息

cli-yes = 是
cli-updated = 已更新
cli-removed = 已移除
cli-minutes = { $minutes } 分鐘
cli-wrote = 已寫入 { $path }（{ $bytes } 位元組）。

cli-action-updates = 進度：

cli-agenda-running = 進行中
cli-agenda-total = 預定總計：{ $planned } 分鐘
cli-agenda-total-booked = 預定總計：{ $planned } 分鐘，場地預訂 { $booked } 分鐘
cli-agenda-total-over = 預定總計：{ $planned } 分鐘，場地預訂 { $booked } 分鐘——超過場地預訂時間
cli-agenda-moved = 已移到第 { $place } 項
cli-agenda-started = 已開始「{ $title }」
cli-agenda-finished = 已結束
cli-agenda-now = 目前：{ $title }
cli-agenda-done = 議程已全部完成。

cli-tally-signed-in = 已報到：{ $count }
cli-tally-dots = 貼點投票（{ $ballots } 張選票加上數出的貼點）：
cli-tally-none-yet = 尚無
cli-tally-dots-score = { $score } 點
cli-tally-points-score = { $score } 分
cli-tally-ranked = 排序選票：{ $ballots }
cli-tally-borda = 波達計分：
cli-tally-irv = 即時決選：
cli-tally-round = 第 { $round } 輪：{ $counts }
cli-tally-exhausted = 已用盡 { $count }
cli-tally-out = 淘汰：{ $concern }
cli-tally-out-several = 淘汰：{ $count } 項沒有第一志願的事項
cli-tally-winner = 勝出：{ $concern }
cli-tally-budget = 預算分配（{ $ballots } 張選票）：
cli-tally-repeated = { $count } 張選票未計入：其票證已經投過票。

cli-bench-met = 達成（{ $target }）
cli-bench-missed = 未達成（{ $target }）
cli-bench-sane = 結果合理。
cli-bench-problems = 問題：

cli-board-revoked = { $device }（已撤銷）

cli-concern-duplicate = 重複
cli-concern-captured = { $at }，於裝置 { $device }
cli-concern-tags = 標籤：{ $tags }
cli-concern-status = 狀態：{ $status }
cli-concern-merged = 已合併到 { $into }
cli-concern-unmerged = 已取消合併
cli-concern-deleted = 已刪除

cli-import-summary = 共 { $rows } 列：已匯入 { $imported } 列，{ $problems } 列有問題。

cli-doctor-title = Convene 資料庫檢查
cli-doctor-ok = 正常
cli-doctor-problems = { $count } 個問題
cli-doctor-ops = { $ops }，來自 { $devices } 台裝置
cli-doctor-rows = 資料列：
cli-doctor-rebuilt = 已由 { $ops } 筆操作重建：狀態雜湊 { $hash }——與重建前完全相同。

cli-init-ready = 裝置 { $device } 已就緒。
cli-init-ready-named = 裝置 { $device } 已就緒，名稱為「{ $name }」。

cli-key-title = 這台電腦的簽章金鑰
cli-key-follows = { -coordinator } { $coordinator }——指紋 { $fingerprint }
cli-coordinator-ready = { -coordinator }身分已就緒。
cli-coordinator-next = convene kit export { -session } --out kit.convene
cli-kit-written = { -kit }已寫入 { $path }（{ $ops } 筆操作，{ $bytes } 位元組）。
    各電腦會看到{ -coordinator }指紋 { $fingerprint }。
cli-kit-imported = 來自{ -coordinator } { $coordinator } 的{ -kit }。
    活動前請與{ -coordinator }核對此指紋：{ $fingerprint }
    { -session }：{ $sessions }
    從現在起，這台電腦的{ -bundle }會把與會者個人資料加密給該{ -coordinator }。

cli-bundle-personal-left-out = { $count } 筆報到的姓名與聯絡方式已略去：這台電腦沒有可用來加密的{ -coordinator }金鑰。請先匯入{ -coordinator }的{ -kit }，或加上 --include-personal-data 以未加密方式納入。
cli-bundle-written = { -bundle }已寫入並檢查：{ $path }（{ $ops } 筆操作，{ $bytes } 位元組；個人資料：{ $personal }）。
    現在可以安全地取出隨身碟。
cli-bundle-verified = { $file }：簽章與雜湊皆正確。
cli-bundle-import-summary = 已匯入 { $imported }，原已存在 { $already_had }，隔離 { $quarantined }，拒絕 { $rejected }，新衝突 { $conflicts }。
cli-bundle-alarm = 警報：{ $count } 個{ -bundle }重複使用某裝置的序號；請查看 `convene bundle list`。
cli-bundle-compare-quarantined = 請與各{ -facilitator }核對被隔離裝置的指紋，然後執行 `convene trust approve DEVICE`。
cli-progress-imported = { $file }：已從 { $device } 匯入 { $ops } 筆新操作
cli-progress-already-had = { $file }：先前已匯入，無需處理
cli-progress-quarantined = { $file }：已隔離——未知裝置 { $device }；請核對指紋，然後執行 `convene trust approve`
cli-progress-rejected = { $file }：已拒絕——{ $problem }

cli-trust-approved = 已核准 { $device } [{ $fingerprint }]。
cli-trust-added = 已信任 { $device } [{ $fingerprint }]。
cli-trust-revoked = 已從第 { $seq } 項變更起撤銷 { $device } [{ $fingerprint }]：其{ -bundle }將被拒絕，從那裡起所做的一切不再生效（變更仍保留在紀錄中並加上標記）。
cli-conflicts-none = 沒有未解決的衝突。
cli-conflict-resolved = 已解決衝突 { $id }（{ $field }「{ $title }」）。

cli-session-agenda = { $items } 項，預定 { $planned } 分鐘
cli-session-agenda-booked = { $items } 項，預定 { $planned } 分鐘，場地預訂 { $booked } 分鐘
cli-session-updated = 已更新{ -session } { $id }

cli-signin-maybe-duplicate = 注意：這位可能已經報到過（{ $count }）；仍已記錄。
cli-signin-counts = 已報到：{ $total }（匿名 { $anonymous }，需要口譯 { $interpreter }）
cli-signin-by-language = 依語言：
cli-signin-by-role = 依身分：
cli-signin-by-neighbourhood = 依社區：
cli-signin-by-group = 依小組：
cli-signin-unassigned = 未分組
cli-signin-assigned = 已分組
cli-signin-no-groups = 這個{ -session }還沒有分組。

cli-tag-renamed = 已更名
cli-cmd-key-renew = 取得新的裝置身分（還原備份後，或在複製出來的筆電上），並以舊金鑰連結到原本的身分
cli-arg-key-renew-reissue-from-seq = 以新身分重新發出本筆電從這個序號起的變更（警告所指出的序號）
cli-cmd-review = 其他筆電對非自己建立之紀錄所做的變更，等待{ -coordinator }審核
cli-cmd-review-list = 等待審核的變更
cli-cmd-review-accept = 接受保留的變更：從現在起生效
cli-cmd-review-refuse = 拒絕保留的變更：永不生效
cli-arg-review-accept-change = 變更的 ID，如 `review list` 所示（或其開頭）
cli-arg-review-refuse-change = 變更的 ID，如 `review list` 所示（或其開頭）
cli-arg-trust-approve-sessions = 只限這些{ -session }（ID，以逗號分隔）；未指定時，為{ -coordinator }計畫中的所有{ -session }
cli-arg-trust-add-sessions = 只限這些{ -session }（ID，以逗號分隔）；未指定時，為{ -coordinator }計畫中的所有{ -session }
cli-arg-trust-revoke-from-bundle = 只從這個{ -bundle }起復原（其雜湊值，如 `bundle list` 所示）
cli-arg-trust-revoke-from-seq = 只從這個序號起復原
cli-arg-trust-revoke-dry-run = 顯示將會復原的內容，不做任何變更
cli-arg-doctor-repair = 以目前的檢查重新判斷每項變更並重建所有資料表，保留結果
cli-key-renewed = 這台筆電現在是 { $device } [{ $fingerprint }]，接續 { $old }。以新身分重新發出的變更：{ $reissued }。請匯出{ -bundle }：{ -coordinator }會看到兩個身分相連。
cli-revoke-preview = 從第 { $seq } 項變更起撤銷 { $device }，會收回其變更：{ $ops } 項。
cli-revoke-kind = { $kind }：恢復 { $restored }，移除 { $removed }，變更 { $changed }
cli-review-set = 將{ $field }設為「{ $value }」
cli-review-delete = 刪除
cli-review-none = 沒有等待審核的變更。
cli-review-accepted = 已接受：「{ $title }」的變更（{ $change }）。
cli-review-refused = 已拒絕：「{ $title }」的變更（{ $change }）；它永遠不會生效。
cli-col-change = 變更
cli-bundle-held = 等待審核的變更（針對其他筆電或{ -coordinator }的紀錄）：{ $count }。請見 `convene review list`。
cli-bundle-refused = 被拒絕且不生效的變更（超出該筆電獲派範圍、不被允許，或不符合欄位）：{ $count }。`convene bundle list` 會顯示是哪些{ -bundle }。
cli-bundle-list-held-refused = 保留 { $held }，拒絕 { $refused }
cli-doctor-verdicts = 保留待審 { $held }，拒絕 { $refused }，撤銷 { $revoked }
cli-field-not-counting = 不生效
cli-doctor-repaired = 已用目前的檢查重新判斷 { $ops } 項操作；判定改變的：{ $changed }（在這些檢查之前儲存、如今未通過的變更現在不再生效）。狀態雜湊值 { $hash }。
cli-trust-given = 已指派：{ $sessions }（以及它自己建立的{ -session }）。
cli-trust-given-plan = 已指派：您計畫中的所有{ -session }，以及它自己建立的{ -session }。
cli-bundle-not-given = { $device } 在未指派給它的{ -session }中寫入了資料：{ $sessions }。在您指派這些{ -session }之前，它在那裡做的一切都不計入：`convene trust approve { $fingerprint }`
cli-cmd-backup = 備份這台筆電：資料庫及其金鑰存成一個以密碼短語加密的檔案
cli-arg-backup-out = 備份檔案的寫入位置
cli-arg-backup-passphrase-file = 從此檔案的第一行讀取密碼短語（否則使用 CONVENE_BACKUP_PASSPHRASE，或會詢問您）
cli-cmd-restore = 從備份檔案還原筆電，還原到尚不存在的資料庫
cli-arg-restore-file = 要用來還原的備份檔案
cli-arg-restore-passphrase-file = 從此檔案的第一行讀取密碼短語（否則使用 CONVENE_BACKUP_PASSPHRASE，或會詢問您）
cli-backup-passphrase-prompt = 備份的密碼短語：
cli-backup-written = 已備份至 { $path }（{ $bytes } 位元組）。請將密碼短語與檔案分開保存：沒有它就無法開啟備份。
cli-backup-written-coordinator = 已備份至 { $path }（{ $bytes } 位元組），含{ -coordinator }身分：任何同時持有檔案與密碼短語的人都能以此{ -coordinator }身分核准{ -bundle }。請將兩者分開並妥善保存。
cli-restored = 已還原至 { $path }。這台筆電現在以 { $new } 簽署，並與 { $old } 連結：{ -coordinator }收到新身分的{ -kit }或{ -bundle }後，就會接受它的{ -bundle }。
cli-missing-device-key = 此資料庫旁沒有裝置金鑰（{ $path }），因此無法簽署{ -bundle }。請用 `convene restore` 從備份還原，或把金鑰檔案複製回來。
cli-missing-coordinator-identity = 此{ -coordinator }資料庫旁沒有身分檔案（{ $path }），因此無法開啟{ -bundle }中密封的姓名與聯絡方式。請用 `convene restore` 從備份還原，或把身分檔案複製回來。
cli-doctor-plaintext-accessibility = 有 { $count } 筆簽到變更早於無障礙需求開始密封，仍以明文保存在紀錄中，並會隨其{ -session }的{ -bundle }傳送。從現在起寫入的簽到會將其密封。
cli-cmd-concern-redact = 因為某項關切點名某人或含有其個人資料而移除它：其文字也會從紀錄中清除，並在移除動作傳到的每台筆電上清除
cli-arg-concern-redact-concern = { -concern }的 id（或其開頭）
cli-cmd-note-redact = 因為某則筆記點名某人或含有其個人資料而移除它：其文字也會從紀錄中清除
cli-arg-note-redact-note = 筆記的 id（或其開頭）
cli-cmd-signin-redact = 移除一筆簽到及其姓名、聯絡方式與無障礙需求：文字也會從紀錄中清除
cli-arg-signin-redact-signin = 簽到的 id（或其開頭）
cli-redacted = 已作為個人資訊移除：其文字已在本筆電紀錄的 { $ops } 筆變更中清除，移除動作會隨下一個{ -bundle }或{ -kit }傳送。
cli-redacted-bundles-before = 這台筆電先前寫出的 { $count } 個{ -bundle }仍含有這些文字，且無法更改：請刪除這些檔案，並請{ -coordinator }刪除他們的副本。
cli-review-redact = 作為個人資訊移除（接受後，各處的文字都會永久清除）
