/**
 * Why a text is not JSON, in Chinese, with the place as 第N行第M列: the parser's own message (V8's in Node and
 * Chromium, SpiderMonkey's in Firefox) is English and says the place as a character offset, which the accountant
 * editing the file in Notepad cannot find.
 */

const KINDS: readonly [RegExp, string][] = [
  [/bad control character/i, '字符串中有换行、制表符等控制字符，换行请写成 \\n'],
  [/bad (escaped|escape) character|bad unicode escape/i, '反斜杠“\\”后的转义不正确，路径中的“\\”请写成“\\\\”'],
  [/unterminated string/i, '字符串缺少结尾的英文双引号'],
  [/expected (double-quoted )?property name|property names must be double-quoted/i, '名称应写在英文双引号中，或这里多了一个逗号'],
  [/expected ',' or '}'|expected ',' or '\}'|after property value/i, '这里缺少逗号或右花括号“}”'],
  [/expected ',' or '\]'|after array element/i, '这里缺少逗号或右方括号“]”'],
  [/unexpected end/i, '内容不完整：结尾缺少括号或引号'],
  [/non-whitespace character after|unexpected non-whitespace/i, '内容结束后还有多余的字符'],
  [/no number after minus|exponent part is missing|unterminated fractional|missing digits/i, '数字的写法不正确'],
  [/unexpected token|unexpected character/i, '这里有不应出现的字符，中文引号、逗号、冒号请改为英文的'],
];

/** 第N行第M列 of a character offset into `text`. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `第${line}行第${column}列`;
}

/** What the parser's error says, in Chinese: the place (where it gives one) and the kind of mistake. */
export function jsonSyntaxDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /at position (\d+)/i.exec(message);
  const place = lineColumn
    ? `第${lineColumn[1]}行第${lineColumn[2]}列`
    : position
      ? placeOf(text, Number(position[1]))
      : /unexpected end/i.test(message)
        ? '文件末尾'
        : '';
  const kind = KINDS.find(([re]) => re.test(message))?.[1] ?? '格式不正确';
  return place ? `${place}：${kind}` : kind;
}

/** The value of a JSON text, or why it is not JSON (a byte-order mark, which Windows Notepad writes, is no error). */
export function parseJson(text: string): { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, message: `不是有效的 JSON（${jsonSyntaxDetail(body, e)}）：请检查括号、引号和逗号。` };
  }
}
