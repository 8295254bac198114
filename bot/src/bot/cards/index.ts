export { boardCard, type BoardCardData } from './board.js';
export { boardPickerCard } from './board-picker.js';
export {
  composeTaskFormCard,
  placeValue,
  taskPreview,
  type ComposeTaskValues,
  type TaskPlaceChoice,
} from './compose.js';
export { createBoardCard, createColumnCard, createTaskCard } from './create-forms.js';
export { helpCard } from './help.js';
export { myTasksCard } from './my-tasks.js';
export { digestCard, notificationCard, personalCard } from './notification.js';
export { describeDelivery } from './notification-text.js';
export {
  badDeliveryCard,
  errorCard,
  myTasksFollowCard,
  notUnderstoodCard,
  renewNoticeCard,
  signedInCard,
  signedOutCard,
  signInPromptCard,
  stillWorkingCard,
  subscriptionsCard,
  type NoticeAction,
} from './notice.js';
export type { AdaptiveCardJson } from './render.js';
export { signInCard, type SignInCardData } from './sign-in.js';
export {
  dialogSignInCard,
  dialogTitle,
  taskDialogCard,
  type DialogValues,
  type TaskDialogData,
} from './task-dialogs.js';
export { taskDetailCard, type TaskCardData } from './task-detail.js';
export { welcomeCard } from './welcome.js';
export * from './view-models.js';
export * from './actions.js';
