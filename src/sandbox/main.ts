// `npm run sandbox`: the sandbox alone as a REST server (SANDBOX_PORT, default 4010; HOST, default 127.0.0.1).
import { DEMO, startSandbox } from './index.ts';

const port = Number(process.env.SANDBOX_PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const sandbox = await startSandbox({ host, port });
const basic = Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64');
// Demo credentials are public fixtures of the sandbox, not secrets.
console.log(`Sinch sandbox listening on ${sandbox.url}`);
console.log(`  project id: ${DEMO.projectId}   key id: ${DEMO.keyId}   key secret: ${DEMO.keySecret}`);
console.log(
  `  try: curl -H 'Authorization: Basic ${basic}' ${sandbox.url}/v1/projects/${DEMO.projectId}/rcs/senders`,
);
console.log(
  `  token: curl -u ${DEMO.keyId}:${DEMO.keySecret} -d grant_type=client_credentials ${sandbox.url}/oauth2/token`,
);

const stop = () => {
  sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
