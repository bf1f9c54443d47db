import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/badge';
import en from '@/public/_locales/en/messages.json';

const tooltip = (verdict: Parameters<typeof badgeFor>[0]) => en[badgeFor(verdict).title].message;

describe('badgeFor', () => {
  it('shows "MT" for a machine-translated page', () => {
    expect(badgeFor('machine-translated').text).toBe('MT');
    expect(tooltip('machine-translated')).toContain('machine-translated');
  });

  it('shows "?" for an uncertain page, in a different colour', () => {
    const badge = badgeFor('uncertain');
    expect(badge.text).toBe('?');
    expect(badge.color).not.toBe(badgeFor('machine-translated').color);
    expect(tooltip('uncertain')).toContain('may be');
  });

  it('shows nothing for a human page or one not analysed yet, with different tooltips', () => {
    expect(badgeFor('human').text).toBe('');
    expect(badgeFor(null).text).toBe('');
    expect(tooltip('human')).toContain('no sign');
    expect(tooltip(null)).toContain('analyse');
  });
});
