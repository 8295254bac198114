// Builds the deterministic seed: the same ids on every reseed, dates relative to "now" (some overdue).
import {
  BOARDS,
  CLOSED_COLUMN,
  COMMENTS,
  DEFAULT_COLUMNS,
  DEMO_PASSWORD,
  DESCRIPTIONS,
  PEOPLE,
  PROJECTS,
  SPACES,
  type BoardPlan,
} from './seed-data.js';
import {
  fullName,
  Store,
  teamflameDate,
  type Board,
  type SandboxUser,
  type Space,
  type Task,
} from './store.js';

export interface SeedOptions {
  /** One extra board of this size in the first space, for load tests. */
  largeBoard?: { columns: number; tasksPerColumn: number };
  now?: Date;
}

const PRIORITIES: Task['priority'][] = ['low', 'middle', 'high', ''];

/** A board with its columns (TeamFlame's four defaults unless named). */
export function createBoard(
  store: Store,
  fields: Omit<Board, 'id' | 'columns'>,
  columnNames: readonly string[] = DEFAULT_COLUMNS,
): Board {
  const board: Board = { ...fields, id: store.nextId(), columns: [] };
  store.boards.set(board.id, board);
  for (const name of columnNames) {
    const column = { id: store.nextId(), name, boardId: board.id, closed: name === CLOSED_COLUMN };
    store.columns.set(column.id, column);
    board.columns.push(column.id);
  }
  return board;
}

export function seedStore(options: SeedOptions = {}): Store {
  const now = options.now ?? new Date();
  const store = new Store();
  const userByHandle = new Map<string, SandboxUser>();
  for (const [email, firstName, lastName] of PEOPLE) {
    const user: SandboxUser = {
      id: store.nextId(),
      email,
      password: DEMO_PASSWORD,
      firstName,
      lastName,
      role: 'user',
      active: true,
      emailVerified: true,
    };
    store.users.set(user.id, user);
    userByHandle.set(email.split('@')[0]!, user);
  }

  const spaceByKey = new Map<string, Space>();
  for (const plan of SPACES) {
    const users = plan.members.map((handle) => userByHandle.get(handle)!.id);
    const space: Space = { id: store.nextId(), name: plan.name, description: plan.description, users };
    store.spaces.set(space.id, space);
    spaceByKey.set(plan.key, space);
  }

  const projectByKey = new Map<string, { id: string; space: string }>();
  for (const plan of PROJECTS) {
    const space = spaceByKey.get(plan.space)!.id;
    const project = { id: store.nextId(), name: plan.name, space, projectKey: plan.projectKey };
    store.projects.set(project.id, project);
    projectByKey.set(plan.key, project);
  }

  const boards = BOARDS.map((plan) => {
    const project = projectByKey.get(plan.project)!;
    const fields = { name: plan.name, spaceId: project.space, projectId: project.id };
    return { plan, board: createBoard(store, fields, plan.columns) };
  });
  let n = 0; // counts tasks across boards so that priorities, dates and comments vary
  for (const { plan, board } of boards) {
    let indexInBoard = 0;
    for (const [c, columnId] of board.columns.entries()) {
      const count = 4 - (c % 2);
      for (let i = 0; i < count; i++, n++, indexInBoard++) {
        const task = seedTask(store, board, columnId, n, titleOf(plan, indexInBoard), now);
        store.tasks.set(task.id, task);
      }
    }
  }

  if (options.largeBoard) {
    const dev = spaceByKey.get(SPACES[0].key)!;
    const backend = projectByKey.get('backend')!;
    addLargeBoard(store, dev, backend.id, options.largeBoard, userByHandle.get('demo')!, now);
  }
  return store;
}

function seedTask(store: Store, board: Board, columnId: string, n: number, name: string, now: Date): Task {
  const members = store.spaces.get(board.spaceId)!.users;
  const member = (k: number) => store.users.get(members[k % members.length]!)!;
  const assignees = members.filter((_, m) => (n + m) % 3 === 0).slice(0, 2);
  // Every fifth task is overdue, every fifth has no due date, the rest are due within 11 days.
  const dueInDays = n % 5 === 0 ? -((n % 7) + 1) : n % 5 === 1 ? undefined : (n % 11) + 1;
  return {
    id: store.nextId(),
    name,
    description: DESCRIPTIONS[n % DESCRIPTIONS.length]!,
    columnId,
    boardId: board.id,
    projectId: board.projectId,
    spaceId: board.spaceId,
    taskNumber: store.nextTaskNumber(),
    priority: PRIORITIES[n % PRIORITIES.length]!,
    status: [],
    users: assignees,
    creator: creatorOf(member(n)),
    comments: Array.from({ length: n % 4 }, (_, k) => ({
      userName: fullName(member(n + k)),
      text: COMMENTS[(n + k) % COMMENTS.length]!,
      createdAt: new Date(now.getTime() - ((n % 4) - k) * 5 * 3_600_000).toISOString(),
    })),
    subTasks: [],
    startDate: daysFrom(now, -14),
    ...(dueInDays === undefined ? {} : { endDate: daysFrom(now, dueInDays) }),
  };
}

function addLargeBoard(
  store: Store,
  space: Space,
  projectId: string,
  size: { columns: number; tasksPerColumn: number },
  creator: SandboxUser,
  now: Date,
): void {
  const big = createBoard(
    store,
    { name: `Large board ${size.columns}×${size.tasksPerColumn}`, spaceId: space.id, projectId },
    Array.from({ length: size.columns }, (_, i) => `Column ${i + 1}`),
  );
  for (const columnId of big.columns) {
    for (let i = 0; i < size.tasksPerColumn; i++) {
      const task: Task = {
        id: store.nextId(),
        name: `Task ${i + 1}`,
        description: '',
        columnId,
        boardId: big.id,
        projectId: big.projectId,
        spaceId: big.spaceId,
        taskNumber: store.nextTaskNumber(),
        priority: PRIORITIES[i % PRIORITIES.length]!,
        status: [],
        users: [space.users[i % space.users.length]!],
        creator: creatorOf(creator),
        comments: [],
        subTasks: [],
        ...(i % 3 === 0 ? { endDate: daysFrom(now, (i % 20) - 5) } : {}),
      };
      store.tasks.set(task.id, task);
    }
  }
}

function titleOf(plan: BoardPlan, index: number): string {
  return plan.titles[index] ?? `${plan.name} #${index + 1}`;
}

function creatorOf(user: SandboxUser): Task['creator'] {
  return { firstName: user.firstName, lastName: user.lastName, name: fullName(user) };
}

/** A due date `days` from now, at 18:00 UTC, in TeamFlame's zone-less format. */
function daysFrom(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(18, 0, 0, 0);
  return teamflameDate(date);
}
