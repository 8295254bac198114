// Turns TeamFlame entities into what cards show, with each user's name fetched at most once per turn.
import type { TeamFlameClient, Task } from '../../teamflame/index.js';
import { displayName, dueDateOf, isOverdue, memberIdsOf, toPlainText } from '../../teamflame/index.js';
import type { BoardChoiceView, BoardView, PersonView, TaskSummaryView, TaskView } from '../cards/index.js';

export class Views {
  private readonly names = new Map<string, Promise<string>>();

  constructor(
    private readonly client: TeamFlameClient,
    private readonly tabUrl: (boardId?: string, taskId?: string) => string,
  ) {}

  userName(id: string): Promise<string> {
    let name = this.names.get(id);
    if (!name) {
      name = this.client.users.get(id).then(displayName, () => id);
      this.names.set(id, name);
    }
    return name;
  }

  people(ids: string[]): Promise<PersonView[]> {
    return Promise.all(ids.map(async (id) => ({ id, name: await this.userName(id) })));
  }

  async summary(task: Task, columnName: string): Promise<TaskSummaryView> {
    const assignees = await this.people(task.users ?? []);
    return {
      id: task.id,
      name: task.name,
      assigneeNames: assignees.map((a) => a.name).join(', '),
      dueDate: dueDateOf(task),
      overdue: isOverdue(task, columnName),
    };
  }

  async board(boardId: string): Promise<BoardView> {
    const [board, layout] = await Promise.all([
      this.client.boards.get(boardId),
      this.client.loadBoard(boardId),
    ]);
    const [space, project] = await Promise.all([
      board.spaceId ? this.client.spaces.get(board.spaceId).catch(() => undefined) : undefined,
      board.projectId ? this.client.projects.get(board.projectId).catch(() => undefined) : undefined,
    ]);
    const columns = await Promise.all(
      layout.columns.map(async (column) => ({
        id: column.id,
        name: column.name,
        taskCount: column.tasks.length,
        tasks: await Promise.all(column.tasks.slice(0, 5).map((task) => this.summary(task, column.name))),
      })),
    );
    return {
      id: board.id,
      name: board.name,
      path: [space?.name, project?.name].filter(Boolean).join(' / '),
      columns,
      url: this.tabUrl(board.id),
    };
  }

  async task(taskId: string): Promise<TaskView> {
    const task = await this.client.tasks.get(taskId);
    const boardId = task.boardId ?? '';
    const [board, columns, space] = await Promise.all([
      boardId ? this.client.boards.get(boardId).catch(() => undefined) : undefined,
      boardId ? this.client.columns.byBoard(boardId) : Promise.resolve([]),
      task.spaceId ? this.client.spaces.get(task.spaceId).catch(() => undefined) : undefined,
    ]);
    const columnName = columns.find((c) => c.id === task.columnId)?.name ?? '';
    const memberIds = [...new Set([...memberIdsOf(space?.users), ...(task.users ?? [])])];
    const [members, assignees] = await Promise.all([this.people(memberIds), this.people(task.users ?? [])]);
    const priority =
      task.priority === 'low' || task.priority === 'middle' || task.priority === 'high'
        ? task.priority
        : undefined;
    return {
      id: task.id,
      name: task.name,
      description: toPlainText(task.description),
      boardId,
      boardName: board?.name ?? '',
      columnId: task.columnId,
      columnName,
      columns: columns.map((c) => ({ id: c.id, name: c.name })),
      assignees,
      members,
      dueDate: dueDateOf(task),
      overdue: isOverdue(task, columnName),
      priority,
      comments: (task.comments ?? [])
        .slice(-3)
        .map((c) => ({ author: c.userName ?? '', text: toPlainText(c.text) })),
      url: this.tabUrl(boardId, task.id),
    };
  }

  /** Every board the user can see, titled "Space / Project / Board". */
  async boardChoices(): Promise<BoardChoiceView[]> {
    const [spaces, boards] = await Promise.all([this.client.spaces.list(), this.client.boards.mine()]);
    const projectLists = await Promise.all(
      spaces.map((s) => this.client.projects.bySpace(s.id).catch(() => [])),
    );
    const spaceNames = new Map(spaces.map((s) => [s.id, s.name]));
    const projectNames = new Map(projectLists.flat().map((p) => [p.id, p.name]));
    return boards
      .map((b) => ({
        id: b.id,
        title: [spaceNames.get(b.spaceId ?? ''), projectNames.get(b.projectId ?? ''), b.name]
          .filter(Boolean)
          .join(' / '),
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  /** Projects to create a board in; the value carries the space too ("spaceId/projectId"). */
  async projectChoices(): Promise<{ id: string; title: string }[]> {
    const spaces = await this.client.spaces.list();
    const lists = await Promise.all(
      spaces.map(async (s) =>
        (await this.client.projects.bySpace(s.id)).map((p) => ({
          id: `${s.id}/${p.id}`,
          title: `${s.name} / ${p.name}`,
        })),
      ),
    );
    return lists.flat();
  }
}
