/**
 * The editor's working copy of a standard and what autosave sends. Rows the user has just added
 * and not filled yet stay in the editor but are left out of the saved content (the server would
 * refuse an empty document name), so a half-typed list still autosaves.
 */
import type { StandardContent } from '../../../../shared/contracts/standards';

export function contentToSave(c: StandardContent): StandardContent {
  const out: StandardContent = { ...c };
  if (c.persyaratan) out.persyaratan = c.persyaratan.filter((r) => r.document.trim() !== '');
  if (c.prosedur) out.prosedur = c.prosedur.filter((s) => s.title.trim() !== '');
  if (c.produk) out.produk = c.produk.filter((p) => p.trim() !== '');
  if (c.pengaduan)
    out.pengaduan = c.pengaduan.filter((ch) => ch.detail.trim() !== '' || ch.kind !== 'lainnya');
  if (c.jangka_waktu && !(c.jangka_waktu.value > 0)) out.jangka_waktu = null;
  if (c.biaya) out.biaya = { ...c.biaya, items: c.biaya.items.filter((i) => i.name.trim() !== '') };
  return out;
}

/** Moves item `from` to `to` (both in range), returning a new array. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
