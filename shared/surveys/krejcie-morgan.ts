/**
 * The sample a unit needs from its population of service users (issue 16 §2): the printed
 * Krejcie & Morgan (1970) table that Permenpan RB 14/2017 cites (REFERENCE §5). Offices use the
 * printed rows, which round to the nearest rather than up, so they differ by one from the formula
 * on some rows (50 → 44, not 45; 500 → 217, not 218). Between two rows take the next larger N
 * (REFERENCE §5 note); above the last row the sample stays 384.
 */

/** [population N, sample S] in increasing N, as printed. */
export const KREJCIE_MORGAN_TABLE: readonly (readonly [number, number])[] = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [100000, 384],
  [1000000, 384],
];

/**
 * The sample size for a population of `population` service users. A population below the first
 * row (10) is surveyed whole; a population that is not a row takes the next larger row's sample;
 * above the last row the sample is 384.
 */
export function requiredSample(population: number): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const n = Math.ceil(population);
  if (n < KREJCIE_MORGAN_TABLE[0]![0]) return n;
  for (const [rowN, sample] of KREJCIE_MORGAN_TABLE) if (n <= rowN) return sample;
  return 384;
}

/**
 * The formula behind the table (chi-square 3.841, P = 0.5, d = 0.05), rounded up: shown beside the
 * printed value so offices can see why the two differ by one on some rows.
 */
export function formulaSample(population: number): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const chi2 = 3.841;
  const p = 0.5;
  const d = 0.05;
  return Math.ceil((chi2 * population * p * (1 - p)) / (d * d * (population - 1) + chi2 * p * (1 - p)));
}
