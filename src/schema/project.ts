import { builder } from './builder.ts';

/** A project is only a handle for its id: resolving one costs no upstream call. */
export interface ProjectRecord {
  readonly id: string;
}

export const Project = builder.objectRef<ProjectRecord>('Project').implement({
  description:
    'A Sinch project. Only a handle for its id (no upstream call by itself); its fields load what they need.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The Sinch project id, unchanged.' }),
  }),
});

builder.queryField('project', (t) =>
  t.field({
    nullable: false,
    type: Project,
    description: 'A project by its Sinch project id. Costs no upstream call by itself.',
    args: {
      id: t.arg.id({
        required: true,
        description: 'The Sinch project id (a UUID, shown in the Sinch dashboard).',
      }),
    },
    resolve: (_root, args) => ({ id: String(args.id) }),
  }),
);
