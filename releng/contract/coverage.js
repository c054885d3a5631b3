#!/usr/bin/env node
// Which operations of the API contract the contract run exercised: reads the OpenAPI document and Prism's log of the
// run (tests/org.agentproxy.server.tests/target/contract/prism.log), maps every request Prism forwarded to the
// server onto its operation, and prints each operation with the statuses the server answered. Exit 1 when an
// operation was never exercised: every operation the server has must be checked against the contract.
//
// usage: node releng/contract/coverage.js docs/policy-server.openapi.yaml PRISM_LOG
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');

const [specFile, logFile] = process.argv.slice(2);
if (!specFile || !logFile) {
  console.error('usage: coverage.js SPEC PRISM_LOG');
  process.exit(2);
}
if (!fs.existsSync(logFile)) {
  console.error(`contract coverage: ${logFile} does not exist: the contract run did not run`);
  process.exit(1);
}
const spec = yaml.safeLoad(fs.readFileSync(specFile, 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const operations = [];
for (const [template, item] of Object.entries(spec.paths)) {
  const pattern = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$');
  for (const method of METHODS) {
    if (item[method]) {
      operations.push({ id: item[method].operationId, method, template, pattern, requests: 0, statuses: new Set() });
    }
  }
}
// Prism logs: > Forwarding "put" request to http://127.0.0.1:PORT/PATH...   then: The upstream call to PATH has returned N
const forwarded = /Forwarding "([a-z]+)" request to https?:\/\/[^/]+(\/[^?\s]*?)(?:\?\S*)?\.\.\.$/;
const returned = /The upstream call to (\/\S*) has returned (\d{3})/;
const pending = []; // forwarded, not yet answered: {op, path} (requests may overlap)
let unmatched = 0;
for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
  let m = forwarded.exec(line);
  if (m) {
    const op = operations.find(o => o.method === m[1] && o.pattern.test(m[2]));
    if (op) {
      op.requests++;
      pending.push({ op, path: m[2] });
    } else {
      unmatched++;
    }
    continue;
  }
  m = returned.exec(line);
  const at = m ? pending.findIndex(p => p.path === m[1]) : -1;
  if (at >= 0) {
    pending[at].op.statuses.add(m[2]);
    pending.splice(at, 1);
  }
}
let missing = 0;
console.log('Contract coverage (operations of ' + specFile + ' exercised through Prism):');
for (const op of operations) {
  const statuses = [...op.statuses].sort().join(' ');
  console.log(`  ${op.requests ? 'ok  ' : 'NONE'} ${op.method.toUpperCase().padEnd(6)} ${op.template.padEnd(44)} ${String(op.requests).padStart(4)} requests  ${statuses}`);
  if (!op.requests) {
    missing++;
  }
}
if (unmatched) {
  console.log(`  (${unmatched} forwarded requests matched no operation)`);
}
if (missing) {
  console.error(`contract coverage: ${missing} operation(s) were never exercised by the contract run`);
  process.exit(1);
}
