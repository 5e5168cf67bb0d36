## Convene 核心回報的錯誤。每則訊息說明出了什麼問題，以及接下來該怎麼做。

error-not-found = 找不到符合「{ $id }」的{ $kind }。執行 `convene { $kind } list` 查看可用的編號。
error-ambiguous-id = 「{ $prefix }」符合 { $count } 筆{ $kind }紀錄。請多輸入幾個編號字元。
error-empty-text = { $field }是空的。請輸入文字後再試一次。
error-text-too-long = { $field }有 { $length } 個字元，上限是 { $max } 個。請縮短後再試一次。
error-invalid-zip = 「{ $value }」不是郵遞區號。請使用五位數字（如 98122）或 ZIP+4（如 98122-1234）；社區名稱請填在社區欄位。
error-invalid-choice = 「{ $value }」不是有效的{ $field }。請使用下列之一：{ $allowed }。
error-invalid-number = 「{ $value }」不是有效的{ $field }：必須介於 { $min } 與 { $max } 之間。
error-invalid-date = 「{ $value }」不是有效的{ $field }。請使用 2027-03-14 這類日期，或 2027-03-14T18:30:00-08:00 這類日期與時間。
error-invalid-language = 「{ $value }」不是語言代碼。請使用 en、es、zh-Hant、vi、so 或 am 等代碼。
error-invalid-email = 「{ $value }」看起來不像電子郵件地址。
error-invalid-phone = 「{ $value }」看起來不像電話號碼。請使用數字、空格、連字號、括號，開頭可加 +。
error-consent-required = 只有在與會者同意被聯絡時，才能記錄電子郵件或電話號碼。請先詢問對方，再勾選同意方塊（或在命令列加上 --consent）。
error-wrong-session = 這個{ $kind }（{ $id }）屬於另一場會議。請使用本場會議的{ $kind }。
error-duplicate-token = 投票代碼「{ $token }」已在本場會議中使用過。每個代碼只能投一張票；請給與會者新的代碼。
error-empty-ballot = 選票上沒有選任何議題。請至少選一項。
error-repeated-choice = 排序選票把同一議題列了兩次（{ $id }）。每個議題只能排序一次。
error-budget-mismatch = 分配的點數合計 { $spent }，但預算是 { $budget }。請讓合計剛好等於預算。
error-negative-allocation = 分配必須是零或以上；不可使用 { $value }。
error-merge-into-self = 議題不能是自己的重複。請選另一個議題來合併。
error-merge-cycle = { $id } 已經是您要合併之議題的重複。請反方向合併。
error-agenda-not-started = 議程項目「{ $title }」尚未開始。請先開始此項目。
error-tag-exists = 標籤「{ $slug }」已在標籤清單中。
error-not-a-database = { $path } 不是 Convene 資料庫（不是 SQLite 檔案，或已損壞）。請檢查路徑，或將檔案移開，讓 Convene 建立新檔。
error-newer-schema = { $path } 是由較新版的 Convene 寫入（結構版本 { $found }；此版本最多只支援 { $supported }）。請安裝新版本來開啟；此版本不會更動它。
error-read-only = Convene 無法寫入 { $path }：檔案或其資料夾為唯讀。請選擇可寫入的位置，或修正權限。
error-disk-full = 存放 { $path } 的磁碟已滿。沒有儲存任何內容。請釋出空間後再試一次。
error-busy = 資料庫正在另一個視窗或程式中使用。請稍候再試。
error-storage = 資料庫回報錯誤：{ $detail }
error-io = 無法使用 { $path }：{ $detail }
error-rebuild-mismatch = 從操作紀錄重建後，以下資料表的狀態不同：{ $tables }。沒有任何變更。請保留資料庫副本並回報此問題。
error-file-too-large = { $path } 超過 Convene 對此類檔案的上限（最多 { $max } 位元組），因此沒有讀取。請確認檔案是否正確：Convene 產生的資料包、工具包、備份或表格都小得多。
error-malformed = { $path } 不是可讀取的 Convene 資料包或設定包（{ $detail }）。檔案可能損壞或不完整：請從電腦或隨身碟重新複製。
error-unexpected-entry = { $path } 含有「{ $entry }」，這不是任何 Convene 資料包或設定包會有的內容。檔案未開啟即被拒絕；請勿使用此檔案。
error-entry-too-large = { $path }：「{ $entry }」解壓後會超過 { $max } 位元組。檔案未解壓即被拒絕；請勿使用此檔案。
error-bad-signature = { $path } 在簽署後已被更改：簽章無法驗證。沒有匯入任何內容。請從產生它的電腦重新複製。
error-hash-mismatch = { $path }：「{ $entry }」與已簽署清單中的檢查碼不符，表示檔案已被更改或損壞。沒有匯入任何內容。請從產生它的電腦重新複製。
error-key-mismatch = { $path } 聲稱來自裝置 { $device }，但是用不同的金鑰簽署（指紋 { $fingerprint }）。沒有匯入任何內容。請向主持人確認是哪台電腦產生的。
error-revoked-device = { $path } 來自裝置 { $device }（指紋 { $fingerprint }），該裝置已被撤銷。沒有匯入任何內容。若是誤會，請重新核准該裝置。
error-seq-alarm = 警告：{ $path } 聲稱是裝置 { $device } 的第 { $seq } 項操作，但本資料庫已有另一項相同編號的操作。兩個不同的資料包不可能都是真的。沒有匯入任何內容；請保留兩個檔案並調查，再核准此裝置的任何內容。
error-not-sealed-for-us = { $path } 含有與會者個人資料，封存給本資料庫沒有的協調員金鑰。請在協調員的資料庫中匯入（建立協調員身分並匯出設定包的那一個）。
error-foreign-coordinator = 此設定包由協調員 { $got } 簽署，但這台電腦跟隨的是協調員 { $expected }。請與協調員比對指紋；若要更換，請重新匯入並選擇新協調員。
error-no-coordinator-identity = 此資料庫沒有協調員身分。請先把這台電腦設為協調員的電腦。
error-device-key-missing = 這台電腦的簽署金鑰 { $path } 遺失或與資料庫不符。請從備份還原金鑰檔；沒有它，就無法簽署此資料庫的資料包。
error-crypto = 加密操作失敗：{ $detail }
error-unknown-device = 找不到符合「{ $id }」的裝置。請查看裝置清單及其指紋。
error-conflict-not-found = 找不到符合「{ $id }」的未解決衝突。請查看衝突清單。
error-wrong-file-kind = { $path } 是{ $found }，不是{ $expected }。設定包請在設定包畫面匯入，資料包請在協調員工作台匯入。
error-csv-invalid = { $path } 有 { $problems } 個問題（列於上方），因此沒有匯入任何內容。請修正各列後重新匯入，或選擇只匯入有效的列。
error-unknown-locale = { $locale } 不是 Convene 的語言之一。請從設定中的清單選擇。
error-kiosk-closed = 自助報到機尚未開啟。請主持人從報到畫面開啟。
error-kiosk-pin = 請為自助報到機設定至少四位數的 PIN 碼，這樣只有主持人能關閉它。
error-kiosk-pin-wrong = PIN 碼不正確。請主持人關閉自助報到機。
error-font-missing = 此報告需要字型 { $file } 才能列印文字。請安裝 { $package } 套件（Debian 或 Ubuntu：sudo apt install { $package }），或將字型檔放入 CONVENE_FONT_DIR 指定的資料夾。
error-window = 無法開啟或關閉視窗：{ $detail }。請關閉其他 Convene 視窗後再試；若仍失敗，請重新啟動程式。
error-not-for-this-window = 此視窗無法執行這項操作。自助報到機只能報到和投票；其他操作請使用主持人的視窗。
error-change-refused =
    { $reason ->
        [out-of-scope] 這台筆電未獲派這場會議，也不是它建立的，因此無法在此變更。請協調人把這場會議指派給這台筆電（`convene trust approve` 搭配 `--sessions`）。
        [taken-id] 這筆紀錄是在另一台筆電上建立的，無法在此再建立一次。
        [too-many-tags] 這台筆電新增的標籤已達上限；請協調人擴充詞彙表。
        [bad-value] 有個值不符合其欄位（類型、範圍或長度）。
        [not-a-clock] 這台筆電的時鐘顯示不可能的時間；請設定日期和時間後再試。
       *[other] 這項變更不該由這台筆電進行：紀錄屬於協調人或另一台筆電。請協調人處理。
    }
error-checks-changed = 在目前的檢查之前儲存、如今未通過檢查的變更：{ $ops }，因此重建不會完全相同。請執行 `convene doctor --repair` 重新判斷並重建：它們將不再生效，紀錄仍會保留。
error-approval-failed = 核准 { $device } 沒有完成，因為無法合併 { $bundle }：{ $cause } 沒有任何變更，資料包仍保留在這裡：請先修正原因，再核准一次（不需要原檔案）。
error-not-a-file =
    { $path } 是{ $kind ->
        [folder] 資料夾
        [device] 裝置
        [pipe] 管線
       *[other] 非一般檔案
    }，不是 Convene 能讀寫的檔案。請提供檔案路徑（若是新檔案，請用尚不存在的名稱）。
error-target-read-only = { $path } 是唯讀檔案，因此 Convene 沒有取代它。請換個名稱；若確實要取代，請先讓它可寫入。
error-foreign-database = { $path } 是其他程式的資料庫，不是 Convene 的。Convene 沒有更動它。請檢查 --db 指定的路徑。
error-sheet-too-long = { $path } 超過 { $max } 列，比任何簽到表或議程都多。沒有匯入任何資料：請分割檔案，或確認檔案是否正確。
error-control-character = { $field } 含有控制字元（{ $code }），它會對終端機或試算表下指令，而不是被讀出。請重新輸入，或以純文字貼上。
error-ambiguous-device = 「{ $key }」對應到 { $count } 台裝置：{ $candidates }。這通常表示某台筆電用舊的金鑰檔重新設定過。請用裝置編號（各項的第一部分）指明是哪一台。
error-op-id-reused = { $path } 帶有變更 { $op }，但此資料庫已有相同編號的另一項變更。沒有匯入任何資料。此資料包來自有問題或遭修改的 Convene：請保留檔案，在匯入該筆電更多資料前先尋求協助。
error-op-does-not-fit = { $path } 完整且簽章正確，但其中一項變更不符合此資料庫（{ $detail }）。沒有匯入任何資料。它可能來自較新版本的 Convene：請更新此版本，或把檔案交給負責支援 Convene 的人。
error-weak-passphrase = 這個密碼短語太短，無法保護備份。請至少使用 { $min } 個字元：幾個普通的詞比符號更好記。
error-wrong-passphrase = 無法用該密碼短語開啟 { $path }。請檢查後再試一次；沒有任何變更。
error-restore-target-exists = { $path } 已有資料庫。還原絕不會覆寫現有資料庫：請用 --db 選擇新路徑，或先把該檔案移開。
