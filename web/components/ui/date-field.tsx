import { TextInput, type TextInputProps } from '@mantine/core';
import { useFormat } from '../../lib/format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A form's date: the browser's own date picker, with the chosen day spelled out under it in the
 * user's language ("Jumat, 4 Desember 2026"). Chromium orders the picker's digits by its own UI
 * language (12/04/2026 in an English browser), not by the page's, so the line under it says which
 * day was picked. The value stays ISO (yyyy-mm-dd), as the native input gives it. A description the
 * page passes stays, above the spelled date.
 */
export function DateField({ description, value, ...props }: Omit<TextInputProps, 'type'>) {
  const format = useFormat();
  const spelled = typeof value === 'string' && ISO_DATE.test(value) ? format.longDate(value) : null;
  return (
    <TextInput
      {...props}
      type="date"
      value={value}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        spelled ? (
          <>
            {description}
            {description && <br />}
            <span data-date-spelled>{spelled}</span>
          </>
        ) : (
          description
        )
      }
    />
  );
}
