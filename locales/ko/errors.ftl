## Convene 핵심부가 알리는 오류입니다. 각 메시지는 무엇이 잘못되었는지와 다음에 할 일을 알려 줍니다.

error-not-found =
    “{ $id }”와(과) 일치하는 “{ $kind }”이(가) 없습니다. { $surface ->
        [cli] `convene { $command } list`를 실행해 사용할 수 있는 ID를 확인하십시오.
       *[app] 화면의 목록에서 선택하십시오.
    }
error-ambiguous-id = “{ $prefix }”와(과) 일치하는 “{ $kind }”이(가) 둘 이상입니다({ $count }개). ID를 몇 글자 더 입력하십시오.
error-empty-text = “{ $field }”이(가) 비어 있습니다. 내용을 입력한 뒤 다시 시도하십시오.
error-text-too-long = “{ $field }”이(가) 너무 깁니다. 현재 { $length }자이며 최대 { $max }자까지 가능합니다. 줄인 뒤 다시 시도하십시오.
error-invalid-zip = “{ $value }”은(는) 우편번호가 아닙니다. 98122처럼 다섯 자리나 98122-1234 같은 ZIP+4를 사용하고, 동네 이름은 동네 칸에 적으세요.
error-invalid-choice = “{ $value }”은(는) “{ $field }”에 쓸 수 있는 값이 아닙니다. 다음 중 하나를 사용하십시오: { $allowed }.
error-invalid-number = “{ $value }”은(는) “{ $field }”에 쓸 수 있는 값이 아닙니다. { $min }에서 { $max } 사이의 정수여야 합니다.
error-invalid-date = “{ $value }”은(는) “{ $field }”에 쓸 수 있는 값이 아닙니다. 2027-03-14 같은 날짜나 2027-03-14T18:30:00-08:00 같은 날짜와 시간을 사용하십시오.
error-invalid-language = “{ $value }”은(는) 언어 코드가 아닙니다. en, es, zh-Hant, vi, so, am 같은 코드를 사용하세요.
error-invalid-email = “{ $value }”은(는) 이메일 주소로 보이지 않습니다.
error-invalid-phone = “{ $value }”은(는) 전화번호로 보이지 않습니다. 숫자, 공백, 하이픈, 괄호를 쓰고 필요하면 맨 앞에 +를 붙이세요.
error-consent-required =
    이메일이나 전화번호는 참석자가 연락받기에 동의한 경우에만 기록할 수 있습니다. 참석자에게 물어본 뒤 { $surface ->
        [cli] --consent를 추가하십시오.
       *[app] 동의 상자에 표시하십시오.
    }
error-wrong-session = “{ $id }”({ $kind })은(는) 다른 { -session }에 속합니다. 이 { -session }의 항목을 선택하십시오.
error-duplicate-token = 투표 토큰 “{ $token }”은(는) 이 { -session }에서 이미 사용되었습니다. 토큰 하나로 한 번만 투표할 수 있으니 참석자에게 새 토큰을 주세요.
error-empty-ballot = 투표용지에 선택한 { -concern }이 없습니다. 하나 이상 고르세요.
error-repeated-choice = 순위 투표에 같은 { -concern }이 두 번 있습니다({ $id }). { -concern }마다 한 번만 순위를 매기세요.
error-budget-mismatch = 배분한 점수 합계는 { $spent }인데 예산은 { $budget }입니다. 합계를 예산과 정확히 맞추세요.
error-negative-allocation = 배분은 0 이상이어야 합니다. { $value }은(는) 사용할 수 없습니다.
error-merge-into-self = { -concern }은 자기 자신의 중복이 될 수 없습니다. 합칠 다른 { -concern }을 고르세요.
error-merge-cycle = { $id }은(는) 이미 합치려는 { -concern }의 중복입니다. 반대 방향으로 합치세요.
error-agenda-not-started = { -concern } 순서 “{ $title }”이(가) 아직 시작되지 않았습니다. 먼저 시작하세요.
error-tag-exists = 태그 “{ $slug }”은(는) 이미 태그 목록에 있습니다.
error-not-a-database = { $path }은(는) Convene 데이터베이스가 아닙니다(SQLite 파일이 아니거나 손상됨). 경로를 확인하거나, 파일을 다른 곳으로 옮기고 Convene이 새로 만들게 하세요.
error-newer-schema = { $path }은(는) 더 새로운 Convene 버전으로 작성되었습니다(스키마 { $found }, 이 버전은 { $supported }까지 지원). 열려면 새 버전을 설치하세요. 이 버전은 파일을 건드리지 않습니다.
error-read-only =
    Convene가 { $path }에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용입니다. { $surface ->
        [cli] --db로 쓰기 가능한 위치를 고르거나 권한을 고치십시오.
       *[app] 쓰기 가능한 폴더에서 데이터베이스를 열거나 권한을 고치십시오.
    }
error-disk-full = { $path }이(가) 있는 디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.
error-busy = 다른 창이나 프로그램에서 데이터베이스를 사용 중입니다. 잠시 후 다시 시도하세요.
error-storage = 데이터베이스 오류: { $detail }
error-io = { $path }을(를) 사용할 수 없습니다: { $detail }
error-rebuild-mismatch = 작업 기록으로 다시 만든 상태가 다음 표에서 다릅니다: { $tables }. 아무것도 바뀌지 않았습니다. 데이터베이스 사본을 보관하고 이 문제를 알려 주세요.
error-file-too-large = { $path }은(는) Convene이 이 종류의 파일에 허용하는 크기(최대 { $max }바이트)보다 커서 읽지 않았습니다. 올바른 파일인지 확인하세요. Convene이 만든 { -bundle }, { -kit }, 백업, 시트는 훨씬 작습니다.
error-malformed = { $path }은(는) 읽을 수 있는 Convene { -bundle }이나 { -kit }이 아닙니다({ $detail }). 손상되었거나 잘렸을 수 있으니 노트북이나 USB에서 다시 복사하세요.
error-unexpected-entry = { $path }에 “{ $entry }”이(가) 들어 있는데, 이는 Convene { -bundle }이나 { -kit }에 없는 항목입니다. 파일을 열지 않고 거부했습니다. 이 파일을 쓰지 마세요.
error-entry-too-large = { $path }: “{ $entry }”은(는) 압축을 풀면 { $max }바이트를 넘습니다. 압축을 풀지 않고 거부했습니다. 이 파일을 쓰지 마세요.
error-bad-signature = { $path }은(는) 서명된 뒤 변경되었습니다. 서명을 확인할 수 없습니다. 아무것도 가져오지 않았습니다. 만든 노트북에서 다시 복사하세요.
error-hash-mismatch = { $path }: “{ $entry }”이(가) 서명된 목록의 체크섬과 맞지 않아 파일이 변경되었거나 손상되었습니다. 아무것도 가져오지 않았습니다. 만든 노트북에서 다시 복사하세요.
error-key-mismatch = { $path }은(는) 기기 { $device }에서 왔다고 하지만 다른 키로 서명되었습니다(지문 { $fingerprint }). 아무것도 가져오지 않았습니다. 어느 노트북에서 만들었는지 { -facilitator }에게 확인하세요.
error-revoked-device =
    { $path }은(는) 승인이 취소된 노트북 { $device }(지문 { $fingerprint })에서 왔습니다. 아무것도 가져오지 않았습니다. 실수였다면 { $surface ->
        [cli] `convene trust approve`로 노트북을 다시 승인하십시오.
       *[app] “{ nav-coordinator }” 화면의 “{ coordinator-devices }”에서 노트북을 다시 승인하십시오.
    }
error-seq-alarm = 경고: { $path }은(는) 기기 { $device }의 작업 { $seq }라고 하지만, 이 데이터베이스에는 같은 번호의 다른 작업이 있습니다. 서로 다른 두 { -bundle }이 모두 진짜일 수는 없습니다. 아무것도 가져오지 않았습니다. 두 파일을 모두 보관하고 이 기기에서 온 것을 더 승인하기 전에 조사하세요.
error-not-sealed-for-us =
    { $path }에는 이 데이터베이스에 없는 { -coordinator } 키로 봉인된 참석자 개인 정보가 들어 있습니다. { -coordinator }의 데이터베이스(즉 { $surface ->
        [cli] `convene coordinator init`를 실행하고 { -kit }을 내보낸 곳)에서 가져오십시오.
       *[app] { -kit }을 만든 곳)에서 가져오십시오.
    }
error-foreign-coordinator =
    이 { -kit }은 { -coordinator } { $got }이(가) 서명했지만, 이 노트북은 이미 { -coordinator } { $expected }을(를) 따르고 있습니다. { -coordinator }와 지문을 대조하십시오. 바꾸려면 { $surface ->
        [cli] --new-coordinator를 붙여 다시 가져오십시오.
       *[app] 다시 가져온 뒤 변경을 확인하십시오.
    }
error-no-coordinator-identity =
    이 데이터베이스에는 { -coordinator } 신원이 없습니다. { $surface ->
        [cli] 먼저 `convene coordinator init`를 실행하십시오.
       *[app] 먼저 “{ nav-coordinator }” 화면에서 만드십시오.
    }
error-device-key-missing = 이 노트북의 서명 키 { $path }이(가) 없거나 데이터베이스와 맞지 않습니다. 백업에서 키 파일을 복원하세요. 키가 없으면 이 데이터베이스의 { -bundle }에 서명할 수 없습니다.
error-crypto = 암호화 작업에 실패했습니다: { $detail }
error-unknown-device =
    “{ $id }”와(과) 일치하는 노트북이 없습니다. { $surface ->
        [cli] `convene trust list`를 실행해 노트북과 지문을 확인하십시오.
       *[app] 노트북과 지문은 “{ nav-coordinator }” 화면의 “{ coordinator-devices }”에 있습니다.
    }
error-conflict-not-found =
    “{ $id }”와(과) 일치하는 미해결 충돌이 없습니다. { $surface ->
        [cli] `convene conflicts list`를 실행해 확인하십시오.
       *[app] 미해결 충돌은 “{ nav-coordinator }” 화면에 있습니다.
    }
error-wrong-file-kind =
    { $path }은(는) “{ $found }” 종류의 파일이며 “{ $expected }”이(가) 아닙니다. { $surface ->
        [cli] { -kit }은 `convene kit import`로, { -bundle }은 `convene bundle import`로 가져오십시오.
       *[app] { -kit }은 “{ nav-exchange }”에서, { -bundle }은 “{ nav-coordinator }” 화면에서 가져오십시오.
    }
error-csv-invalid =
    { $path }에 문제가 { $problems }건 있어(위에 표시) 아무것도 가져오지 않았습니다. 행을 고친 뒤 다시 가져오거나, { $surface ->
        [cli] --skip-invalid를 추가해 올바른 행만 가져오십시오.
       *[app] 올바른 행만 가져오기를 선택하십시오.
    }
error-unknown-locale = { $locale }은(는) Convene이 지원하는 언어가 아닙니다. 설정의 목록에서 고르세요.
error-kiosk-closed = 셀프 등록기가 열려 있지 않습니다. { -facilitator }에게 등록 화면에서 열어 달라고 하세요.
error-kiosk-pin = 셀프 등록기 PIN을 네 자리 이상으로 정하세요. 그래야 { -facilitator }만 닫을 수 있습니다.
error-kiosk-pin-wrong = PIN이 맞지 않습니다. { -facilitator }에게 셀프 등록기를 닫아 달라고 하세요.
error-font-missing = 이 보고서의 글자를 인쇄하려면 글꼴 { $file }이(가) 필요합니다. { $package } 패키지를 설치하거나(Debian 또는 Ubuntu: sudo apt install { $package }) 글꼴 파일을 CONVENE_FONT_DIR에 지정된 폴더에 넣으세요.
error-window = 창을 열거나 닫을 수 없습니다: { $detail }. 다른 Convene 창을 닫고 다시 시도하세요. 계속 실패하면 앱을 다시 시작하세요.
error-not-for-this-window = 이 창에서는 할 수 없는 작업입니다. 셀프 등록기는 등록과 투표만 받습니다. 그 밖의 작업은 { -facilitator } 창에서 하세요.
error-change-refused =
    { $reason ->
        [out-of-scope] 이 노트북은 그 { -session }을 맡지 않았고 만들지도 않았으므로 여기서 바꿀 수 없습니다. { -coordinator }에게 이 노트북에 { -session }을 맡겨 달라고 하세요(`convene trust approve`에 `--sessions`).
        [taken-id] 그 기록은 다른 노트북에서 만들어졌으므로 여기서 다시 만들 수 없습니다.
        [too-many-tags] 이 노트북은 추가할 수 있는 태그를 모두 추가했습니다. { -coordinator }에게 어휘를 늘려 달라고 하세요.
        [bad-value] 값이 필드에 맞지 않습니다(종류, 범위 또는 길이).
        [not-a-clock] 이 노트북의 시계가 있을 수 없는 시각을 가리킵니다. 날짜와 시간을 맞춘 뒤 다시 시도하세요.
       *[other] 그 변경은 이 노트북이 할 일이 아닙니다. 기록이 { -coordinator }나 다른 노트북의 것입니다. { -coordinator }에게 요청하세요.
    }
error-checks-changed =
    오늘의 검사 이전에 저장된 일부 변경이 더 이상 검사를 통과하지 못해({ $ops }건) 다시 만들면 결과가 같지 않습니다. { $surface ->
        [cli] `convene doctor --repair`를 실행해 다시 판정하고 다시 만드십시오.
       *[app] “{ nav-settings }”에서 데이터베이스를 복구해 다시 판정하고 다시 만드십시오.
    } 해당 변경은 반영되지 않으며 기록에는 남습니다.
error-approval-failed = { $bundle }을(를) 병합할 수 없어 { $device } 승인이 완료되지 않았습니다: { $cause } 아무것도 바뀌지 않았고 { -bundle }은 여기에 보류되어 있습니다. 원인을 해결한 뒤 다시 승인하세요(파일은 필요 없습니다).
error-not-a-file =
    { $path }은(는) { $kind ->
        [folder] 폴더
        [device] 장치
        [pipe] 파이프
       *[other] 일반 파일이 아닌 것
    }이므로 Convene이 읽거나 쓸 수 있는 파일이 아닙니다. 파일 경로를 지정하세요(새 파일이면 아직 없는 이름).
error-target-read-only = { $path }은(는) 읽기 전용이어서 Convene이 바꾸지 않았습니다. 다른 이름을 고르거나, 정말 바꿔야 한다면 먼저 쓰기 가능하게 하세요.
error-foreign-database =
    { $path }은(는) Convene가 아닌 다른 프로그램의 데이터베이스입니다. Convene는 이를 바꾸지 않았습니다. { $surface ->
        [cli] --db로 지정한 경로를 확인하십시오.
       *[app] 선택한 파일을 확인하십시오.
    }
error-sheet-too-long = { $path }의 행 수가 어떤 등록부나 의제보다 많습니다(최대 { $max }). 아무것도 가져오지 않았습니다. 파일을 나누거나 올바른 파일인지 확인하십시오.
error-control-character = “{ $field }”에 제어 문자({ $code })가 들어 있습니다. 이 문자는 읽히는 대신 터미널이나 스프레드시트에 명령을 보냅니다. 다시 입력하거나 일반 텍스트로 붙여 넣으십시오.
error-ambiguous-device = “{ $key }”에 해당하는 노트북이 둘 이상입니다({ $count }대): { $candidates }. 보통 한 노트북을 예전 키 파일로 다시 설정했을 때 생깁니다. 노트북 ID(각 항목의 첫 부분)로 어느 것인지 지정하십시오.
error-op-id-reused = { $path }에 변경 { $op }이(가) 있지만 이 데이터베이스에 같은 ID의 다른 변경이 이미 있습니다. 아무것도 가져오지 않았습니다. 고장 나거나 변조된 Convene이 만든 { -bundle }입니다. 파일을 보관하고, 그 노트북에서 더 가져오기 전에 도움을 요청하세요.
error-op-does-not-fit = { $path }은(는) 손상되지 않았고 서명도 올바르지만 변경 하나가 이 데이터베이스에 맞지 않습니다({ $detail }). 아무것도 가져오지 않았습니다. 더 새 버전의 Convene에서 왔을 수 있습니다. 이 버전을 업데이트하거나 Convene 지원 담당자에게 파일을 보내세요.
error-weak-passphrase = 이 암호 문구는 백업을 보호하기에 너무 짧습니다. 최소 { $min }자 이상을 사용하세요. 기호보다 평범한 단어 몇 개가 기억하기 쉽습니다.
error-wrong-passphrase = 그 암호 문구로는 { $path }을(를) 열 수 없습니다. 확인한 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.
error-restore-target-exists =
    { $path }에 이미 데이터베이스가 있습니다. 복원은 기존 데이터베이스를 덮어쓰지 않습니다. { $surface ->
        [cli] --db로 새 경로를 고르거나 먼저 그 파일을 옮기십시오.
       *[app] 새 이름을 고르거나 먼저 그 파일을 옮기십시오.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = 프로그램
kind-session = { -session }
kind-agenda = 의제 항목
kind-group = 토론 모둠
kind-question = 토론 질문
kind-signin = 등록
kind-signin-contact = 이름과 연락처
kind-concern = { -concern }
kind-note = 메모
kind-dot-count = 스티커 집계
kind-ballot = 투표지
kind-action = 조치
kind-action-update = 조치 진행 상황
kind-tag = 태그
kind-conflict = 충돌
kind-held-change = 보류된 변경
kind-bundle = { -bundle }
kind-kit = { -kit }
kind-unknown-file = 알 수 없는 종류의 파일
field-ballot-token = 투표 코드
field-ballot-budget = 예산
field-coordinator-identity = { -coordinator } 신원
field-value-date = 날짜
field-value-time = 시간
field-device-name = 노트북 이름
field-device = 노트북
field-dot-count = 스티커 수
field-signin-name = 이름
field-note-text = 메모
field-sequence-number = 일련번호
field-signin-time-in = 도착 시간
field-action-update-date = 진행 상황 날짜
field-action-update-text = 진행 상황
field-value = 값
field-error-code = 오류 코드
field-personal-data = 개인 정보
field-ledger-detail = 가져오기 세부 사항
field-bundle-status = 가져오기 상태
field-verdict = 판정
field-reason = 이유
field-session-scope = { -session } 권한
field-table = 표
field-report-kind = 보고서 종류
field-paper-size = 용지 크기
field-key-kind = 키 종류
field-device-state = 노트북 상태
field-ballot-kind = 투표 방식
field-ballot-allocation = 배분한 점수
label-unknown = “{ $key }” (이 버전의 Convene가 모르는 이름)
