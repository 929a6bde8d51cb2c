export * from './arithmetic';
export * from './formulas';
