// Small wording for the data settings: file sizes as a person reads them, and the warning about an old backup,
// in the language in force (numbers are formatted by the catalogue's NUMBER, which is Intl's).
import { t } from '../i18n/locale.svelte';

/** "812 bytes", "4.2 KB", "3.1 MB" ("4,2 KB" in German). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return t('size-bytes', { bytes });
  if (bytes < 1024 * 1024) return t('size-kilobytes', { size: bytes / 1024 });
  return t('size-megabytes', { size: bytes / (1024 * 1024) });
}

/** What the data settings need to know about the backups to warn about them. */
export type BackupAge = { newestAgeDays: number | null; warnAfterDays: number };

/**
 * The warning the data settings show when the newest backup is older than Rust says is safe (a week), in plain
 * words with why it matters; null when there is nothing to warn about (no backup yet has its own sentence).
 */
export function backupAgeWarning({ newestAgeDays, warnAfterDays }: BackupAge): string | null {
  if (newestAgeDays === null || newestAgeDays <= warnAfterDays) return null;
  return t('data-backup-old', { days: newestAgeDays });
}
