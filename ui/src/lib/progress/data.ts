// Small wording for the data settings: file sizes as a person reads them.

/** "812 bytes", "4.2 KB", "3.1 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the data settings need to know about the backups to warn about them. */
export type BackupAge = { newestAgeDays: number | null; warnAfterDays: number };

/**
 * The warning the data settings show when the newest backup is older than Rust says is safe (a week), in plain
 * words with why it matters; null when there is nothing to warn about (no backup yet has its own sentence).
 */
export function backupAgeWarning({ newestAgeDays, warnAfterDays }: BackupAge): string | null {
  if (newestAgeDays === null || newestAgeDays <= warnAfterDays) return null;
  const days = `${newestAgeDays} days`;
  return (
    `Your newest backup is ${days} old. If your data were damaged now, Limber could only bring it back as it ` +
    `was ${days} ago, and everything you recorded since would be lost. Limber makes a backup on each day it ` +
    'runs; if this warning stays, check that the disk has free space and that the backup folder can be written.'
  );
}
