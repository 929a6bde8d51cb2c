export * from './plan';
export * from './applyToGrid';
export * from './owned';
export * from './legacy';
export * from './guard';
