import Module from 'node:module';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
type ModuleLoader = { _resolveFilename: ResolveFilename & { tsSources?: true } };

/**
 * Lets this repository's jest global setup load the packages' TypeScript sources: jest loads
 * `globalSetup`/`globalTeardown` without its `moduleNameMapper`, so a `./x.js` import in the
 * sources must fall back to `./x.ts`. Only for running from sources in this repository;
 * built packages never need it.
 */
export function resolveJsSpecifiersToTsSources(): void {
  const loader = Module as unknown as ModuleLoader;
  const resolve = loader._resolveFilename;
  if (resolve.tsSources) return;
  const withFallback: ModuleLoader['_resolveFilename'] = function (
    this: unknown,
    request,
    ...rest
  ) {
    try {
      return resolve.call(this, request, ...rest);
    } catch (error) {
      if (!/^\.\.?\/.*\.js$/.test(request)) throw error;
      return resolve.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    }
  };
  withFallback.tsSources = true;
  loader._resolveFilename = withFallback;
}
