export * from './plan';
export * from './applyToGrid';
