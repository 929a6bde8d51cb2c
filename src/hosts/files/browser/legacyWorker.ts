/**
 * The Web Worker that parses .xls, .et and .ods files for a page (legacyThread.ts). It says it is ready first: a
 * worker that dies before that could not start here, and the file is not called damaged (../parseThread.ts).
 */
import { parseAnswer } from '../legacyParse';
import type { ParseRequest } from '../parseThread';

addEventListener('message', (e: MessageEvent<ParseRequest>) => postMessage(parseAnswer(e.data)));
postMessage('ready');
