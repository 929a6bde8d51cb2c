export * from './keys';
export * from './supplement';
export * from './json';
export * from './indicators';
export * from './sheet';
export * from './readSheet';
