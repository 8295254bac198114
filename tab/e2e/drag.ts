// Drag and drop with the mouse, as a person does it: @dnd-kit starts a drag only after a small move.
import type { Page } from 'playwright-core';

export async function dragTask(page: Page, taskId: string, columnId: string): Promise<void> {
  const card = page.locator(`[data-task-id="${taskId}"]`);
  const column = page.locator(`[data-column-id="${columnId}"]`);
  const from = (await card.boundingBox())!;
  const to = (await column.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await page.mouse.up();
}
