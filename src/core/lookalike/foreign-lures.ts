/** @module Phishing lures in the languages other than English that scams speak most, as domain names write them. */

/**
 * Lures in the languages phishing speaks most besides English, as domain names write them (without
 * accents, and Chinese and Russian in Latin letters): support, help, account, login, security,
 * verification, recovery, update, official ("instagram-destek", "ledger-soporte", "amazon-konto",
 * "telegram-giris", "binance-guanfang"). Strong lures like their English kin, found as words or cut off
 * a word's ends ("ledgersoporte"), but not inside a word ("contagion" holds no "conta") nor one letter
 * off (see `nearLure`): short words of other languages are inside, or a letter from, too many others.
 */
export const FOREIGN_LURES: readonly string[] = [
  // Spanish
  'soporte', 'apoyo', 'ayuda', 'cuenta', 'verificar', 'verificacion', 'seguridad', 'acceso', 'recuperar', 'desbloquear', 'actualizar', 'actualizacion',
  // Portuguese
  'suporte', 'ajuda', 'conta', 'verificacao', 'seguranca', 'acesso', 'atendimento', 'desbloqueio', 'atualizar', 'atualizacao',
  // German
  'hilfe', 'konto', 'datenschutz', 'sicherheit', 'anmelden', 'anmeldung', 'verifizierung', 'bestatigen', 'entsperren', 'aktualisierung', 'aktualisieren',
  // French
  'aide', 'assistance', 'annulation', 'connexion', 'securite', 'compte', 'recuperation', 'debloquer', 'miseajour',
  // Italian
  'assistenza', 'accesso', 'sicurezza', 'verifica', 'supporto', 'aggiornamento',
  // Turkish
  'destek', 'giris', 'hesap', 'dogrulama', 'guvenlik', 'sifre', 'guncelleme',
  // Indonesian
  'bantuan', 'peringatan', 'pemberitahuan', 'masuk', 'akun', 'verifikasi', 'keamanan', 'pemulihan', 'pembaruan',
  // Dutch and Polish
  'inloggen', 'beveiliging', 'klantenservice', 'pomoc', 'logowanie', 'weryfikacja', 'aktualizacja',
  // Vietnamese, Chinese (pinyin) and Russian written in Latin letters
  'hotro', 'dangnhap', 'taikhoan', 'xacminh', 'baomat',
  'denglu', 'zhanghu', 'zhanghao', 'anquan', 'yanzheng', 'bangzhu', 'guanfang',
  'podderzhka', 'vhod', 'akkaunt',
];

const FOREIGN_SET = new Set(FOREIGN_LURES);

/** Whether a keyword is a lure of another language than English (see `FOREIGN_LURES`). */
export const isForeignLure = (word: string): boolean => FOREIGN_SET.has(word);
