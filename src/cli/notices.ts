/** 说明数据 problems as lines for stderr (the text keeps a gap where a value could not be read). */
export function supplementNotices(problems: readonly { readonly message: string; readonly path?: string }[]): string[] {
  return problems.map((p) => (p.path !== undefined ? `说明数据 ${p.path}：${p.message}` : `说明数据：${p.message}`));
}
