export * from './paragraphs';
export * from './similarity';
export * from './align';
export * from './figures';
export * from './copy';
export * from './compare';
