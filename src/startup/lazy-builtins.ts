// Node built-in modules that only some commands use, and that cost a few milliseconds each to
// initialise (crypto, http, child_process with net and dgram, readline, fs/promises), are handed to the bundle
// as stand-ins that load the real module on first use. The bundle reaches named imports as properties
// (`import_node_crypto.randomUUID`), so a start that never calls them never loads them. Any other
// operation (a namespace import copying every key) loads the module first, so behaviour is unchanged.

const DEFERRED = new Set(['crypto', 'http', 'child_process', 'readline', 'fs/promises']);

export function isDeferredBuiltin(id: string): boolean {
  return DEFERRED.has(id.startsWith('node:') ? id.slice(5) : id);
}

const standIns = new Map<string, object>();

export function lazyBuiltin(id: string, load: (id: string) => unknown): object {
  const known = standIns.get(id);
  if (known !== undefined) return known;
  let real: object | undefined;
  const module = (): object => (real ??= load(id) as object);
  const standIn = new Proxy(
    {},
    {
      get: (_target, key) => Reflect.get(module(), key),
      set: (_target, key, value) => Reflect.set(module(), key, value),
      has: (_target, key) => Reflect.has(module(), key),
      ownKeys: () => Reflect.ownKeys(module()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(module(), key);
        // A proxy may only report a property its (empty) target lacks as configurable.
        if (descriptor !== undefined) descriptor.configurable = true;
        return descriptor;
      },
      defineProperty: (_target, key, descriptor) => Reflect.defineProperty(module(), key, descriptor),
      deleteProperty: (_target, key) => Reflect.deleteProperty(module(), key),
      getPrototypeOf: () => Reflect.getPrototypeOf(module()),
    },
  );
  standIns.set(id, standIn);
  return standIn;
}
