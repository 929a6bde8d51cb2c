import { readingTimes } from './reading';
const r = readingTimes(process.argv[2]!, 31, 12, Number(process.argv[3] ?? 3));
console.log(JSON.stringify({ check: r.checkMs.toFixed(2), floor: r.floorMs.toFixed(2), ratio: (r.checkMs / r.floorMs).toFixed(2), byProc: r.vsFloorByProcess.map((x) => x.toFixed(2)), vsExcel: (r.checkMs / r.exceljsMs).toFixed(3) }));
