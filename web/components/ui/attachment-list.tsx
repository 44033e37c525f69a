import { Anchor, Group, Image } from '@mantine/core';
import type { Attachment } from '../../../shared/contracts/assessments';
import { PaperclipIcon } from './icons';

/**
 * Files attached to a field visit or an appeal (one shape, `Attachment`): each opens its own
 * download in a new tab; images show as thumbnails, other files as a clip and their name.
 */
export function AttachmentList({
  items,
  size = 48,
  alt = (a) => a.originalName,
  testId,
}: {
  items: Attachment[];
  /** Thumbnail edge in pixels. */
  size?: number;
  /** The thumbnail's alternative text. */
  alt?: (a: Attachment) => string;
  /** `data-testid` of each link. */
  testId: (a: Attachment) => string;
}) {
  return (
    <Group gap={4}>
      {items.map((a) => (
        <Anchor
          key={a.fileId}
          href={a.url}
          target="_blank"
          rel="noopener"
          size="xs"
          title={a.originalName}
          data-testid={testId(a)}
        >
          {a.mimeType.startsWith('image/') ? (
            <Image src={a.url} alt={alt(a)} w={size} h={size} fit="cover" radius="sm" />
          ) : (
            <>
              <PaperclipIcon /> {a.originalName}
            </>
          )}
        </Anchor>
      ))}
    </Group>
  );
}
