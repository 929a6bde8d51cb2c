/** The engine's public surface: pure TypeScript, no DOM, no Office.js, no file I/O. */
export * from './grid';
export * from './subjects';
export * from './tables/model';
export * from './tables/spec';
export * from './tables/specs';
export * from './recognise';
export * from './report/inspect';
export * from './report/tableLayout';
export * from './supplement';
export * from './derive';
export * from './narrative';
export * from './plan';
export * from './workflow';
export * from './audit';
export * from './compare';
