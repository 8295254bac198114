// /project/*: projects of a space, one project, a new project. A project names its space `space`.
import { z } from 'zod';
import type { Project } from '../store.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { entityName, objectId, optionalText } from './fields.js';

const createProjectSchema = z.object({
  name: entityName,
  space: objectId,
  projectKey: z.string().max(20).optional(),
  private: z.boolean().optional(),
  logo: optionalText,
  color: optionalText,
  location: z.string().optional(),
});

export const projectRoutes: ApiRoute[] = [
  route('GET', '/project/projectsBySpace/:spaceId', ({ params }, { user, access, store }) => {
    const space = access.space(user, params.spaceId!);
    return { body: [...store.projects.values()].filter((p) => p.space === space.id) };
  }),

  route('GET', '/project/:id', ({ params }, { user, access }) => ({
    body: access.project(user, params.id!),
  })),

  route('POST', '/project/create', ({ body }, { user, access, store }) => {
    const input = parseBody(createProjectSchema, body);
    const space = access.space(user, input.space);
    const project: Project = {
      id: store.nextId(),
      name: input.name,
      space: space.id,
      ...(input.projectKey === undefined ? {} : { projectKey: input.projectKey }),
      ...(input.private === undefined ? {} : { private: input.private }),
      ...(input.color === undefined ? {} : { color: input.color }),
    };
    store.projects.set(project.id, project);
    return { status: 201, body: project };
  }),
];
