import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Compile = (routeSchema: unknown) => (data: unknown) => unknown;
type Validate = ((data: unknown) => unknown) & { errors?: unknown };

/**
 * Fastify's own validator and serializer compilers, deferred to a route's first use: compiling every
 * route's schemas at start-up would cost most of the start-up time. Every route is exercised by the
 * test suite, so a bad schema still shows up there.
 */
export function lazyCompilersFactory() {
  const selectValidator = AjvCompiler() as unknown as (external: unknown, options: unknown) => Compile;
  const selectSerializer = SerializerSelector() as unknown as (external: unknown, options: unknown) => Compile;
  return {
    buildValidator(externalSchemas: unknown, ajvOptions: unknown) {
      const compile = selectValidator(externalSchemas, ajvOptions);
      return (routeSchema: unknown) => {
        let compiled: Validate | undefined;
        const validate: Validate = (data) => {
          compiled ??= compile(routeSchema) as Validate;
          const result = compiled(data);
          validate.errors = compiled.errors;
          return result;
        };
        return validate;
      };
    },
    buildSerializer(externalSchemas: unknown, serializerOptions: unknown) {
      const compile = selectSerializer(externalSchemas, serializerOptions);
      return (routeSchema: unknown) => {
        let compiled: ((data: unknown) => unknown) | undefined;
        return (data: unknown) => {
          compiled ??= compile(routeSchema);
          return compiled(data);
        };
      };
    },
  };
}
