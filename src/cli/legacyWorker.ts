/** The worker thread that parses .xls, .et and .ods files for the command line (legacyThread.ts). */
import { parentPort } from 'worker_threads';
import { parseAnswer } from '../hosts/files/legacyParse';
import type { ParseRequest } from '../hosts/files/parseThread';

parentPort!.on('message', (request: ParseRequest) => parentPort!.postMessage(parseAnswer(request)));
parentPort!.postMessage('ready');
