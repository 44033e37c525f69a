import { useCallback, useMemo, useState } from 'react';

/**
 * A set of chosen ids among `available` (ids that left the list drop out of the selection):
 * toggle one, toggle all, clear.
 */
export function useSelection(available: string[]) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => available.filter((id) => chosen.has(id)), [available, chosen]);
  const toggle = useCallback(
    (id: string) =>
      setChosen((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const allChosen = available.length > 0 && selected.length === available.length;
  const toggleAll = useCallback(
    () => setChosen(allChosen ? new Set() : new Set(available)),
    [allChosen, available],
  );
  const clear = useCallback(() => setChosen(new Set()), []);
  return {
    selected,
    has: (id: string) => chosen.has(id),
    toggle,
    toggleAll,
    clear,
    allChosen,
    someChosen: selected.length > 0 && !allChosen,
  };
}
