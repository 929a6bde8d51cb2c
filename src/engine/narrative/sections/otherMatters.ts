/**
 * 其他重要事项的情况说明: （一）机关运行经费 (worded by 单位性质, or the fixed sentence when there is none),
 * （二）政府采购, （三）国有资产占用.
 */
import { ratio } from '../../derive/arithmetic';
import { PUBLIC_CLASSES } from '../../subjects/economic';
import { formatAmount } from '../../grid/money';
import type { UnitKind } from '../../supplement/keys';
import { derived } from '../context';
import type { Amount, NarrativeContext } from '../context';
import type { Block } from '../document';
import { when } from '../fragment';
import type { Fragment, Value } from '../fragment';
import type { AssetsTemplates, OfficeCostTemplates, ProcurementTemplates } from '../templates';
import { economicTotal } from './basic';

/**
 * 行政单位 and 参公事业单位: 机关运行经费 = 公用经费 of table 06. 事业单位: its 公用经费. 混合: 机关运行经费 whose
 * 本年数 comes from 说明数据 (it covers only part of the units).
 */
export function officeCost(ctx: NarrativeContext, t: OfficeCostTemplates): Block[] {
  const kind: UnitKind | undefined = ctx.unitKind();
  if (!kind) ctx.gap('单位性质', '单位性质（行政单位、参公事业单位、事业单位或混合）');
  const publicCost = publicTotal(ctx);
  // Without a 单位性质, the 说明数据's 本年数 where it gives one: the accountant's own figure, which for a 事业单位 or a
  // 混合 department is not table 06's 公用经费 (it was taken from table 06 whatever the 说明数据 said).
  const typed = kind === undefined ? ctx.input('机关运行经费', '本年数') : undefined;
  const empty = (): Block[] => [{ kind: 'paragraph', runs: ctx.render(t.empty!, {}) }];
  // A 事业单位 has no 机关运行经费 (DOMAIN §1): it speaks of its 公用经费 where the preset says how, else of none.
  if (kind === '事业单位' && t.institution === undefined && t.empty !== undefined) return empty();
  const [pattern, key, amount]: [string, string, Amount | undefined] =
    kind === '事业单位' && t.institution !== undefined
      ? [t.institution, '公用经费', publicCost]
      : kind === '混合'
        ? [t.mixed, '机关运行经费', ctx.input('机关运行经费', '本年数')]
        : [t.administrative, '机关运行经费', typed ?? publicCost];
  // Only when there was none at all, not when it shows as 0.00 万元.
  if (amount?.none && t.empty !== undefined) return empty();
  const runs = ctx.render(pattern, {
    金额: () => ctx.money(amount, kind === '混合' || typed ? '指标.机关运行经费.本年数' : '表06.公用经费合计', kind === '混合' || typed ? '机关运行经费本年数' : '公用经费合计'),
    ...ctx.changeValues('', amount, key),
  });
  return [{ kind: 'paragraph', runs }];
}

const TOTAL_FIELD = '事项.政府采购支出总额';
const TOTAL_LABEL = '政府采购支出总额';

/**
 * Table 06's 公用经费合计 (economicTotal); unknown (a gap) where its cell is blank or 0 while the 公用经费 类 under it
 * are not: said as 无机关运行经费支出, the text denied what §六 listed.
 */
function publicTotal(ctx: NarrativeContext): Amount | undefined {
  const total = economicTotal(ctx, 'publicTotal');
  if (!total?.none) return total;
  const parts = PUBLIC_CLASSES.map((code) => ctx.table('generalBudgetBasic', code, 'amount'));
  return parts.every((p) => p === undefined || p.none) ? total : undefined;
}

/**
 * A share of 政府采购支出总额. Of a 总额 of 0 a part of 0 has none to state (left out, as any share of nothing); any other
 * part has none either (the 说明数据 contradict each other), nor has a missing 总额: a gap names the 总额, where 0.00% was
 * printed.
 */
function shareOf(ctx: NarrativeContext, part: Amount | undefined, base: Amount | undefined, field: string, label: string): Value {
  const missing = () => (part ? ctx.gap(TOTAL_FIELD, TOTAL_LABEL) : ctx.gap(field, label));
  return ctx.share(part && base ? ratio(part.cents, base.cents) : undefined, part, base, missing, label, TOTAL_LABEL);
}

/** The parts of 政府采购支出总额: what was bought (货物, 工程, 服务) and what went to 中小企业 (of which 小微企业). */
const PROCUREMENT_PARTS = ['政府采购货物支出', '政府采购工程支出', '政府采购服务支出', '授予中小企业合同金额', '授予小微企业合同金额'] as const;

/**
 * A part of 政府采购支出总额 as given, else 0.00 where the 总额 is 0 and no part given is other than 0: nothing bought,
 * nothing of it was 货物 or went to a 中小企业 (the sentence asked the accountant for each). A part given other than 0
 * beside a 总额 of 0 contradicts it: nothing is inferred then.
 */
function procurementPart(ctx: NarrativeContext, key: (typeof PROCUREMENT_PARTS)[number]): Amount | undefined {
  const given = ctx.matterAmountValue(key);
  if (given) return given;
  const total = ctx.matterAmountValue('政府采购支出总额');
  const nothing = total?.cents === 0 && PROCUREMENT_PARTS.every((k) => (ctx.matterAmountValue(k)?.cents ?? 0) === 0);
  return nothing ? { cents: 0, source: derived([total.source]) } : undefined;
}

export function procurement(ctx: NarrativeContext, t: ProcurementTemplates): Block[] {
  const total = ctx.matterAmountValue('政府采购支出总额');
  const sme = procurementPart(ctx, '授予中小企业合同金额');
  const micro = procurementPart(ctx, '授予小微企业合同金额');
  const part = (key: (typeof PROCUREMENT_PARTS)[number]) => () => ctx.money(procurementPart(ctx, key), `事项.${key}`, key);
  const values = {
    总额: () => ctx.matterAmount('政府采购支出总额'),
    货物: part('政府采购货物支出'),
    工程: part('政府采购工程支出'),
    服务: part('政府采购服务支出'),
    中小企业: part('授予中小企业合同金额'),
    中小企业占比: shareOf(ctx, sme, total, '事项.授予中小企业合同金额', '授予中小企业合同金额'),
    小微企业: part('授予小微企业合同金额'),
    小微企业占比: shareOf(ctx, micro, total, '事项.授予小微企业合同金额', '授予小微企业合同金额'),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}

export function assets(ctx: NarrativeContext, t: AssetsTemplates): Block[] {
  const area = (): Fragment => {
    const v = ctx.matter('房屋面积');
    // Two decimals rounded half away from zero (1.005 is 1.01, toFixed gave 1.00), separated as the preset's amounts.
    return v && typeof v.value === 'number' ? [{ text: formatAmount(v.value, { separators: ctx.separators }), source: v.source }] : ctx.gap('事项.房屋面积', '房屋面积');
  };
  const values = {
    固定资产原值: () => ctx.matterAmount('固定资产原值'),
    房屋面积: area,
    房屋价值: () => ctx.matterAmount('房屋价值'),
    车辆数: () => ctx.matterCount('车辆数'),
    车辆价值: () => ctx.matterAmount('车辆价值'),
    副部级用车: () => ctx.matterCount('副部（省）级及以上领导用车'),
    主要领导干部用车: () => ctx.matterCount('主要领导干部用车'),
    机要通信用车: () => ctx.matterCount('机要通信用车'),
    应急保障用车: () => ctx.matterCount('应急保障用车'),
    执法执勤用车: () => ctx.matterCount('执法执勤用车'),
    特种专业技术用车: () => ctx.matterCount('特种专业技术用车'),
    离退休干部用车: () => ctx.matterCount('离退休干部用车'),
    其他用车: () => ctx.matterCount('其他用车'),
    // What the 其他用车 are, only where there are some: of none, the sentence asked what they mainly are.
    其他用车说明: when(() => ctx.matter('其他用车')?.value !== 0, () => ctx.matterText('其他用车说明')),
    设备数: () => ctx.matterCount('单价100万元以上设备数'),
  };
  return t.paragraphs.map((pattern) => ({ kind: 'paragraph' as const, runs: ctx.render(pattern, values) }));
}
