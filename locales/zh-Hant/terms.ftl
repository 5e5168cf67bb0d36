## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = 關切事項
-session = 會議
-breakout-group = 討論小組
-sign-in = 報到
-ballot = 選票
-dot = 圓點貼紙
-precinct = 分局
-coordinator = 協調員
-facilitator = 主持人
-bundle = 資料包
-kit = 設定包
-resident = 居民
