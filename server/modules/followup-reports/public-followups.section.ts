/**
 * "Tindak lanjut saran Ombudsman" on the public government page (issue 17 §7): the progress of
 * what the office chose to publish (by default released assessments' saran perbaikan), per unit,
 * then the items. Never a complaint's tindakan korektif; a rekomendasi only once headquarters
 * published it; no person's name. No section when nothing is public.
 */
import { FOLLOWUP_KIND_LABELS } from '../../../shared/contracts/followups';
import { formatDate, formatNumber, formatPercent } from '../../../shared/format/format';
import type { GovernmentPageContext, GovernmentSection } from '../public/government-page';
import { html, type Raw } from '../public/html';
import { addWords, tp, type PublicLang } from '../public/public-i18n';
import { publicFollowups } from './public-followups.service';

addWords({
  'fu.title': { id: 'Tindak lanjut saran Ombudsman', en: 'Follow-up of the Ombudsman’s advice' },
  'fu.lead': {
    id: 'Kemajuan pemerintah ini dalam menindaklanjuti saran Ombudsman yang dipilih kantor perwakilan untuk dipublikasikan, dari hasil penilaian yang telah dirilis. Tindakan korektif atas laporan masyarakat tidak pernah dipublikasikan; rekomendasi hanya bila Ombudsman memutuskan untuk mempublikasikannya.',
    en: 'This government’s progress on the Ombudsman’s advice that the regional office chose to publish, from released assessments. Corrective actions on public complaints are never published; recommendations only when the Ombudsman decides to publish them.',
  },
  'fu.progress': {
    id: '{done} dari {total} butir selesai ({share})',
    en: '{done} of {total} items done ({share})',
  },
  'fu.overdue': { id: '{count} butir melewati tenggat', en: '{count} items past their due date' },
  'fu.unit': { id: 'Unit layanan', en: 'Service unit' },
  'fu.done': { id: 'Selesai', en: 'Done' },
  'fu.total': { id: 'Jumlah', en: 'Total' },
  'fu.share': { id: 'Kemajuan', en: 'Progress' },
  'fu.late': { id: 'Terlambat', en: 'Overdue' },
  'fu.items': { id: 'Daftar butir ({count})', en: 'The items ({count})' },
  'fu.kind': { id: 'Jenis', en: 'Kind' },
  'fu.action': { id: 'Tindak lanjut', en: 'Follow-up' },
  'fu.due': { id: 'Tenggat', en: 'Due' },
  'fu.status': { id: 'Status', en: 'Status' },
  'fu.statusDone': { id: 'Selesai', en: 'Done' },
  'fu.statusOpen': { id: 'Dalam proses', en: 'In progress' },
  'fu.statusLate': { id: 'Terlambat', en: 'Overdue' },
  'fu.noUnit': { id: 'Tingkat pemerintah', en: 'Government-wide' },
});

const share = (lang: PublicLang, done: number, total: number) =>
  formatPercent(total ? (100 * done) / total : 0, lang, 0);

function bar(done: number, total: number): Raw {
  const w = `${total ? Math.round((100 * done) / total) : 0}%`;
  return html`<div class="bar" style="--w: ${w}; margin-top: 0.25rem" aria-hidden="true"></div>`;
}

async function render({ lang, db, gov }: GovernmentPageContext): Promise<Raw | null> {
  const f = await publicFollowups(db, gov.government.id);
  if (f.total === 0) return null;
  const unitName = (n: string | null) => (n && n !== '—' ? n : tp(lang, 'fu.noUnit'));
  return html`<section class="card" aria-labelledby="tindak-lanjut" data-testid="gov-followups">
    <h2 id="tindak-lanjut">${tp(lang, 'fu.title')}</h2>
    <p class="muted">${tp(lang, 'fu.lead')}</p>
    <div data-testid="followup-progress">
      <strong
        >${tp(lang, 'fu.progress', {
          done: formatNumber(f.done, lang, 0),
          total: formatNumber(f.total, lang, 0),
          share: share(lang, f.done, f.total),
        })}</strong
      >${bar(f.done, f.total)}
    </div>
    ${f.overdue ? html`<p>${tp(lang, 'fu.overdue', { count: formatNumber(f.overdue, lang, 0) })}</p>` : ''}
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'fu.title')}">
      <table data-testid="followup-units">
        <thead>
          <tr>
            <th scope="col">${tp(lang, 'fu.unit')}</th>
            <th scope="col" class="num">${tp(lang, 'fu.done')}</th>
            <th scope="col" class="num">${tp(lang, 'fu.total')}</th>
            <th scope="col" class="num">${tp(lang, 'fu.share')}</th>
            <th scope="col" class="num">${tp(lang, 'fu.late')}</th>
          </tr>
        </thead>
        <tbody>
          ${f.units.map(
            (u) =>
              html`<tr>
                <th scope="row">${unitName(u.unitName)}</th>
                <td class="num">${formatNumber(u.done, lang, 0)}</td>
                <td class="num">${formatNumber(u.total, lang, 0)}</td>
                <td class="num">${share(lang, u.done, u.total)}${bar(u.done, u.total)}</td>
                <td class="num">${formatNumber(u.overdue, lang, 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <details>
      <summary>${tp(lang, 'fu.items', { count: formatNumber(f.items.length, lang, 0) })}</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'fu.action')}">
        <table data-testid="followup-items">
          <thead>
            <tr>
              <th scope="col">${tp(lang, 'fu.unit')}</th>
              <th scope="col">${tp(lang, 'fu.kind')}</th>
              <th scope="col">${tp(lang, 'fu.action')}</th>
              <th scope="col">${tp(lang, 'fu.due')}</th>
              <th scope="col">${tp(lang, 'fu.status')}</th>
            </tr>
          </thead>
          <tbody>
            ${f.items.map(
              (i) =>
                html`<tr>
                  <td>${unitName(i.unitName)}</td>
                  <td>${FOLLOWUP_KIND_LABELS[i.kind][lang]}${i.year ? ` ${i.year}` : ''}</td>
                  <td>${i.indicatorCode ? `[${i.indicatorCode}] ` : ''}${i.action}</td>
                  <td>${formatDate(i.dueOn, lang)}</td>
                  <td>
                    ${tp(lang, i.done ? 'fu.statusDone' : i.overdue ? 'fu.statusLate' : 'fu.statusOpen')}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}

export const followupsSection: GovernmentSection = { id: 'followups', render };
