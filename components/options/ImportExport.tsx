import { useState } from 'preact/hooks';
import type { Settings, SiteRule } from '@/lib/rules/model';
import { exportRules, formatImportErrors, parseImport, previewImport, type ImportMode, MAX_IMPORT_BYTES } from '@/lib/rules/transfer';
import { MAX_FILTER_BYTES, parseCosmeticFilters, type SkippedLine } from '@/lib/rules/filters';
import { parseExtendedSelector } from '@/lib/rules/extended-selector';
import { saveFile } from '../download';

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
  return parsed.ok ? null : parsed.error;
};

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
      setError(
        `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Unspun imports files up to ${MAX_FILTER_BYTES / 1048576} MB. Nothing was changed.`,
      );
      return;
    }
    const text = await file.text();
    if (/^\s*[{[]/.test(text)) {
      const parsed = parseImport(text, { validateSelector });
      if (!parsed.ok) {
        const shown = parsed.errors.slice(0, MAX_ERRORS_SHOWN);
        const more = parsed.errors.length - shown.length;
        setError(
          `“${file.name}” cannot be imported; nothing was changed.\n${formatImportErrors(shown)}${more > 0 ? `\n… and ${more} more` : ''}`,
        );
        return;
      }
      setPending({ fileName: file.name, incoming: parsed.rules, settings: parsed.settings, skipped: [], kind: 'unspun' });
    } else {
      const parsed = parseCosmeticFilters(text, document);
      if (parsed.rules.length === 0) {
        const reasons = parsed.skipped.map((line) => `line ${line.line}: ${line.reason}`).join('\n');
        setError(`“${file.name}” holds no filter Unspun can use; nothing was changed.${reasons ? `\n${reasons}` : ''}`);
        return;
      }
      setPending({ fileName: file.name, incoming: parsed.rules, settings: null, skipped: parsed.skipped, kind: 'filters' });
    }
  };

  const preview = pending ? previewImport(rules, pending.incoming, pending.kind === 'filters' ? 'merge' : mode) : null;

  const apply = async () => {
    if (!pending || !preview) return;
    await onApply(preview.result, pending.settings);
    setDone(
      `Imported “${pending.fileName}”: ${preview.added.length} added, ${preview.changed.length} changed, ${preview.removed.length} removed.`,
    );
    setPending(null);
  };

  return (
    <section class="import-export" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <div class="actions">
        <button type="button" onClick={download}>
          Export rules and settings
        </button>
        <label class="file-button">
          Import a file…
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
      <p class="hint">Unspun’s own JSON export, or uBlock Origin / AdBlock cosmetic filters (example.com##.selector).</p>
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
          <h3>Import “{pending.fileName}”?</h3>
          {pending.kind === 'unspun' && (
            <fieldset>
              <label>
                <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge with my rules
              </label>
              <label>
                <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace my rules
              </label>
            </fieldset>
          )}
          <ul>
            <li>
              {preview.added.length} added{preview.added.length ? `: ${preview.added.map((rule) => rule.pattern).join(', ')}` : ''}
            </li>
            <li>
              {preview.changed.length} changed
              {preview.changed.length
                ? `: ${preview.changed.map((change) => `${change.after.pattern} (${change.fields.join(', ')})`).join('; ')}`
                : ''}
            </li>
            <li>{preview.kept.length} kept as they are</li>
            {preview.removed.length > 0 && (
              <li>
                {preview.removed.length} removed: {preview.removed.map((rule) => rule.pattern).join(', ')}
              </li>
            )}
            {pending.settings && <li>Settings are replaced by the file’s.</li>}
          </ul>
          {pending.skipped.length > 0 && (
            <details open>
              <summary>{pending.skipped.length} lines skipped</summary>
              <ul class="skipped">
                {pending.skipped.map((line) => (
                  <li key={line.line}>
                    line {line.line}: <code>{line.text}</code>: {line.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div class="actions">
            <button type="button" onClick={() => void apply()}>
              Apply import
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
