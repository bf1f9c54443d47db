import { beforeEach } from 'vitest';
import { useMessages } from './fake-messages';

// The interface's words come from the message files; tests read them in English unless they pick another language.
beforeEach(() => useMessages('en'));
