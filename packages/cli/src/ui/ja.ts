import type { UiStrings } from './types';

/**
 * Japanese, in the terms of Japanese developer documentation (ステータスコード, クライアント) with full-width
 * punctuation; a class heading keeps a space between the code and the title, as Japanese technical writing
 * does between Latin letters or digits and kana.
 *
 * @example
 * ```ts
 * ja.classHeading('4xx', 'クライアントエラー'); // '4xx クライアントエラー'
 * ```
 */
export const ja: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: '：',
  separator: '、',
  note: (text) => `（${text}）`,
  labels: {
    protocol: 'プロトコル',
    class: 'クラス',
    reference: '参照',
    status: '状態',
    sendable: '送信可否',
  },
  official: '公式',
  usedBy: (source) => `${source} が使用する非公式コード`,
  deprecated: '非推奨',
  obsolete: '廃止',
  mustNotBeSent: '送信不可',
  yes: '可',
  no: '不可',
  notInCatalog: (code, classKey, classTitle) =>
    `${code} はカタログにありません。クラス ${classKey}（${classTitle}）として解釈されます。`,
  help: (locales) => `status-i18n：多言語の HTTP ステータスコード、FTP 応答コード、WebSocket クローズコード

使い方：
  status-i18n <コード> [--ftp | --ws] [--lang <タグ>] [--json]
  status-i18n search <キーワード...> [--http | --ftp | --ws] [--lang <タグ>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <タグ>] [--json]
  status-i18n docs [--lang <タグ>]

コマンド：
  <コード>             コードの意味：タイトル、説明、クラス、参照、状態
  search <キーワード>  タイトルまたは説明にキーワードを含むコード（すべての言語で検索）
  list                 1 つのプロトコルの全コードをクラス別に表示
  docs                 カタログ全体の Markdown リファレンスページ

オプション：
  --http               HTTP ステータスコード（既定）
  --ftp                FTP 応答コード
  --ws                 WebSocket クローズコード
  -l, --lang           言語：${locales.join('、')}。既定値は LC_ALL、LC_MESSAGES、LANG から取得
  --json               カタログの describe() の結果を JSON で出力
  -h, --help           このヘルプを表示
  -v, --version        バージョンを表示

終了ステータス：0 は成功、1 は不明なコードまたは一致なし、2 はコマンドラインの誤り、3 は出力を書き込めなかったことを示します。

例：
  status-i18n 404
  status-i18n 550 --ftp --lang ja
  status-i18n search ゲートウェイ
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} は有効な ${protocol} のコードではありません。どのクラスにも属しません。`,
    notACode: (value) => `「${value}」はコード（整数）でもコマンド（search、list、docs）でもありません。`,
    conflictingProtocols: (flags) => `${flags.join(' と ')} は同時に使用できません。プロトコルを 1 つ選んでください。`,
    unknownOption: (option) => `不明なオプション ${option} です。`,
    optionTakesNoValue: (option) => `${option} は値を取りません。`,
    optionNeedsValue: (option) => `${option} には値が必要です（例：${option} ja）。`,
    unexpectedArgument: (argument, command) => `${command} の後に想定外の引数「${argument}」があります。`,
    optionNotForCommand: (option, command) => `${option} は ${command} と一緒に使用できません。`,
    missingQuery: 'search には検索するキーワードが必要です（例：status-i18n search ゲートウェイ）。',
    noResults: (query) => `タイトルまたは説明に「${query}」を含むコードはありません。`,
    badLanguageTag: (tag) => `「${tag}」は言語タグではありません（例：en、ja、zh-CN）。`,
    languageFallback: (tag, used) => `「${tag}」のテキストがないため、${used} で表示します。`,
    seeHelp: '使い方は status-i18n --help で確認してください。',
  },
  docs: {
    title: 'ステータスコードリファレンス：HTTP、FTP、WebSocket',
    generated: (command) =>
      `このファイルは @status-i18n/core のカタログから \`${command}\` で生成されました。直接編集せず、更新するにはこのコマンドを再実行してください。`,
    intro:
      '@status-i18n/core のカタログにあるすべてのコードをクラス別に示します。非公式と記されたコードは IANA に' +
      '登録されていませんが、広く使われており、注記に使用元を示しています。一覧にないコードは、そのクラスに従って' +
      '解釈されます（RFC 9110 セクション 15）。',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket クローズコード' },
    websocketIntro:
      'エンドポイントが Close フレームに入れるコードであり、クライアントが close イベントで受け取るコードです。' +
      '送信できないコードは、起きたことをローカルで報告するためだけに使われます（RFC 6455 セクション 7.4）。',
    rangesHeading: '範囲',
    websocketTable: {
      code: 'コード',
      name: '名前',
      title: 'タイトル',
      description: '説明',
      sendable: '送信可否',
      reference: '参照',
    },
    rangeTable: { range: '範囲', title: 'タイトル', description: '説明' },
  },
};
