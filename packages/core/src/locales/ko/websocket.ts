import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/**
 * 한국어: WebSocket 종료 코드와 범위의 제목 및 설명. Korean titles and descriptions of WebSocket close codes and
 * ranges; titles stay short, as `closeReason()` sends them as the close reason.
 */
export const websocket = {
  '0-999': {
    title: '사용되지 않음',
    description: '1000 미만의 종료 코드는 사용하지 않습니다. 엔드포인트는 이 코드를 보내면 안 됩니다.',
  },
  '1000-2999': {
    title: '프로토콜용 예약',
    description:
      'WebSocket 프로토콜과 그 향후 개정판, 공개 명세가 있는 확장을 위해 예약되어 있습니다. 이 범위에서 아직 ' +
      '등록되지 않은 코드는 사용하면 안 됩니다.',
  },
  '3000-3999': {
    title: '라이브러리, 프레임워크, 애플리케이션',
    description:
      '라이브러리, 프레임워크, 애플리케이션이 사용합니다. 코드는 선착순으로 IANA에 등록되며, 그 의미는 등록한 ' +
      '쪽이 정합니다.',
  },
  '4000-4999': {
    title: '비공개 사용',
    description:
      '애플리케이션이 양쪽 엔드포인트가 합의한 의미로 비공개로 사용합니다. 이 범위의 코드는 등록할 수 없습니다.',
  },

  1000: {
    title: '정상 종료',
    description: '연결이 정상적으로 닫혔습니다. 연결을 연 목적이 달성되었습니다.',
  },
  1001: {
    title: '엔드포인트 떠남',
    description: '엔드포인트가 떠나고 있습니다. 예를 들어 서버가 종료 중이거나 브라우저가 페이지를 벗어난 경우입니다.',
  },
  1002: {
    title: '프로토콜 오류',
    description: '상대 엔드포인트가 WebSocket 프로토콜을 위반하여 연결이 닫혔습니다.',
  },
  1003: {
    title: '지원하지 않는 데이터',
    description:
      '엔드포인트가 받아들일 수 없는 유형의 데이터를 받았습니다. 예를 들어 텍스트만 처리하는데 바이너리 메시지를 ' +
      '받은 경우입니다.',
  },
  1004: {
    title: '예약됨',
    description: '예약된 코드이며, 향후 의미가 정해질 수 있습니다. 보내지 않아야 합니다.',
  },
  1005: {
    title: '상태 코드 없음',
    description:
      '상태 코드 없이 Close 프레임이 도착했을 때 로컬에서 보고합니다. Close 프레임으로 보내서는 절대 안 됩니다.',
  },
  1006: {
    title: '비정상 종료',
    description:
      '네트워크가 끊기는 등으로 Close 프레임 없이 연결이 끊겼을 때 로컬에서 보고합니다. Close 프레임으로 ' +
      '보내서는 절대 안 됩니다.',
  },
  1007: {
    title: '잘못된 프레임 페이로드 데이터',
    description:
      '엔드포인트가 메시지 유형과 맞지 않는 데이터를 받았습니다. 예를 들어 텍스트 메시지에 유효한 UTF-8이 아닌 ' +
      '바이트가 들어 있는 경우입니다.',
  },
  1008: {
    title: '정책 위반',
    description:
      '엔드포인트가 자신의 정책을 위반하는 메시지를 받았습니다. 더 구체적인 코드(예: 1003, 1009)가 맞지 않거나 ' +
      '정책의 세부 내용을 숨겨야 할 때 쓰는 일반 코드입니다.',
  },
  1009: {
    title: '메시지가 너무 큼',
    description: '엔드포인트가 처리하기에는 너무 큰 메시지를 받았습니다.',
  },
  1010: {
    title: '필수 확장',
    description:
      '클라이언트가 요구하는 확장 중 하나 이상에 서버가 동의하지 않아 클라이언트가 연결을 닫았습니다. 빠진 확장은 ' +
      '종료 사유에 나열해야 합니다.',
  },
  1011: {
    title: '내부 오류',
    description: '예상치 못한 상황 때문에 요청을 처리할 수 없어 서버가 연결을 닫았습니다.',
  },
  1012: {
    title: '서비스 재시작',
    description:
      '서버가 재시작 중이어서 연결을 닫았습니다. 클라이언트는 무작위로 정한 시간만큼 기다린 뒤 다시 연결할 수 ' +
      '있으며, 5~30초를 권장합니다.',
  },
  1013: {
    title: '나중에 다시 시도',
    description:
      '과부하 같은 일시적인 상황 때문에 서버가 연결을 닫았습니다. 클라이언트는 나중에 다시 연결할 수 있습니다.',
  },
  1014: {
    title: '잘못된 게이트웨이',
    description:
      '게이트웨이나 프록시 역할을 하는 서버가 업스트림 서버로부터 유효하지 않은 응답을 받았습니다. HTTP 502에 ' +
      '해당하는 WebSocket 코드입니다.',
  },
  1015: {
    title: 'TLS 핸드셰이크 실패',
    description:
      '서버 인증서를 검증할 수 없는 등 TLS 핸드셰이크가 실패하여 연결이 닫혔을 때 로컬에서 보고합니다. Close ' +
      '프레임으로 보내서는 절대 안 됩니다.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
