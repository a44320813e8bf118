/**
 * Stands in for the `long` package in provider bundles (bundle.ts). Without
 * it protobufjs reads and writes int64 fields as plain numbers, which is what
 * protocol.ts turns them into anyway (tfplugin6's int64s are schema versions
 * and item counts), and the launch skips loading long.js and instantiating
 * its WebAssembly in the stage Terraform's connection waits for.
 */
export {};
