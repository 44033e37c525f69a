/**
 * /publik/data: how to download the open data (links for the newest released year and for all
 * years), the data dictionary of every field, the licence (data CC BY 4.0, boundaries MIT), the
 * versioning policy, the rate limit, CORS, caching and the OpenAPI link. Server-rendered, no
 * script; cached like every public page (sendPublic).
 */
import type { FastifyInstance } from 'fastify';
import { OPEN_DATA_LICENCE } from '../../../shared/contracts/open-data';
import { DIMENSION_FIELDS, RESULT_FIELDS, UNIT_FIELDS, type FieldDoc } from './data-dictionary';
import './data-i18n';
import { href, html, page, type Raw } from './html';
import { langOf, tp, type PublicLang } from './public-i18n';
import { publicYears } from './public.service';
import { sendPublic } from './public-cache';

const API = '/api/public/v1';

function dictionary(lang: PublicLang, caption: string, fields: Record<string, FieldDoc>): Raw {
  // Focusable, so a keyboard can scroll a table wider than a phone (axe: scrollable-region-focusable).
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${tp(lang, 'data.col.field')}</th>
          <th scope="col">${tp(lang, 'data.col.type')}</th>
          <th scope="col">${tp(lang, 'data.col.meaning')}</th>
          <th scope="col">${tp(lang, 'data.col.example')}</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(fields).map(
          ([name, f]) =>
            html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td>${f.type}</td>
              <td>${f[lang]}</td>
              <td><code>${f.example}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A link; a bare URL as its text may break anywhere (a 390 px phone must not scroll sideways). */
const link = (url: string, label?: string) =>
  label
    ? html`<a href="${url}">${label}</a>`
    : html`<a href="${url}" style="overflow-wrap: anywhere">${url}</a>`;

function body(lang: PublicLang, year: number | null, limit: number): Raw {
  const y = year ?? undefined;
  const q = (path: string) => (y === undefined ? path : `${path}?year=${y}`);
  return html`<h1>${tp(lang, 'data.title')}</h1>
    <p>${tp(lang, 'data.intro')}</p>
    ${year === null ? html`<p class="notice">${tp(lang, 'data.none')}</p>` : ''}

    <h2 id="unduh">${tp(lang, 'data.download.title')}</h2>
    <div class="grid-2">
      <section class="card">
        <h3>${year === null ? tp(lang, 'data.download.all') : tp(lang, 'data.download.year', { year })}</h3>
        <ul>
          <li>
            ${tp(lang, 'data.download.results')}: ${link(q(`${API}/results.csv`), 'CSV')} ·
            ${link(q(`${API}/results.json`), 'JSON')}
          </li>
          <li>${tp(lang, 'data.download.dimensions')}: ${link(q(`${API}/dimensions.csv`), 'CSV')}</li>
          <li>${tp(lang, 'data.download.units')}: ${link(q(`${API}/units.csv`), 'CSV')}</li>
        </ul>
      </section>
      <section class="card">
        <h3>${tp(lang, 'data.download.all')}</h3>
        <ul>
          <li>
            ${tp(lang, 'data.download.results')}: ${link(`${API}/results.csv`, 'CSV')} ·
            ${link(`${API}/results.json`, 'JSON')}
          </li>
        </ul>
        <h3>${tp(lang, 'data.download.other')}</h3>
        <ul>
          <li>${tp(lang, 'data.download.years')}: ${link(`${API}/years.json`)}</li>
          <li>${tp(lang, 'data.download.summary')}: ${link(q(`${API}/summary.json`))}</li>
          <li>${tp(lang, 'data.download.government')} ${link(`${API}/governments/63.11.json`)}</li>
          <li>
            ${tp(lang, 'data.download.map')}: ${link(`${API}/map/provinsi.json`)} ·
            ${link(`${API}/map/kabkota.json`)}
          </li>
        </ul>
      </section>
    </div>
    <p>
      ${tp(lang, 'data.filters')}
      <code style="overflow-wrap: anywhere">${API}/results.csv?year=2023&amp;type=pemkab&amp;province=63</code
      >.
    </p>

    <h2 id="format">${tp(lang, 'data.format.title')}</h2>
    <ul>
      <li>${tp(lang, 'data.format.csv')}</li>
      <li>${tp(lang, 'data.format.json')}</li>
    </ul>

    <h2 id="kamus">${tp(lang, 'data.dictionary.title')}</h2>
    ${dictionary(lang, tp(lang, 'data.dictionary.results'), RESULT_FIELDS)}
    ${dictionary(lang, tp(lang, 'data.dictionary.dimensions'), DIMENSION_FIELDS)}
    ${dictionary(lang, tp(lang, 'data.dictionary.units'), UNIT_FIELDS)}

    <h2 id="lisensi">${tp(lang, 'data.licence.title')}</h2>
    <p>
      ${tp(lang, 'data.licence.data')} <strong>“${OPEN_DATA_LICENCE.attribution}”</strong>
      (${link(OPEN_DATA_LICENCE.url, OPEN_DATA_LICENCE.name)}).
    </p>
    <p>${tp(lang, 'data.licence.official')}</p>
    <p>
      ${tp(lang, 'data.licence.boundaries')}
      <a href="${href('/publik/tentang', lang)}#kredit">${tp(lang, 'footer.credits')}</a>
    </p>

    <h2 id="api">${tp(lang, 'data.api.title')}</h2>
    <ul>
      <li>${tp(lang, 'data.api.version')}</li>
      <li>${tp(lang, 'data.api.limit', { limit })}</li>
      <li>${tp(lang, 'data.api.cors')}</li>
      <li>${tp(lang, 'data.api.cache')}</li>
      <li>${tp(lang, 'data.api.errors')}</li>
      <li>${tp(lang, 'data.api.openapi')} ${link('/api/docs')}</li>
    </ul>`;
}

export async function publicDataPageRoutes(app: FastifyInstance): Promise<void> {
  app.get('/publik/data', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const lang = langOf(req);
    return sendPublic(app, req, reply, 'text/html; charset=utf-8', async () => {
      const [year] = await publicYears(app.deps.database.db);
      return page({
        lang,
        path: req.url,
        title: tp(lang, 'data.title'),
        description: tp(lang, 'data.description'),
        current: 'data',
        body: body(lang, year ?? null, app.deps.config.publicRateLimit),
      });
    });
  });
}
