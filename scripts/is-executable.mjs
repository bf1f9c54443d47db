// Whether a file may be run by this user: the browser finders (find-browser.mjs, oldest-firefox.mjs) ask it of every candidate.
import { accessSync, constants } from 'node:fs';

export const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
