/**
 * Running the rules: each rule whose tables are present checks the workbook and reports; reports become findings
 * with rendered messages, sheet-qualified cells and a stable id. A rule that throws is a bug, reported as such
 * rather than hiding every other finding.
 */
import { qualifiedA1 } from '../grid/address';
import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/cell';
import { fenPerUnit, roundHalfAwayFromZero, UNITS } from '../grid/money';
import type { Unit } from '../grid/money';
import { byCodeUnit } from '../grid/order';
import { printCents } from '../tables/cents';
import type { Recognition } from '../recognise/recognise';
import type { Supplement } from '../supplement/supplement';
import { shownTitle } from '../tables/model';
import { TABLE_SPECS } from '../tables/specs';
import type { TableCode, TableModel } from '../tables/model';
import { Finding, stableId } from './finding';
import { formatMeasure } from './measure';
import { extraLabels } from './numbering';
import { COMPARISON_NOTES, formatMessage, ReportDescriptor, Rule, Severity } from './rule';
import { RULES } from './rules';
import { sameScale, tableScales } from './shared/tableScale';
import { toleranceAtActualUnit } from './tolerance';
import type { TableScale } from './shared/tableScale';

export interface AuditInput {
  readonly recognition: Recognition;
  readonly supplement: Supplement;
  readonly grid: WorkbookGrid;
}

/** The codes of the tables the workbook has: 10 where it has a 自评表. */
function presentCodes(rec: Recognition): ReadonlySet<TableCode> {
  const codes = new Set<TableCode>();
  for (const t of Object.values(rec.tables)) codes.add(t.code);
  if (rec.projects.length > 0) codes.add('10');
  return codes;
}

/** The title a table beyond the nine is shown under (江苏's 财政拨款支出决算表（功能科目）); undefined for the nine and the 自评表. */
function extraTitle(rec: Recognition, code: TableCode): string | undefined {
  const t = Object.values(rec.tables).find((x) => x.code === code);
  return t && TABLE_SPECS.find((s) => s.code === code)?.extra ? shownTitle(t) : undefined;
}

function tableOf(rec: Recognition, cell: CellRef | undefined): TableCode | undefined {
  if (!cell) return undefined;
  const inside = (r: { sheet: string; top: number; bottom: number; left: number; right: number }) =>
    r.sheet === cell.sheet && cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right;
  const table = Object.values(rec.tables).find((t) => inside(t.range));
  if (table) return table.code;
  return rec.projects.some((p) => inside(p.range)) ? '10' : undefined;
}

/**
 * The rule's message, closed by what the reader needs to weigh an amount relation: the tables whose unit was
 * converted, and for a 尾差 the tolerance it stayed within, both in the finding's unit.
 */
function message(rule: Rule, d: ReportDescriptor, severity: Severity): string {
  const text = formatMessage(rule.messages[d.messageId] ?? d.messageId, d.data);
  const c = d.comparison;
  if (!c || !d.unit) return text;
  const notes = c.converted.map((x) => formatMessage(COMPARISON_NOTES.converted, { source: x.source, from: x.unit, to: d.unit! }));
  if (severity === 'rounding') notes.push(formatMessage(COMPARISON_NOTES.tolerance, { tolerance: formatMeasure(c.tolerance, d.unit) }));
  if (notes.length === 0) return text;
  // A message already closing on a remark in brackets takes the notes into it.
  if (text.endsWith('）。')) return `${text.slice(0, -2)}；${notes.join('；')}）。`;
  return `${text.replace(/。$/, '')}（${notes.join('；')}）。`;
}

/** Two decimals of the unit: how every finding's number is kept and printed. */
const twoDecimals = (v: number | null) => (v === null ? null : roundHalfAwayFromZero(v, 2));

const SEVERITY_ORDER = { error: 0, warning: 1, rounding: 2 } as const;

/**
 * A rate (%) worked out from figures all of one table, or of tables at one scale (their repeated figures equal as
 * read: shared/tableScale.ts): the same in whatever unit they are read in, so a table read in the wrong unit does not
 * explain it (完成预算的50.00% of table 07's 预算 and 决算, both ten times too large, is wrong at any scale; so is
 * 财政拨款收入占99.32% typed 93.32% of tables 01 and 02, every table in 元 with no unit line). Folded, the text's own
 * mistake showed only after the unit was mended (review h178). `scale`: each table's exponent, asked only here.
 */
function isRatioWithin(rec: Recognition, sources: readonly CellRef[], scale: () => ReadonlyMap<TableCode, TableScale>): boolean {
  if (sources.length < 2) return false;
  const tables = sources.map((c) => tableOf(rec, c));
  const first = tables[0];
  if (first === undefined || tables.some((t) => t === undefined)) return false;
  if (tables.every((t) => t === first)) return true;
  // Of one group of tables only: two groups no relation joins each read 0 against their own (a 元 group and a 万元 one).
  const k = scale().get(first);
  return tables.every((t) => sameScale(scale().get(t!), k));
}

/**
 * The findings with those of other rules that a table read in the wrong unit explains (ReportDescriptor.explains)
 * folded into it: a finding with a cell in such a table and one elsewhere (table 01 in 千元 read as 万元 gave eight
 * 不符 of 01 against 02, 03 and 04 beside the one finding that said why, burying it), or a finding of the text worked
 * out from such a table's figures (ReportDescriptor.sources). Its message counts them.
 */
function fold(
  rec: Recognition,
  findings: Map<string, Finding>,
  explains: ReadonlyMap<string, readonly TableCode[]>,
  causeExponents: ReadonlyMap<string, number>,
  sources: ReadonlyMap<string, readonly CellRef[]>,
  ratios: ReadonlySet<string>,
  uncelled: ReadonlySet<string>,
): void {
  let exponents: ReadonlyMap<TableCode, TableScale> | undefined;
  const scale = () => (exponents ??= new Map([...tableScales(rec)].map(([t, k]) => [t.code, k] as const)));
  const sourcesOf = (id: string) => {
    const cells = sources.get(id) ?? [];
    return ratios.has(id) && isRatioWithin(rec, cells, scale) ? [] : cells;
  };
  // How each table a cause names is misread: its unit as read and the powers of ten (元 read as 万元: "万元 4"); null
  // where two causes tell it differently. Tables misread alike, whatever cause names them, have their figures read in one
  // renamed unit: a 不符 among them only (05 against 06, each with a cause of its own, 5.96 元 apart) is no consequence
  // of the misreading but a 不符 at their true unit, kept to be judged there (rejudge), not folded away unsaid.
  const howMisread = new Map<TableCode, string | null>();
  for (const [id, codes] of explains) {
    const k = causeExponents.get(id);
    if (!findings.has(id) || k === undefined) continue;
    for (const code of codes) {
      const t = Object.values(rec.tables).find((x) => x.code === code);
      const key = t ? `${t.unit} ${k}` : null;
      howMisread.set(code, howMisread.has(code) && howMisread.get(code) !== key ? null : key);
    }
  }
  const alike = (t: TableCode, key: string | null | undefined) => key != null && howMisread.get(t) === key;
  for (const [id, tables] of explains) {
    const cause = findings.get(id);
    if (!cause) continue;
    const key = howMisread.get(tables[0]!);
    let count = 0;
    for (const [other, f] of findings) {
      if (f.rule === cause.rule || explains.has(other)) continue;
      // A figure at no cell (a 说明数据 amount given in a JSON file) is of no table: elsewhere.
      const where = [...f.cellRefs, ...sourcesOf(other)].map((c) => tableOf(rec, c)).concat(uncelled.has(other) ? [undefined] : []);
      if (where.some((t) => t !== undefined && tables.includes(t)) && where.some((t) => t === undefined || (!tables.includes(t) && !alike(t, key)))) {
        findings.delete(other);
        count++;
      }
    }
    if (count === 0) continue;
    // Counted of every table the cause names (01 with 02 and 03 alike: the 不符 of 02 and 03 too), said so.
    const named = new Set(tables).size;
    const note = formatMessage(COMPARISON_NOTES.folded, { count, which: named > 1 ? `这 ${named} 张表` : '此表' });
    findings.set(id, { ...cause, message: `${cause.message.replace(/。$/, '')}。${note}。` });
  }
  // A rate kept, of tables at one scale that a cause says are read in the wrong unit: right or wrong in any unit, but
  // the amounts it quotes are as read (13,634,500.00 万元 for 1,363.45): said to be in doubt, naming those tables.
  const misread = new Set([...explains].filter(([id]) => findings.has(id)).flatMap(([, codes]) => codes));
  for (const id of ratios) {
    const f = findings.get(id);
    const cells = sources.get(id) ?? [];
    if (!f || misread.size === 0 || !isRatioWithin(rec, cells, scale)) continue;
    const codes = [...new Set(cells.map((c) => tableOf(rec, c)))].filter((c): c is TableCode => c !== undefined && misread.has(c));
    if (codes.length === 0) continue;
    const titles = codes.map((code) => Object.values(rec.tables).find((t) => t.code === code)).filter((t) => t !== undefined).map((t) => `《${shownTitle(t)}》`);
    const note = formatMessage(COMPARISON_NOTES.scaleInDoubt, { tables: titles.join('、'), which: titles.length > 1 ? '这些表' : '该表' });
    const text = f.message;
    findings.set(id, { ...f, message: text.endsWith('）。') ? `${text.slice(0, -2)}；${note}）。` : `${text.replace(/。$/, '')}（${note}）。` });
  }
}

/**
 * The amount relations within one table a cause says is read in the wrong unit (`exponents`: powers of ten its figures
 * read above their true size), or among tables all so read in one true unit, judged at the tolerance of that unit: the 0.30 of a table in 元 with no unit line, read
 * as 万元, was a 错误 of 0.30 万元 beside the cause saying the table is in 元, where with 单位：元 it is a 尾差 within 1.00
 * 元. Between 千元 and 万元 the tolerance as read is the same (toleranceAtActualUnit): the judgement stands, its figures
 * quoted in 千元 all the same (5.30 万元 as read is 5.30 千元), and so it is for tables in 元 that print 分 (half a 分 a
 * figure: 0.30 万元 as read a 错误, quoted 0.30 元). A 提示 (a part over its whole) stays one, quoted in the true unit. Only relations read in 万元 or 千元: a table read in 元 whose figures are 万元 is
 * judged as read (more leniently than at its true unit).
 */
function rejudge(
  rec: Recognition,
  findings: Map<string, Finding>,
  explains: ReadonlyMap<string, readonly TableCode[]>,
  exponents: ReadonlyMap<string, number>,
  relations: ReadonlyMap<string, { readonly rule: Rule; readonly d: ReportDescriptor }>,
): void {
  const actual = new Map<TableCode, Unit>();
  const readUnit = new Map<TableCode, Unit>();
  // The tables in 元 so read, by how far: whether they print 分 (a set of them, as markCents tells the tables stating 元).
  const inYuan = new Map<number, TableModel[]>();
  for (const [id, k] of exponents) {
    if (!findings.has(id)) continue;
    for (const code of explains.get(id) ?? []) {
      const t = Object.values(rec.tables).find((x) => x.code === code);
      const unit = t && UNITS.find((u) => Math.round(Math.log10(fenPerUnit(t.unit) / fenPerUnit(u))) === k);
      if (!t || !unit || actual.has(code)) continue;
      actual.set(code, unit);
      readUnit.set(code, t.unit);
      if (unit === '元') inYuan.set(k, [...(inYuan.get(k) ?? []), t]);
    }
  }
  // Tables in 元 that print 分 tolerate half a 分 a figure (tolerance.ts): the same numbers as half of the second decimal
  // of 万元 as read, so the judgement as read stands (a sum 0.30 元 off is a 错误 there, not a 尾差 of whole 元).
  const cents = new Set<TableCode>([...inYuan].filter(([k, tables]) => printCents(tables, k)).flatMap(([, tables]) => tables.map((t) => t.code)));
  for (const [id, { rule, d }] of relations) {
    const f = findings.get(id);
    const read = d.unit as Unit;
    // Of tables each so read, all in one true unit (two tables in 元 a cause names together, 01 and 02: their 0.30 apart a
    // 尾差 in 元 as within one), each read in the unit the relation is stated in.
    const codes = [...new Set(d.cells.map((c) => tableOf(rec, c)))];
    const units = new Set(codes.map((code) => (code === undefined || readUnit.get(code) !== read ? undefined : actual.get(code))));
    const [unit] = units.size === 1 ? units : [undefined];
    if (!f || !unit || d.difference == null) continue;
    const which = codes.length > 1 ? '这些表' : '该表';
    // The rule's message (with no tolerance as read, and any unit converted) its amounts in the true unit (6,452,305.96 万元
    // as read is 6,452,305.96 元: quoted as read, a figure ten thousand times the amount), then the note at that unit.
    const said = (severity: Severity, note: string) => {
      const text = message(rule, d, severity).replace(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?) ${read}`, 'g'), `$1 ${unit}`);
      return text.endsWith('）。') ? `${text.slice(0, -2)}；${note}）。` : `${text.replace(/。$/, '')}（${note}）。`;
    };
    // A 提示 (a part larger than its whole) is one at any unit: only its figures quoted in the true unit.
    if (f.severity === 'warning') {
      findings.set(id, { ...f, unit, message: said('warning', formatMessage(COMPARISON_NOTES.atTrueUnit, { unit, which })) });
      continue;
    }
    // Of tables in 元 that print 分 the tolerance as read stands (half a 分 a figure): so does the judgement.
    const tolerance = d.comparison!.tolerance * (codes.some((code) => cents.has(code!)) ? 1 : toleranceAtActualUnit(read, unit));
    const severity = Math.abs(d.difference) <= tolerance + 1e-9 ? 'rounding' : 'error';
    // A figure's number is the same in its true unit (0.30 万元 as read is 0.30 元), and so are the tolerance's.
    const note = formatMessage(COMPARISON_NOTES[severity === 'rounding' ? 'withinAtTrueUnit' : 'beyondAtTrueUnit'], { unit, which, tolerance: formatMeasure(tolerance, unit) });
    findings.set(id, { ...f, severity, unit, message: said('error', note) });
  }
}

export function runAudit(input: AuditInput, rules: readonly Rule[] = RULES): Finding[] {
  const findings = new Map<string, Finding>();
  const explains = new Map<string, readonly TableCode[]>();
  const sources = new Map<string, readonly CellRef[]>();
  // The findings of a rate (%), whose sources a table read in the wrong unit may not explain (isRatioWithin).
  const ratios = new Set<string>();
  // The amount relations reported, with their rule and descriptor: judged again where a cause says their table is read
  // in the wrong unit (rejudge).
  const relations = new Map<string, { readonly rule: Rule; readonly d: ReportDescriptor }>();
  const exponents = new Map<string, number>();
  // The amount relations with a figure at no cell (a 说明数据 amount given in a JSON file: its value among the finding's
  // values, its cell among none): a relation of a misread table with it is folded as one with a figure elsewhere, not
  // judged again at the table's true unit (67.39 万元 of the 说明数据 quoted as 67.39 元).
  const uncelled = new Set<string>();
  // The codes of the tables found, once: asked table by table of every rule, each a list of the tables made anew.
  const found = presentCodes(input.recognition);
  const extraLabel = extraLabels(input.recognition);
  for (const rule of rules) {
    if (rule.tables.length > 0 && !rule.tables.some((code) => found.has(code))) continue;
    const report = (d: ReportDescriptor) => {
      const id = stableId(rule.id, d.cells, d.key);
      if (findings.has(id)) return;
      const table = d.table ?? tableOf(input.recognition, d.cells[0]);
      const tableTitle = table && extraTitle(input.recognition, table);
      const tableLabel = table && extraLabel.get(table);
      const severity = d.severity ?? rule.severity;
      if (d.explains?.length) explains.set(id, d.explains);
      if (d.sources?.length) sources.set(id, d.sources);
      if (d.unit === '%') ratios.add(id);
      if (d.comparison && (d.unit === '万元' || d.unit === '千元')) relations.set(id, { rule, d });
      if (d.exponent !== undefined && d.explains?.length) exponents.set(id, d.exponent);
      if (d.comparison && (d.values?.length ?? 0) > d.cells.length) uncelled.add(id);
      findings.set(id, {
        id,
        rule: rule.id,
        severity,
        message: message(rule, d, severity),
        cells: d.cells.map(qualifiedA1),
        cellRefs: d.cells,
        values: (d.values ?? []).map(twoDecimals),
        difference: twoDecimals(d.difference ?? null),
        unit: d.unit ?? null,
        ...(table ? { table } : {}),
        ...(tableTitle ? { tableTitle } : {}),
        ...(tableLabel ? { tableLabel } : {}),
      });
    };
    // Made whole, not as `{ ...input, report }`: Node 20's V8 adds a property to a spread object in the runtime, ≈ 6 µs
    // a rule (half a millisecond of a department-sized check for the 82 rules).
    rule.check({ recognition: input.recognition, supplement: input.supplement, grid: input.grid, report });
  }
  if (explains.size > 0) fold(input.recognition, findings, explains, exponents, sources, ratios, uncelled);
  if (exponents.size > 0) rejudge(input.recognition, findings, explains, exponents, relations);
  // Of a table's 错误, a cause (a table read in the wrong unit) first: the pane lists the findings by table in this order,
  // and the others of the table are best read knowing it.
  const cause = (f: Finding) => (explains.has(f.id) ? 0 : 1);
  return [...findings.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byCodeUnit(a.table ?? '99', b.table ?? '99') || cause(a) - cause(b) || byCodeUnit(a.rule, b.rule),
  );
}
