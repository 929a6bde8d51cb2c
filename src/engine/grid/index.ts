export * from './cell';
export * from './address';
export * from './normalize';
export * from './number';
export * from './numberFormat';
export * from './money';
export * from './order';
