/**
 * Every boilerplate kind, in the order they are tried: the first that claims
 * an element names it. Specific boxes go before the catch-all navigation;
 * the small in-article kinds (credits, bylines and dates, notices) after it,
 * so a site footer that holds a copyright line is still site chrome.
 */
import type { BoilerplateClassifier } from '../kind';
import { cookieBanner } from './cookie-banner';
import { promo } from './promo';
import { callToAction } from './call-to-action';
import { setApartCallToAction } from './set-apart-call-to-action';
import { callToActionRun } from './call-to-action-run';
import { related } from './related';
import { comments } from './comments';
import { authorBox } from './author-box';
import { share } from './share';
import { newsletter } from './newsletter';
import { ads } from './ads';
import { paywall } from './paywall';
import { credit } from './credit';
import { articleMeta } from './article-meta';
import { legal } from './legal';
import { contact } from './contact';
import { embed } from './embed';
import { consentPlaceholder } from './consent-placeholder';
import { disclaimer } from './disclaimer';
import { postedOn } from './posted-on';
import { entryStats } from './entry-stats';
import { navigation } from './navigation';

export const BOILERPLATE_CLASSIFIERS: readonly BoilerplateClassifier[] = [
  cookieBanner,
  embed,
  consentPlaceholder,
  promo,
  related,
  comments,
  authorBox,
  share,
  newsletter,
  ads,
  paywall,
  callToAction,
  setApartCallToAction,
  callToActionRun,
  navigation,
  credit,
  articleMeta,
  postedOn,
  entryStats,
  legal,
  disclaimer,
  contact,
];
