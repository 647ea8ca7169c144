// `npm run supergraph` (scripts/compose-supergraph.ts), run as a user runs it, from another directory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeWithGuild, mustCompose } from '../support/federation/compose.ts';
import { gatewayDirectory, runComposeScript } from '../support/federation/gateway-cli.ts';
import { TEST_SUBGRAPH_SDL } from '../support/federation/test-subgraph.ts';

const CONFLICTING = TEST_SUBGRAPH_SDL.replace(
  'internalOwner: String!',
  'internalOwner: String!\n    state: Int!',
);
const work = gatewayDirectory({ 'teams.graphql': TEST_SUBGRAPH_SDL, 'conflict.graphql': CONFLICTING });
afterAll(() => work.remove());

describe('npm run supergraph', () => {
  it('composes subgraph.graphql with the given SDL files into the supergraph Hive composes', () => {
    const run = runComposeScript(work.dir, [
      '--url',
      'http://rcs.example:4000/graphql',
      '--subgraph',
      'teams=http://teams.example:4001/graphql?a=b=./teams.graphql',
      '--out',
      'out/../supergraph.graphql',
    ]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const out = join(work.dir, 'supergraph.graphql');
    expect(run.stdout).toBe(
      `wrote ${out} (rcs-senders → http://rcs.example:4000/graphql, teams → http://teams.example:4001/graphql?a=b)\n`,
    );
    // The same composer and inputs in process give the same supergraph (names and URLs aside).
    const expected = mustCompose(
      composeWithGuild({
        rcs: 'http://rcs.example:4000/graphql',
        teams: 'http://teams.example:4001/graphql?a=b',
      }),
    )
      .replaceAll('RCS @join__graph(name: "rcs"', 'RCS_SENDERS @join__graph(name: "rcs-senders"')
      .replaceAll('graph: RCS,', 'graph: RCS_SENDERS,')
      .replaceAll('graph: RCS)', 'graph: RCS_SENDERS)');
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('without arguments: this service alone, at http://127.0.0.1:4000/graphql', () => {
    const alone = gatewayDirectory({});
    try {
      expect(runComposeScript(alone.dir, []).status).toBe(0);
      const sdl = readFileSync(join(alone.dir, 'supergraph.graphql'), 'utf8');
      expect(sdl).toContain(
        'RCS_SENDERS @join__graph(name: "rcs-senders", url: "http://127.0.0.1:4000/graphql")',
      );
      expect(sdl).not.toContain('TEAMS');
    } finally {
      alone.remove();
    }
  });

  it('a composition error is printed and exits 1; a malformed --subgraph exits 2; nothing is written', () => {
    const conflict = runComposeScript(work.dir, [
      '--subgraph',
      'teams=http://t/graphql=./conflict.graphql',
      '--out',
      'c.graphql',
    ]);
    expect(conflict.status).toBe(1);
    expect(conflict.stderr).toMatch(/^composition error: .*"RcsSender\.state"/m);
    const bad = runComposeScript(work.dir, ['--subgraph', 'teams', '--out', 'b.graphql']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--subgraph must be <name>=<url>=<sdl-file>, got "teams"');
    expect([existsSync(join(work.dir, 'c.graphql')), existsSync(join(work.dir, 'b.graphql'))]).toEqual([
      false,
      false,
    ]);
  });
});
