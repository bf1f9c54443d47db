import { useState } from 'preact/hooks';
import type { Settings, SiteRule } from '@/lib/rules/model';
import { exportRules, parseImport, previewImport, type ImportError, type ImportMode, MAX_IMPORT_BYTES } from '@/lib/rules/transfer';
import { MAX_FILTER_BYTES, parseCosmeticFilters, type SkippedLine } from '@/lib/rules/filters';
import { parseExtendedSelector } from '@/lib/rules/extended-selector';
import { saveFile } from '../download';
import { say, t, tp, tx } from '../i18n';

/** A badly broken file can hold thousands of errors; the first ones tell the story. */
const MAX_ERRORS_SHOWN = 20;

interface Pending {
  fileName: string;
  incoming: SiteRule[];
  settings: Settings | null;
  skipped: SkippedLine[];
  kind: 'unspun' | 'filters';
}

const validateSelector = (selector: string) => {
  const parsed = parseExtendedSelector(selector, document);
  return parsed.ok ? null : parsed;
};

/** One error a line, in the interface's language: `wiersz 12, kolumna 3: …`, `rules[2].pattern (wiersz 14): …`. */
export function sayImportErrors(errors: ImportError[]): string {
  return errors
    .map((error) => {
      const message = say(error.wording, error.message).text;
      const where =
        error.line === undefined
          ? null
          : error.column === undefined
            ? t('importWhereLine', error.line)
            : t('importWhereLineColumn', error.line, error.column);
      if (error.path) return where ? t('importErrorPathWhere', error.path, where, message) : t('importErrorPath', error.path, message);
      return where ? t('importErrorWhere', where, message) : message;
    })
    .join('\n');
}

/** Export to a JSON file; import JSON or uBlock/AdBlock cosmetic filters, previewed before anything changes. */
export function ImportExport({
  rules,
  settings,
  onApply,
}: {
  rules: SiteRule[];
  settings: Settings;
  onApply: (rules: SiteRule[], settings: Settings | null) => Promise<void>;
}) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const download = () => saveFile(`unspun-rules-${new Date().toISOString().slice(0, 10)}.json`, exportRules(rules, settings));

  const readFile = async (file: File) => {
    setError(null);
    setDone(null);
    setPending(null);
    if (file.size > Math.max(MAX_IMPORT_BYTES, MAX_FILTER_BYTES)) {
      setError(t('importTooLarge', file.name, (file.size / 1048576).toFixed(1), MAX_FILTER_BYTES / 1048576));
      return;
    }
    const text = await file.text();
    if (/^\s*[{[]/.test(text)) {
      const parsed = parseImport(text, { validateSelector });
      if (!parsed.ok) {
        const shown = parsed.errors.slice(0, MAX_ERRORS_SHOWN);
        const more = parsed.errors.length - shown.length;
        setError(`${t('importCannot', file.name)}\n${sayImportErrors(shown)}${more > 0 ? `\n${t('importMoreErrors', more)}` : ''}`);
        return;
      }
      setPending({ fileName: file.name, incoming: parsed.rules, settings: parsed.settings, skipped: [], kind: 'unspun' });
    } else {
      const parsed = parseCosmeticFilters(text, document, t('filterImportNote'));
      if (parsed.rules.length === 0) {
        // Line 0: the whole list was refused.
        const reasons = parsed.skipped
          .map((line) =>
            line.line === 0
              ? say(line.reasonWording, line.reason).text
              : t('importLine', line.line, say(line.reasonWording, line.reason).text),
          )
          .join('\n');
        setError(`${t('importNoFilter', file.name)}${reasons ? `\n${reasons}` : ''}`);
        return;
      }
      setPending({ fileName: file.name, incoming: parsed.rules, settings: null, skipped: parsed.skipped, kind: 'filters' });
    }
  };

  const preview = pending ? previewImport(rules, pending.incoming, pending.kind === 'filters' ? 'merge' : mode) : null;

  const apply = async () => {
    if (!pending || !preview) return;
    await onApply(preview.result, pending.settings);
    setDone(t('imported', pending.fileName, preview.added.length, preview.changed.length, preview.removed.length));
    setPending(null);
  };

  return (
    <section class="import-export" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('importExport')}</h2>
      <div class="actions">
        <button type="button" onClick={download}>
          {t('exportRules')}
        </button>
        <label class="file-button">
          {t('importFile')}
          <input
            type="file"
            accept=".json,.txt,application/json,text/plain"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
      </div>
      <p class="hint">{t('importHint')}</p>
      {error && (
        <pre class="import-error" role="alert" data-testid="import-error">
          {error}
        </pre>
      )}
      {done && (
        <p class="status" role="status">
          {done}
        </p>
      )}
      {pending && preview && (
        <div class="import-preview" data-testid="import-preview">
          <h3>{t('importQuestion', pending.fileName)}</h3>
          {pending.kind === 'unspun' && (
            <fieldset>
              <label>
                <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('importMerge')}
              </label>
              <label>
                <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('importReplace')}
              </label>
            </fieldset>
          )}
          <ul>
            <li>
              {t('importAdded', preview.added.length)}
              {preview.added.length ? `: ${preview.added.map((rule) => rule.pattern).join(', ')}` : ''}
            </li>
            <li>
              {t('importChanged', preview.changed.length)}
              {preview.changed.length
                ? `: ${preview.changed.map((change) => `${change.after.pattern} (${change.fields.join(', ')})`).join('; ')}`
                : ''}
            </li>
            <li>{t('importKept', preview.kept.length)}</li>
            {preview.removed.length > 0 && (
              <li>
                {t('importRemoved', preview.removed.length)}: {preview.removed.map((rule) => rule.pattern).join(', ')}
              </li>
            )}
            {pending.settings && <li>{t('importSettingsReplaced')}</li>}
          </ul>
          {pending.skipped.length > 0 && (
            <details open>
              <summary>{tp('importLinesSkipped', pending.skipped.length)}</summary>
              <ul class="skipped">
                {pending.skipped.map((line) => (
                  <li key={line.line}>
                    {tx('importLine', line.line, [<code>{line.text}</code>, `: ${say(line.reasonWording, line.reason).text}`])}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div class="actions">
            <button type="button" onClick={() => void apply()}>
              {t('applyImport')}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
