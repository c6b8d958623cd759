import { AppFailure, type ErrorCode } from '../../../shared/domain/result';

/** What a service refused with. Anything else thrown, or nothing thrown at all, fails the test. */

export function failureOf(action: () => unknown): AppFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure, but nothing was thrown');
}

/** The failure's code, or 'none' when the action succeeds. */
export function failureCode(action: () => unknown): ErrorCode | 'none' {
  try {
    action();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  return 'none';
}

/** As `failureCode`, for an action that fails by rejecting. */
export async function rejectionCode(action: () => Promise<unknown>): Promise<ErrorCode | 'none'> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  return 'none';
}
