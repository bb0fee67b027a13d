import type * as AjvCompilerModule from '@fastify/ajv-compiler';
import type * as SerializerModule from '@fastify/fast-json-stringify-compiler';
import { lazyModule } from '../../lib/lazy-module.js';

type Compile = (routeSchema: unknown) => (data: unknown) => unknown;
type Validate = ((data: unknown) => unknown) & { errors?: unknown };
type Select = (external: unknown, options: unknown) => Compile;

const ajvCompiler = lazyModule<typeof AjvCompilerModule>('@fastify/ajv-compiler');
const serializerCompiler = lazyModule<typeof SerializerModule>('@fastify/fast-json-stringify-compiler');

/**
 * Fastify's own validator and serializer compilers, deferred to a route's first use: compiling every
 * route's schemas at start-up would cost most of the start-up time. Every route is exercised by the
 * test suite, so a bad schema still shows up there. The compilers' packages and instances (an Ajv each,
 * with its formats and meta-schemas) are loaded and made on the first compile too.
 */
export function lazyCompilersFactory() {
  let selectValidator: Select | undefined;
  let selectSerializer: Select | undefined;
  return {
    buildValidator(externalSchemas: unknown, ajvOptions: unknown) {
      let compile: Compile | undefined;
      const compiler = () => {
        selectValidator ??= ajvCompiler().AjvCompiler() as unknown as Select;
        compile ??= selectValidator(externalSchemas, ajvOptions);
        return compile;
      };
      return (routeSchema: unknown) => {
        let compiled: Validate | undefined;
        const validate: Validate = (data) => {
          compiled ??= compiler()(routeSchema) as Validate;
          const result = compiled(data);
          validate.errors = compiled.errors;
          return result;
        };
        return validate;
      };
    },
    buildSerializer(externalSchemas: unknown, serializerOptions: unknown) {
      let compile: Compile | undefined;
      const compiler = () => {
        selectSerializer ??= serializerCompiler().SerializerSelector() as unknown as Select;
        compile ??= selectSerializer(externalSchemas, serializerOptions);
        return compile;
      };
      return (routeSchema: unknown) => {
        let compiled: ((data: unknown) => unknown) | undefined;
        return (data: unknown) => {
          compiled ??= compiler()(routeSchema);
          return compiled(data);
        };
      };
    },
  };
}
