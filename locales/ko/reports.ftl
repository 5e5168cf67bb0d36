## CSV 내보내기와 가져오기의 열 제목입니다. 키는 바뀌지 않는 열 이름입니다.

csv-col-id = ID
csv-col-session = { -session }
csv-col-group = 모둠
csv-col-status = 상태
csv-col-text = 내용
csv-col-language = 언어
csv-col-interpretation = 통역
csv-col-interpretation_language = 통역 언어
csv-col-tags = 태그
csv-col-location = 장소
csv-col-duplicate_of = 중복 대상
csv-col-dots = 스티커 수
csv-col-created_at = 기록 시각
csv-col-time_in = 도착 시각
csv-col-role = 참석 자격
csv-col-interpreter = 통역 필요
csv-col-neighbourhood = 동네
csv-col-zip = 우편번호
csv-col-accessibility = 접근성 요구
csv-col-consent = 연락 동의
csv-col-name = 이름
csv-col-email = 이메일
csv-col-phone = 전화
csv-col-concern = { -concern }
csv-col-borda = 보르다 점수
csv-col-first_choices = 1순위 표
csv-col-runoff = 즉석 결선
csv-col-budget = 예산 점수
csv-col-title = 제목
csv-col-basis = 근거
csv-col-owner = 담당
csv-col-due = 기한
csv-col-response = 계획된 조치
csv-col-concerns = { -concern }
csv-col-updates = 진행 상황
csv-col-latest_update = 최근 진행 상황
csv-col-minutes = 분
csv-col-presenter = 발표자
csv-col-kind = 종류
csv-runoff-winner = 선정
csv-runoff-out = { $round }차에서 탈락
csv-problem-unknown-column = “{ $heading }”은(는) 이 가져오기가 모르는 열입니다. 다음을 사용하세요: { $allowed }.
csv-problem-missing-column = 필수 열 “{ $column }”이(가) 없습니다.
csv-problem-not-yes-no = “{ $value }”은(는) 예도 아니요도 아닙니다. “{ $yes }” 또는 “{ $no }”(으)로 쓰십시오.
csv-problem-not-a-number = “{ $value }”은(는) 정수가 아닙니다.
csv-problem-unknown-group = 이 { -session }에는 “{ $value }” 토론 모둠이 없습니다.
csv-problem-unreadable = 이 줄을 CSV로 읽을 수 없습니다: { $detail }

## PDF 보고서. 앱과 함께 쓰는 메시지(모임 종류, 참석 자격, 상태)는 ui.ftl에 있습니다.

pdf-kind-summary = { -session } 요약
pdf-kind-signin-sheet = 참석자 명부
pdf-kind-report-back = 여러분이 말씀하신 것과 그 뒤에 한 일
pdf-kind-cpp = 지역사회 치안 계획 업데이트
pdf-page = { $pages }쪽 중 { $page }쪽
pdf-prepared = { $date } Convene으로 작성
pdf-precinct = { $precinct } 관할서
pdf-all-precincts = 모든 관할서
pdf-not-given = 미기재
pdf-none-yet = 아직 없습니다.
language-name = { $code ->
    [en] 영어
    [es] 스페인어
    [zh-Hant] 중국어(번체)
    [zh] 중국어
    [yue] 광둥어
    [vi] 베트남어
    [ru] 러시아어
    [so] 소말리어
    [ko] 한국어
    [am] 암하라어
    [ar] 아랍어
    [ti] 티그리냐어
    [tl] 타갈로그어
    [uk] 우크라이나어
    [unknown] 미기재
   *[other] { $code }
  }

## 모임 요약
pdf-attendance = 참석
pdf-attendance-total = { $count }명이 참석 등록을 했습니다.
pdf-attendance-interpreter = { $count ->
    [0] 통역을 요청한 사람은 없었습니다.
   *[other] { $count }명이 통역을 요청했습니다.
  }
pdf-attendance-anonymous = { $count ->
    [0] 모두 동네나 우편번호를 적었습니다.
   *[other] { $count }명이 익명으로 등록했습니다.
  }
pdf-attendance-privacy = 이 보고서는 사람 수만 세며 이름은 절대 싣지 않습니다.
pdf-by-language = 언어별
pdf-by-role = 참석 자격별
pdf-by-neighbourhood = 동네 또는 우편번호별
pdf-col-people = 인원
pdf-agenda = 순서: 계획과 실제
pdf-col-item = 순서
pdf-col-presenter = 발표자
pdf-col-planned = 계획(분)
pdf-col-actual = 실제(분)
pdf-col-difference = 차이
pdf-agenda-total = 합계
pdf-agenda-not-run = 진행 안 함
pdf-top-concerns = 가장 많은 표를 받은 { -concern }
pdf-no-votes = 이 { -session }에서는 투표가 기록되지 않았습니다.
pdf-by-tag = 축과 주제별 { -concern }
pdf-col-pillar = 축
pdf-col-topic = 주제
pdf-col-concerns = { -concern }
pdf-untagged = 태그 없음
pdf-notes = 모둠별 기록
pdf-whole-room = 전체
pdf-actions = 조치
pdf-col-action = 조치
pdf-col-owner = 담당
pdf-col-due = 기한
pdf-col-status = 상태
pdf-col-basis = 근거
pdf-all-concerns = 제기된 모든 { -concern }
pdf-col-concern = { -concern }
pdf-col-group = 모둠
pdf-col-dots = 스티커
pdf-interpreted = 통역({ $language })

## 참석자 명부
pdf-signin-intro = 환영합니다. 또박또박 적어 주세요. 이름과 연락처는 선택 사항이며, 마지막 칸에 표시하신 경우에만 이번 { -session }의 결과를 보내 드리는 데 사용합니다.
pdf-signin-name = 이름(선택)
pdf-signin-neighbourhood = 동네 또는 우편번호
pdf-signin-language = 원하는 언어
pdf-signin-interpreter = 통역 필요?
pdf-signin-role = 주민, 사업자, 단체, 시 직원 또는 경찰
pdf-signin-contact = 이메일 또는 전화(선택)
pdf-signin-consent = 연락드려도 될까요?

## 결과 보고 안내문
pdf-handout-intro = { $sessions }번의 { -session }에서 { $people }명이 { $concerns }건의 { -concern }을 알려 주셨습니다. 저희가 들은 것, 한 일, 앞으로 할 일을 알려 드립니다.
pdf-handout-raised = 여러분이 제기한 { -concern }
pdf-handout-done = 한 일
pdf-handout-next = 앞으로 할 일
pdf-raised-count = { $count }번 제기, { $dots }표
pdf-handout-nothing-done = 아직 끝난 일은 없습니다. 진행 중인 조치는 다음에 있습니다.
pdf-handout-nothing-next = 아직 계획된 다른 조치가 없습니다.
pdf-action-lead = 담당: { $owner }
pdf-action-latest = 최근({ $date }): { $text }

## 지역사회 치안 계획 업데이트
pdf-cpp-period = { -session } { $sessions }회, { $from }부터 { $to }까지
pdf-cpp-feedback = 지역사회 { -concern }과 우선순위
pdf-cpp-feedback-intro = 설문, 서밋, 소{ -session }에서: 참석 등록 { $people }건과 { -concern } { $concerns }건, 표를 많이 받은 순서대로.
pdf-cpp-effectiveness = 현재 노력의 효과
pdf-cpp-effectiveness-counts = 완료 { $done }건, 진행 중 { $progress }건, 계획 { $planned }건, 취소 { $dropped }건.
pdf-cpp-responses = 새롭거나 바뀐 조치
pdf-cpp-shared = 지역사회와 공유한 내용
pdf-cpp-no-sharing = 이 관할서에서는 아직 결과 보고 { -session }이 열리지 않았습니다.
pdf-col-session = { -session }
pdf-col-date = 날짜

# 이 언어의 날짜 표기, strftime 형식.
date-format = %Y년 %-m월 %-d일
pdf-interpretation = 통역
csv-problem-duplicate-column = ‘{ $heading }’ 열이 두 번 나옵니다. 어느 쪽인지 알 수 없습니다. 하나를 지우거나 이름을 바꾸세요.
pdf-text-cut = (여기서 잘림: 전체 내용은 CSV 내보내기에 있습니다)
csv-yes-words = 예, 네, 응
csv-no-words = 아니요, 아니오, 아니
