import type { Verdict } from './report';

/** The toolbar tooltip of each state: keys of the message files (public/_locales), worded in the browser's language. */
export type BadgeTitle = 'badgeMachineTranslated' | 'badgeUncertain' | 'badgeHuman' | 'actionTitle';

/** What the toolbar badge shows for a verdict: "MT", "?" or nothing. */
export function badgeFor(verdict: Verdict | null): { text: string; color: string; title: BadgeTitle } {
  switch (verdict) {
    case 'machine-translated':
      return { text: 'MT', color: '#b42318', title: 'badgeMachineTranslated' };
    case 'uncertain':
      return { text: '?', color: '#b54708', title: 'badgeUncertain' };
    default:
      return { text: '', color: '#0f766e', title: verdict === 'human' ? 'badgeHuman' : 'actionTitle' };
  }
}
