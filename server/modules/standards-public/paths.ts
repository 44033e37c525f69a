/** The addresses of the public service catalogue (no imports: the government page's section uses them too). */
export const CATALOGUE_PATH = '/publik/layanan';
export const servicePath = (productId: string) => `${CATALOGUE_PATH}/${productId}`;
export const boardPath = (productId: string) => `${servicePath(productId)}/papan.pdf`;
export const qrPath = (productId: string) => `${servicePath(productId)}/qr.svg`;
