/**
 * A small bundled list of common passwords of 12 characters or more (drawn from the most frequent
 * entries of public breach corpora), plus patterns that such lists are full of: one repeated
 * character, keyboard runs, digit runs, and a common word padded with digits.
 */
const COMMON = new Set(
  `123456789012 1234567890123 12345678901234 123456789123 111111111111 000000000000 123123123123
  qwertyuiopasdfghjkl qwertyuiop123 qwertyuiopas qwerty123456 1q2w3e4r5t6y 1qaz2wsx3edc qazwsxedcrfv
  zaq12wsxcde3 asdfghjkl123 password1234 password12345 password123456 passwordpassword password123!
  iloveyou1234 iloveyouforever letmein12345 welcome12345 welcome123456 administrator admin1234567
  adminadminadmin changeme1234 monkey123456 football1234 baseball1234 superman1234 princess1234
  sunshine1234 starwars1234 trustno1trustno1 dragon123456 master123456 abc123456789 abcdefghijkl
  abcdefghijklmnop abcd12345678 aaaaaaaaaaaa qwertyqwerty asdfasdfasdf zxcvbnm12345 1234qwerasdf
  qwer1234asdf p@ssw0rd1234 p@ssword1234 passw0rd1234 password2020 password2021 password2022
  password2023 password2024 password2025 password2026 summer2024!! winter2024!! spring2024!!
  autumn2024!! q1w2e3r4t5y6 987654321098 098765432109 correcthorsebatterystaple thequickbrownfox
  myspace12345 facebook1234 google123456 computer1234 internet1234 samsung12345 michael12345
  jennifer1234 charlie12345 jordan231234 liverpool123 chelsea12345 arsenal12345 barcelona123
  realmadrid12 manchester12 blink1821234 1234567890qwerty qwerty1234567890 iloveyou123! 
  пароль123456 йцукенгшщзхъ йцукен123456 привет123456 qazwsx123456 kazakhstan123 astana123456
  almaty123456 qwerty12345678 parol1234567 parolparol12`
    .split(/\s+/)
    .filter(Boolean),
);

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'йцукенгшщзхъ', 'фывапролджэ'];

export function isCommonPassword(password: string): boolean {
  const folded = password.toLowerCase();
  if (COMMON.has(folded)) return true;
  // One character repeated, or a short unit repeated ("abcabcabcabc").
  if (/^(.{1,4})\1+$/u.test(folded)) return true;
  // A run along a keyboard row or the digits, forwards or backwards, possibly wrapping.
  for (const row of KEYBOARD_ROWS) {
    const cyclic = row.repeat(3);
    const reversed = [...cyclic].reverse().join('');
    if (cyclic.includes(folded) || reversed.includes(folded)) return true;
  }
  // A common word with digits or symbols tacked on ("password2024!!", "qwerty12345678").
  const stem = folded.replace(/[\d!@#$%^&*._-]+$/u, '');
  if (stem.length < folded.length && stem.length >= 4 && [...COMMON].some((c) => c.startsWith(stem)))
    return true;
  return false;
}
