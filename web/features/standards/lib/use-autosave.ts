/**
 * Autosave of a draft: a change is saved ~1.5 s after the last keystroke, or at once when the
 * editor loses focus (`flush`). Every save carries the row version the editor holds; a 409 means
 * someone else saved first — the editor then stops saving (never overwrites) and says who and when.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StandardContent, StandardVersion } from '../../../../shared/contracts/standards';
import { ApiError } from '../../../lib/api-client';
import { fetchStandard, saveDraft } from '../api/standards-api';
import { contentToSave } from './content';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; by: string | null; at: string | null };

interface Working {
  content: StandardContent;
  publishManufacturing: boolean;
}

export function useAutosave(draft: StandardVersion, delayMs = AUTOSAVE_DELAY_MS) {
  const [working, setWorking] = useState<Working>({
    content: draft.content,
    publishManufacturing: draft.publishManufacturing,
  });
  const [state, setState] = useState<SaveState>({ kind: 'clean' });
  const latest = useRef(working);
  const rowVersion = useRef(draft.rowVersion);
  const dirty = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  // `schedule` and `saveNow` call each other; the ref breaks the cycle of declarations.
  const scheduleRef = useRef<() => void>(() => undefined);
  const schedule = () => scheduleRef.current();

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current) await inflight.current;
    if (!dirty.current || stopped.current) return;
    dirty.current = false;
    const sent = latest.current;
    setState({ kind: 'saving' });
    const run = (async (): Promise<boolean> => {
      try {
        const saved = await saveDraft(draft.id, {
          rowVersion: rowVersion.current,
          content: contentToSave(sent.content),
          publishManufacturing: sent.publishManufacturing,
        });
        rowVersion.current = saved.rowVersion;
        setState(dirty.current ? { kind: 'dirty' } : { kind: 'saved', at: saved.updatedAt });
        return true;
      } catch (err) {
        dirty.current = true;
        if (err instanceof ApiError && err.status === 409) {
          stopped.current = true;
          const now = await fetchStandard(draft.id).catch(() => null);
          setState({ kind: 'conflict', by: now?.updatedBy?.name ?? null, at: now?.updatedAt ?? null });
        } else {
          const fields = err instanceof ApiError ? Object.values(err.fields) : [];
          const message = err instanceof Error ? err.message : String(err);
          setState({ kind: 'error', message: [message, ...fields].join(' ') });
        }
        return false;
      }
    })();
    inflight.current = run.then(() => undefined);
    const ok = await run;
    inflight.current = null;
    // Changes typed while the request was on its way go in the next save (a failed save waits
    // for the next change or blur instead of retrying in a loop).
    if (ok && dirty.current && !stopped.current) schedule();
  }, [draft.id]);

  scheduleRef.current = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), delayMs);
  };

  const update = useCallback((next: Partial<Working>) => {
    if (stopped.current) return;
    latest.current = { ...latest.current, ...next };
    setWorking(latest.current);
    dirty.current = true;
    setState({ kind: 'dirty' });
    scheduleRef.current();
  }, []);

  // Closing the tab with a change not yet saved: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current && !stopped.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  // Leaving the page: save what is pending (fire and forget) and stop the timer.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirty.current && !stopped.current) void saveNow();
    },
    [saveNow],
  );

  return {
    content: working.content,
    publishManufacturing: working.publishManufacturing,
    state,
    conflict: state.kind === 'conflict',
    /** True once a conflict stopped autosave (read after awaiting `flush`). */
    stopped: () => stopped.current,
    /** The row version of the last save (what submit and set must send). */
    rowVersion: () => rowVersion.current,
    setContent: (patch: Partial<StandardContent>) =>
      update({ content: { ...latest.current.content, ...patch } }),
    setPublishManufacturing: (v: boolean) => update({ publishManufacturing: v }),
    /** Saves now what is pending (on blur, before submit or set). */
    flush: saveNow,
  };
}
