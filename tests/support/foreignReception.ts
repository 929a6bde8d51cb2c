/**
 * The sample's 说明数据 given the foreign part of its 公务接待 (table 07's 公务接待费 0.20万元, 国内 3批次18人次): 外宾接待费 0.05万元,
 * 接待外宾 1批次5人次. One setup for the rules that hold the part's amount (text-matter-amounts) and its counts (text-counts).
 */
export function withForeignReception(json: { 事项: Record<string, unknown> }): void {
  json.事项.外宾接待费 = 0.05;
  json.事项.接待外宾批次 = 1;
  json.事项.接待外宾人次 = 5;
}
