/**
 * Upload limits from the source document (seed 004, "Uploading Documents in
 * Connexion"): "the maximum file size must be under 50 MB".
 *
 * The document does not say whether "MB" is decimal (1 000 000 bytes) or
 * binary (1 MiB = 1 048 576 bytes). We read it as binary MiB because that is
 * what suppliers see: Windows Explorer and most desktop tools label
 * 1 048 576-byte units "MB", so a file the user sees as "49.9 MB" must be
 * accepted. It is also the generous reading: nothing a decimal-MB portal
 * accepts is refused here. Files of 50 000 000 to 52 428 799 bytes fall in the
 * ambiguous band and are accepted by this mock.
 *
 * The limit is strict: a file of exactly MAX_UPLOAD_BYTES bytes is refused.
 */
export const MAX_UPLOAD_MIB = 50;

/** 50 MiB = 52 428 800 bytes; an upload must be strictly smaller. */
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MIB * 1024 * 1024;

/** How the limit is shown to users, worded as in the source document. */
export const MAX_UPLOAD_LABEL = `${MAX_UPLOAD_MIB} MB`;
