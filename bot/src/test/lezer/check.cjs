// Syntax verdicts of Grafana's LogQL grammar (@grafana/lezer-logql) for Ducky's conformance test.
// Input on stdin: a JSON array of queries. Output on stdout: a JSON object
//   {"version": "...", "results": [{"valid": bool, "errorAt": int}], "nanosPerQuery": number}
// "valid" means the tree has no error node. With --repeat N every query is parsed N times more, and
// nanosPerQuery is the mean parse time of those repeats (the baseline for Ducky's own parser).
'use strict';
const { parser } = require('@grafana/lezer-logql');
const path = require('path');
const fs = require('fs');
const packageDir = path.dirname(require.resolve('@grafana/lezer-logql'));
const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;

function firstError(query) {
  let at = -1;
  parser.parse(query).iterate({
    enter(node) {
      if (at >= 0) return false;
      if (node.type.isError) at = node.from;
      return true;
    },
  });
  return at;
}

const repeatFlag = process.argv.indexOf('--repeat');
const repeat = repeatFlag >= 0 ? Number(process.argv[repeatFlag + 1]) : 0;
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const results = queries.map((q) => {
  const at = firstError(q);
  return { valid: at < 0, errorAt: at };
});
let nanosPerQuery = null;
if (repeat > 0 && queries.length > 0) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) for (const q of queries) firstError(q);
  nanosPerQuery = Number(process.hrtime.bigint() - start) / (repeat * queries.length);
}
process.stdout.write(JSON.stringify({ version, results, nanosPerQuery }));
