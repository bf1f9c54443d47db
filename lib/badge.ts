import type { Verdict } from './report';

/** What the toolbar badge shows for a verdict: "MT", "?" or nothing. */
export function badgeFor(verdict: Verdict | null): { text: string; color: string; title: string } {
  switch (verdict) {
    case 'machine-translated':
      return { text: 'MT', color: '#b42318', title: 'Unspun: this page looks machine-translated' };
    case 'uncertain':
      return { text: '?', color: '#b54708', title: 'Unspun: this page may be machine-translated' };
    default:
      return {
        text: '',
        color: '#0f766e',
        title: verdict === 'human' ? 'Unspun: no sign of machine translation' : 'Unspun: analyse this page',
      };
  }
}
