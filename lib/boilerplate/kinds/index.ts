/**
 * Every boilerplate kind, in the order they are tried: the first that claims
 * an element names it. Specific kinds go before the catch-all navigation.
 */
import type { BoilerplateClassifier } from '../kind';
import { cookieBanner } from './cookie-banner';
import { promo } from './promo';
import { related } from './related';
import { comments } from './comments';
import { authorBox } from './author-box';
import { share } from './share';
import { newsletter } from './newsletter';
import { ads } from './ads';
import { navigation } from './navigation';

export const BOILERPLATE_CLASSIFIERS: readonly BoilerplateClassifier[] = [
  cookieBanner,
  promo,
  related,
  comments,
  authorBox,
  share,
  newsletter,
  ads,
  navigation,
];
