// Digits said in characters (「六六六六」「幺三五七」), read as the digits they name.
const DIGIT_CHARS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

// The radio way of saying 7 and 9 (拐, 勾) are ordinary words too, so they count only inside a run of seven
// or more numerals, where a phone or an ID number is being read aloud.
const READ_ALOUD_CHARS: Readonly<Record<string, string>> = { ...DIGIT_CHARS, 拐: '7', 勾: '9' };
// A number read aloud in groups (「一五八 零零零零 三四七一」) is one run too: groups of three or more numerals
// joined by single spaces or dashes, seven numerals or more in all. Groups are delimited, so no backtracking.
const READ_ALOUD_RUN =
  /[零〇洞幺一二两三四五六七拐八九勾]{3,}(?:[ -][零〇洞幺一二两三四五六七拐八九勾]{3,})+|[零〇洞幺一二两三四五六七拐八九勾]{7,}/gu;
const NUMERALS_IN_RUN = 7;

/** The digits of a message, counting digit characters and full-width digits as digits. */
export function spokenDigits(text: string): string {
  return Array.from(text.normalize('NFKC'))
    .map((c) => (/[0-9]/.test(c) ? c : (DIGIT_CHARS[c] ?? '')))
    .join('');
}

/** Digits read aloud turned into figures: 「幺三七零零零零二六四零」 → 13700002640; other text unchanged. */
export function spelledDigits(text: string): string {
  return text.replace(READ_ALOUD_RUN, (run) =>
    run.replace(/[ -]/g, '').length < NUMERALS_IN_RUN
      ? run
      : Array.from(run)
          .map((c) => READ_ALOUD_CHARS[c] ?? c)
          .join(''),
  );
}
