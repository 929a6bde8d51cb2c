/** The Web Worker that parses .xls, .et and .ods files (legacyWorker.ts), started by webpack's worker chunk. */
export function newLegacyWorker(): Worker;
