import type { AppError, Result } from '../../../shared/domain/result';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveState {
  status: SaveStatus;
  /** The last failure while status is 'error'. */
  error: AppError | null;
}

export interface AutosaverOptions<D, R> {
  save: (document: D) => Promise<Result<R>>;
  onSaved: (document: D, response: R) => void;
  onState: (state: SaveState) => void;
  debounceMs?: number;
  /** Waits between retries after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

/**
 * Saves the newest version of a document shortly after the last change, one save at a time. A change made while a
 * save is in flight is queued and sent when that save ends, so no edit is lost; failures are retried with back-off.
 */
export class Autosaver<D, R> {
  private queued: D | null = null;
  private inFlight = false;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastError: AppError | null = null;
  private waiters: Array<(saved: boolean) => void> = [];
  private disposed = false;
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly options: AutosaverOptions<D, R>) {
    this.debounceMs = options.debounceMs ?? 400;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000];
  }

  /** Records the newest document and saves it after the debounce delay. */
  change(document: D): void {
    if (this.disposed) return;
    this.queued = document;
    this.clearTimer('debounce');
    if (this.lastError === null && !this.inFlight) this.emit('pending');
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.run();
    }, this.debounceMs);
  }

  /** Saves whatever is queued now; resolves true once everything is stored, false if a save failed. */
  flush(): Promise<boolean> {
    if (!this.hasWork()) return Promise.resolve(this.lastError === null);
    this.clearTimer('debounce');
    this.clearTimer('retry');
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    void this.run();
    return done;
  }

  hasUnsavedChanges(): boolean {
    return this.hasWork();
  }

  /** Stops timers; a pending document is dropped, so flush first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer('debounce');
    this.clearTimer('retry');
    this.settle(this.queued === null && !this.inFlight);
  }

  private hasWork(): boolean {
    return this.queued !== null || this.inFlight;
  }

  private async run(): Promise<void> {
    if (this.inFlight || this.queued === null || this.disposed) return;
    const document = this.queued;
    this.queued = null;
    this.inFlight = true;
    if (this.lastError === null) this.emit('saving');
    const result = await this.options.save(document);
    this.inFlight = false;
    if (this.disposed) return;

    if (!result.ok) {
      // Keep the failed document unless a newer one arrived meanwhile: the newer one contains its changes.
      if (this.queued === null) this.queued = document;
      this.failures += 1;
      this.lastError = result.error;
      this.emit('error');
      this.settle(false);
      this.scheduleRetry();
      return;
    }

    this.failures = 0;
    this.lastError = null;
    this.options.onSaved(document, result.value);
    if (this.queued !== null) {
      this.emit('pending');
      // A change typed during the save: send it now if its debounce already ran out or someone is waiting.
      if (this.debounceTimer === null || this.waiters.length > 0) {
        this.clearTimer('debounce');
        void this.run();
      }
      return;
    }
    this.emit('saved');
    this.settle(true);
  }

  private scheduleRetry(): void {
    this.clearTimer('retry');
    const index = Math.min(this.failures - 1, this.retryDelaysMs.length - 1);
    const delay = this.retryDelaysMs[index] ?? 30_000;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.clearTimer('debounce');
      void this.run();
    }, delay);
  }

  private settle(saved: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(saved);
  }

  private clearTimer(which: 'debounce' | 'retry'): void {
    const timer = which === 'debounce' ? this.debounceTimer : this.retryTimer;
    if (timer !== null) clearTimeout(timer);
    if (which === 'debounce') this.debounceTimer = null;
    else this.retryTimer = null;
  }

  private emit(status: SaveStatus): void {
    this.options.onState({ status, error: status === 'error' ? this.lastError : null });
  }
}
