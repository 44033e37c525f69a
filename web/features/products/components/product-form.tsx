import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { PRODUCT_TYPES, type ProductType } from '../../../../shared/contracts/enums';
import type { ProductListItemDto } from '../../../../shared/contracts/registry';
import { useSaveProduct } from '../api/products-api';

export function ProductForm({
  unitId,
  product,
  onDone,
}: {
  unitId: string;
  product?: ProductListItemDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(product?.name ?? '');
  const [type, setType] = useState<ProductType>(product?.type ?? 'administratif');
  const [description, setDescription] = useState(product?.description ?? '');
  const save = useSaveProduct(unitId);
  const errors = fieldErrors(save.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: product?.id,
        input: { name, type, description: description || null },
      });
      notifySuccess(
        product ? t('products.updated', { name: saved.name }) : t('products.created', { name: saved.name }),
      );
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('products.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-testid="product-form-name"
        />
        <NativeSelect
          label={t('products.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ProductType)}
          data={PRODUCT_TYPES.map((v) => ({ value: v, label: t(`productType.${v}`) }))}
          error={errors.type}
          data-testid="product-form-type"
        />
        <Textarea
          label={t('products.description')}
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          data-testid="product-form-description"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="product-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
