// The sandbox's in-memory entities, shaped as TeamFlame returns them (see shared/teamflame-api.md).
export interface SandboxUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  surName?: string;
  avatar?: string;
  role?: string;
  active: boolean;
  emailVerified: boolean;
}

export interface Space {
  id: string;
  name: string;
  description?: string;
  logo?: string;
  color?: string;
  users: string[];
}

export interface Project {
  id: string;
  name: string;
  space: string;
  description?: string;
  projectKey?: string;
  private?: boolean;
  color?: string;
}

export interface Board {
  id: string;
  name: string;
  spaceId: string;
  projectId: string;
  columns: string[];
  color?: string;
}

export interface Column {
  id: string;
  name: string;
  boardId: string;
  color?: string;
  closed?: boolean;
}

export interface Comment {
  userName: string;
  text: string;
}

export interface Task {
  id: string;
  name: string;
  description: string;
  columnId: string;
  boardId: string;
  projectId: string;
  spaceId: string;
  taskNumber: number;
  priority: 'low' | 'middle' | 'high' | '';
  status: string[];
  users: string[];
  creator: { firstName?: string; lastName?: string; name?: string };
  comments: Comment[];
  subTasks: unknown[];
  startDate?: string;
  endDate?: string;
}

export interface Store {
  users: Map<string, SandboxUser>;
  spaces: Map<string, Space>;
  projects: Map<string, Project>;
  boards: Map<string, Board>;
  columns: Map<string, Column>;
  tasks: Map<string, Task>;
  nextId: () => string;
  nextTaskNumber: () => number;
}

/** 24 hex characters, MongoDB ObjectId style, from a counter so the seed is deterministic. */
export function objectIdFactory(prefix: string): () => string {
  let counter = 0;
  return () => (prefix + (++counter).toString(16).padStart(24 - prefix.length, '0')).slice(0, 24);
}

export function emptyStore(): Store {
  const nextId = objectIdFactory('65f0');
  let taskNumber = 0;
  return {
    users: new Map(),
    spaces: new Map(),
    projects: new Map(),
    boards: new Map(),
    columns: new Map(),
    tasks: new Map(),
    nextId,
    nextTaskNumber: () => ++taskNumber,
  };
}

/** TeamFlame's date format: no zone, seconds precision. */
export function teamflameDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function publicUser(user: SandboxUser) {
  const { password: _password, ...rest } = user;
  return rest;
}
