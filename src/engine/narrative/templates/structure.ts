/** 二、收入决算 and 三、支出决算情况说明: the total and each item with its share. */
import { Infer, list, object, oneOf, pattern, text } from '../schema';

function structureSchema<const C extends readonly string[]>(columns: C) {
  return object({
    /** {合计} {明细} */
    sentence: pattern('合计', '明细'),
    /** One item of {明细}: {名称} {金额} {占比}. */
    item: pattern('名称', '金额', '占比'),
    separator: text(),
    /** The items in order: column of the table's 合计 row, and the name printed. */
    items: list(object({ column: oneOf(columns), name: text() }), true),
  });
}

export const INCOME_COLUMNS = ['fiscal', 'superiorSubsidy', 'businessIncome', 'operatingIncome', 'affiliateRemittance', 'otherIncome'] as const;
export const EXPENDITURE_COLUMNS = ['basic', 'project', 'remittanceToSuperior', 'operatingExpenditure', 'subsidyToAffiliates'] as const;

export const INCOME_SCHEMA = structureSchema(INCOME_COLUMNS);
export const EXPENDITURE_SCHEMA = structureSchema(EXPENDITURE_COLUMNS);

/** Either list: the generator reads any column key. */
export type StructureTemplates = Infer<ReturnType<typeof structureSchema>>;
