/**
 * "Pengaduan ke Ombudsman" on the public government page (issue 14 part 10): how many reports of
 * maladministration about this government the Ombudsman received each year, how many are closed,
 * and the forms found — counts only, never a reporter or a case's text. No section when none.
 */
import { formatNumber, formatPercent } from '../../../shared/format/format';
import type { GovernmentPageContext, GovernmentSection } from '../public/government-page';
import { html, type Raw } from '../public/html';
import { addWords, tp } from '../public/public-i18n';
import { publicComplaintForms, publicComplaintYears } from './public-complaints.repository';

addWords({
  'cx.title': { id: 'Pengaduan ke Ombudsman', en: 'Complaints to the Ombudsman' },
  'cx.lead': {
    id: 'Laporan masyarakat tentang dugaan maladministrasi oleh pemerintah ini yang diterima Ombudsman. Hanya jumlah yang ditampilkan; identitas pelapor dan isi laporan tidak pernah dipublikasikan.',
    en: 'Reports of alleged maladministration by this government received by the Ombudsman. Only counts are shown; reporters and the content of reports are never published.',
  },
  'cx.year': { id: 'Tahun', en: 'Year' },
  'cx.received': { id: 'Laporan diterima', en: 'Reports received' },
  'cx.closed': { id: 'Selesai', en: 'Closed' },
  'cx.closedShare': { id: 'Porsi selesai', en: 'Share closed' },
  'cx.forms': { id: 'Bentuk maladministrasi yang dilaporkan', en: 'Forms of maladministration reported' },
  'cx.form': { id: 'Bentuk', en: 'Form' },
  'cx.count': { id: 'Jumlah', en: 'Count' },
});

async function render({ lang, db, gov }: GovernmentPageContext): Promise<Raw | null> {
  const years = await publicComplaintYears(db, gov.government.id);
  if (years.length === 0) return null;
  const forms = await publicComplaintForms(db, gov.government.id);
  const formTable = forms.length
    ? html`<h3>${tp(lang, 'cx.forms')}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'cx.forms')}">
          <table data-testid="complaint-forms">
            <thead>
              <tr>
                <th scope="col">${tp(lang, 'cx.form')}</th>
                <th scope="col" class="num">${tp(lang, 'cx.count')}</th>
              </tr>
            </thead>
            <tbody>
              ${forms.map(
                (f) =>
                  html`<tr>
                    <td>${lang === 'id' ? f.nameId : f.nameEn}</td>
                    <td class="num">${formatNumber(f.count, lang)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    : '';
  return html`<section class="card" aria-labelledby="pengaduan" data-testid="gov-complaints">
    <h2 id="pengaduan">${tp(lang, 'cx.title')}</h2>
    <p class="muted">${tp(lang, 'cx.lead')}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'cx.title')}">
      <table data-testid="complaint-years">
        <thead>
          <tr>
            <th scope="col">${tp(lang, 'cx.year')}</th>
            <th scope="col" class="num">${tp(lang, 'cx.received')}</th>
            <th scope="col" class="num">${tp(lang, 'cx.closed')}</th>
            <th scope="col" class="num">${tp(lang, 'cx.closedShare')}</th>
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (y) =>
              html`<tr>
                <th scope="row">${String(y.year)}</th>
                <td class="num">${formatNumber(y.received, lang)}</td>
                <td class="num">${formatNumber(y.closed, lang)}</td>
                <td class="num">${formatPercent((100 * y.closed) / y.received, lang, 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${formTable}
  </section>`;
}

export const complaintsSection: GovernmentSection = { id: 'complaints', render };
