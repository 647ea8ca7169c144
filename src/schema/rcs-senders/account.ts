import { accountActivityPages } from '../../loaders/pages.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { AFTER_ARG, checkFirst, DEFAULT_FIRST, FIRST_ARG, paginate } from '../lib/pagination.ts';
import { Project } from '../project.ts';
import { RcsActivityConnection } from './activities.ts';

// Project.rcsActivities: the project's account-level activity log, not about any one sender.

builder.objectFields(Project, (t) => ({
  rcsActivities: t.field({
    type: RcsActivityConnection,
    nullable: true,
    description:
      "The project's account-level RCS activity log, newest first. One upstream call (GET .../rcs/activities) per page read.",
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (project, args, ctx) =>
      paginate(
        async (token, pageSize) => {
          const page = await accountActivityPages(ctx).load({
            projectId: project.id,
            pageToken: token,
            pageSize,
          });
          return { ...page, items: page.notifications };
        },
        { first: checkFirst(args.first), after: args.after },
      ),
  }),
}));
