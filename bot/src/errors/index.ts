export { AppError, type ErrorParams } from './app-error.js';
export { ERROR_CATALOG, ERROR_CODES, type ErrorCode, type ErrorEntry } from './catalog.js';
export { failureOf, type ClassifiedFailure, type Failure } from './failure.js';
export { errorText } from './text.js';
