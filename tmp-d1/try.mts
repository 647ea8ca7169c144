import { DEMO } from '../src/sandbox/index.ts';
import { startServer } from '../src/server.ts';
import { startValidatedSandbox } from '../test/support/sandbox.ts';
import { DEMO_AUTH } from '../test/support/credentials.ts';
const sandbox = await startValidatedSandbox({ seed: 'demo' });
const server = await startServer({ env: {}, config: { port: 0, sinchApiUrl: sandbox.url, credentials: undefined, logLevel: 'info' } });
const q = `query Dash { project(id: "${DEMO.projectId}") { rcsSenders(first: 3) { nodes @stream(initialCount: 1) { id brand { name } testNumbers { number ... @defer(label: "caps") { capabilities { __typename } } } } } } }`;
for (const accept of ['multipart/mixed', 'text/event-stream', 'application/json']) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept, authorization: DEMO_AUTH }, body: JSON.stringify({ query: q }) });
  console.log('---', accept, res.status, [...res.headers]);
  console.log(await res.text());
}
await server.close(); await sandbox.close();
