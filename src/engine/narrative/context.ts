/**
 * What section generators work with: the recognised tables, the 说明数据 and the preset, with helpers that
 * turn figures into text (with their sources) and record a gap wherever an input is missing.
 */
import type { Recognition, BlockTableId } from '../recognise/recognise';
import { figureOf, figureParts, MoneyFigure } from '../tables/model';
import type { Supplement, Sourced } from '../supplement/supplement';
import { MATTER_KEYS } from '../supplement/keys';
import type { AmountField, TextField, UnitKind } from '../supplement/keys';
import { printedFigure } from '../supplement/indicators';
import { printedMatter } from '../supplement/printedMatters';
import { Basis, belowShownShare, Cents, centsOfFen, centsOfWan, change, ChangeKind, formatCents, FULL_SHARE, overWhole, varianceRate, completionRate } from '../derive/arithmetic';
import { Fragment, join, NarrativeSource, render, sourced, text, Value, Values, when } from './fragment';
import type { Gap } from './document';
import type { Preset } from './preset';
import { TABLE_SPECS } from '../tables/specs';

export interface Amount {
  readonly cents: Cents;
  readonly source: NarrativeSource;
  /**
   * The figure itself is 0 or blank, not only its display in 万元: 40 元 shows as 0.00 万元 but was spent, and a
   * sentence saying there was none would be false (set by `table` and `input`; a sum made in a section has none).
   */
  readonly none?: true;
}

const TRAILING_PUNCTUATION = /[。；;，,、\s]+$/;

export class NarrativeContext {
  private readonly gapList = new Map<string, { label: string; sections: Set<string> }>();
  /** The section being written, for the gap list. */
  section = '';

  constructor(
    readonly recognition: Recognition,
    readonly supplement: Supplement,
    readonly preset: Preset,
  ) {}

  get gaps(): Gap[] {
    return [...this.gapList].map(([field, g]) => ({ field, label: g.label, sections: [...g.sections] }));
  }

  gap(field: string, label: string): Fragment {
    const entry = this.gapList.get(field) ?? { label, sections: new Set<string>() };
    entry.sections.add(this.section);
    this.gapList.set(field, entry);
    return [{ text: `【请填写：${label}】`, gap: field }];
  }

  /**
   * A table's title as the workbook prints it (TableModel.printedTitle: 云南's 收入支出决算表), else the canonical one:
   * the document lists and names each table as its page is titled.
   */
  tableTitle(id: BlockTableId): string {
    return this.recognition.tables[id]?.printedTitle ?? TABLE_SPECS.find((s) => s.id === id)!.titles[0]!;
  }

  // --- facts -------------------------------------------------------------------------------------------

  figure(id: BlockTableId, row: string, column: string, block?: string): MoneyFigure | undefined {
    const table = this.recognition.tables[id];
    return table ? figureOf(table, row, column, block) : undefined;
  }

  /** A table figure as displayed (blank cells read as 0.00, as the tables print them). */
  table(id: BlockTableId, row: string, column: string, block?: string): Amount | undefined {
    return this.displayed(this.figure(id, row, column, block));
  }

  /**
   * A figure read from a table, as displayed; undefined when it is absent or unreadable. One the table prints only as
   * its parts (财政拨款收入 as its funds) comes from their cells.
   */
  displayed(f: MoneyFigure | undefined): Amount | undefined {
    if (!f || f.invalid) return undefined;
    const cents = f.fen === null ? 0 : centsOfFen(f.fen);
    const source: NarrativeSource = f.parts ? derived(f.parts.map((p) => ({ kind: 'cell' as const, cell: p.cell }))) : { kind: 'cell', cell: f.cell };
    return { cents, source, ...(f.fen === null || f.fen === 0 ? { none: true as const } : {}) };
  }

  /**
   * The sum of several rows' figures in a column (the parts of a 类 a table lists no row for), as a row of their total
   * would print it: added in 分, rounded once. Undefined when a figure is unreadable; a blank or absent one is 0.
   */
  tableSum(id: BlockTableId, rows: readonly string[], column: string): Amount | undefined {
    if (rows.length === 1) return this.table(id, rows[0]!, column);
    const figures = rows.map((row) => this.figure(id, row, column)).filter((f): f is MoneyFigure => f !== undefined);
    if (figures.some((f) => f.invalid)) return undefined;
    const fen = figures.reduce((sum, f) => sum + (f.fen ?? 0), 0);
    const source = derived(figures.flatMap(figureParts).map((f) => ({ kind: 'cell' as const, cell: f.cell })));
    return { cents: centsOfFen(fen), source, ...(fen === 0 ? { none: true as const } : {}) };
  }

  /**
   * The sum of one row's figures in several columns (table 07's 公务用车 where it prints no 小计: 购置费 + 运行费), as a
   * column of their total would print it: added in 分, rounded once (4,950 元 + 4,950 元 is 0.99 万元, not 0.50 + 0.50).
   * Undefined when a figure is absent or unreadable.
   */
  tableRowSum(id: BlockTableId, row: string, columns: readonly string[]): Amount | undefined {
    const figures = columns.map((column) => this.figure(id, row, column));
    if (figures.some((f) => f === undefined || f.invalid)) return undefined;
    const fen = figures.reduce((sum, f) => sum + (f!.fen ?? 0), 0);
    const source = derived(figures.flatMap((f) => figureParts(f!)).map((f) => ({ kind: 'cell' as const, cell: f.cell })));
    return { cents: centsOfFen(fen), source, ...(fen === 0 ? { none: true as const } : {}) };
  }

  input(key: string, field: AmountField): Amount | undefined {
    const v = this.supplement.指标.get(key)?.[field];
    return v ? { cents: centsOfWan(v.value), source: v.source, ...(v.value === 0 ? { none: true as const } : {}) } : this.printedInput(key, field);
  }

  /**
   * A 说明数据 amount the 说明数据 does not give that a table prints (table 05's 上年决算数 beside each subject's 决算, table
   * 07's 上年决算数 row): the table's, as the 说明数据 sheet takes it by formula (readSheet reads formulas as no input).
   */
  private printedInput(key: string, field: AmountField): Amount | undefined {
    return this.displayed(printedFigure(this.recognition, key, field)?.figure);
  }

  inputText(key: string, field: TextField): Sourced<string> | undefined {
    return this.supplement.指标.get(key)?.[field];
  }

  matter(key: string): Sourced<string | number> | undefined {
    return this.supplement.事项.get(key);
  }

  unitKind(): UnitKind | undefined {
    return this.supplement.单位性质?.value;
  }

  // --- text --------------------------------------------------------------------------------------------

  get separators(): boolean {
    return this.preset.settings.separators;
  }

  money(amount: Amount | undefined, field: string, label: string): Fragment {
    return amount ? sourced(formatCents(amount.cents, this.separators), amount.source) : this.gap(field, label);
  }

  /**
   * One figure for a 收入 and a 支出 total that balance (上海's 收入支出总计): the figure where both are read and equal,
   * else a gap saying which is missing or how far apart they are. Printing the 收入 side alone stated the 支出 side
   * too, whatever the table said of it.
   */
  balancedTotal(income: Amount | undefined, spend: Amount | undefined, field: string, label: string): Fragment {
    if (income && spend && income.cents === spend.cents) return sourced(formatCents(income.cents, this.separators), derived([income.source, spend.source]));
    if (!income || !spend) return this.gap(field, label);
    return this.gap(field, `${label}（收入总计${this.shown(income)}万元与支出总计${this.shown(spend)}万元不等，不能说成一个数：请核对）`);
  }

  /**
   * The change of a 收入 and a 支出 total spoken of as one figure (上海's 收入支出总计与上年相比…): the 收入 side's where
   * both sides agree, this year's (table) and last year's (说明数据); else a gap saying how they differ. The 收入 side's
   * change alone was stated as both's: 收入总计 上年数 1,801.23 beside 支出总计 上年数 1,800.00 printed 减少312.94万元,
   * the 支出 side's 311.71 nowhere.
   */
  balancedChange(
    income: Amount | undefined,
    spend: Amount | undefined,
    incomeKey: string,
    spendKey: string,
    tableField: string,
    label: string,
  ): Fragment {
    // The totals' own gap (balancedTotal's field): the table is what to correct.
    if (income && spend && income.cents !== spend.cents) {
      return this.gap(tableField, `${label}增减（${incomeKey}${this.shown(income)}万元与${spendKey}${this.shown(spend)}万元不等：请核对）`);
    }
    const prior = this.input(incomeKey, '上年数');
    const spendPrior = this.input(spendKey, '上年数');
    if (prior && spendPrior && prior.cents !== spendPrior.cents) {
      return this.gap(
        `指标.${incomeKey}.上年数`,
        `${label}上年数（${incomeKey}上年数${this.shown(prior)}万元与${spendKey}上年数${this.shown(spendPrior)}万元不等，不能说成一个数：请核对）`,
      );
    }
    return this.change(income, incomeKey);
  }

  /** An amount as a gap's explanation quotes it (blank where there is none), separated as the preset separates amounts. */
  private shown(a: Amount | undefined): string {
    return a ? formatCents(a.cents, this.separators) : '';
  }

  /**
   * A rate as printed: separated as the preset separates amounts (增长1,388.29% beside 增加1,388.29万元, where it printed
   * 1388.29%), every figure of a document written one way.
   */
  rate(basis: Basis): string {
    return formatCents(basis, this.separators);
  }

  /**
   * {占比}: `part`'s share of `whole` (`rate`, as the section worked it out). It does not apply where both are 0: 占0.00%
   * of nothing states nothing (三公 spending nothing printed 因公出国（境）费支出0.00万元，占0.00%), so that a preset's
   * `[，占{占比}%]` is left out; written outside `[…]` it is then a gap saying why (`name`: the part's), never 0.00.
   * `missing`: the gap where a figure is missing or the rate cannot be worked out (a part other than 0 of a whole of 0:
   * figures that disagree). `wholeName`: how a gap names the whole (本年支出合计).
   * A share that rounds to 0.00% of a part other than 0 is 不足0.01, as a change's rate is (增长不足0.01%): 其他收入0.01
   * 万元，占0.00% (of 123,456.78) said nothing was received. In a list whose shares take the residual of their rounding
   * the others still sum to 100.00% (its 0 is in their sum), and its own is a bound, not a figure added to theirs.
   */
  share(
    rate: Basis | undefined,
    part: Amount | undefined,
    whole: Amount | undefined,
    missing: () => Fragment,
    name: string,
    wholeName?: string,
  ): Value {
    const ofNothing = () => part?.cents === 0 && whole?.cents === 0;
    return when(
      () => !ofNothing(),
      () => {
        if (ofNothing()) return this.gap(`${name}.占比`, `${name}占比（合计为0，无占比：请把格式中的占比写在可省略的“[…]”中）`);
        // No share of or in a figure below 0, which no part listed can be: 公务接待费 of −1.00 万元 printed 占-2.08%.
        if ((part && part.cents < 0) || (whole && whole.cents < 0)) {
          return this.gap(`${name}.占比`, `${name}占比（${this.shown(part)}万元占${this.shown(whole)}万元，负数无占比：请核对）`);
        }
        if (rate === undefined || !part || !whole) return missing();
        // Nor of a part larger than its whole, which the tables contradicting each other make (本年支出合计 6.00 beside
        // 一般公共预算财政拨款支出 1,363.45 printed 占本年支出合计的22,724.17%). One over it by the 0.01 of rounding 元 to 万元
        // prints 100.00%, true to that rounding (the audit reports it as a 尾差); one over it by more says so, whatever
        // the rate rounds to.
        if (overWhole(part.cents, whole.cents, rate)) {
          const of = wholeName ?? '';
          return this.gap(`${name}.占比`, `${name}占比（${name}${this.shown(part)}万元大于${of}${this.shown(whole)}万元，部分不能大于整体：请核对表格）`);
        }
        return sourced(shareShown(rate, part.cents, this.separators), derived([part.source, whole.source]));
      },
    );
  }

  /** 年度: from 说明数据, else as the workbook states it (a cover title, a table title, a `2024年度` line). */
  private yearValue(): { readonly value: number; readonly source: NarrativeSource } | undefined {
    const y = this.supplement.年度;
    if (y) return y;
    const stated = this.recognition.document.year;
    return stated ? { value: stated.value, source: { kind: 'cell', cell: stated.cell } } : undefined;
  }

  year(): Fragment {
    const y = this.yearValue();
    return y ? sourced(String(y.value), y.source) : this.gap('年度', '年度');
  }

  /** 年度 − 1: "与2023年度相比" in a 2024 document. */
  priorYear(): Fragment {
    const y = this.yearValue();
    return y ? sourced(String(y.value - 1), derived([y.source])) : this.gap('年度', '年度');
  }

  /** 单位名称: from 说明数据, else the workbook's cover or table title, else the 编制单位 line of table 01. */
  unitName(): Fragment {
    const name = this.supplement.单位名称;
    if (name) return sourced(name.value, name.source);
    const stated = this.recognition.document.department;
    if (stated) return sourced(stated.value, { kind: 'cell', cell: stated.cell });
    const summary = this.recognition.tables.summary;
    if (summary?.department) return sourced(summary.department, { kind: 'cell', cell: summary.titleCell });
    return this.gap('单位名称', '单位名称');
  }

  /** A 说明数据 text (主要原因, 预决算差异原因 …) without its closing punctuation, or a gap. */
  reason(key: string, field: TextField, label = `${key}${field}`): Fragment {
    const v = this.inputText(key, field);
    return v ? sourced(v.value.replace(TRAILING_PUNCTUATION, ''), v.source) : this.gap(`指标.${key}.${field}`, label);
  }

  /** A 事项 text as a sentence: ends with 。 unless it ends with punctuation already. */
  matterSentence(key: string): Fragment {
    const v = this.matter(key);
    if (!v) return this.gap(`事项.${key}`, key);
    const t = String(v.value).trim();
    return sourced(/[。！？.!?]$/.test(t) ? t : `${t}。`, v.source);
  }

  matterText(key: string): Fragment {
    const v = this.matter(key);
    return v ? sourced(String(v.value).replace(TRAILING_PUNCTUATION, ''), v.source) : this.gap(`事项.${key}`, key);
  }

  matterCount(key: string): Fragment {
    const v = this.matter(key);
    return v ? sourced(String(v.value), v.source) : this.gap(`事项.${key}`, key);
  }

  matterAmount(key: string): Fragment {
    return this.money(this.matterAmountValue(key), `事项.${key}`, key);
  }

  /**
   * A 说明数据 事项 amount; where it gives none, the figure a table prints for it (江西's 国有资产占用情况表: 房屋价值, 车辆价值,
   * supplement/printedMatters.ts): a gap was left in §十（三） beside the printed table.
   */
  matterAmountValue(key: string): Amount | undefined {
    const v = this.matter(key);
    if (v && typeof v.value === 'number') return { cents: centsOfWan(v.value), source: v.source };
    return v === undefined ? this.displayed(printedMatter(this.recognition, key)?.figure) : undefined;
  }

  /** The case of indicator `key`'s 增减 (undefined while a figure is missing), without recording a gap. */
  changeKind(current: Amount | undefined, key: string): ChangeKind | undefined {
    const prior = this.input(key, '上年数');
    return current && prior ? change(current.cents, prior.cents).kind : undefined;
  }

  /** 增减 against the prior year of indicator `key`, worded by the preset; a gap without 上年数. */
  change(current: Amount | undefined, key: string, label = key): Fragment {
    const prior = this.input(key, '上年数');
    if (!current) return this.gap(`指标.${key}.本年数`, `${label}本年数`);
    if (!prior) return this.gap(`指标.${key}.上年数`, `${label}上年数`);
    const c = change(current.cents, prior.cents);
    const from = derived([current.source, prior.source]);
    return withSource(
      this.render(this.preset.change[c.kind] ?? this.preset.change.decrease, {
        增减额: () => sourced(formatCents(c.amount, this.separators), from),
        增减率: () => sourced(c.rate === 0 && c.amount !== 0 ? BELOW_RATE : this.rate(c.rate), from),
      }),
      from,
    );
  }

  /**
   * `{前缀增减}` the phrase, `{前缀增减词}` 增加/减少 and `{前缀主要原因}` the reason; the word and the reason do
   * not apply when nothing changed (持平), so that an optional part `[…]` holding them is left out. `{前缀比较词}`: 比
   * before the year compared with, 与 where nothing changed (与2023年度持平).
   */
  changeValues(prefix: string, current: Amount | undefined, key: string, label = key): Record<string, Value> {
    const kind = () => this.changeKind(current, key);
    const moved = () => kind() !== 'unchanged' && kind() !== 'bothZero';
    const c = this.preset.change;
    return {
      [`${prefix}增减`]: () => this.change(current, key, label),
      [`${prefix}增减词`]: when(moved, () => {
        const k = kind();
        if (k === 'increase' || k === 'fromZero') return text(c.increaseWord);
        if (k === 'decrease' || k === 'toZero' || k === 'fromZeroDown') return text(c.decreaseWord);
        return this.change(current, key, label);
      }),
      [`${prefix}主要原因`]: when(moved, () => this.reason(key, '主要原因', `${label}主要原因`)),
      [`${prefix}比较词`]: () => text(moved() ? '比' : '与'),
    };
  }

  /** 预决算差异率 (or 完成预算的 X%, as the preset words it) of `actual` against `budget`. */
  variance(
    actual: Amount | undefined,
    budget: Amount | undefined,
    gapField: string,
    gapLabel: string,
    pattern: string = this.preset.variance.rate,
    name = gapLabel,
  ): Fragment {
    if (!actual || !budget) return this.gap(gapField, gapLabel);
    // No rate of a figure below 0, which no 预算 or 决算 can be: 公务接待费 of −1.00 万元 printed 完成预算的-25.00%.
    if (actual.cents < 0 || budget.cents < 0) {
        return this.gap(`${name}.预决算比率`, `${name}预决算比率（预算数${this.shown(budget)}万元、决算数${this.shown(actual)}万元，负数不计算比率：请核对）`);
    }
    const v = this.preset.variance;
    const from = derived([actual.source, budget.source]);
    if (budget.cents === 0) return withSource(this.render(actual.cents === 0 ? v.bothZero : v.budgetZero, {}), from);
    return this.render(pattern, {
      差异率: () => sourced(this.varianceShown(actual.cents, budget.cents), from),
      完成率: () => sourced(this.completion(actual.cents, budget.cents), from),
    });
  }

  /**
   * 差异率 as printed: 不足0.01 where the 决算 differs from the 预算 by less than the rate's rounding (1,363.45 of 1,363.44
   * is 0.0007%): 预决算差异率0.00% of two figures that differ read as false. 不足0.01% holds of a rate below 0 too, and the
   * sentence states both figures just before it (决算数1,363.45万元), so their order is said; as a change's rate (下降不足0.01%).
   */
  private varianceShown(actual: Cents, budget: Cents): string {
    const rate = varianceRate(actual, budget)!;
    return rate === 0 && actual !== budget ? BELOW_RATE : this.rate(rate);
  }

  /**
   * 完成率 as printed: 不足100.00 or 超过100.00 where the 决算 differs from the 预算 by less than the rate's rounding
   * (4,029.01 of 4,029.02 万元 is 99.9998%): 完成年初预算的100.00%。决算数小于预算数的主要原因… read as a contradiction.
   * So did 决算为0.01万元，完成预算的0.00% (of 300.00): 不足0.01, as a change's rate.
   */
  private completion(actual: Cents, budget: Cents): string {
    const rate = completionRate(actual, budget)!;
    if (rate === 0 && actual > 0) return BELOW_RATE;
    if (rate !== FULL_RATE || actual === budget) return this.rate(rate);
    return `${actual < budget ? '不足' : '超过'}${this.rate(FULL_RATE)}`;
  }

  /**
   * `{差异}` the comparison phrase, `{差异说明}` the sentence for 决算 above, below or equal to 预算 (with its
   * reason), `{差异原因}` the reason alone. Without a budget the gap shows once: at the budget figure when the
   * pattern shows it (`budgetShown`), else at {差异} or {差异说明}.
   */
  budgetValues(actual: Amount | undefined, budget: Amount | undefined, o: BudgetComparison): Record<string, Value> {
    const gap = () => this.gap(o.gapField, o.gapLabel);
    const differs = () => !actual || !budget || actual.cents !== budget.cents;
    return {
      差异: () => (budget || !o.budgetShown ? this.variance(actual, budget, o.gapField, o.gapLabel, o.rate, o.name ?? o.reasonKey) : []),
      差异说明: () => {
        if (!actual) return [];
        if (!budget) return o.budgetShown ? [] : gap();
        const versus = o.versus;
        if (!versus) return [];
        // Both 0, {差异} has said so (预算数与决算数均为0): 决算数与预算数持平 after it said it twice (上海 §五（三）).
        if (o.varianceShown && actual.cents === 0 && budget.cents === 0) return [];
        const pattern = actual.cents > budget.cents ? versus.above : actual.cents < budget.cents ? versus.below : versus.equal;
        return this.render(pattern, { 原因: () => this.reason(o.reasonKey, '预决算差异原因', o.reasonLabel) });
      },
      差异原因: when(differs, () => this.reason(o.reasonKey, '预决算差异原因', o.reasonLabel)),
    };
  }

  /** Items of a list joined by the preset's separator. */
  list(items: readonly Fragment[], separator: string): Fragment {
    return join(items, separator);
  }

  /**
   * Fills a pattern with the section's values and the global ones: {单位名称} {年度} {上年度}, and `{事项:key}`
   * reading any 事项 as an amount, a count or a text by its kind.
   */
  render(pattern: string, values: Values): Fragment {
    const globals: Record<string, Value> = {
      单位名称: () => this.unitName(),
      年度: () => this.year(),
      上年度: () => this.priorYear(),
    };
    for (const m of pattern.matchAll(/\{事项:([^{}]+)\}/g)) {
      const key = m[1]!;
      const kind = MATTER_KEYS[key];
      globals[`事项:${key}`] = () => (kind === 'amount' ? this.matterAmount(key) : kind === 'text' ? this.matterText(key) : this.matterCount(key));
    }
    return render(pattern, { ...globals, ...values });
  }
}

/** How a section compares a 决算 with its 预算 (see `budgetValues`). */
export interface BudgetComparison {
  readonly gapField: string;
  readonly gapLabel: string;
  /** 说明数据 key whose 预决算差异原因 explains the difference. */
  readonly reasonKey: string;
  /** How a gap names the figure compared (`reasonKey` unless given: 行政运行（2010301）). */
  readonly name?: string;
  readonly reasonLabel: string;
  /** The pattern shows the budget figure itself (its gap shows there). */
  readonly budgetShown?: boolean;
  /**
   * The pattern shows {差异} beside {差异说明}: where both figures are 0 the first says so (the preset's
   * `variance.bothZero`) and {差异说明} says nothing more.
   */
  readonly varianceShown?: boolean;
  readonly rate?: string | undefined;
  readonly versus?: { readonly above: string; readonly below: string; readonly equal: string } | undefined;
}

/**
 * 增减率 of a change whose rate rounds to 0.00% while its amount does not (0.01 of 1,488.28 万元 is 0.0007%): 增长不足0.01%.
 * 增加0.01万元，增长0.00% read as a contradiction, and the rate is written to two decimals, so more digits are no way out.
 * The same for a 完成率 of a 决算 spent but under 0.005% of its 预算 (completion()).
 */
const BELOW_RATE = '不足0.01';

/** 100.00% in 0.01 %. */
const FULL_RATE = FULL_SHARE;

/** A share as printed: 不足0.01 for a part other than 0 whose share rounds to 0.00 (NarrativeContext.share). */
export function shareShown(rate: Basis, part: Cents, separators: boolean): string {
  return belowShownShare(rate, part) ? BELOW_RATE : formatCents(rate, separators);
}

/** Fixed wording that states figures (增长100.00%, 增加0.00万元) carries the source of the comparison. */
function withSource(fragment: Fragment, source: NarrativeSource): Fragment {
  return fragment.map((r) => ('source' in r || 'gap' in r || !/\d/.test(r.text) ? r : { text: r.text, source }));
}

export function derived(from: readonly NarrativeSource[]): NarrativeSource {
  return { kind: 'derived', from: from.flatMap((s) => (s.kind === 'derived' ? s.from : [s])) };
}
