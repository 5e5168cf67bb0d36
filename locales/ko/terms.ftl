## The termbase: one word for each thing, used by every message (app, command line, PDFs, CSV).
## A message writes { -concern } instead of retyping the word.
-concern = 의견
-session = 모임
-breakout-group = 토론 모둠
-sign-in = 등록
-ballot = 투표지
-dot = 스티커
-precinct = 관할서
-coordinator = 코디네이터
-facilitator = 진행자
-bundle = 묶음
-kit = 준비 파일
-resident = 주민
