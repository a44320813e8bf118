#!/usr/bin/env bash
# `npm run test:node-versions`: the construct, client, testing-helper and packaging tests again under
# Node 22 and 24 (the full suite runs under the Node on PATH, 20 in CI). The binaries come from
# the npm registry's `node` package (npx caches them); nothing else is downloaded. The CDK Terrain
# projects already run on Node 22 whatever Node runs jest, so they are not repeated here.
set -euo pipefail
cd "$(dirname "$0")/.."

for version in 22.23.3 24.21.0; do
  node_bin="$(npx -y -p "node@${version}" node -p process.execPath)"
  echo "== Node ${version} (${node_bin})"
  PATH="$(dirname "${node_bin}"):${PATH}" "${node_bin}" node_modules/jest/bin/jest.js --ci \
    --testPathIgnorePatterns cdktn \
    test/constructs test/client test/testing test/packaging
done
