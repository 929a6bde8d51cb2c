export * from './problems';
export * from './recognise';
export * from './titles';
