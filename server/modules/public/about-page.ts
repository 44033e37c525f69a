/**
 * /publik/tentang — what Patuh is, what the figures mean under each of the Ombudsman's methods
 * (REFERENCE §1.2–1.4: zones 2015–2021, score and categories A–E 2022–2024, the opinion from 2025),
 * that Patuh/Bersih/Baik/Taat is Patuh's own reading, the open-data licence, and the credits: the
 * boundary files' attribution with their full MIT licence, and idn-area-data for the region codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths';
import { href, html, page, type Raw } from './html';
import type { PublicLang } from './public-i18n';

let licence: string | undefined;

/** The boundary files' licence, word for word (geo/LICENSE-cahyadsn-wilayah_boundaries.txt). */
export function boundaryLicence(): string {
  licence ??= fs.readFileSync(
    path.join(projectRoot(), 'geo', 'LICENSE-cahyadsn-wilayah_boundaries.txt'),
    'utf8',
  );
  return licence;
}

type Both = { id: Raw; en: Raw };

const bands = (lang: PublicLang) =>
  html`<div class="table-scroll" tabindex="0">
    <table>
      <caption class="muted">
        ${lang === 'id' ? 'Kategori opini 2022–2024' : 'Opinion categories 2022–2024'}
      </caption>
      <thead>
        <tr>
          <th scope="col">${lang === 'id' ? 'Kategori' : 'Category'}</th>
          <th scope="col">${lang === 'id' ? 'Nilai' : 'Score'}</th>
          <th scope="col">${lang === 'id' ? 'Zona' : 'Zone'}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${lang === 'id' ? 'A — Opini Kualitas Tertinggi' : 'A — highest quality'}</th>
          <td>88,00–100</td>
          <td><span class="badge z-hijau">${lang === 'id' ? 'Hijau' : 'Green'}</span></td>
        </tr>
        <tr>
          <th scope="row">${lang === 'id' ? 'B — Opini Kualitas Tinggi' : 'B — high quality'}</th>
          <td>78,00–87,99</td>
          <td><span class="badge z-hijau">${lang === 'id' ? 'Hijau' : 'Green'}</span></td>
        </tr>
        <tr>
          <th scope="row">${lang === 'id' ? 'C — Opini Kualitas Sedang' : 'C — medium quality'}</th>
          <td>54,00–77,99</td>
          <td><span class="badge z-kuning">${lang === 'id' ? 'Kuning' : 'Yellow'}</span></td>
        </tr>
        <tr>
          <th scope="row">${lang === 'id' ? 'D — Opini Kualitas Rendah' : 'D — low quality'}</th>
          <td>32,00–53,99</td>
          <td><span class="badge z-merah">${lang === 'id' ? 'Merah' : 'Red'}</span></td>
        </tr>
        <tr>
          <th scope="row">${lang === 'id' ? 'E — Opini Kualitas Terendah' : 'E — lowest quality'}</th>
          <td>0–31,99</td>
          <td><span class="badge z-merah">${lang === 'id' ? 'Merah' : 'Red'}</span></td>
        </tr>
      </tbody>
    </table>
  </div>`;

function sections(lang: PublicLang): Both {
  return {
    id: html` <h1>Tentang Patuh</h1>
      <p>
        Patuh adalah perangkat lunak terbuka untuk pengawasan pelayanan publik. Kantor perwakilan Ombudsman
        Republik Indonesia memakainya untuk menilai kepatuhan pemerintah daerah, kementerian dan lembaga
        terhadap standar pelayanan publik (UU 25/2009). Portal ini menampilkan hasil yang
        <strong>telah dirilis</strong> — setelah pengumuman nasional Ombudsman, bukan saat penilaian selesai
        di Patuh.
      </p>
      <h2>Arti angka di portal ini</h2>
      <p>
        Ombudsman mengganti metodenya beberapa kali. Angka dari metode yang berbeda memakai skala yang
        berbeda, sehingga tidak dibandingkan dalam satu garis.
      </p>
      <section class="card" aria-labelledby="m-zona">
        <h3 id="m-zona">2015–2021: zona kepatuhan</h3>
        <p>
          Penilaian memeriksa apakah komponen standar pelayanan (persyaratan, prosedur, waktu, biaya, produk,
          maklumat, dan lainnya) tersedia dan dapat dilihat di unit layanan, melalui observasi tanpa
          pemberitahuan. Hasilnya berupa zona: <span class="badge z-hijau">Zona Hijau</span> kepatuhan tinggi
          (81,00–100), <span class="badge z-kuning">Zona Kuning</span> kepatuhan sedang (51,00–80,99),
          <span class="badge z-merah">Zona Merah</span> kepatuhan rendah (0–50,99). Tahun 2015 memakai skala
          0–75.
        </p>
      </section>
      <section class="card" aria-labelledby="m-skor">
        <h3 id="m-skor">2022–2024: nilai 0–100 dan kategori A–E</h3>
        <p>
          Nilai disusun dari empat dimensi berbobot: Input (kompetensi pelaksana dan sarana, 21,85%), Proses
          (kepatuhan standar pelayanan, 32,37%), Output (persepsi maladministrasi oleh pengguna layanan,
          24,24%) dan Pengaduan (pengelolaan pengaduan, 21,54%). Nilai menentukan kategori opini dan zona:
        </p>
        ${bands(lang)}
      </section>
      <section class="card" aria-labelledby="m-opini">
        <h3 id="m-opini">Sejak 2025: Opini Ombudsman RI</h3>
        <p>
          Menurut Peraturan Ombudsman 61/2025, penilaian menjadi Penilaian Maladministrasi Penyelenggaraan
          Pelayanan Publik dan hasilnya berupa <em>Opini Ombudsman RI</em>, misalnya "Opini Kualitas Tertinggi
          Tanpa Maladministrasi". Portal menampilkan opini sebagaimana diumumkan.
        </p>
      </section>
      <h2>Angka resmi dan angka Patuh</h2>
      <p>
        Bila kantor perwakilan mencatat angka yang diumumkan Ombudsman, portal menampilkan
        <strong>angka resmi</strong> itu dan menyebutkannya; angka yang dihitung Patuh ditampilkan di
        sampingnya bila berbeda. Wilayah abu-abu pada peta <strong>belum dinilai</strong> atau hasilnya belum
        dirilis — bukan bernilai nol.
      </p>
      <h2>Patuh, Bersih, Baik dan Taat</h2>
      <p>
        Pandangan Patuh/Bersih/Baik/Taat pada halaman pemerintah adalah <strong>bacaan Patuh</strong> atas
        empat dimensi penilaian (Patuh = kepatuhan standar pelayanan, dimensi Proses; Bersih = bebas
        maladministrasi menurut pengguna, dimensi Output; Baik = penyelenggara yang kompeten, dimensi Input;
        Taat = menindaklanjuti saran dan rekomendasi Ombudsman, dimensi Pengaduan). Ini bukan produk resmi
        Ombudsman Republik Indonesia.
      </p>
      <h2>Data terbuka</h2>
      <p>
        Semua angka yang dirilis tersedia sebagai CSV dan JSON. Kamus data dan pernyataan lisensinya ada di
        halaman <a href="${href('/publik/data', lang)}">Data terbuka</a>.
      </p>`,
    en: html` <h1>About Patuh</h1>
      <p>
        Patuh is open-source software for public-service oversight. The offices of the Ombudsman of the
        Republic of Indonesia use it to assess whether regional governments, ministries and agencies comply
        with the public-service standards (Law 25/2009). This portal shows results that
        <strong>have been released</strong> — after the Ombudsman's national announcement, not when an
        assessment is finished in Patuh.
      </p>
      <h2>What the figures mean</h2>
      <p>
        The Ombudsman has changed its method several times. Figures of different methods use different scales,
        so they are never drawn on one line.
      </p>
      <section class="card" aria-labelledby="m-zona">
        <h3 id="m-zona">2015–2021: compliance zones</h3>
        <p>
          The assessment checked whether the service-standard components (requirements, procedure, time, fees,
          products, the service pledge and others) were available and visible in the service units, by
          unannounced observation. The result is a zone: <span class="badge z-hijau">Green zone</span> high
          compliance (81.00–100), <span class="badge z-kuning">Yellow zone</span> medium (51.00–80.99),
          <span class="badge z-merah">Red zone</span> low (0–50.99). 2015 used a 0–75 scale.
        </p>
      </section>
      <section class="card" aria-labelledby="m-skor">
        <h3 id="m-skor">2022–2024: score 0–100 and categories A–E</h3>
        <p>
          The score combines four weighted dimensions: Input (staff competence and facilities, 21.85%),
          Process (compliance with the service standards, 32.37%), Output (maladministration as users perceive
          it, 24.24%) and Complaints (complaint handling, 21.54%). The score sets the opinion category and the
          zone:
        </p>
        ${bands(lang)}
      </section>
      <section class="card" aria-labelledby="m-opini">
        <h3 id="m-opini">From 2025: the Ombudsman RI opinion</h3>
        <p>
          Under Ombudsman Regulation 61/2025 the assessment became a maladministration assessment of
          public-service delivery, and its result is an <em>Ombudsman RI opinion</em>, e.g. "Opini Kualitas
          Tertinggi Tanpa Maladministrasi" (highest quality, without maladministration). The portal shows the
          opinion as announced.
        </p>
      </section>
      <h2>Official figures and Patuh's figures</h2>
      <p>
        Where an office has recorded the figure the Ombudsman announced, the portal shows that
        <strong>official figure</strong> and says so; the figure Patuh computed is shown beside it when it
        differs. Grey regions on the map are <strong>not assessed</strong> or not released yet — not zero.
      </p>
      <h2>Patuh, Bersih, Baik and Taat</h2>
      <p>
        The Patuh/Bersih/Baik/Taat view on government pages is <strong>Patuh's own reading</strong> of the
        four dimensions (Patuh, compliant = the service standards, the Process dimension; Bersih, clean = free
        of maladministration as users see it, Output; Baik, good = competent providers, Input; Taat, obedient
        = follows the Ombudsman's advice and recommendations, Complaints). It is not an official product of
        the Ombudsman of the Republic of Indonesia.
      </p>
      <h2>Open data</h2>
      <p>
        Every released figure is available as CSV and JSON. The data dictionary and the licence statement are
        on the <a href="${href('/publik/data', lang)}">Open data</a> page.
      </p>`,
  };
}

function credits(lang: PublicLang): Raw {
  const id = lang === 'id';
  return html`<section id="kredit" aria-labelledby="h-kredit">
    <h2 id="h-kredit">${id ? 'Kredit dan lisensi' : 'Credits and licences'}</h2>
    <p>
      ${id ? 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), diolah oleh Patuh.' : 'Boundaries: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), processed by Patuh.'}
      ${id ? 'Sumber:' : 'Source:'}
      <a href="https://github.com/cahyadsn/wilayah_boundaries">github.com/cahyadsn/wilayah_boundaries</a>.
      ${id ? 'Batas disederhanakan untuk peta; bukan rujukan resmi batas wilayah.' : 'Boundaries are simplified for the map; not an official boundary reference.'}
    </p>
    <p>
      ${id ? 'Kode dan nama wilayah (Kemendagri): ' : 'Region codes and names (Kemendagri): '}<a
        href="https://github.com/fityannugroho/idn-area-data"
        >idn-area-data</a
      >
      (MIT, © fityannugroho).
    </p>
    <h3>${id ? 'Lisensi batas wilayah' : 'Licence of the boundaries'}</h3>
    <pre
      class="lisensi"
      tabindex="0"
      lang="en"
      style="white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem"
    >
${boundaryLicence()}</pre>
  </section>`;
}

/** The whole about page. */
export function renderAboutPage(lang: PublicLang, path: string): string {
  return page({
    lang,
    path,
    title: lang === 'id' ? 'Tentang Patuh' : 'About Patuh',
    description:
      lang === 'id'
        ? 'Apa itu Patuh, arti zona, nilai, kategori A–E dan opini Ombudsman per metode, serta kredit dan lisensi data.'
        : 'What Patuh is, what the zones, scores, categories A–E and Ombudsman opinions mean per method, and the credits and data licences.',
    body: html`${sections(lang)[lang]}${credits(lang)}`,
    current: 'about',
  });
}
