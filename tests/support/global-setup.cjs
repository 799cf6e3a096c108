// Every e2e suite runs the built bundle, and the parity suite the parity project: build both once before jest starts.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(__dirname, '../../scripts/parity.mjs'), '--build-only'], { stdio: 'inherit' });
};
