// Syntax verdicts of Grafana's LogQL grammar (@grafana/lezer-logql) for Ducky's conformance test.
// Input on stdin: a JSON array of queries. Output on stdout: a JSON object
//   {"version": "...", "results": [{"valid": bool, "errorAt": int, "recovered": bool}], "nanosPerQuery": number}
// "valid" means the tree has no error node and its root holds one Expr, as the grammar's top rule derives.
// The second condition matters at the end of the input only: there lezer's error recovery may close an
// unfinished aggregation (e.g. `topk(3, {a="b"}`) by dropping tokens without leaving an error node; such a
// tree ("recovered") is not a parse of the grammar, so it counts as invalid.
// With --repeat N every query is parsed N times more, and nanosPerQuery is the mean parse time of those repeats.
'use strict';
const { parser } = require('@grafana/lezer-logql');
const path = require('path');
const fs = require('fs');
const packageDir = path.dirname(require.resolve('@grafana/lezer-logql'));
const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;

function firstError(tree) {
  let at = -1;
  tree.iterate({
    enter(node) {
      if (at >= 0) return false;
      if (node.type.isError) at = node.from;
      return true;
    },
  });
  return at;
}

function rootIsOneExpr(tree) {
  const children = [];
  for (let child = tree.topNode.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'LineComment') children.push(child.name);
  }
  return children.length === 1 && children[0] === 'Expr';
}

function verdict(query) {
  const tree = parser.parse(query);
  const at = firstError(tree);
  const recovered = at < 0 && !rootIsOneExpr(tree);
  return { valid: at < 0 && !recovered, errorAt: at, recovered };
}

const repeatFlag = process.argv.indexOf('--repeat');
const repeat = repeatFlag >= 0 ? Number(process.argv[repeatFlag + 1]) : 0;
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const results = queries.map(verdict);
let nanosPerQuery = null;
if (repeat > 0 && queries.length > 0) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) for (const q of queries) verdict(q);
  nanosPerQuery = Number(process.hrtime.bigint() - start) / (repeat * queries.length);
}
process.stdout.write(JSON.stringify({ version, results, nanosPerQuery }));
