export * from './keys';
export * from './supplement';
export * from './json';
