/**
 * Embedded social posts (X/Twitter, Instagram, TikTok, Facebook, Bluesky,
 * Threads, Mastodon, Reddit, Telegram): the platforms' own embed markup,
 * which carries the post's text for when their script does not run. Someone
 * else's words with their own byline and date, not the article's.
 */
import type { BoilerplateClassifier } from '../kind';
import { wording } from '../../wording';

const EMBED_CLASSES =
  /(?:^|\s)(?:twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|fb-post|fb-video|bluesky-embed|text-post-media|mastodon-embed|reddit-embed-bq|reddit-card|telegram-post)(?:\s|$)/i;

export const embed: BoilerplateClassifier = {
  kind: 'embed',
  classify(element) {
    const classes = element.getAttribute('class') ?? '';
    const match = classes.match(EMBED_CLASSES);
    if (match) return wording('removed_embedNamed', { markup: match[0].trim() });
    if (element.hasAttribute('data-instgrm-permalink') || element.hasAttribute('data-telegram-post')) return wording('removed_embed');
    return null;
  },
};
