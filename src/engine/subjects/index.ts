export * from './functional';
export * from './economic';
