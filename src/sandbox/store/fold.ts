// How a display name becomes an alias and an SMTP local part. Exchange allows U+00A1–U+00FF in an
// alias but maps them to best-fit ASCII in the primary SMTP address (its docs: "ö is changed to oe");
// the sandbox applies that same best-fit map to aliases too so aliases and addresses always agree.
// Letters outside Latin-1 lose their diacritics (Ł→L, ễ→e), a few letters that do not decompose
// have fixed spellings (đ→d, ı→i, œ→oe), and anything left that is not [a-z0-9.-] is dropped.
// Names in non-Latin scripts carry their own romanisation in the name pools (山田 → yamada).

const BEST_FIT: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa', þ: 'th', ð: 'd',
  Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', Æ: 'Ae', Ø: 'Oe', Å: 'Aa', Þ: 'Th', Ð: 'D',
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', œ: 'oe', Œ: 'Oe', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L',
};

/** Best-fit ASCII of any Latin text, case kept. */
export function asciiFold(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = BEST_FIT[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}

/** An alias part (lower case, ASCII letters, digits and hyphens) from a name part. */
export function aliasPart(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[\s']+/g, '')
    .replace(/[^a-z0-9-]/g, '');
}
