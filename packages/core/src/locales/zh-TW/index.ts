import type { PartialLocaleMessages } from '../types';
import { ftp } from './ftp';
import { http } from './http';
import { websocket } from './websocket';

export const zhTw = { http, ftp, websocket } satisfies PartialLocaleMessages;
