import type { KeyboardEvent } from 'react';

/**
 * Enter in a searchable multi-select picks an option; it must not also submit the form when no
 * option is highlighted. Attach to the <form>'s onKeyDown (runs after the combobox's own handler).
 */
export function keepEnterInMultiSelect(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key !== 'Enter') return;
  const target = e.target as HTMLElement;
  if (target.closest('.mantine-MultiSelect-root')) e.preventDefault();
}
