/**
 * An activity's photos: a JPEG with GPS EXIF is stored and downloaded without its metadata, a
 * PNG likewise; a text file and a PDF are refused (415, nothing listed); the caption is kept;
 * removing hides it (download 404); another office's assessor cannot upload or download (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { jpegWithGps, pngWithGps, SECRET_TEXT } from '../../lib/strip-metadata.fixture';
import { multipart } from '../complaint-letters/letters.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let activityId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  const res = await (
    await t.as('assessor')
  ).post(`/api/governments/${t.governmentId}/activities`, {
    kind: 'kunjungan_koordinasi',
    title: 'Kunjungan koordinasi',
    heldOn: '2026-02-02',
  });
  activityId = res.json().id;
});
afterAll(async () => ctx.close());

const upload = (agent: Agent, file: { name: string; type: string; bytes: Buffer }, caption = '') => {
  const m = multipart(caption ? { caption } : {}, file);
  return agent.request('POST', `/api/activities/${activityId}/photos`, m.body, m.headers);
};

describe('activity photos', () => {
  it('stores a JPEG and a PNG without their metadata, with the caption', async () => {
    const assessor = await t.as('assessor');
    const jpeg = jpegWithGps();
    expect(jpeg.includes(SECRET_TEXT)).toBe(true);
    const res = await upload(assessor, { name: 'foto.jpg', type: 'image/jpeg', bytes: jpeg }, 'Pembukaan');
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({ caption: 'Pembukaan', mimeType: 'image/jpeg' });
    const coord = await t.as('gov_coordinator');
    const down = await coord.get(`/api/activities/${activityId}/photos/${photo.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('image/jpeg');
    expect(down.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(down.rawPayload.includes(SECRET_TEXT)).toBe(false);
    expect(down.rawPayload.length).toBeLessThan(jpeg.length);

    const png = await upload(assessor, { name: 'foto.png', type: 'image/png', bytes: pngWithGps() });
    expect(png.statusCode).toBe(201);
    const pngDown = await coord.get(`/api/activities/${activityId}/photos/${png.json().id}`);
    expect(pngDown.rawPayload.includes(SECRET_TEXT)).toBe(false);
    expect(png.json().caption).toBeNull();

    const page = (await coord.get(`/api/activities/${activityId}`)).json();
    expect(page.photos.map((p: { caption: string | null }) => p.caption)).toEqual(['Pembukaan', null]);
  });

  it('refuses what is not a JPEG or PNG photo, and lists nothing for it', async () => {
    const assessor = await t.as('assessor');
    const text = await upload(assessor, {
      name: 'foto.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from('bukan gambar sama sekali'),
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.message).toMatch(/^Jenis berkas tidak didukung/);
    const pdf = await upload(assessor, {
      name: 'foto.png',
      type: 'image/png',
      bytes: Buffer.from('%PDF-1.4\n%uji\n%%EOF\n'),
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.message).toContain('JPEG, PNG');
    const broken = await upload(assessor, {
      name: 'rusak.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    });
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().error.fields)).toEqual(['file']);
    const page = (await assessor.get(`/api/activities/${activityId}`)).json();
    expect(page.photoCount).toBe(2);
  });

  it('is out of reach for another office; removing a photo hides it', async () => {
    const outsider = await other.as('assessor');
    const jpeg = { name: 'a.jpg', type: 'image/jpeg', bytes: jpegWithGps() };
    expect((await upload(outsider, jpeg)).statusCode).toBe(404);
    const assessor = await t.as('assessor');
    const [first] = (await assessor.get(`/api/activities/${activityId}`)).json().photos;
    const url = `/api/activities/${activityId}/photos/${first.id}`;
    expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await outsider.request('DELETE', url)).statusCode).toBe(404);
    expect((await (await t.as('gov_coordinator')).request('DELETE', url)).statusCode).toBe(403);
    expect((await assessor.request('DELETE', url)).statusCode).toBe(204);
    expect((await assessor.get(url)).statusCode).toBe(404);
    expect((await assessor.get(`/api/activities/${activityId}`)).json().photoCount).toBe(1);
  });
});
