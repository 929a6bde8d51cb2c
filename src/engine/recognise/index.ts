export * from '../tables/problems';
export * from './recognise';
export * from './titles';
