import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/badge';

describe('badgeFor', () => {
  it('shows "MT" for a machine-translated page', () => {
    expect(badgeFor('machine-translated')).toMatchObject({ text: 'MT', title: expect.stringContaining('machine-translated') });
  });

  it('shows "?" for an uncertain page, in a different colour', () => {
    const badge = badgeFor('uncertain');
    expect(badge.text).toBe('?');
    expect(badge.color).not.toBe(badgeFor('machine-translated').color);
    expect(badge.title).toContain('may be');
  });

  it('shows nothing for a human page or one not analysed yet, with different tooltips', () => {
    expect(badgeFor('human').text).toBe('');
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor('human').title).toContain('no sign');
    expect(badgeFor(null).title).toContain('analyse');
  });
});
