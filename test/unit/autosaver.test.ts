import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../shared/domain/result';
import { Autosaver, type SaveState } from '../../renderer/src/lib/autosaver';

interface Doc {
  text: string;
}

/** A backend whose saves finish only when the test says so, so that overlapping edits can be staged exactly. */
function controllableBackend() {
  const calls: Array<{ doc: Doc; finish: (result: Result<string>) => void }> = [];
  const save = (doc: Doc) => new Promise<Result<string>>((resolve) => calls.push({ doc, finish: resolve }));
  return { calls, save };
}

function setup(save: (doc: Doc) => Promise<Result<string>>) {
  const states: SaveState[] = [];
  const saved: Doc[] = [];
  const autosaver = new Autosaver<Doc, string>({
    save,
    onSaved: (doc) => saved.push(doc),
    onState: (state) => states.push(state),
    debounceMs: 400,
    retryDelaysMs: [1000, 2000],
  });
  return { autosaver, states, saved };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 400 ms after the last of several quick changes', async () => {
    const backend = controllableBackend();
    const { autosaver } = setup(backend.save);
    autosaver.change({ text: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    autosaver.change({ text: 'ab' });
    await vi.advanceTimersByTimeAsync(399);
    expect(backend.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.calls.map((c) => c.doc.text)).toEqual(['ab']);
  });

  it('sends an edit made during a save once that save ends, and reports saved only then', async () => {
    const backend = controllableBackend();
    const { autosaver, states, saved } = setup(backend.save);
    autosaver.change({ text: 'first' });
    await vi.advanceTimersByTimeAsync(400);
    autosaver.change({ text: 'second' });
    await vi.advanceTimersByTimeAsync(400);
    expect(backend.calls).toHaveLength(1);
    backend.calls[0]!.finish(ok('t1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.calls.map((c) => c.doc.text)).toEqual(['first', 'second']);
    expect(states.at(-1)?.status).not.toBe('saved');
    backend.calls[1]!.finish(ok('t2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((d) => d.text)).toEqual(['first', 'second']);
    expect(states.at(-1)).toEqual({ status: 'saved', error: null });
  });

  it('flush saves at once and resolves after the save', async () => {
    const backend = controllableBackend();
    const { autosaver } = setup(backend.save);
    autosaver.change({ text: 'now' });
    const flushed = autosaver.flush();
    expect(backend.calls).toHaveLength(1);
    backend.calls[0]!.finish(ok('t'));
    await expect(flushed).resolves.toBe(true);
    expect(autosaver.hasUnsavedChanges()).toBe(false);
  });

  it('keeps a failed document, shows the error and retries it', async () => {
    const backend = controllableBackend();
    const { autosaver, states, saved } = setup(backend.save);
    autosaver.change({ text: 'kept' });
    const flushed = autosaver.flush();
    backend.calls[0]!.finish(fail('DATABASE_ERROR', 'database is locked'));
    await expect(flushed).resolves.toBe(false);
    expect(states.at(-1)).toEqual({ status: 'error', error: { code: 'DATABASE_ERROR', message: 'database is locked' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.calls.map((c) => c.doc.text)).toEqual(['kept', 'kept']);
    backend.calls[1]!.finish(ok('t'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((d) => d.text)).toEqual(['kept']);
    expect(states.at(-1)?.status).toBe('saved');
  });

  it('after a failure, a newer edit replaces the failed document rather than being lost', async () => {
    const backend = controllableBackend();
    const { autosaver, saved } = setup(backend.save);
    autosaver.change({ text: 'old' });
    await vi.advanceTimersByTimeAsync(400);
    autosaver.change({ text: 'newer' });
    backend.calls[0]!.finish(fail('DATABASE_ERROR', 'locked'));
    await vi.advanceTimersByTimeAsync(400);
    expect(backend.calls.map((c) => c.doc.text)).toEqual(['old', 'newer']);
    backend.calls[1]!.finish(ok('t'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((d) => d.text)).toEqual(['newer']);
  });
});
