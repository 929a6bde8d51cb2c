export * from './fragment';
export * from './document';
export * from './preset';
export * from './checkPreset';
export * from './context';
export * from './generate';
export { PRESETS, shanghai, xinjiang } from './presets';
export * from './sheet';
