export * from './plan';
export * from './applyToGrid';
export * from './owned';
export * from './legacy';
export * from './guard';
export * from './cellInput';
export * from './writeOrder';
export * from './partial';
