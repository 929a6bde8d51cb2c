export * from './read';
export * from './apply';
