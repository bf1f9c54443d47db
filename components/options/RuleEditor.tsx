import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SiteRule } from '@/lib/rules/model';
import { checkPattern, type PatternCheck } from '@/lib/rules/patterns';
import { parseExtendedSelector } from '@/lib/rules/extended-selector';
import type { SelectorPreview } from '@/lib/messages';
import { SOURCE_PROFILES } from '@/lib/language/profiles';
import { request } from '../api';
import { languageLabel, say, t, tp } from '../i18n';

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function selectorErrors(text: string): string[] {
  return lines(text)
    .map((selector, index) => {
      const parsed = parseExtendedSelector(selector, document);
      return parsed.ok ? null : t('selectorLineError', index + 1, say(parsed.errorWording, parsed.error).text);
    })
    .filter((error): error is string => error !== null);
}

/** Edits one rule; Save stays disabled while anything is invalid. */
export function RuleEditor({ rule, onSave, onCancel }: { rule: SiteRule; onSave: (rule: SiteRule) => void; onCancel: () => void }) {
  const [pattern, setPattern] = useState(rule.pattern);
  const [removeText, setRemoveText] = useState(rule.removeSelectors.join('\n'));
  const [keepText, setKeepText] = useState(rule.keepSelectors.join('\n'));
  const [enabled, setEnabled] = useState(rule.enabled);
  const [autoClean, setAutoClean] = useState(rule.autoClean);
  const [sourceLanguage, setSourceLanguage] = useState(rule.sourceLanguage ?? '');
  const [note, setNote] = useState(rule.note);
  const [preview, setPreview] = useState<SelectorPreview | null>(null);

  const patternCheck = useMemo(() => checkPattern(pattern), [pattern]);
  const removeErrors = useMemo(() => selectorErrors(removeText), [removeText]);
  const keepErrors = useMemo(() => selectorErrors(keepText), [keepText]);
  const valid = patternCheck.ok && removeErrors.length === 0 && keepErrors.length === 0;

  useEffect(() => {
    if (!valid) return setPreview(null);
    const timer = setTimeout(async () => {
      const response = await request({
        type: 'count-selectors',
        pattern,
        removeSelectors: lines(removeText),
        keepSelectors: lines(keepText),
      });
      setPreview(response.ok ? response.value : null);
    }, 400);
    return () => clearTimeout(timer);
  }, [pattern, removeText, keepText, valid]);

  const save = (event: Event) => {
    event.preventDefault();
    if (!valid) return;
    onSave({
      ...rule,
      pattern: pattern.trim(),
      removeSelectors: lines(removeText),
      keepSelectors: lines(keepText),
      enabled,
      autoClean,
      sourceLanguage: sourceLanguage || null,
      note: note.trim(),
    });
  };

  return (
    <form class="rule-editor" onSubmit={save} aria-label={t('editRule')} data-testid="rule-editor">
      <label>
        {t('ruleSite')}
        <input
          name="pattern"
          value={pattern}
          onInput={(event) => setPattern(event.currentTarget.value)}
          placeholder={t('rulePatternPlaceholder')}
          aria-invalid={!patternCheck.ok}
          aria-describedby="pattern-error"
          required
        />
      </label>
      {!patternCheck.ok && pattern.trim() !== '' && (
        <p class="field-error" id="pattern-error" role="alert">
          <PatternError check={patternCheck} />
        </p>
      )}
      <div class="checks">
        <label>
          <input type="checkbox" name="enabled" checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />{' '}
          {t('ruleEnabled')}
        </label>
        <label>
          <input type="checkbox" name="autoClean" checked={autoClean} onChange={(event) => setAutoClean(event.currentTarget.checked)} />{' '}
          {t('ruleAutoClean')}
        </label>
      </div>
      <label>
        {t('ruleAlsoHide')}
        <textarea name="removeSelectors" rows={4} value={removeText} onInput={(event) => setRemoveText(event.currentTarget.value)} />
      </label>
      {removeErrors.map((error) => (
        <p class="field-error" role="alert" key={error}>
          {error}
        </p>
      ))}
      <label>
        {t('ruleNeverHide')}
        <textarea name="keepSelectors" rows={3} value={keepText} onInput={(event) => setKeepText(event.currentTarget.value)} />
      </label>
      {keepErrors.map((error) => (
        <p class="field-error" role="alert" key={error}>
          {error}
        </p>
      ))}
      <label>
        {t('ruleTranslatedFrom')}
        <select name="sourceLanguage" value={sourceLanguage} onChange={(event) => setSourceLanguage(event.currentTarget.value)}>
          <option value="">{t('ruleDetect')}</option>
          {SOURCE_PROFILES.map((profile) => (
            <option value={profile.code} key={profile.code}>
              {languageLabel(profile.code, profile.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ruleNote')}
        <input name="note" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      {preview?.page && (
        <div class="preview" data-testid="selector-preview">
          {t('previewOnPage', preview.page.title)}
          <ul>
            {preview.counts.map((entry) => (
              <li key={`${entry.list}:${entry.selector}`}>
                <code>{entry.selector}</code> ({entry.list === 'keep' ? t('previewKept') : t('previewHidden')}):{' '}
                {entry.count === null ? say(entry.errorWording, entry.error ?? '').text : tp('previewElements', entry.count)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="submit" disabled={!valid}>
          {t('saveRule')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Why a pattern was refused, in the interface's language (lib's English, marked so, where there are no words for it). */
function PatternError({ check }: { check: Extract<PatternCheck, { ok: false }> }) {
  const said = say(check.errorWording, check.error);
  return <span lang={said.lang}>{said.text}</span>;
}
