/**
 * What each command accepts, kept apart from the commands so that `juesuan` loads only the command it runs
 * (ExcelJS and docx take a quarter of a second to load; `check` on a folder needs neither in the main thread).
 */
export const INSPECT_USAGE = 'juesuan inspect FILE.xlsx [--json]';
export const CHECK_USAGE = 'juesuan check FILE.xlsx|FOLDER... [--data 说明数据.json] [--json] [--out annotated.xlsx] [--report report.html] [--jobs N]';
export const EXPLAIN_USAGE = 'juesuan explain FILE.xlsx [--data 说明数据.json] [--preset xinjiang|shanghai|格式.json] [--format text|json|docx|pdf] [--out FILE]';
export const FILL_USAGE = 'juesuan fill FILE.xlsx --out filled.xlsx [--data 说明数据.json] [--preset xinjiang|shanghai|格式.json]';
