/**
 * The wordings of the 政府采购 amounts the 说明数据 holds (DOMAIN §4 事项), each with its 事项 and the amount last: text-matter-amounts
 * holds each to the 说明数据, and text-procurement, which adds them up, asks whether an amount off the 说明数据 is that rule's 错误
 * already (one wrong figure, one 错误). The text normalised: brackets half-width.
 */
import { CONNECTOR, MONEY, parseMoney } from './textScan';
import type { TextMoney } from './textScan';

/**
 * The total and its parts. Also 政府采购实际采购金额, and 政府采购支出 with no 总额 opening a paragraph or after the year or the
 * department (2022年度政府采购支出X万元): elsewhere it may be a project's (其中政府采购支出…; …项目，年初预算…；政府采购支出…:
 * review47). The parts: 政府采购货物支出X万元 (新疆), or 货物类X万元, 货物采购金额X万元 (上海) in a sentence about 政府采购 (only
 * their sum was compared).
 */
export const PROCUREMENT_TOTAL_AND_PARTS: readonly (readonly [string, RegExp])[] = [
  [
    '政府采购支出总额',
    new RegExp(`(?:政府采购(?:实际采购)?(?:支出)?(?:合同)?(?:总额|总金额|金额)|(?<=(?:^|\\d{4}年度?,?|本部门|本单位|我单位))政府采购支出)(?:\\(以合同签订为准\\))?${CONNECTOR}${MONEY}`, 'g'),
  ],
  ...(['货物', '工程', '服务'] as const).map(
    (kind) => [`政府采购${kind}支出`, new RegExp(`(?:政府采购${kind}(?:支出|类)?|(?<=政府采购[^。]*)(?<!授予(?:中小|小微)企业[^。]*)${kind}(?:类|采购金额))${CONNECTOR}${MONEY}`, 'g')] as const,
  ),
];

/** The amounts granted to 中小企业 (新疆 授予…合同金额; 上海 预留 and 中标或成交 amounts). */
export const SME_AMOUNTS: readonly (readonly [string, RegExp])[] = [
  ['授予中小企业合同金额', new RegExp(`授予中小企业(?:的)?合同金额${CONNECTOR}${MONEY}`, 'g')],
  ['授予小微企业合同金额', new RegExp(`授予小微企业(?:的)?合同金额${CONNECTOR}${MONEY}`, 'g')],
  ['面向中小企业预留项目预算金额', new RegExp(`面向中小企业预留政府采购项目预算金额${CONNECTOR}${MONEY}`, 'g')],
  ['面向小微企业预留项目预算金额', new RegExp(`面向小微企业预留政府采购项目预算金额${CONNECTOR}${MONEY}`, 'g')],
  ['中小企业中标成交金额', new RegExp(`面向中小企业预留的?政府采购项目中,由中小企业供应商中标或成交的,采购金额${CONNECTOR}${MONEY}`, 'g')],
  ['小微企业中标成交金额', new RegExp(`面向小微企业预留的?政府采购项目中,由小微企业供应商中标或成交的,采购金额${CONNECTOR}${MONEY}`, 'g')],
  ['其他项目中小企业中标成交金额', new RegExp(`其他政府采购项目中,由中小企业供应商中标或成交的,采购金额${CONNECTOR}${MONEY}`, 'g')],
];

/** Whether `sentence` states 事项 `key`'s amount as `money` in a wording above (text-matter-amounts reads it there). */
export function statesMatterAmount(sentence: string, key: string, money: TextMoney): boolean {
  const pattern = [...PROCUREMENT_TOTAL_AND_PARTS, ...SME_AMOUNTS].find(([k]) => k === key)?.[1];
  if (!pattern) return false;
  return [...sentence.matchAll(pattern)].some((m) => {
    const stated = parseMoney(m[m.length - 2]!, m[m.length - 1]!);
    return stated.fen === money.fen && stated.unit === money.unit;
  });
}
