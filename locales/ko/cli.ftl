## 명령줄: `convene --help`, 표 머리글, 명령이 출력하는 메시지.

### 도움말

cli-about = 인터넷 없이 경찰·주민 관할서 서밋을 진행합니다: { -concern }, 참석 등록, { -concern } 제기, 투표, 조치.
cli-heading-usage = 사용법:
cli-heading-commands = 명령
cli-heading-arguments = 인수
cli-heading-options = 옵션
cli-value-command = 명령
cli-help-flag = 도움말 보기
cli-version-flag = 버전 보기
cli-arg-db = 데이터베이스 파일. 기본값은 데스크톱 앱이 쓰는 파일입니다
cli-arg-json = 텍스트 대신 JSON 객체 하나만 출력합니다
cli-arg-locale = 메시지 언어 (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = 이 노트북을 설정합니다: 데이터베이스와 기기 신원
cli-arg-init-device-name = { -coordinator }에게 보일 이 노트북의 이름 (예: "3번 테이블 노트북")

cli-cmd-demo = 실제와 비슷한 예시 서밋을 만들고 { -session } ID를 출력합니다
cli-arg-demo-seed = 예시의 무작위 선택에 쓰는 시드. 같은 시드는 같은 서밋을 만듭니다
cli-arg-demo-concerns = 도시 규모로 게시판을 시험하도록 이만큼의 합성 { -concern }을 더합니다

cli-cmd-programme = 여러 관할서의 { -session }을 묶는 프로그램
cli-cmd-programme-create = 프로그램을 만듭니다 (예: "안전한 지역사회 2027")
cli-cmd-programme-list = 프로그램과 관할서 목록

cli-cmd-session = 서밋, 소그룹 { -session }, 결과 보고회, 워크숍
cli-cmd-session-create = { -session }을 만듭니다
cli-arg-session-create-starts = 시작 날짜와 시간, RFC 3339 (2027-03-14T18:30:00-07:00) 또는 날짜만
cli-arg-session-create-room-minutes = 장소를 예약한 시간(분)
cli-arg-session-create-languages = 사용 언어, 쉼표로 구분 (en,es)
cli-arg-session-create-interpreted = 통역하는 언어, 쉼표로 구분
cli-arg-session-create-programme = 프로그램 ID (앞부분)
cli-cmd-session-list = { -session } 목록
cli-cmd-session-show = { -session }과 그 내용을 보여 줍니다
cli-cmd-session-edit = { -session } 정보를 바꿉니다
cli-cmd-session-duplicate = 이전 { -session }의 { -concern }, 그룹, 질문으로 새 { -session }을 만듭니다

cli-cmd-agenda = 회의 순서와 진행
cli-cmd-agenda-add = { -session } 순서의 끝에 항목을 추가합니다
cli-cmd-agenda-list = 순서대로 보는 회의 순서, 계획 대비 실제
cli-cmd-agenda-move = 항목을 순서의 특정 자리로 옮깁니다 (1이 처음)
cli-cmd-agenda-start = 지금 항목을 시작합니다 (진행 중인 항목은 끝냅니다)
cli-cmd-agenda-finish = 지금 항목을 끝냅니다
cli-cmd-agenda-next = 진행: 현재 항목을 끝내고 다음 항목을 시작합니다
cli-cmd-agenda-edit = 항목을 바꿉니다
cli-cmd-agenda-remove = 항목을 순서에서 뺍니다

cli-cmd-group = 분임 그룹
cli-cmd-group-add = 분임 그룹을 추가합니다
cli-arg-group-add-language = 그룹이 쓰는 언어
cli-cmd-group-list = { -session }의 그룹 목록

cli-cmd-question = 토론 질문
cli-cmd-question-add = 토론 질문을 추가합니다
cli-cmd-question-list = { -session }의 질문을 순서대로 보여 줍니다

cli-cmd-signin = 참석 등록부
cli-cmd-signin-add = 참석자를 등록합니다. 모든 항목은 선택 사항이며 익명 등록도 집계됩니다
cli-arg-signin-add-zip = 미국 우편번호 (98122 또는 98122-1234)
cli-arg-signin-add-language = 선호 언어 (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = 통역이 필요합니다
cli-arg-signin-add-role = resident, business, organisation, city-staff 또는 police
cli-arg-signin-add-consent = 연락받는 데 동의했습니다 (--email 또는 --phone에 필요)
cli-arg-signin-add-group = 분임 그룹, 이름 또는 ID
cli-arg-signin-add-time-in = 지금이 아니라면 도착 시각 (종이 등록부를 옮겨 적을 때)
cli-cmd-signin-list = 이름과 연락처를 뺀 참석 등록부
cli-cmd-signin-counts = 언어, 역할, 동네, 그룹별 실시간 집계
cli-cmd-signin-assign = 참석자를 분임 그룹에 배정합니다
cli-arg-signin-assign-group = 그룹 이름 또는 ID. 생략하면 배정을 해제합니다
cli-cmd-signin-suggest-group = 참석자의 언어에 맞는 그룹을 추천합니다

cli-cmd-concern = { -concern } 게시판
cli-cmd-concern-add = { -concern }을 기록합니다. 글 속의 `#태그`는 태그가 됩니다
cli-arg-concern-add-group = 분임 그룹, 이름 또는 ID
cli-arg-concern-add-language = { -concern }을 제기한 언어
cli-arg-concern-add-interpretation = 작업 언어로 옮긴 통역
cli-arg-concern-add-location = 장소: 거리, 교차로, 공원
cli-cmd-concern-list = { -concern } 게시판
cli-arg-concern-list-search = 본문, 통역, 장소에서 찾을 낱말
cli-arg-concern-list-all = 다른 { -concern }에 병합된 { -concern }도 포함합니다
cli-cmd-concern-show = { -concern } 하나의 전체 내용
cli-cmd-concern-edit = { -concern }의 본문, 통역, 언어, 장소, 그룹을 바꿉니다
cli-cmd-concern-tag = 태그를 더하거나 뺍니다
cli-cmd-concern-status = 상태를 정합니다: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = { -concern }을 다른 { -concern }의 중복으로 표시합니다. 표는 다른 { -concern }에 합산됩니다
cli-cmd-concern-unmerge = 병합을 취소합니다
cli-cmd-concern-delete = 잘못 기록한 { -concern }을 삭제합니다
cli-cmd-concern-duplicates = 본문과 통역의 공통 낱말로 찾은 중복 가능성
cli-arg-concern-duplicates-threshold = 공통 낱말의 비율, 0에서 1

cli-cmd-note = 그룹과 질문별 메모
cli-cmd-note-add = 그룹과 질문에 메모를 추가합니다
cli-cmd-note-list = 메모, 한 그룹만 볼 수도 있습니다

cli-cmd-vote = 괘도에서 센 스티커 점
cli-cmd-vote-dots = { -concern } 카드에서 센 점 수를 입력합니다

cli-cmd-ballot = 참석자의 투표: 점, 순위, 예산
cli-cmd-ballot-cast = 참석자 한 명의 표를 넣습니다. 토큰 하나로 종류마다 한 표씩 넣을 수 있습니다
cli-arg-ballot-cast-token = 참석자의 투표 토큰 (카드 또는 키오스크에서)
cli-arg-ballot-cast-choices = { -concern }: 순위 투표는 가장 좋은 것부터 순서대로, 점 투표는 점 하나에 한 번씩
cli-arg-ballot-cast-allocations = 예산 투표: { -concern }=점수, 반복
cli-arg-ballot-cast-budget = 예산 투표의 점수 합계
cli-cmd-ballot-list = { -session }에서 넣은 표

cli-cmd-tally = { -session }의 모든 표를 셉니다
cli-arg-tally-top = 집계마다 보여 줄 { -concern } 수

cli-cmd-action = 후속 조치와 날짜별 진행 상황
cli-cmd-action-add = { -concern }에 답하는 조치를 계획합니다
cli-arg-action-add-response = 계획한 대응
cli-arg-action-add-due = 기한, YYYY-MM-DD
cli-arg-action-add-concerns = 조치가 답하는 { -concern } (여러 개면 반복)
cli-arg-action-add-basis = result-based 또는 community-input
cli-cmd-action-update = 날짜별 진행 상황을 기록하고, 필요하면 상태나 근거를 바꿉니다
cli-arg-action-update-date = YYYY-MM-DD. 생략하면 오늘
cli-cmd-action-edit = 담당자, 기한, 계획한 대응을 바꿉니다
cli-cmd-action-list = { -session }, 관할서 또는 전체의 조치
cli-cmd-action-show = 조치 하나와 진행 상황

cli-cmd-tag = 태그 어휘
cli-cmd-tag-list = 어휘: 기둥과 그 주제
cli-cmd-tag-add = 주제를 추가합니다 (--kind pillar이면 기둥)
cli-arg-tag-add-pillar = 주제가 속한 기둥
cli-cmd-tag-rename = 태그 이름을 바꿉니다
cli-cmd-tag-remove = 태그를 어휘에서 뺍니다 ({ -concern }에는 남습니다)

cli-cmd-doctor = 데이터베이스를 점검합니다. --rebuild는 상태가 작업 기록만으로 만들어짐을 증명합니다
cli-arg-doctor-rebuild = 모든 표를 작업 기록에서 다시 만들고 결과가 같은지 확인합니다

cli-cmd-key = 이 기기의 서명 키와 지문
cli-cmd-key-show = 이 기기의 ID, 공개 키, 지문 (있으면 { -coordinator } 수신자도)

cli-cmd-coordinator = 참석자 개인정보를 위한 { -coordinator } 신원
cli-cmd-coordinator-init = 이 데이터베이스를 { -coordinator }용으로 만듭니다: 개인정보용 age 신원 추가
cli-cmd-coordinator-restore = 파일에서 { -coordinator } 신원을 설치합니다 (백업, 또는 두 번째 { -coordinator } 컴퓨터)

cli-cmd-kit = { -kit }: { -coordinator }가 노트북에 보내는 { -session } 계획
cli-cmd-kit-export = { -session } 계획과 이 { -coordinator }의 키를 담은 서명된 { -kit }을 씁니다
cli-cmd-kit-import = { -coordinator }의 { -kit }을 이 노트북에 불러옵니다
cli-arg-kit-import-new-coordinator = 이 노트북이 따르는 { -coordinator }가 아닌 다른 { -coordinator }의 { -kit }을 받아들입니다

cli-cmd-bundle = { -bundle }: 노트북마다 서명한 작업을 { -coordinator }에게 돌려보냅니다
cli-cmd-bundle-export = { -session }에 대한 이 노트북의 작업을 서명된 { -bundle }으로 씁니다
cli-arg-bundle-export-include-personal-data = { -kit }이 없을 때 이름과 연락처를 암호화하지 않고 포함합니다 (아니면 빠집니다)
cli-cmd-bundle-verify = { -bundle }을 가져오지 않고 확인합니다
cli-cmd-bundle-import = { -bundle }을 가져옵니다. 각 { -bundle }은 전부 들어오거나 전혀 들어오지 않습니다
cli-cmd-bundle-list = 장부: 이 데이터베이스에 제출된 모든 { -bundle }

cli-cmd-trust = 어떤 기기의 { -bundle }이 병합되었는지, 대기 중인지, 거부되었는지
cli-cmd-trust-list = 기기와 지문, 상태
cli-cmd-trust-approve = 지문을 대조한 뒤 기기를 승인하고 격리된 { -bundle }을 병합합니다
cli-cmd-trust-revoke = 기기를 철회합니다: 그 변경은 더 이상 반영되지 않고 한 일이 되돌려집니다(전부, 또는 어떤 { -bundle }이나 일련번호부터)
cli-cmd-trust-add = { -bundle }이 오기 전에 노트북을 신뢰합니다. 그 노트북의 `key show`가 출력한 ID와 키를 씁니다

cli-cmd-conflicts = 같은 필드를 동시에 고친 내용, { -coordinator }가 해결하도록 보관
cli-cmd-conflicts-list = 해결되지 않은 충돌: 같은 필드의 동시 수정
cli-cmd-conflicts-resolve = 충돌을 해결합니다
cli-arg-conflicts-resolve-keep = winner 또는 loser
cli-arg-conflicts-resolve-text = 대신 쓸 새 값

cli-cmd-board = 모든 { -session }을 합친 { -concern } 게시판과 각 { -concern }의 출처
cli-arg-board-precinct = 이 관할서의 { -session }만

cli-cmd-bench = 기록, 내보내기, 가져오기, 집계, 재구성을 규모별로 기준과 비교해 측정합니다
cli-arg-bench-quick = 규모 1과 2의 작은 데이터: 속도가 아니라 측정이 여전히 되는지 확인합니다
cli-arg-bench-scales = 실행할 규모 (1 = 서밋 하나, 20 = 도시: 관할서 5곳 × 4단계)
cli-arg-bench-dir = 데이터베이스와 { -bundle }을 둘 곳 (측정할 디스크)

cli-cmd-report = PDF 보고서: 요약, 참석 등록지, 결과 보고 안내문, CPP 갱신
cli-cmd-report-pdf = { -session }의 PDF 보고서 (안내문과 CPP 갱신은 관할서 전체를 다룹니다)
cli-arg-report-pdf-locale = 보고서 언어
cli-arg-report-pdf-second-locale = 제목과 이름표에 쓸 두 번째 언어, 첫 언어 아래에 표시
cli-arg-report-pdf-paper = letter 또는 a4

cli-cmd-export = { -session } 데이터를 내보냅니다 (CSV)
cli-cmd-export-csv = { -session }의 표 하나를 스프레드시트에서 안전하게 열 수 있는 CSV로
cli-arg-export-csv-bom = Excel을 위해 바이트 순서 표시로 시작합니다
cli-arg-export-csv-with-personal-data = 참석자의 이름, 이메일, 전화번호를 포함합니다 (참석 등록만)

cli-cmd-import = 옮겨 적은 양식을 가져옵니다 (CSV)
cli-cmd-import-csv = 옮겨 적은 종이 참석 등록부 또는 회의 순서 서식
cli-arg-import-csv-skip-invalid = 잘못된 줄이 있어도 올바른 줄은 가져옵니다

### 표 머리글

cli-col-id = ID
cli-col-status = 상태
cli-col-due = 기한
cli-col-owner = 담당자
cli-col-basis = 근거
cli-col-concerns = { -concern }
cli-col-title = 제목
cli-col-place = #
cli-col-kind = 종류
cli-col-planned = 계획
cli-col-actual = 실제
cli-col-presenter = 발표자
cli-col-token = 토큰
cli-col-cast = 투표 시각
cli-col-dots = 점
cli-col-session = { -session }
cli-col-group = 그룹
cli-col-from-device = 보낸 기기
cli-col-text = 내용
cli-col-tags = 태그
cli-col-similarity = 유사도
cli-col-concern = { -concern }
cli-col-likely-duplicate-of = 중복 가능 대상
cli-col-line = 줄
cli-col-column = 열
cli-col-problem = 문제
cli-col-device = 기기
cli-col-state = 상태
cli-col-ops = 작업
cli-col-new = 새 작업
cli-col-seq = 순번
cli-col-received = 받은 시각
cli-col-file = 파일
cli-col-fingerprint = 지문
cli-col-name = 이름
cli-col-waiting = 대기
cli-col-record = 기록
cli-col-field = 필드
cli-col-kept = 유지 (채택)
cli-col-also-written = 함께 기록됨 (탈락)
cli-col-language = 언어
cli-col-facilitator = { -facilitator }
cli-col-note-taker = 기록자
cli-col-topic = 주제
cli-col-question = 질문
cli-col-note = 메모
cli-col-sessions = { -session }
cli-col-precincts = 관할서
cli-col-starts = 시작
cli-col-precinct = 관할서
cli-col-time-in = 도착
cli-col-role = 역할
cli-col-interpreter = 통역
cli-col-neighbourhood = 동네/우편번호
cli-col-slug = 코드
cli-col-pillar = 기둥
cli-col-label = 이름표
cli-col-scale = 규모
cli-col-step = 단계
cli-col-median-ms = 중앙값 ms
cli-col-p99-ms = P99 ms
cli-col-per-op = 작업당 µs
cli-col-peak-mb = 최대 MB
cli-col-out-kib = 출력 KiB
cli-col-baseline = 기준
cli-col-ratio = 비율
cli-col-target = 목표

### 기록 하나를 모두 보일 때의 이름표

cli-field-label = { $label }:
cli-field-id = ID
cli-field-status = 상태
cli-field-basis = 근거
cli-field-owner = 담당자
cli-field-due = 기한
cli-field-response = 대응
cli-field-concerns = { -concern }
cli-field-kind = 종류
cli-field-precinct = 관할서
cli-field-place = 장소
cli-field-starts = 시작
cli-field-languages = 언어
cli-field-interpreted = 통역 언어
cli-field-agenda = 회의 순서
cli-field-groups = 그룹
cli-field-questions = 질문
cli-field-signins = 참석 등록
cli-field-notes = 메모
cli-field-ballots = 표
cli-field-actions = 조치
cli-field-language = 언어
cli-field-interpretation = 통역
cli-field-tags = 태그
cli-field-location = 위치
cli-field-duplicate-of = 중복 대상
cli-field-captured = 기록 시각
cli-field-database = 데이터베이스
cli-field-schema-version = 스키마 버전
cli-field-integrity = 무결성
cli-field-foreign-keys = 외래 키
cli-field-ops = 작업
cli-field-state-hash = 상태 해시
cli-field-fingerprint = 지문
cli-field-signing-key = 서명 키
cli-field-device = 기기
cli-field-public-key = 공개 키
cli-field-coordinator-recipient = { -coordinator } 수신자 (age)
cli-field-follows = 따르는 { -coordinator }
cli-field-sealed-to = 개인정보 암호화 대상
cli-field-next = 다음 단계
cli-field-state = 상태
cli-field-sessions = { -session }

### 메시지

cli-yes = 예
cli-updated = 고쳤습니다
cli-removed = 뺐습니다
cli-minutes = { $minutes }분
cli-wrote = { $path }에 썼습니다 ({ $bytes }바이트).

cli-action-updates = 진행 상황:

cli-agenda-running = 진행 중
cli-agenda-total = 계획 합계: { $planned }분
cli-agenda-total-booked = 계획 합계: 예약한 { $booked }분 중 { $planned }분
cli-agenda-total-over = 계획 합계: 예약한 { $booked }분 중 { $planned }분 — 장소 예약 시간을 넘습니다
cli-agenda-moved = { $place }번째 자리로 옮겼습니다
cli-agenda-started = “{ $title }” 시작
cli-agenda-finished = 끝났습니다
cli-agenda-now = 지금: { $title }
cli-agenda-done = 회의 순서가 모두 끝났습니다.

cli-tally-signed-in = 참석 등록: { $count }명
cli-tally-dots = 점 투표 (표 { $ballots }장과 센 점):
cli-tally-none-yet = 아직 없음
cli-tally-dots-score = { $score }점
cli-tally-points-score = { $score }점
cli-tally-ranked = 순위 투표: { $ballots }장
cli-tally-borda = 보르다 집계:
cli-tally-irv = 즉석 결선 투표:
cli-tally-round = { $round }차: { $counts }
cli-tally-exhausted = 소진 { $count }
cli-tally-out = 탈락: { $concern }
cli-tally-out-several = 탈락: 1순위 표가 없는 { -concern } { $count }개
cli-tally-winner = 당선: { $concern }
cli-tally-budget = 예산 배분 (표 { $ballots }장):
cli-tally-repeated = 표 { $count }장은 세지 않았습니다: 이미 투표한 토큰입니다.

cli-bench-met = 달성 ({ $target })
cli-bench-missed = 미달 ({ $target })
cli-bench-sane = 결과가 타당합니다.
cli-bench-problems = 문제:

cli-board-revoked = { $device } (철회됨)

cli-concern-duplicate = 중복
cli-concern-captured = { $at }, 기기 { $device }
cli-concern-tags = 태그: { $tags }
cli-concern-status = 상태: { $status }
cli-concern-merged = { $into }에 병합했습니다
cli-concern-unmerged = 병합을 취소했습니다
cli-concern-deleted = 삭제했습니다

cli-import-summary = { $rows }줄: { $imported }줄 가져옴, { $problems }줄 문제 있음.

cli-doctor-title = Convene 데이터베이스 점검
cli-doctor-ok = 정상
cli-doctor-problems = 문제 { $count }개
cli-doctor-ops = { $ops }개, 기기 { $devices }대
cli-doctor-rows = 행 수:
cli-doctor-rebuilt = 작업 { $ops }개로 다시 만들었습니다: 상태 해시 { $hash } — 이전 상태와 같습니다.

cli-init-ready = 기기 { $device } 준비 완료.
cli-init-ready-named = 기기 { $device }가 “{ $name }”(으)로 준비되었습니다.

cli-key-title = 이 노트북의 서명 키
cli-key-follows = { -coordinator } { $coordinator } — 지문 { $fingerprint }
cli-coordinator-ready = { -coordinator } 신원이 준비되었습니다.
cli-coordinator-next = convene kit export { -session } --out kit.convene
cli-kit-written = { -kit }을 { $path }에 썼습니다 (작업 { $ops }개, { $bytes }바이트).
    노트북에는 { -coordinator } 지문 { $fingerprint }이(가) 보입니다.
cli-kit-imported = { -coordinator } { $coordinator }의 { -kit }입니다.
    행사 전에 이 지문을 { -coordinator }와 대조하세요: { $fingerprint }
    { -session }: { $sessions }
    이제부터 이 노트북의 { -bundle }은 참석자 개인정보를 그 { -coordinator }만 열 수 있게 암호화합니다.

cli-bundle-personal-left-out = 참석 등록 { $count }건의 이름과 연락처를 뺐습니다: 이 노트북에는 암호화할 { -coordinator } 키가 없습니다. 먼저 { -coordinator }의 { -kit }을 가져오거나, --include-personal-data를 더해 암호화 없이 포함하세요.
cli-bundle-written = { -bundle }을 쓰고 확인했습니다: { $path } (작업 { $ops }개, { $bytes }바이트, 개인정보: { $personal }).
    이제 USB를 빼도 됩니다.
cli-bundle-verified = { $file }: 서명과 해시가 맞습니다.
cli-bundle-import-summary = 가져옴 { $imported }, 이미 있음 { $already_had }, 격리 { $quarantined }, 거부 { $rejected }, 새 충돌 { $conflicts }.
cli-bundle-alarm = 경보: { -bundle } { $count }개가 한 기기의 순번을 다시 씁니다. `convene bundle list`를 보세요.
cli-bundle-compare-quarantined = 격리된 기기의 지문을 해당 { -facilitator }와 대조한 뒤 `convene trust approve DEVICE`를 실행하세요.
cli-progress-imported = { $file }: { $device }에서 새 작업 { $ops }개를 가져왔습니다
cli-progress-already-had = { $file }: 이미 가져왔습니다. 할 일이 없습니다
cli-progress-quarantined = { $file }: 격리됨 — 모르는 기기 { $device }. 지문을 대조한 뒤 `convene trust approve`를 실행하세요
cli-progress-rejected = { $file }: 거부됨 — { $problem }

cli-trust-approved = { $device } [{ $fingerprint }]을(를) 승인했습니다.
cli-trust-added = { $device } [{ $fingerprint }]을(를) 신뢰합니다.
cli-trust-revoked = 변경 { $seq }부터 { $device } [{ $fingerprint }]를 철회했습니다: 그 { -bundle }은 거부되고, 그때부터 한 일은 더 이상 반영되지 않습니다(변경은 표시된 채 기록에 남습니다).
cli-conflicts-none = 해결되지 않은 충돌이 없습니다.
cli-conflict-resolved = 충돌 { $id }을(를) 해결했습니다: { $field } “{ $title }”.

cli-session-agenda = 항목 { $items }개, 계획 { $planned }분
cli-session-agenda-booked = 항목 { $items }개, 예약한 { $booked }분 중 계획 { $planned }분
cli-session-updated = { -session } { $id }을(를) 고쳤습니다

cli-signin-maybe-duplicate = 참고: 이미 등록한 사람일 수 있습니다 ({ $count }). 그래도 기록했습니다.
cli-signin-counts = 참석 등록: { $total }명 (익명 { $anonymous }명, 통역 필요 { $interpreter }명)
cli-signin-by-language = 언어별:
cli-signin-by-role = 역할별:
cli-signin-by-neighbourhood = 동네별:
cli-signin-by-group = 그룹별:
cli-signin-unassigned = 그룹 없음
cli-signin-assigned = 배정했습니다
cli-signin-no-groups = 이 { -session }에는 아직 분임 그룹이 없습니다.

cli-tag-renamed = 이름을 바꿨습니다
cli-cmd-key-renew = 새 기기 신원을 받습니다(백업을 복원한 뒤나 복제된 노트북에서). 이전 신원과 그 키로 연결됩니다
cli-arg-key-renew-reissue-from-seq = 이 일련번호부터 이 노트북의 변경을 새 신원으로 다시 발행합니다(경고에 나온 번호)
cli-cmd-review = 다른 노트북이 자기 것이 아닌 기록에 한 변경으로, { -coordinator }를 기다리는 것
cli-cmd-review-list = 검토를 기다리는 변경
cli-cmd-review-accept = 보류된 변경을 받아들입니다: 이제부터 반영됩니다
cli-cmd-review-refuse = 보류된 변경을 거부합니다: 반영되지 않습니다
cli-arg-review-accept-change = `review list`에 나오는 변경 ID(또는 그 앞부분)
cli-arg-review-refuse-change = `review list`에 나오는 변경 ID(또는 그 앞부분)
cli-arg-trust-approve-sessions = 이 { -session }들만(ID, 쉼표로 구분). 없으면 { -coordinator } 계획의 모든 { -session }
cli-arg-trust-add-sessions = 이 { -session }들만(ID, 쉼표로 구분). 없으면 { -coordinator } 계획의 모든 { -session }
cli-arg-trust-revoke-from-bundle = 이 { -bundle }부터만 되돌립니다(`bundle list`에 나오는 해시)
cli-arg-trust-revoke-from-seq = 이 일련번호부터만 되돌립니다
cli-arg-trust-revoke-dry-run = 되돌려질 것을 보여 주고 아무것도 바꾸지 않습니다
cli-arg-doctor-repair = 모든 변경을 오늘의 검사로 다시 판단하고 모든 표를 다시 만들어 결과를 남깁니다
cli-key-renewed = 이제 이 노트북은 { $device } [{ $fingerprint }]이며 { $old }를 잇습니다. 새 신원으로 다시 발행한 변경: { $reissued }. { -bundle }을 내보내면 { -coordinator }가 두 신원이 연결된 것을 봅니다.
cli-revoke-preview = 변경 { $seq }부터 { $device }를 철회하면 그 변경 { $ops }건이 취소됩니다:
cli-revoke-kind = { $kind }: 복원 { $restored }, 사라짐 { $removed }, 변경 { $changed }
cli-review-set = { $field }을(를) “{ $value }”(으)로
cli-review-delete = 삭제
cli-review-none = 검토를 기다리는 변경이 없습니다.
cli-review-accepted = 받아들였습니다: “{ $title }”의 { $change }.
cli-review-refused = 거부했습니다: “{ $title }”의 { $change }. 반영되지 않습니다.
cli-col-change = 변경
cli-bundle-held = 검토를 기다리는 변경(다른 노트북이나 { -coordinator }의 기록에 대한): { $count }. `convene review list`를 보세요.
cli-bundle-refused = 거부되어 반영되지 않는 변경(맡은 범위를 벗어나거나, 허용되지 않거나, 필드에 맞지 않는): { $count }. 어느 { -bundle }인지는 `convene bundle list`가 보여 줍니다.
cli-bundle-list-held-refused = 보류 { $held }, 거부 { $refused }
cli-doctor-verdicts = 검토 대기 { $held }, 거부 { $refused }, 철회 { $revoked }
cli-field-not-counting = 반영 안 됨
cli-doctor-repaired = 작업 { $ops }건을 오늘의 검사로 다시 판단했습니다. 판정이 바뀐 것: { $changed }(이 검사 전에 저장되어 지금 통과하지 못하는 변경은 이제 반영되지 않습니다). 상태 해시 { $hash }.
cli-trust-given = 맡긴 { -session }: { $sessions }(직접 만든 { -session } 포함).
cli-trust-given-plan = 맡긴 { -session }: 계획의 모든 { -session }과 직접 만든 { -session }.
cli-bundle-not-given = { $device }이(가) 맡기지 않은 { -session }에 기록했습니다: { $sessions }. 그 { -session }을 맡기기 전에는 반영되지 않습니다: `convene trust approve { $fingerprint }`
cli-cmd-backup = 이 노트북 백업: 데이터베이스와 키를 암호 문구로 암호화된 파일 하나에 저장
cli-arg-backup-out = 백업 파일을 쓸 위치
cli-arg-backup-passphrase-file = 이 파일의 첫 줄에서 암호 문구를 읽습니다 (없으면 CONVENE_BACKUP_PASSPHRASE, 그것도 없으면 물어봅니다)
cli-cmd-restore = 백업 파일에서 노트북을 복원합니다 (아직 없는 데이터베이스로)
cli-arg-restore-file = 복원할 백업 파일
cli-arg-restore-passphrase-file = 이 파일의 첫 줄에서 암호 문구를 읽습니다 (없으면 CONVENE_BACKUP_PASSPHRASE, 그것도 없으면 물어봅니다)
cli-backup-passphrase-prompt = 백업 암호 문구:
cli-backup-written = { $path }에 백업했습니다 ({ $bytes }바이트). 암호 문구는 파일과 따로 보관하세요. 암호 문구 없이는 백업을 열 수 없습니다.
cli-backup-written-coordinator = { $path }에 백업했습니다 ({ $bytes }바이트). { -coordinator } 신원이 포함되어 있어, 파일과 암호 문구를 모두 가진 사람은 이 { -coordinator }로서 { -bundle }을 승인할 수 있습니다. 둘을 따로, 안전한 곳에 보관하세요.
cli-restored = { $path }(으)로 복원했습니다. 이 노트북은 이제 { $old }에 연결된 { $new }(으)로 서명합니다. { -coordinator }가 새 신원의 { -kit }나 { -bundle }을 받으면 이 노트북의 { -bundle }을 받아들입니다.
cli-missing-device-key = 이 데이터베이스 옆에 기기 키가 없어({ $path }) { -bundle }에 서명할 수 없습니다. `convene restore`로 백업에서 복원하거나 키 파일을 다시 복사하세요.
cli-missing-coordinator-identity = 이 { -coordinator } 데이터베이스 옆에 신원 파일이 없어({ $path }) { -bundle }의 봉인된 이름과 연락처를 열 수 없습니다. `convene restore`로 백업에서 복원하거나 신원 파일을 다시 복사하세요.
cli-doctor-plaintext-accessibility = 접근성 요구가 봉인되기 전에 만들어진 참가 등록 변경 { $count }건이 그 요구를 평문으로 기록에 담고 있으며, 해당 { -session }의 { -bundle }과 함께 전송됩니다. 지금부터 기록되는 참가 등록은 이를 봉인합니다.
cli-cmd-concern-redact = 누군가의 이름이나 개인 정보가 담긴 우려 사항을 삭제합니다. 그 내용은 기록에서도, 삭제가 전달되는 모든 노트북에서도 지워집니다
cli-arg-concern-redact-concern = 우려 사항의 id(또는 앞부분)
cli-cmd-note-redact = 누군가의 이름이나 개인 정보가 담긴 메모를 삭제합니다. 그 내용은 기록에서도 지워집니다
cli-arg-note-redact-note = 메모의 id(또는 앞부분)
cli-cmd-signin-redact = 참가 등록을 이름, 연락처, 접근성 요구와 함께 삭제합니다. 그 내용은 기록에서도 지워집니다
cli-arg-signin-redact-signin = 참가 등록의 id(또는 앞부분)
cli-redacted = 개인 정보로 삭제했습니다. 이 노트북 기록의 변경 { $ops }건에서 내용을 지웠고, 삭제는 다음 { -bundle }이나 { -kit }과 함께 전달됩니다.
cli-redacted-bundles-before = 이 노트북이 전에 쓴 { -bundle } { $count }개에는 아직 그 내용이 있으며 바꿀 수 없습니다. 그 파일을 삭제하고, { -coordinator }에게도 삭제를 요청하세요.
cli-review-redact = 개인 정보로 삭제 (수락하면 모든 곳에서 내용이 영구히 지워짐)
