// Upload limits. A plan is a few hundred KB at most; the caps leave room for big tables and
// images while keeping a hostile file from exhausting memory.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Total bytes we are willing to inflate out of one upload, counted as actually inflated. */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024;
/** Above this size an entry must not inflate more than MAX_RATIO times its compressed size. */
export const RATIO_CHECK_FROM = 1024 * 1024;
export const MAX_RATIO = 200;
export const MAX_ZIP_ENTRIES = 5000;
/** Table shape caps: beyond these a sheet is junk, not a task table. */
export const MAX_ROWS = 20000;
export const MAX_COLS = 200;

export const SAVE_AS_ADVICE = '请另存为 .docx 或 .xlsx 后再上传，或直接粘贴文字';
