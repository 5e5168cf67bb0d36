## CSV 匯出與匯入的欄位標題。鍵值是固定的欄位名稱。

csv-col-id = 編號
csv-col-session = { -session }
csv-col-group = 小組
csv-col-status = 狀態
csv-col-text = 內容
csv-col-language = 語言
csv-col-interpretation = 口譯
csv-col-interpretation_language = 口譯語言
csv-col-tags = 標籤
csv-col-location = 地點
csv-col-duplicate_of = 重複於
csv-col-dots = 貼點數
csv-col-created_at = 記錄時間
csv-col-time_in = 到場時間
csv-col-role = 身分
csv-col-interpreter = 需要口譯
csv-col-neighbourhood = 社區
csv-col-zip = 郵遞區號
csv-col-accessibility = 無障礙需求
csv-col-consent = 同意聯絡
csv-col-name = 姓名
csv-col-email = 電子郵件
csv-col-phone = 電話
csv-col-concern = { -concern }
csv-col-borda = 波達分數
csv-col-first_choices = 第一選擇
csv-col-runoff = 即時決選
csv-col-budget = 預算點數
csv-col-title = 標題
csv-col-basis = 依據
csv-col-owner = 負責人
csv-col-due = 期限
csv-col-response = 預定回應
csv-col-concerns = { -concern }
csv-col-updates = 更新
csv-col-latest_update = 最新更新
csv-col-minutes = 分鐘
csv-col-presenter = 報告人
csv-col-kind = 類型
csv-runoff-winner = 勝出
csv-runoff-out = 第 { $round } 輪淘汰
csv-problem-unknown-column = 「{ $heading }」不是此匯入認得的欄位。請使用：{ $allowed }。
csv-problem-missing-column = 缺少必要欄位「{ $column }」。
csv-problem-not-yes-no = 「{ $value }」既不是肯定也不是否定。請填寫「{ $yes }」或「{ $no }」。
csv-problem-not-a-number = 「{ $value }」不是整數。
csv-problem-unknown-group = 本場{ -session }沒有「{ $value }」這個討論小組。
csv-problem-unreadable = 此行無法以 CSV 讀取：{ $detail }

## PDF 報告。與應用程式共用的訊息（會議類型、身分、狀態）來自 ui.ftl。

pdf-kind-summary = { -session }摘要
pdf-kind-signin-sheet = 報到表
pdf-kind-report-back = 您告訴我們的，以及後續的行動
pdf-kind-cpp = 社區警務計畫更新
pdf-page = 第 { $page } 頁，共 { $pages } 頁
pdf-prepared = 於 { $date } 以 Convene 製作
pdf-precinct = { $precinct } 分局
pdf-all-precincts = 所有分局
pdf-not-given = 未提供
pdf-none-yet = 尚無。
language-name = { $code ->
    [en] 英文
    [es] 西班牙文
    [zh-Hant] 中文（繁體）
    [zh] 中文
    [yue] 粵語
    [vi] 越南文
    [ru] 俄文
    [so] 索馬利文
    [ko] 韓文
    [am] 阿姆哈拉文
    [ar] 阿拉伯文
    [ti] 提格利尼亞文
    [tl] 他加祿文
    [uk] 烏克蘭文
    [unknown] 未提供
   *[other] { $code }
  }

## 會議摘要
pdf-attendance = 出席情況
pdf-attendance-total = 共 { $count } 人報到。
pdf-attendance-interpreter = { $count ->
    [0] 沒有人需要口譯員。
   *[other] 有 { $count } 人需要口譯員。
  }
pdf-attendance-anonymous = { $count ->
    [0] 每個人都至少提供了社區或郵遞區號。
   *[other] 有 { $count } 人匿名報到。
  }
pdf-attendance-privacy = 本報告只計算人數，絕不列出姓名。
pdf-by-language = 依語言
pdf-by-role = 依身分
pdf-by-neighbourhood = 依社區或郵遞區號
pdf-col-people = 人數
pdf-agenda = 議程：預定與實際
pdf-col-item = 項目
pdf-col-presenter = 報告人
pdf-col-planned = 預定（分鐘）
pdf-col-actual = 實際（分鐘）
pdf-col-difference = 差異
pdf-agenda-total = 合計
pdf-agenda-not-run = 未進行
pdf-top-concerns = 得票最多的{ -concern }
pdf-no-votes = 本場{ -session }沒有記錄任何投票。
pdf-by-tag = 依支柱與主題分類的{ -concern }
pdf-col-pillar = 支柱
pdf-col-topic = 主題
pdf-col-concerns = { -concern }
pdf-untagged = 未加標籤
pdf-notes = 各小組筆記
pdf-whole-room = 全場
pdf-actions = 行動
pdf-col-action = 行動
pdf-col-owner = 負責人
pdf-col-due = 期限
pdf-col-status = 狀態
pdf-col-basis = 依據
pdf-all-concerns = 所有提出的{ -concern }
pdf-col-concern = { -concern }
pdf-col-group = 小組
pdf-col-dots = 貼點數
pdf-interpreted = 口譯（{ $language }）

## 報到表
pdf-signin-intro = 歡迎。請以清楚的字跡填寫。姓名與聯絡方式為自由填寫；我們只會用來寄送本次{ -session }的結果，而且只在您勾選最後一格時使用。
pdf-signin-name = 姓名（可不填）
pdf-signin-neighbourhood = 社區或郵遞區號
pdf-signin-language = 偏好語言
pdf-signin-interpreter = 需要口譯？
pdf-signin-role = 居民、商家、團體、市府人員或警察
pdf-signin-contact = 電子郵件或電話（可不填）
pdf-signin-consent = 我們可以聯絡您嗎？

## 成果報告傳單
pdf-handout-intro = 在 { $sessions } 場{ -session }中，{ $people } 人向我們提出了 { $concerns } 項{ -concern }。以下是我們聽到的、已經做的，以及接下來要做的。
pdf-handout-raised = 您提出的{ -concern }
pdf-handout-done = 已完成的工作
pdf-handout-next = 接下來的工作
pdf-raised-count = 被提出 { $count } 次，{ $dots } 票
pdf-handout-nothing-done = 目前尚無完成的項目；進行中的行動列於下方。
pdf-handout-nothing-next = 目前尚無其他預定的行動。
pdf-action-lead = 負責：{ $owner }
pdf-action-latest = 最新進度（{ $date }）：{ $text }

## 社區警務計畫更新
pdf-cpp-period = { $sessions } 場{ -session }，{ $from } 至 { $to }
pdf-cpp-feedback = 社區意見與優先事項
pdf-cpp-feedback-intro = 來自問卷、高峰會與小組：{ $people } 人次報到及 { $concerns } 項{ -concern }，依得票多寡排列。
pdf-cpp-effectiveness = 現行措施的成效
pdf-cpp-effectiveness-counts = 已完成 { $done } 項、進行中 { $progress } 項、預定 { $planned } 項、已取消 { $dropped } 項。
pdf-cpp-responses = 新增或調整的回應措施
pdf-cpp-shared = 與社區分享的內容
pdf-cpp-no-sharing = 此分局尚未舉行成果報告{ -session }。
pdf-col-session = { -session }
pdf-col-date = 日期

# 此語言的日期寫法，以 strftime 格式表示。
date-format = %Y年%-m月%-d日
pdf-interpretation = 口譯
csv-problem-duplicate-column = 欄位「{ $heading }」出現兩次，無法判斷要用哪一個。請刪除其中一欄或改名。
pdf-text-cut = （於此截斷：完整內容見 CSV 匯出檔）
csv-yes-words = 是, 有, 要
csv-no-words = 否, 沒有, 無, 不要
