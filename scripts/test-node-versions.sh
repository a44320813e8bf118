#!/usr/bin/env bash
# `npm run test:node-versions`: the construct, client and testing-helper tests, the provider
# runtime's (its process under Terraform: code cache, TLS listener, handshake), and the packaging
# tests whose outcome depends on the Node running them (the cdktf template project: tsc, ts-node,
# synth, jest; the provider install and its lock file), again under Node 22 and 24. The full suite
# runs under the Node on PATH (20 in CI); the CDK Terrain projects run on Node 22 whatever Node runs
# jest, and the framework-version cases (cdktf 0.20, imagecloud init) do not depend on Node, so they
# are not repeated. The binaries come from the npm registry's `node` package (npx caches them).
set -euo pipefail
cd "$(dirname "$0")/.."

for version in 22.23.3 24.21.0; do
  node_bin="$(npx -y -p "node@${version}" node -p process.execPath)"
  echo "== Node ${version} (${node_bin})"
  PATH="$(dirname "${node_bin}"):${PATH}" "${node_bin}" node_modules/jest/bin/jest.js --ci \
    test/constructs test/client test/testing test/provider/runtime test/packaging/cdktf-project.test.ts test/packaging/provider-lock.test.ts
done
