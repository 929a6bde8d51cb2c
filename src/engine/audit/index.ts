export * from './rule';
export * from './finding';
export * from './tolerance';
export * from './audit';
export { RULES } from './rules';
export * from './flags';
export * from './measure';
