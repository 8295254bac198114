// The sandbox's in-memory model, with entities shaped as TeamFlame returns them (see shared/teamflame-api.md).
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

export type PublicUser = Omit<SandboxUser, 'password'>;

export interface Space {
  id: string;
  name: string;
  description?: string;
  logo?: string;
  color?: string;
  /** Member ids. */
  users: string[];
}

export interface Project {
  id: string;
  name: string;
  /** The space id: TeamFlame names it `space`, not `spaceId`. */
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
  /** Column ids in board order. */
  columns: string[];
  color?: string;
}

export interface Column {
  id: string;
  name: string;
  boardId: string;
  color?: string;
  /** Hidden by `?hideClosed=true`. */
  closed?: boolean;
}

/** `createdAt` is this sandbox's assumption (Mongo-backed APIs stamp their documents); no public client shows it. */
interface Comment {
  userName: string;
  text: string;
  createdAt: string;
}

type Priority = 'low' | 'middle' | 'high' | '';

export interface Task {
  id: string;
  name: string;
  description: string;
  columnId: string;
  boardId: string;
  projectId: string;
  spaceId: string;
  taskNumber: number;
  priority: Priority;
  status: string[];
  /** Assignee ids. */
  users: string[];
  creator: { firstName?: string; lastName?: string; name?: string };
  comments: Comment[];
  subTasks: unknown[];
  startDate?: string;
  endDate?: string;
}

export interface DemoUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** 24 hex characters, MongoDB ObjectId style, from a counter so that every reseed gives the same ids. */
function objectIdFactory(prefix: string): () => string {
  let counter = 0;
  return () => (prefix + (++counter).toString(16).padStart(24 - prefix.length, '0')).slice(0, 24);
}

export class Store {
  readonly users = new Map<string, SandboxUser>();
  readonly spaces = new Map<string, Space>();
  readonly projects = new Map<string, Project>();
  readonly boards = new Map<string, Board>();
  readonly columns = new Map<string, Column>();
  readonly tasks = new Map<string, Task>();
  readonly nextId = objectIdFactory('65f0');
  private taskCounter = 0;

  nextTaskNumber(): number {
    return ++this.taskCounter;
  }

  userByEmail(email: string): SandboxUser | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.users.values()].find((u) => u.email.toLowerCase() === wanted);
  }

  /** A board's columns in board order. */
  columnsOf(board: Board): Column[] {
    return board.columns.flatMap((id) => this.columns.get(id) ?? []);
  }

  tasksIn(columnId: string): Task[] {
    return [...this.tasks.values()].filter((t) => t.columnId === columnId);
  }

  tasksAssignedTo(userId: string): Task[] {
    return [...this.tasks.values()].filter((t) => t.users.includes(userId));
  }

  demoUsers(): DemoUser[] {
    return [...this.users.values()].map(({ id, email, password, firstName, lastName }) => ({
      id,
      email,
      password,
      firstName,
      lastName,
    }));
  }
}

/** TeamFlame's date format: no zone, seconds precision. */
export function teamflameDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function publicUser(user: SandboxUser): PublicUser {
  const { password: _password, ...rest } = user;
  return rest;
}

export function fullName(user: Pick<SandboxUser, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`;
}
