import {
  ActionIcon,
  Alert,
  Checkbox,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveFramework, type Band, type Framework, type FrameworkNode } from '../api/frameworks-api';
import type { ProblemMap } from './framework-tree';

const SCALES = { 'yes-no': [0, 1], '0-3': [0, 3], '0-5': [0, 5], '1-4': [1, 4] } as const;
type ScaleType = keyof typeof SCALES;
type Path = number[];

function updateAt(
  nodes: FrameworkNode[],
  path: Path,
  fn: (n: FrameworkNode) => FrameworkNode | null,
): FrameworkNode[] {
  const [head, ...rest] = path;
  const out: FrameworkNode[] = [];
  nodes.forEach((n, i) => {
    if (i !== head) return out.push(n);
    if (rest.length === 0) {
      const next = fn(n);
      if (next) out.push(next);
      return;
    }
    out.push({ ...n, children: updateAt(n.children ?? [], rest, fn) });
  });
  return out;
}

function newLeaf(code: string): FrameworkNode {
  return {
    code,
    name: { id: 'Indikator baru', en: 'New indicator' },
    scale: {
      type: '0-3',
      min: 0,
      max: 3,
      levels: [0, 1, 2, 3].map((value) => ({
        value,
        rubric: { id: `Nilai ${value}`, en: `Value ${value}` },
      })),
    },
    appliesTo: { level: 'unit' },
  };
}

function setScaleType(node: FrameworkNode, type: ScaleType): FrameworkNode {
  const [min, max] = SCALES[type];
  const levels = [];
  for (let v = min; v <= max; v++)
    levels.push(
      node.scale?.levels.find((l) => l.value === v) ?? {
        value: v,
        rubric: { id: `Nilai ${v}`, en: `Value ${v}` },
      },
    );
  return { ...node, scale: { type, min, max, levels } };
}

interface NodeProps {
  node: FrameworkNode;
  path: Path;
  problems: ProblemMap;
  onChange: (path: Path, fn: (n: FrameworkNode) => FrameworkNode | null) => void;
}

function NodeEditor({ node, path, problems, onChange }: NodeProps) {
  const { t } = useTranslation();
  const set = (fn: (n: FrameworkNode) => FrameworkNode | null) => onChange(path, fn);
  const problem = problems[node.code];
  const depth = path.length - 1;
  return (
    <Paper
      withBorder
      p="sm"
      ml={depth ? 'lg' : 0}
      data-testid={`fw-edit-${node.code}`}
      style={problem ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            size="xs"
            label={t('frameworks.code')}
            value={node.code}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set((n) => ({ ...n, code: v }));
            }}
            w={140}
          />
          <TextInput
            size="xs"
            label={t('frameworks.nameId')}
            value={node.name.id}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set((n) => ({ ...n, name: { ...n.name, id: v } }));
            }}
            style={{ flex: 1 }}
          />
          <TextInput
            size="xs"
            label={t('frameworks.nameEn')}
            value={node.name.en}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set((n) => ({ ...n, name: { ...n.name, en: v } }));
            }}
            style={{ flex: 1 }}
          />
          <NumberInput
            size="xs"
            label={t('frameworks.weight')}
            value={node.weight ?? ''}
            onChange={(v) => set((n) => ({ ...n, weight: v === '' ? undefined : Number(v) }))}
            w={90}
            decimalScale={4}
            data-testid={`fw-weight-${node.code}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('frameworks.removeNode')}
            onClick={() => set(() => null)}
            data-testid={`fw-remove-${node.code}`}
          >
            ×
          </ActionIcon>
        </Group>
        {problem && (
          <Text size="xs" c="red" data-testid={`fw-problem-${node.code}`}>
            {problem}
          </Text>
        )}
        {node.scale && (
          <Stack gap={4} pl="md">
            <Group gap="xs">
              <NativeSelect
                size="xs"
                label={t('frameworks.scale')}
                value={node.scale.type}
                onChange={(e) => {
                  const v = e.currentTarget.value as ScaleType;
                  set((n) => setScaleType(n, v));
                }}
                data={Object.keys(SCALES)}
              />
              <NativeSelect
                size="xs"
                label={t('frameworks.appliesTo')}
                value={node.appliesTo?.level ?? 'unit'}
                onChange={(e) => {
                  const level = e.currentTarget.value as 'product' | 'unit' | 'entity';
                  set((n) => ({ ...n, appliesTo: { ...n.appliesTo, level } }));
                }}
                data={(['product', 'unit', 'entity'] as const).map((l) => ({
                  value: l,
                  label: t(`frameworks.level.${l}`),
                }))}
              />
            </Group>
            {node.scale.levels.map((l, li) => (
              <Group key={l.value} gap="xs" wrap="nowrap">
                <Text size="xs" fw={700} w={16}>
                  {l.value}
                </Text>
                <TextInput
                  size="xs"
                  value={l.rubric.id}
                  placeholder={t('frameworks.rubricId')}
                  aria-label={`${t('frameworks.rubricId')} ${l.value}`}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    set((n) => ({
                      ...n,
                      scale: {
                        ...n.scale!,
                        levels: n.scale!.levels.map((x, xi) =>
                          xi === li ? { ...x, rubric: { ...x.rubric, id: v } } : x,
                        ),
                      },
                    }));
                  }}
                  style={{ flex: 1 }}
                />
                <TextInput
                  size="xs"
                  value={l.rubric.en}
                  placeholder={t('frameworks.rubricEn')}
                  aria-label={`${t('frameworks.rubricEn')} ${l.value}`}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    set((n) => ({
                      ...n,
                      scale: {
                        ...n.scale!,
                        levels: n.scale!.levels.map((x, xi) =>
                          xi === li ? { ...x, rubric: { ...x.rubric, en: v } } : x,
                        ),
                      },
                    }));
                  }}
                  style={{ flex: 1 }}
                />
              </Group>
            ))}
          </Stack>
        )}
        {node.children?.map((c, i) => (
          <NodeEditor key={i} node={c} path={[...path, i]} problems={problems} onChange={onChange} />
        ))}
        {node.children && (
          <Group>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() =>
                set((n) => ({
                  ...n,
                  children: [...(n.children ?? []), newLeaf(`${n.code}.${(n.children?.length ?? 0) + 1}`)],
                }))
              }
              data-testid={`fw-add-child-${node.code}`}
            >
              + {t('frameworks.addIndicator')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function BandsEditor({
  bands,
  problems,
  onChange,
}: {
  bands: Band[];
  problems: ProblemMap;
  onChange: (bands: Band[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Band>) =>
    onChange(bands.map((b, bi) => (bi === i ? { ...b, ...patch } : b)));
  return (
    <Stack gap={4} data-testid="fw-bands-editor">
      {bands.map((b, i) => {
        const problem = Object.entries(problems).find(([k]) => k.startsWith(`bands[${i}]`))?.[1];
        return (
          <Stack key={i} gap={0}>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                size="xs"
                label={t('frameworks.bandCode')}
                value={b.code}
                onChange={(e) => set(i, { code: e.currentTarget.value })}
                w={70}
              />
              <TextInput
                size="xs"
                label={t('frameworks.bandLabel')}
                value={b.label.id}
                onChange={(e) => set(i, { label: { ...b.label, id: e.currentTarget.value } })}
                style={{ flex: 1 }}
              />
              <NumberInput
                size="xs"
                label={t('frameworks.min')}
                value={b.min}
                decimalScale={2}
                onChange={(v) => set(i, { min: Number(v) })}
                w={90}
                data-testid={`fw-band-min-${i}`}
              />
              <NumberInput
                size="xs"
                label={t('frameworks.max')}
                value={b.max}
                decimalScale={2}
                onChange={(v) => set(i, { max: Number(v) })}
                w={90}
              />
              <NativeSelect
                size="xs"
                label={t('results.zone')}
                value={b.zone}
                onChange={(e) => set(i, { zone: e.currentTarget.value as Band['zone'] })}
                data={['merah', 'kuning', 'hijau'].map((z) => ({ value: z, label: t(`zone.${z}`) }))}
              />
              <TextInput
                size="xs"
                label={t('frameworks.color')}
                value={b.color}
                onChange={(e) => set(i, { color: e.currentTarget.value })}
                w={90}
              />
            </Group>
            {problem && (
              <Text size="xs" c="red" data-testid={`fw-band-problem-${i}`}>
                {problem}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Editor of an unfrozen custom framework; Save sends the whole definition, problems come back per node. */
export function FrameworkEditor({
  id,
  initial,
  onClose,
}: {
  id: string;
  initial: Framework;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Framework>(initial);
  const save = useSaveFramework(id);
  const problems: ProblemMap = save.error instanceof ApiError ? save.error.fields : {};
  const rootProblems = Object.entries(problems).filter(
    ([k]) => k === '_' || k === 'id' || k.startsWith('scoreRange') || k.startsWith('views'),
  );

  const onChange = (path: Path, fn: (n: FrameworkNode) => FrameworkNode | null) =>
    setDraft((d) => ({ ...d, nodes: updateAt(d.nodes, path, fn) }));

  async function submit() {
    try {
      await save.mutateAsync(draft);
      notifySuccess(t('frameworks.saved'));
      onClose();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack>
      {rootProblems.length > 0 && (
        <Alert color="red" data-testid="fw-root-problems">
          {rootProblems.map(([k, m]) => (
            <Text key={k} size="sm">
              {k}: {m}
            </Text>
          ))}
        </Alert>
      )}
      <Group>
        <TextInput
          label={t('frameworks.version')}
          value={draft.version}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, version: v }));
          }}
        />
        <TextInput
          label={t('frameworks.nameId')}
          value={draft.name.id}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, name: { ...d.name, id: v } }));
          }}
          style={{ flex: 1 }}
        />
      </Group>
      {initial.draft && (
        <Checkbox
          label={t('frameworks.draftConfirm')}
          checked={draft.draft !== true}
          onChange={(e) => {
            const confirmed = e.currentTarget.checked;
            setDraft((d) => ({ ...d, draft: !confirmed }));
          }}
          data-testid="fw-draft-confirm"
        />
      )}
      {problems['nodes'] && (
        <Text size="sm" c="red" data-testid="fw-problem-root">
          {problems['nodes']}
        </Text>
      )}
      {draft.nodes.map((n, i) => (
        <NodeEditor key={i} node={n} path={[i]} problems={problems} onChange={onChange} />
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              nodes: [
                ...d.nodes,
                {
                  code: `DIM${d.nodes.length + 1}`,
                  name: { id: 'Dimensi baru', en: 'New dimension' },
                  weight: 0,
                  children: [newLeaf(`DIM${d.nodes.length + 1}.1`)],
                },
              ],
            }))
          }
          data-testid="fw-add-dimension"
        >
          + {t('frameworks.addDimension')}
        </Button>
      </Group>
      <Title order={4}>{t('frameworks.bands')}</Title>
      <BandsEditor
        bands={draft.bands}
        problems={problems}
        onChange={(bands) => setDraft((d) => ({ ...d, bands }))}
      />
      <Group justify="flex-end" pos="sticky" bottom={0} bg="white" py="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={save.isPending} onClick={() => void submit()} data-testid="fw-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
