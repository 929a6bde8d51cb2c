export * from './arithmetic';
export * from './formulas';
export * from './selfEvaluation';
