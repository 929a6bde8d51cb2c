/**
 * Reading the 说明数据 sheet back: the same content as the JSON file, every value sourced at its cell, and the
 * raw inputs as typed (so that a refresh writes them back unchanged, mistakes included). Problems name the
 * cell and say what to type.
 */
import { cellAt, cellText, CellValue, isBlank, isCellError, SheetGrid } from '../grid/cell';
import { cellRef, CellRef, toA1 } from '../grid/address';
import { normalizeText } from '../grid/normalize';
import { parseNumber } from '../grid/number';
import { AMOUNT_UNIT, parseAmount, parseFigure, readAmount, sheetFormulasRead } from './amount';
import type { PlanCell, PlanValue } from '../plan/plan';
import { place, Problem, problemAt } from '../tables/problems';
import { AMOUNT_FIELDS, AmountField, canonicalIndicatorKey, canonicalMatterKey, MATTER_KEYS, TEXT_FIELDS, TextField, UNIT_KINDS, UnitKind } from './keys';
import { COLUMNS, ExtraRow, GREY_FIELDS, GreyField, HEADER, MATTER_HEADER, META_KEYS, SupplementInputs } from './sheet';
import { supplementOf } from './supplement';
import { amountInOtherUnit, DECIMAL_COMMA_ADVICE, SPACED_ADVICE, yuanSignOutOfUnit } from '../tables/readers/figures';
import type { IndicatorInput, Sourced, Supplement } from './supplement';

export interface SupplementSheetRead {
  readonly supplement: Supplement;
  readonly inputs: SupplementInputs;
  readonly problems: readonly Problem[];
  /** Rows the sheet uses, so that a shorter refresh can clear the rest of its block. */
  readonly height: number;
}

function planValue(v: CellValue): PlanValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return isCellError(v) ? v.error : null;
}

/**
 * Cell text as a message quotes it, on one line: a line break, a tab or a zero-width character (breaking the message's
 * line in the pane and the 检查结果 sheet, or not seen at all where it is why the cell is unread) shown by name.
 */
export function shownText(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, '[换行]').replace(/\t/g, '[制表符]').replace(/[\u200b-\u200d\u2060\ufeff]/g, '[零宽字符]');
}

/**
 * Why a 说明数据 figure cannot be read and what to type instead, as a table cell's finding says it (readers/figures.ts):
 * an Excel error, a logical value, a space inside the number, a comma for the decimal point; of an amount (万元) also
 * another unit typed after it (`125000元`: what it is in 万元 said, not converted), or a yuan sign (most likely 元). Undefined for a number to read, or text that is no number at all
 * (its caller's own words). `quoted`: how the value is named before the reason (`上年数“1 2”`, `“实有人数”现为“1 2”，`).
 */
export function unreadableFigure(v: CellValue, amount: boolean, quoted: (text: string) => string): string | undefined {
  const text = cellText(v);
  const said = () => quoted(shownText(text));
  const p = amount ? parseAmount(v) : parseNumber(v);
  if (isCellError(v)) return `${said()}是 Excel 错误值：请修正公式或填入数字。`;
  if (typeof v === 'boolean') return `${said()}是逻辑值，不是数字：请填入数字。`;
  if (p.kind === 'invalid' && p.reason === 'spaced') return `${said()}${SPACED_ADVICE}`;
  if (p.kind === 'invalid' && p.reason === 'decimal-comma') return `${said()}${DECIMAL_COMMA_ADVICE}`;
  if (!amount) return undefined;
  const other = p.kind !== 'number' ? amountInOtherUnit(v) : undefined;
  if (other !== undefined) {
    // Not converted here: the accountant says it (a figure pasted in 元 into a field in 万元 may be 万元 all the same).
    const unit = MONEY_UNIT_AT_END.exec(text.normalize('NFKC').trim())?.[1] ?? '';
    const inWan = unit in TO_WAN ? String(Number((other / TO_WAN[unit]!).toPrecision(12))) : undefined;
    const example = inWan === undefined ? '' : `（${shownText(text.trim())}即 ${inWan} 万元，填 ${inWan}）`;
    return `${said()}带的单位是${unit}，而说明数据的金额以${AMOUNT_UNIT}计：请换算成${AMOUNT_UNIT}，只填数字${example}。`;
  }
  if (yuanSignOutOfUnit(v, '万元')) return `${said()}带人民币符号¥，而说明数据的金额以万元计：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。`;
  return undefined;
}

export { AMOUNT_UNIT, parseAmount } from './amount';

/**
 * Why an amount typed as text in an indicator's row is not read, when the engine reads it but the row's formulas do not
 * (readSheetAmount): `△12.5`, `−12.5`, `12.5-`, `1 372.79`, `12.5万 元` made #VALUE! of the 增减额, 增减率, 差异率 and
 * 占比 beside them (textAmountOperand's VALUE reads a plain number only) while the text worked from the engine's
 * figure, and nothing said why. Unread, as `5元` is, with the number to type instead. Undefined otherwise.
 */
export function formulaUnreadAmount(v: CellValue, quoted: (text: string) => string): string | undefined {
  if (typeof v !== 'string' || sheetFormulasRead(v)) return undefined;
  const n = readAmount(v);
  if (n === undefined) return undefined;
  return `${quoted(shownText(v))}的写法本表公式读不出（增减额、增减率等会显示 #VALUE!），未读取：请只填数字 ${String(n)}（${AMOUNT_UNIT}；负数用半角减号“-”，不带△、空格等）。`;
}

const MONEY_UNIT_AT_END = /(万元|千元|元)$/;
/** What a figure in another unit of money is divided by to make it 万元. */
const TO_WAN: Readonly<Record<string, number>> = { 元: 10_000, 千元: 10 };

/**
 * The number an amount typed in the form with the field's own unit holds (`12.50万元`: 12.5), which the form writes as
 * that number (a cell typed so in the sheet stays as typed: its formulas read it, supplementSheetPlan). Undefined otherwise.
 */
export function ownUnitAmount(v: CellValue): number | undefined {
  if (typeof v !== 'string' || parseNumber(v).kind === 'number' || yuanSignOutOfUnit(v, AMOUNT_UNIT)) return undefined;
  const p = parseAmount(v);
  return p.kind === 'number' ? p.value : undefined;
}

function findRow(sheet: SheetGrid, labels: readonly string[]): number {
  for (let r = 0; r < sheet.rows.length; r++) {
    if (labels.every((l, c) => normalizeText(cellText(cellAt(sheet, r, c))) === normalizeText(l))) return r;
  }
  return -1;
}

/** A value as a message quotes it: a long reason cut to its first 16 characters, then a break or tab in it named (shownText). */
function shortly(v: string | number): string {
  const t = String(v);
  return shownText(t.length > 16 ? `${t.slice(0, 16)}…` : t);
}

export function readSupplementSheet(sheet: SheetGrid): SupplementSheetRead {
  const problems: Problem[] = [];
  const at = (r: number, c: number): CellRef => cellRef(sheet.name, r, c);
  const sourced = <T>(value: T, r: number, c: number): Sourced<T> => ({ value, source: { kind: 'cell', cell: at(r, c) } });
  const formulaAt = (r: number, c: number) => sheet.formulas?.[r]?.[c] ?? null;

  const meta: Partial<Record<(typeof META_KEYS)[number], PlanValue>> = {};
  let unitName: Sourced<string> | undefined;
  let year: Sourced<number> | undefined;
  let unitKind: Sourced<UnitKind> | undefined;
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const label = normalizeText(cellText(cellAt(sheet, r, 0)));
    const key = META_KEYS.find((k) => k === label);
    if (!key) continue;
    const v = cellAt(sheet, r, 1);
    if (isBlank(v)) continue;
    meta[key] = planValue(v);
    const text = cellText(v).trim();
    if (key === '单位名称') unitName = sourced(text, r, 1);
    else if (key === '年度') {
      const n = Number(normalizeText(text).replace(/年度?$/, ''));
      if (Number.isInteger(n) && n > 1990 && n < 2200) year = sourced(n, r, 1);
      else problems.push(problemAt('invalid-figure', at(r, 1), `${place(at(r, 1))}的年度“${shownText(text)}”不是年份：请填四位数的年份，如 2022。`));
    } else if ((UNIT_KINDS as readonly string[]).includes(text)) unitKind = sourced(text as UnitKind, r, 1);
    else problems.push(problemAt('invalid-figure', at(r, 1), `${place(at(r, 1))}的单位性质“${shownText(text)}”无法识别：请填 ${UNIT_KINDS.join('、')} 之一。`));
  }

  const indicators = new Map<string, IndicatorInput>();
  const rawIndicators = new Map<string, Partial<Record<AmountField | TextField, PlanValue>>>();
  const typedGrey = new Map<string, Partial<Record<GreyField, PlanValue>>>();
  const headerRow = findRow(sheet, HEADER.slice(0, 3));
  const matterRow = findRow(sheet, MATTER_HEADER.slice(0, 2));
  // Rows of the accountant's among the indicators (a key this version does not know, or none): kept whole.
  const extraRows: ExtraRow[] = [];
  /** The row (0-based) each indicator key was first read from: a later row with the same key is a duplicate. */
  const firstRowOf = new Map<string, number>();
  const rowCells = (r: number): PlanCell[] =>
    HEADER.map((_, c) => {
      const formula = formulaAt(r, c);
      return formula !== null ? { formula } : { value: planValue(cellAt(sheet, r, c)) };
    });
  let height = headerRow + 1;
  if (headerRow >= 0) {
    // The indicators run to the 事项 header, blank rows and all; without one, to the first row without a key.
    const end = matterRow > headerRow ? matterRow : sheet.rows.length;
    for (let r = headerRow + 1; r < end; r++) {
      const keyValue = cellAt(sheet, r, COLUMNS.键);
      if (isBlank(keyValue)) {
        if (matterRow <= headerRow) break;
        if (HEADER.some((_, c) => formulaAt(r, c) !== null || !isBlank(cellAt(sheet, r, c)))) extraRows.push({ row: r, cells: rowCells(r) });
        continue;
      }
      height = r + 1;
      const key = canonicalIndicatorKey(cellText(keyValue));
      if (key === undefined) {
        problems.push(problemAt('unknown-row', at(r, 0), `${place(at(r, 0))}的指标“${shownText(cellText(keyValue))}”无法识别，其数据未读取（该行原样保留在说明数据表中）：请使用模板中的指标名或科目编码。`));
        extraRows.push({ row: r, cells: rowCells(r) });
        continue;
      }
      const input: Record<string, Sourced<number> | Sourced<string>> = {};
      const raw: Partial<Record<AmountField | TextField, PlanValue>> = {};
      for (const field of AMOUNT_FIELDS) {
        const c = COLUMNS[field];
        if (formulaAt(r, c) !== null) continue;
        const v = cellAt(sheet, r, c);
        if (isBlank(v)) continue;
        // 本年数 and 全年预算数 of rows fed by a table are formulas; a typed value there is kept but only 本年数 of
        // 机关运行经费 (混合) is an input the narrative reads.
        // Kept as typed (`12.50万元`, `1,801.23`): the sheet's formulas read it as the engine does (supplementSheetPlan); text
        // they cannot read (`'1801.23` with its apostrophe, `△12.5`) is kept too, unread and said (formulaUnreadAmount).
        raw[field] = planValue(v);
        const p = parseAmount(v);
        const why = unreadableFigure(v, true, (text) => `${field}“${text}”`) ?? formulaUnreadAmount(v, (text) => `${field}“${text}”`);
        if (p.kind === 'number' && why === undefined) input[field] = sourced(p.value, r, c);
        else if (why !== undefined) problems.push(problemAt('invalid-figure', at(r, c), `${place(at(r, c))}的${why}`));
        else if (p.kind === 'invalid') {
          problems.push(problemAt('invalid-figure', at(r, c), `${place(at(r, c))}的${field}“${shownText(cellText(v))}”不是数字：请填金额（万元），不知道时留空。`));
        }
      }
      for (const field of TEXT_FIELDS) {
        const c = COLUMNS[field];
        const v = cellAt(sheet, r, c);
        if (isBlank(v)) continue;
        raw[field] = planValue(v);
        input[field] = sourced(cellText(v).trim(), r, c);
      }
      // Values where the add-in may write a formula: kept over it (supplementSheetPlan says so).
      const grey: Partial<Record<GreyField, PlanValue>> = {};
      for (const field of GREY_FIELDS) {
        const c = COLUMNS[field];
        const v = cellAt(sheet, r, c);
        if (formulaAt(r, c) === null && !isBlank(v)) grey[field] = planValue(v);
      }
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        // The same key again (a row copied, or typed twice): neither row is lost. The first is the indicator's (refreshing
        // writes it back as it is); a field it leaves blank is read from this one, so that nothing typed goes unread; a
        // field both give otherwise is the first's, said with both cells. This row stays whole, after the indicators.
        const taken = indicators.get(key)! as Record<string, Sourced<number> | Sourced<string>>;
        const merged = { ...taken };
        const differing: string[] = [];
        for (const [field, value] of Object.entries(input)) {
          const theirs = taken[field];
          if (theirs === undefined) merged[field] = value;
          else if (theirs.value !== value.value && theirs.source.kind === 'cell' && value.source.kind === 'cell') {
            differing.push(`${field}（${toA1(theirs.source.cell.row, theirs.source.cell.col)} ${shortly(theirs.value)}，${toA1(value.source.cell.row, value.source.cell.col)} ${shortly(value.value)}）`);
          }
        }
        indicators.set(key, merged as IndicatorInput);
        extraRows.push({ row: r, cells: rowCells(r), duplicateOf: first });
        const filledFrom = Object.keys(input).filter((f) => taken[f] === undefined);
        problems.push(
          problemAt(
            'duplicate-row',
            at(r, 0),
            `${place(at(r, 0))}的指标“${key}”与第 ${first + 1} 行重复：公开说明用第 ${first + 1} 行的数据` +
              `${filledFrom.length > 0 ? `，第 ${first + 1} 行空着的${filledFrom.join('、')}取本行的` : ''}` +
              `${differing.length > 0 ? `；两行不同的${differing.join('、')}用第 ${first + 1} 行的` : ''}。` +
              `本行原样保留在指标之后，没有删除。请把要用的数据填在第 ${first + 1} 行，再删去本行。`,
          ),
        );
        continue;
      }
      firstRowOf.set(key, r);
      indicators.set(key, input as IndicatorInput);
      if (Object.keys(raw).length > 0) rawIndicators.set(key, raw);
      if (Object.keys(grey).length > 0) typedGrey.set(key, grey);
    }
  }

  const matters = new Map<string, Sourced<string | number>>();
  const rawMatters = new Map<string, PlanValue>();
  if (matterRow >= 0) {
    for (let r = matterRow + 1; r < sheet.rows.length; r++) {
      const keyValue = cellAt(sheet, r, 0);
      if (isBlank(keyValue)) break;
      height = Math.max(height, r + 1);
      const written = cellText(keyValue).trim();
      const v = cellAt(sheet, r, 1);
      if (isBlank(v)) continue;
      const key = canonicalMatterKey(written) ?? written;
      rawMatters.set(key, planValue(v));
      const kind = MATTER_KEYS[key];
      if (!kind) {
        problems.push(problemAt('unknown-row', at(r, 0), `${place(at(r, 0))}的事项“${shownText(key)}”无法识别，未读取：请使用模板中的事项名称。`));
        continue;
      }
      if (kind === 'text') {
        matters.set(key, sourced(cellText(v).trim(), r, 1));
        continue;
      }
      const p = parseFigure(v, kind);
      const why = unreadableFigure(v, kind === 'amount', (text) => `“${key}”现为“${text}”，`);
      if (why !== undefined) problems.push(problemAt('invalid-figure', at(r, 1), `${place(at(r, 1))}的${why}`));
      else if (p.kind === 'number' && (kind !== 'count' || p.value >= 0)) matters.set(key, sourced(p.value, r, 1));
      else if (p.kind === 'number') {
        // A number all the same: "应是数字" would not tell the accountant what is wrong with −3.
        problems.push(problemAt('invalid-figure', at(r, 1), `${place(at(r, 1))}的“${key}”是数量，不能为负数，现为“${shownText(cellText(v))}”：请改为实际数量（没有的填 0）。`));
      } else problems.push(problemAt('invalid-figure', at(r, 1), `${place(at(r, 1))}的“${key}”应是数字，现为“${shownText(cellText(v))}”：请改为数字。`));
    }
  }

  return {
    supplement: supplementOf({ unitName, year, unitKind, indicators, matters }),
    inputs: { meta, indicators: rawIndicators, matters: rawMatters, ...(typedGrey.size > 0 ? { typedGrey } : {}), ...(extraRows.length > 0 ? { extraRows } : {}) },
    problems,
    height: Math.max(height, matterRow + 1),
  };
}

/** A 说明数据 entry: a 事项, or one field of an indicator. */
export type SupplementEntry = { readonly matter: string } | { readonly indicator: string; readonly field: AmountField | TextField };

/**
 * Where the 说明数据 sheet keeps an entry (whether or not it holds a value), found as `readSupplementSheet`
 * reads the sheet: a finding about an entry read from a JSON file can still point at its cell.
 */
export function entryCell(sheet: SheetGrid, entry: SupplementEntry): CellRef | undefined {
  const [header, keyOf, col] =
    'matter' in entry
      ? [findRow(sheet, MATTER_HEADER.slice(0, 2)), (t: string) => canonicalMatterKey(t) ?? t, 1]
      : [findRow(sheet, HEADER.slice(0, 3)), canonicalIndicatorKey, COLUMNS[entry.field]];
  const wanted = 'matter' in entry ? entry.matter : entry.indicator;
  if (header < 0) return undefined;
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const key = cellAt(sheet, r, 0);
    if (isBlank(key)) return undefined;
    if (keyOf(cellText(key).trim()) === wanted) return cellRef(sheet.name, r, col);
  }
  return undefined;
}
