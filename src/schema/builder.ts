import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { Context } from '../context.ts';

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    ID: { Input: string; Output: string };
    // Output accepts the upstream string as is (parsed leniently, printed canonically) or a Date.
    DateTime: { Input: Date; Output: Date | string };
    PhoneNumber: { Input: string; Output: string };
  };
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  // Federation last: it must see the resolvers as the other plugins wrapped them.
  plugins: [
    ErrorsPlugin,
    DataloaderPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
    DirectivesPlugin,
    FederationPlugin,
  ],
  errors: {
    // Never `Error` itself: that would turn every internal failure, message included, into data.
    defaultTypes: [],
  },
  relay: {
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    clientMutationId: 'omit',
  },
});

builder.queryType({});
builder.mutationType({});
