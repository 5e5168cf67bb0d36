## Convene 核心回報的錯誤。每則訊息說明出了什麼問題，以及接下來該怎麼做。

error-not-found =
    沒有任何「{ $kind }」符合「{ $id }」。{ $surface ->
        [cli] 執行 `convene { $command } list` 查看可用的編號。
       *[app] 請改從畫面上的清單選取。
    }
error-ambiguous-id = 「{ $prefix }」符合不只一筆「{ $kind }」（{ $count } 筆）。請多輸入幾個編號字元。
error-empty-text = 「{ $field }」是空的。請輸入內容後再試一次。
error-text-too-long = 「{ $field }」太長：目前 { $length } 個字元，上限為 { $max }。請縮短後再試一次。
error-invalid-zip = 「{ $value }」不是郵遞區號。請使用五位數字（如 98122）或 ZIP+4（如 98122-1234）；社區名稱請填在社區欄位。
error-invalid-choice = 「{ $value }」不是「{ $field }」的有效值。請使用以下其中之一：{ $allowed }。
error-invalid-number = 「{ $value }」不是「{ $field }」的有效值：必須是 { $min } 到 { $max } 之間的整數。
error-invalid-date = 「{ $value }」不是「{ $field }」的有效值。請使用 2027-03-14 這樣的日期，或 2027-03-14T18:30:00-08:00 這樣的日期與時間。
error-invalid-language = 「{ $value }」不是語言代碼。請使用 en、es、zh-Hant、vi、so 或 am 等代碼。
error-invalid-email = 「{ $value }」看起來不像電子郵件地址。
error-invalid-phone = 「{ $value }」看起來不像電話號碼。請使用數字、空格、連字號、括號，開頭可加 +。
error-consent-required =
    只有在出席者同意被聯絡時，才能記錄電子郵件或電話。請先詢問對方，然後{ $surface ->
        [cli] 加上 --consent。
       *[app] 勾選同意欄。
    }
error-wrong-session = 「{ $id }」（{ $kind }）屬於另一場{ -session }。請從這場{ -session }中選擇。
error-duplicate-token = 投票代碼「{ $token }」已在本場{ -session }中使用過。每個代碼只能投一張票；請給與會者新的代碼。
error-empty-ballot = 選票上沒有選任何{ -concern }。請至少選一項。
error-repeated-choice = 排序選票把同一{ -concern }列了兩次（{ $id }）。每個{ -concern }只能排序一次。
error-budget-mismatch = 分配的點數合計 { $spent }，但預算是 { $budget }。請讓合計剛好等於預算。
error-negative-allocation = 分配必須是零或以上；不可使用 { $value }。
error-merge-into-self = { -concern }不能是自己的重複。請選另一個{ -concern }來合併。
error-merge-cycle = { $id } 已經是您要合併之{ -concern }的重複。請反方向合併。
error-agenda-not-started = 議程項目「{ $title }」尚未開始。請先開始此項目。
error-tag-exists = 標籤「{ $slug }」已在標籤清單中。
error-not-a-database = { $path } 不是 Convene 資料庫（不是 SQLite 檔案，或已損壞）。請檢查路徑，或將檔案移開，讓 Convene 建立新檔。
error-newer-schema = { $path } 是由較新版的 Convene 寫入（結構版本 { $found }；此版本最多只支援 { $supported }）。請安裝新版本來開啟；此版本不會更動它。
error-read-only =
    Convene 無法寫入 { $path }：檔案或其資料夾是唯讀的。{ $surface ->
        [cli] 請用 --db 選擇可寫入的位置，或修正權限。
       *[app] 請在可寫入的資料夾開啟資料庫，或修正權限。
    }
error-disk-full = 存放 { $path } 的磁碟已滿。沒有儲存任何內容。請釋出空間後再試一次。
error-busy = 資料庫正在另一個視窗或程式中使用。請稍候再試。
error-storage = 資料庫回報錯誤：{ $detail }
error-io = 無法使用 { $path }：{ $detail }
error-rebuild-mismatch = 從操作紀錄重建後，以下資料表的狀態不同：{ $tables }。沒有任何變更。請保留資料庫副本並回報此問題。
error-file-too-large = { $path } 超過 Convene 對此類檔案的上限（最多 { $max } 位元組），因此沒有讀取。請確認檔案是否正確：Convene 產生的{ -bundle }、{ -kit }、備份或表格都小得多。
error-malformed = { $path } 不是可讀取的 Convene { -bundle }或{ -kit }（{ $detail }）。檔案可能損壞或不完整：請從電腦或隨身碟重新複製。
error-unexpected-entry = { $path } 含有「{ $entry }」，這不是任何 Convene { -bundle }或{ -kit }會有的內容。檔案未開啟即被拒絕；請勿使用此檔案。
error-entry-too-large = { $path }：「{ $entry }」解壓後會超過 { $max } 位元組。檔案未解壓即被拒絕；請勿使用此檔案。
error-bad-signature = { $path } 在簽署後已被更改：簽章無法驗證。沒有匯入任何內容。請從產生它的電腦重新複製。
error-hash-mismatch = { $path }：「{ $entry }」與已簽署清單中的檢查碼不符，表示檔案已被更改或損壞。沒有匯入任何內容。請從產生它的電腦重新複製。
error-key-mismatch = { $path } 聲稱來自裝置 { $device }，但是用不同的金鑰簽署（指紋 { $fingerprint }）。沒有匯入任何內容。請向{ -facilitator }確認是哪台電腦產生的。
error-revoked-device =
    { $path } 來自已被撤銷的電腦 { $device }（指紋 { $fingerprint }）。沒有匯入任何資料。如果這是誤會，{ $surface ->
        [cli] 請用 `convene trust approve` 再次核准這台電腦。
       *[app] 請在「{ nav-coordinator }」畫面的「{ coordinator-devices }」再次核准這台電腦。
    }
error-seq-alarm = 警告：{ $path } 聲稱是裝置 { $device } 的第 { $seq } 項操作，但本資料庫已有另一項相同編號的操作。兩個不同的{ -bundle }不可能都是真的。沒有匯入任何內容；請保留兩個檔案並調查，再核准此裝置的任何內容。
error-not-sealed-for-us =
    { $path } 含有以本資料庫沒有的{ -coordinator }金鑰封存的出席者個人資料。請在{ -coordinator }的資料庫匯入（也就是{ $surface ->
        [cli] 執行過 `convene coordinator init` 並匯出{ -kit }的那一個）。
       *[app] 製作{ -kit }的那一個）。
    }
error-foreign-coordinator =
    這個{ -kit }由{ -coordinator } { $got } 簽署，但這台電腦已經跟隨{ -coordinator } { $expected }。請與您的{ -coordinator }核對指紋；若要更換，{ $surface ->
        [cli] 請加上 --new-coordinator 再匯入一次。
       *[app] 請再匯入一次並確認更換。
    }
error-no-coordinator-identity =
    這個資料庫沒有{ -coordinator }身分。{ $surface ->
        [cli] 請先執行 `convene coordinator init`。
       *[app] 請先在「{ nav-coordinator }」畫面建立。
    }
error-device-key-missing = 這台電腦的簽署金鑰 { $path } 遺失或與資料庫不符。請從備份還原金鑰檔；沒有它，就無法簽署此資料庫的{ -bundle }。
error-crypto = 加密操作失敗：{ $detail }
error-unknown-device =
    沒有電腦符合「{ $id }」。{ $surface ->
        [cli] 執行 `convene trust list` 查看電腦及其指紋。
       *[app] 電腦及其指紋列在「{ nav-coordinator }」畫面的「{ coordinator-devices }」。
    }
error-conflict-not-found =
    沒有未解決的衝突符合「{ $id }」。{ $surface ->
        [cli] 執行 `convene conflicts list` 查看。
       *[app] 未解決的衝突列在「{ nav-coordinator }」畫面。
    }
error-wrong-file-kind =
    { $path } 是「{ $found }」類型的檔案，不是「{ $expected }」。{ $surface ->
        [cli] { -kit }請用 `convene kit import` 匯入，{ -bundle }請用 `convene bundle import` 匯入。
       *[app] { -kit }請在「{ nav-exchange }」匯入，{ -bundle }請在「{ nav-coordinator }」畫面匯入。
    }
error-csv-invalid =
    { $path } 有 { $problems } 個問題（列在上方），因此沒有匯入任何資料。請修正這些列後再匯入，或{ $surface ->
        [cli] 加上 --skip-invalid 只匯入有效的列。
       *[app] 選擇只匯入有效的列。
    }
error-unknown-locale = { $locale } 不是 Convene 的語言之一。請從設定中的清單選擇。
error-kiosk-closed = 自助報到機尚未開啟。請{ -facilitator }從報到畫面開啟。
error-kiosk-pin = 請為自助報到機設定至少四位數的 PIN 碼，這樣只有{ -facilitator }能關閉它。
error-kiosk-pin-wrong = PIN 碼不正確。請{ -facilitator }關閉自助報到機。
error-font-missing = 此報告需要字型 { $file } 才能列印文字。請安裝 { $package } 套件（Debian 或 Ubuntu：sudo apt install { $package }），或將字型檔放入 CONVENE_FONT_DIR 指定的資料夾。
error-window = 無法開啟或關閉視窗：{ $detail }。請關閉其他 Convene 視窗後再試；若仍失敗，請重新啟動程式。
error-not-for-this-window = 此視窗無法執行這項操作。自助報到機只能報到和投票；其他操作請使用{ -facilitator }的視窗。
error-change-refused =
    { $reason ->
        [out-of-scope] 這台筆電未獲派這場{ -session }，也不是它建立的，因此無法在此變更。請{ -coordinator }把這場{ -session }指派給這台筆電（`convene trust approve` 搭配 `--sessions`）。
        [taken-id] 這筆紀錄是在另一台筆電上建立的，無法在此再建立一次。
        [too-many-tags] 這台筆電新增的標籤已達上限；請{ -coordinator }擴充詞彙表。
        [bad-value] 有個值不符合其欄位（類型、範圍或長度）。
        [not-a-clock] 這台筆電的時鐘顯示不可能的時間；請設定日期和時間後再試。
       *[other] 這項變更不該由這台筆電進行：紀錄屬於{ -coordinator }或另一台筆電。請{ -coordinator }處理。
    }
error-checks-changed =
    今天的檢查之前存入的部分變更已無法通過檢查（{ $ops } 筆），因此重建結果不會完全相同。{ $surface ->
        [cli] 請執行 `convene doctor --repair` 重新判定並重建：
       *[app] 請從「{ nav-settings }」修復資料庫，重新判定並重建：
    }這些變更將不計入，但記錄會保留。
error-approval-failed = 核准 { $device } 沒有完成，因為無法合併 { $bundle }：{ $cause } 沒有任何變更，{ -bundle }仍保留在這裡：請先修正原因，再核准一次（不需要原檔案）。
error-not-a-file =
    { $path } 是{ $kind ->
        [folder] 資料夾
        [device] 裝置
        [pipe] 管線
       *[other] 非一般檔案
    }，不是 Convene 能讀寫的檔案。請提供檔案路徑（若是新檔案，請用尚不存在的名稱）。
error-target-read-only = { $path } 是唯讀檔案，因此 Convene 沒有取代它。請換個名稱；若確實要取代，請先讓它可寫入。
error-foreign-database =
    { $path } 是其他程式的資料庫，不是 Convene 的。Convene 沒有更動它。{ $surface ->
        [cli] 請檢查 --db 指定的路徑。
       *[app] 請檢查所選的檔案。
    }
error-sheet-too-long = { $path } 的列數超過任何報到表或議程（上限為 { $max }）。沒有匯入任何資料：請拆分檔案，或確認是否為正確的檔案。
error-control-character = 「{ $field }」含有控制字元（{ $code }），它會對終端機或試算表下指令，而不會被當成文字讀取。請重新輸入，或以純文字貼上。
error-ambiguous-device = 「{ $key }」對應到不只一台電腦（{ $count } 台）：{ $candidates }。這通常表示某台電腦用舊的金鑰檔重新設定過。請用電腦編號（每個的第一段）指明是哪一台。
error-op-id-reused = { $path } 帶有變更 { $op }，但此資料庫已有相同編號的另一項變更。沒有匯入任何資料。此{ -bundle }來自有問題或遭修改的 Convene：請保留檔案，在匯入該筆電更多資料前先尋求協助。
error-op-does-not-fit = { $path } 完整且簽章正確，但其中一項變更不符合此資料庫（{ $detail }）。沒有匯入任何資料。它可能來自較新版本的 Convene：請更新此版本，或把檔案交給負責支援 Convene 的人。
error-weak-passphrase = 這個密碼短語太短，無法保護備份。請至少使用 { $min } 個字元：幾個普通的詞比符號更好記。
error-wrong-passphrase = 無法用該密碼短語開啟 { $path }。請檢查後再試一次；沒有任何變更。
error-restore-target-exists =
    { $path } 已經有資料庫。還原絕不會覆寫既有資料庫：{ $surface ->
        [cli] 請用 --db 選擇新的路徑，或先把該檔案移開。
       *[app] 請選擇新的名稱，或先把該檔案移開。
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = 計畫
kind-session = { -session }
kind-agenda = 議程項目
kind-group = 討論小組
kind-question = 討論問題
kind-signin = 報到紀錄
kind-signin-contact = 姓名與聯絡方式
kind-concern = { -concern }
kind-note = 筆記
kind-dot-count = 點數統計
kind-ballot = 選票
kind-action = 行動
kind-action-update = 行動進度
kind-tag = 標籤
kind-conflict = 衝突
kind-held-change = 暫存的變更
kind-bundle = { -bundle }
kind-kit = { -kit }
kind-unknown-file = 不明種類的檔案
field-ballot-token = 選票代碼
field-ballot-budget = 預算
field-coordinator-identity = { -coordinator }身分
field-value-date = 日期
field-value-time = 時間
field-device-name = 筆電名稱
field-device = 筆電
field-dot-count = 點數
field-signin-name = 姓名
field-note-text = 筆記
field-sequence-number = 序號
field-signin-time-in = 到場時間
field-action-update-date = 進度日期
field-action-update-text = 進度
field-value = 值
field-error-code = 錯誤代碼
field-personal-data = 個人資料
field-ledger-detail = 匯入細節
field-bundle-status = 匯入狀態
field-verdict = 判定
field-reason = 原因
field-session-scope = { -session }權限
field-table = 資料表
field-report-kind = 報告種類
field-paper-size = 紙張大小
field-key-kind = 金鑰種類
field-device-state = 筆電狀態
field-ballot-kind = 選票種類
field-ballot-allocation = 分配的點數
label-unknown = 「{ $key }」（此版本的 Convene 不認得這個名稱）
