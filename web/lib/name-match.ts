/** Lower case without diacritics: what a name filter compares ("Bénoa" is found by "benoa"). */
export const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');
