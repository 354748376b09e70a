import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/** 正體中文（臺灣）：WebSocket 關閉碼及其範圍的標題與說明。 */
export const websocket = {
  '0-999': {
    title: '未使用',
    description: '小於 1000 的關閉碼不使用，端點不得送出。',
  },
  '1000-2999': {
    title: '協定保留',
    description: '保留給 WebSocket 協定本身、日後的修訂版，以及有公開規格的擴充功能使用。尚未登記的代碼不得使用。',
  },
  '3000-3999': {
    title: '函式庫、框架與應用程式',
    description: '供函式庫、框架與應用程式使用。代碼以先到先得的方式向 IANA 登記，意義由登記者訂定。',
  },
  '4000-4999': {
    title: '私人使用',
    description: '供應用程式私下使用，意義由連線雙方事先約定，這些代碼無法登記。',
  },

  1000: {
    title: '正常關閉',
    description: '連線已正常關閉：建立連線的目的已經達成。',
  },
  1001: {
    title: '端點離開',
    description: '端點即將離開，例如伺服器正在關機，或瀏覽器已從頁面離開。',
  },
  1002: {
    title: '協定錯誤',
    description: '另一端違反了 WebSocket 協定，因此關閉連線。',
  },
  1003: {
    title: '不支援的資料',
    description: '端點收到無法接受的資料類型，例如只處理文字的端點收到二進位訊息。',
  },
  1004: {
    title: '保留',
    description: '保留代碼，意義可能在日後定義，不應送出。',
  },
  1005: {
    title: '未收到狀態碼',
    description: '收到的關閉訊框沒有狀態碼時，在本機回報此代碼。絕不可在關閉訊框中送出。',
  },
  1006: {
    title: '連線異常關閉',
    description: '連線在沒有關閉訊框的情況下中斷（例如網路斷線）時，在本機回報此代碼。絕不可在關閉訊框中送出。',
  },
  1007: {
    title: '無效的訊框酬載資料',
    description: '端點收到與訊息類型不符的資料，例如文字訊息中含有不是有效 UTF-8 的位元組。',
  },
  1008: {
    title: '違反政策',
    description:
      '端點收到違反其政策的訊息。沒有更具體的代碼（如 1003 或 1009）適用，或不想透露政策細節時，使用這個通用代碼。',
  },
  1009: {
    title: '訊息過大',
    description: '端點收到的訊息太大，無法處理。',
  },
  1010: {
    title: '缺少必要的擴充功能',
    description: '用戶端需要的一項或多項擴充功能未獲伺服器同意，因此用戶端關閉連線。缺少的擴充功能應列在關閉原因中。',
  },
  1011: {
    title: '內部錯誤',
    description: '伺服器遇到非預期的狀況，無法完成要求，因此關閉連線。',
  },
  1012: {
    title: '服務重新啟動',
    description: '伺服器正在重新啟動，因此關閉連線。用戶端可在隨機延遲（建議 5 到 30 秒）後重新連線。',
  },
  1013: {
    title: '請稍後再試',
    description: '伺服器因暫時性狀況（例如負載過重）關閉連線，用戶端可稍後再連線。',
  },
  1014: {
    title: '閘道錯誤',
    description: '伺服器作為閘道或代理伺服器時，從上游伺服器收到無效的回應。相當於 HTTP 502。',
  },
  1015: {
    title: 'TLS 交握失敗',
    description: 'TLS 交握失敗（例如無法驗證伺服器憑證）導致連線關閉時，在本機回報此代碼。絕不可在關閉訊框中送出。',
  },
} as const satisfies Partial<Record<WebSocketCode | WebSocketClassKey, Message>>;
