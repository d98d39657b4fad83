import { t } from './i18n';
import type { ImportProblem } from './bindings';

/** A problem of an import file in words, after its row when it has one ("Row 4: …");
 * the message names the field itself. */
export function problemWords(p: ImportProblem): string {
  return p.row > 0 ? `${t('screen-data-row', { row: p.row })} ${p.message}` : p.message;
}
