import { type TSchema, Type } from 'typebox';
import { Literals } from '../common/schema.js';

export const ObjectId = Type.String({ pattern: '^[A-Fa-f\\d]{24}$' });
const Json = Type.Record(Type.String(), Type.Unknown());
const JsonList = Type.Array(Json, { maxItems: 1000 });

export const CeligoError = Type.Object(
  {
    errors: Type.Array(Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) })),
  },
  { $id: 'CeligoError' },
);

export const errorResponses = {
  400: Type.Ref('CeligoError'),
  401: Type.Ref('CeligoError'),
  403: Type.Ref('CeligoError'),
  404: Type.Ref('CeligoError'),
  409: Type.Ref('CeligoError'),
  422: Type.Ref('CeligoError'),
};

export const IdParams = Type.Object({ _id: ObjectId });
export const NoQuery = Type.Object({}, { additionalProperties: false });
/** Typed as nothing, so a handler answers 204 with `send()`. */
export const NoBody = Type.Unsafe<undefined>(Type.Null({ description: 'no content' }));

/** Fields the server sets; a client may send them back (GET, edit, PUT) and they are ignored. */
export const READ_ONLY = ['_id', 'createdAt', 'lastModified', 'lastModifiedBy'];
const readOnly = Object.fromEntries(READ_ONLY.map((k) => [k, Type.Optional(Type.Unknown())]));

const FlowGrouping = Type.Object(
  {
    _id: Type.Optional(ObjectId),
    name: Type.String({ minLength: 1, maxLength: 255 }),
    settings: Type.Optional(Json),
    settingsForm: Type.Optional(Json),
  },
  { additionalProperties: false },
);

/** Integration fields a client may write (all kept under the integrator.io names). */
export const integrationWritable = {
  description: Type.Optional(Type.String({ maxLength: 10240 })),
  readme: Type.Optional(Type.String({ maxLength: 65535 })),
  sandbox: Type.Optional(Type.Boolean()),
  install: Type.Optional(JsonList),
  installSteps: Type.Optional(JsonList),
  uninstallSteps: Type.Optional(JsonList),
  mode: Type.Optional(Type.Union([Type.Literal('install'), Type.Literal('settings'), Type.Literal('uninstall')])),
  settings: Type.Optional(Json),
  settingsForm: Type.Optional(Json),
  version: Type.Optional(Type.String({ maxLength: 64 })),
  tag: Type.Optional(Type.String({ maxLength: 255 })),
  updateInProgress: Type.Optional(Type.Boolean()),
  flowGroupings: Type.Optional(Type.Array(FlowGrouping, { maxItems: 200 })),
  apiGroupings: Type.Optional(Type.Array(FlowGrouping, { maxItems: 200 })),
  aliases: Type.Optional(JsonList),
  _connectorId: Type.Optional(ObjectId),
  _templateId: Type.Optional(ObjectId),
  _parentId: Type.Optional(ObjectId),
};
/** Kept in the shared model's `attributes` (everything but name, description and settings). */
export const INTEGRATION_ATTRIBUTES = Object.keys(integrationWritable).filter((k) => k !== 'description' && k !== 'settings');

const Name = Type.String({ minLength: 1, maxLength: 255 });
export const IntegrationBody = Type.Object(
  {
    name: Name,
    ...integrationWritable,
    ...readOnly,
    _registeredConnectionIds: Type.Optional(Type.Unknown()),
    _sourceId: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);

export const Integration = Type.Object({
  _id: Type.String(),
  name: Type.Optional(Type.String()),
  ...Object.fromEntries(Object.entries(integrationWritable).map(([k, v]) => [k, k.startsWith('_') ? Type.Optional(Type.String()) : v])),
  _registeredConnectionIds: Type.Optional(Type.Array(Type.String())),
  _sourceId: Type.Optional(Type.String()),
  createdAt: Type.Optional(Type.String()),
  lastModified: Type.Optional(Type.String()),
});

export const PatchBody = Type.Array(
  Type.Object(
    {
      op: Literals(['add', 'remove', 'replace', 'move', 'copy', 'test']),
      path: Type.String({ maxLength: 1024 }),
      from: Type.Optional(Type.String({ maxLength: 1024 })),
      value: Type.Optional(Type.Unknown()),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 100 },
);

/** A document type with open adaptor fields: core hands out secret-free documents only. */
export function openDocument(fields: Record<string, TSchema>) {
  return Type.Object(
    { _id: Type.String(), name: Type.String(), ...fields, createdAt: Type.String(), lastModified: Type.String() },
    { additionalProperties: true },
  );
}

export const Manifest = Type.Array(
  Type.Object({
    model: Literals(['Integration', 'Flow', 'Export', 'Import', 'Connection']),
    _id: Type.String(),
    name: Type.String(),
  }),
);
