import { z } from 'zod';
import type { Caller } from '../caller.js';
import { projectSchema, type Project } from '../schemas.js';

export class ProjectsService {
  constructor(private readonly call: Caller) {}

  bySpace(spaceId: string): Promise<Project[]> {
    return this.call.get(
      `/project/projectsBySpace/${encodeURIComponent(spaceId)}`,
      z.array(projectSchema),
      'projects',
    );
  }

  get(projectId: string): Promise<Project> {
    return this.call.get(`/project/${encodeURIComponent(projectId)}`, projectSchema, 'project');
  }

  create(input: { name: string; spaceId: string; projectKey?: string; private?: boolean }): Promise<Project> {
    const body = {
      name: input.name,
      space: input.spaceId,
      projectKey: input.projectKey ?? '',
      private: input.private ?? false,
      logo: '',
      color: '',
      location: input.spaceId,
    };
    return this.call.post('/project/create', body, projectSchema, 'project');
  }
}
