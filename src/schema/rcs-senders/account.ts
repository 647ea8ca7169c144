import { accountActivityPages } from '../../loaders/pages.ts';
import { builder } from '../builder.ts';
import { activitiesField, logPages } from '../lib/activity-log.ts';
import { Project } from '../project.ts';
import { RcsActivityConnection } from './activities.ts';

// Project.rcsActivities: the project's account-level activity log, not about any one sender.

builder.objectFields(Project, (t) => ({
  rcsActivities: activitiesField(t, RcsActivityConnection, {
    whose: "The project's account-level RCS",
    path: '.../rcs/activities',
    pages: (ctx, project) => logPages(accountActivityPages(ctx), { projectId: project.id }),
  }),
}));
