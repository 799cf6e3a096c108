import { NotEmulated } from './errors';

/** What jest, node's inspector and promise machinery probe on any object: let them through. */
const PASS_THROUGH = new Set([
  'then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect',
  '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction', 'toString', 'valueOf',
]);

/**
 * Wraps a fake so that touching anything it does not implement throws «not emulated: Range.foo»
 * instead of `undefined is not a function`: a test never passes because a call silently did nothing.
 */
export function strict<T extends object>(target: T, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop) || prop in obj) {
        const value = Reflect.get(obj, prop, receiver);
        // Methods run against the real object, so #private fields work behind the proxy.
        return typeof value === 'function' && typeof prop === 'string' && !PASS_THROUGH.has(prop)
          ? value.bind(obj)
          : value;
      }
      throw new NotEmulated(`${className}.${prop}`);
    },
  });
}
