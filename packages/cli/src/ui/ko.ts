import type { UiStrings } from './types';

/**
 * Korean, in the formal polite style (합니다체) of Korean developer documentation. Templates put a name or a
 * value where no particle follows it, since 은/는, 이/가 depend on how the name is read.
 *
 * @example
 * ```ts
 * ko.classHeading('4xx', '클라이언트 오류'); // '4xx 클라이언트 오류'
 * ```
 */
export const ko: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: ': ',
  separator: '; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: '프로토콜',
    class: '분류',
    reference: '참조',
    status: '상태',
    sendable: '전송 가능',
  },
  official: '공식',
  usedBy: (source) => `비공식, ${source}에서 사용`,
  deprecated: '사용 중단',
  obsolete: '폐기됨',
  mustNotBeSent: '전송 금지',
  yes: '예',
  no: '아니요',
  notInCatalog: (code, classKey, classTitle) =>
    `카탈로그에 ${code} 코드가 없습니다. ${classKey} ${classTitle} 분류에 따라 해석합니다.`,
  help: (locales) => `status-i18n: 여러 언어로 보는 HTTP 상태 코드, FTP 응답 코드, WebSocket 종료 코드

사용법:
  status-i18n <코드> [--ftp | --ws] [--lang <태그>] [--json]
  status-i18n search <단어...> [--http | --ftp | --ws] [--lang <태그>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <태그>] [--json]
  status-i18n docs [--lang <태그>]

명령:
  <코드>          코드의 의미: 제목, 설명, 분류, 참조, 상태
  search <단어>   제목이나 설명에 단어가 포함된 코드(모든 언어에서 검색)
  list            한 프로토콜의 모든 코드를 분류별로 나열
  docs            전체 카탈로그의 Markdown 참조 페이지

옵션:
  --http          HTTP 상태 코드(기본값)
  --ftp           FTP 응답 코드
  --ws            WebSocket 종료 코드
  -l, --lang      언어: ${locales.join(', ')}; 기본값은 LC_ALL, LC_MESSAGES 또는 LANG에서 가져옴
  --json          카탈로그의 describe() 결과를 JSON으로 출력
  -h, --help      이 도움말
  -v, --version   버전

종료 상태: 0 찾음, 1 알 수 없는 코드 또는 일치 항목 없음, 2 잘못된 명령줄, 3 출력을 쓸 수 없음.

예:
  status-i18n 404
  status-i18n 550 --ftp --lang ko
  status-i18n search 게이트웨이
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code}: 유효한 ${protocol} 코드가 아닙니다. 이 코드가 속하는 분류가 없습니다.`,
    notACode: (value) => `'${value}': 코드(정수)도 아니고 명령(search, list, docs)도 아닙니다.`,
    conflictingProtocols: (flags) =>
      `${flags.join(', ')} 옵션은 함께 사용할 수 없습니다. 프로토콜을 하나만 선택하십시오.`,
    unknownOption: (option) => `알 수 없는 옵션 ${option}입니다.`,
    optionTakesNoValue: (option) => `${option} 옵션은 값을 받지 않습니다.`,
    optionNeedsValue: (option) => `${option} 옵션에는 값이 필요합니다. 예: ${option} ko.`,
    unexpectedArgument: (argument, command) => `${command} 뒤에 예상하지 못한 인수가 있습니다: '${argument}'.`,
    optionNotForCommand: (option, command) => `${option} 옵션은 ${command} 명령과 함께 사용할 수 없습니다.`,
    missingQuery: 'search 명령에는 찾을 단어가 필요합니다. 예: status-i18n search 게이트웨이.',
    noResults: (query) => `제목이나 설명에 '${query}' 검색어가 포함된 코드가 없습니다.`,
    badLanguageTag: (tag) => `'${tag}' 값은 언어 태그가 아닙니다(예: en, ko, zh-CN).`,
    languageFallback: (tag, used) => `'${tag}' 언어의 텍스트가 없습니다. 대신 ${used} 언어로 표시합니다.`,
    seeHelp: '사용법은 status-i18n --help 명령으로 확인하십시오.',
  },
  docs: {
    title: '상태 코드 참조: HTTP, FTP, WebSocket',
    generated: (command) =>
      `이 파일은 @status-i18n/core 카탈로그에서 \`${command}\` 명령으로 생성했습니다. 직접 편집하지 마십시오. 갱신하려면 이 명령을 다시 실행하십시오.`,
    intro:
      '@status-i18n/core 카탈로그의 모든 코드를 분류별로 나열합니다. 비공식으로 표시된 코드는 IANA에 등록되지 ' +
      '않았지만 널리 사용되며, 괄호 안에 사용하는 곳을 적었습니다. 목록에 없는 코드는 해당 분류에 따라 ' +
      '해석합니다(RFC 9110, 15절).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket 종료 코드' },
    websocketIntro:
      '엔드포인트가 Close 프레임에 넣는 코드이자, 클라이언트가 close 이벤트에서 받는 코드입니다. 보내면 안 되는 ' +
      '코드는 무슨 일이 있었는지 로컬에서 보고하는 데만 쓰입니다(RFC 6455, 7.4절).',
    rangesHeading: '범위',
    websocketTable: {
      code: '코드',
      name: '이름',
      title: '제목',
      description: '설명',
      sendable: '전송 가능',
      reference: '참조',
    },
    rangeTable: { range: '범위', title: '제목', description: '설명' },
  },
};
