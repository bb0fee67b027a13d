import { type TLiteral, type TUnion, type TUnsafe, Type } from 'typebox';

type LiteralsOf<T extends readonly string[]> = string extends T[number]
  ? TUnsafe<string>
  : TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;

/**
 * A closed set of strings, typed as their union (as `string` when only known at run time). It validates
 * as `anyOf` of constants, as before (validation messages on every surface depend on it); the OpenAPI
 * document shows it as one `enum`.
 */
export function Literals<const T extends readonly string[]>(values: T): LiteralsOf<T> {
  return Type.Union(values.map((value) => Type.Literal(value))) as never;
}
