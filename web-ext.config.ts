import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode tries to launch a browser, which CI machines and headless
// sandboxes cannot do. Set UNSPUN_NO_RUNNER=1 there; users keep the runner.
export default defineWebExtConfig({
  disabled: process.env.UNSPUN_NO_RUNNER === '1' || process.env.CI === 'true',
});
