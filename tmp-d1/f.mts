import { startValidatedSandbox } from '../test/support/sandbox.ts';
const sandbox = await startValidatedSandbox({ seed: 'demo' });
const r = await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', headers: {'content-type':'application/json'}, body: JSON.stringify({ match: { operationId: 'RcsSendersController_getTestNumberCapabilities_v1' }, status: 403, times: 1 }) });
console.log(r.status, await r.text());
await sandbox.close();
