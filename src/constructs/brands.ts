/**
 * AWS CDK-style type checks (`CustomImage.isCustomImage(x)`) that survive two
 * copies of this library in one app, e.g. a dependency that brings its own
 * imagecloud: `instanceof` compares against one copy's class, while a
 * `Symbol.for` key is the same symbol in every copy.
 */

/** The brand symbol of a construct class, `Symbol.for('imagecloud.<ClassName>')`. */
export function brandSymbol(className: string): symbol {
  return Symbol.for(`imagecloud.${className}`);
}

/** Marks `instance` with `brand` (not enumerable, so it stays out of JSON and spreads). */
export function addBrand(instance: object, brand: symbol): void {
  Object.defineProperty(instance, brand, { value: true });
}

/** True when `value` was marked with `brand` by any copy of the library. */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && brand in value;
}
