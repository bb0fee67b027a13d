import { Busboy, type BusboyHeaders } from '@fastify/busboy';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/errors.js';

/** What a ZIP upload route says when it gets something else. */
export const ZIP_UPLOAD_TYPES =
  'application/zip or application/octet-stream (the archive as the body), or multipart/form-data with the archive as its one file field (curl -F file=@template.zip)';

const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 1_024;

/**
 * Reads a `multipart/form-data` body into its one file, as a Buffer: a route taking a binary body gets the
 * same thing whether it was posted raw or from a form. Text fields are skipped; a second file is refused.
 */
export function addFileUploadParser(app: FastifyInstance, maxBytes: number): void {
  app.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: request.headers as BusboyHeaders,
        limits: { files: 1, fileSize: maxBytes, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + 1 },
      });
    } catch {
      return done(new AppError('bad_request', 'A multipart/form-data body needs a boundary in its Content-Type'));
    }
    let settled = false;
    let file: Buffer | undefined;
    let failure: AppError | null = null;
    const finish = (error: AppError | null) => {
      if (settled) return;
      settled = true;
      payload.unpipe(parser);
      payload.resume();
      if (error) return done(error);
      if (!file) return done(new AppError('bad_request', `The form has no file: ${ZIP_UPLOAD_TYPES}`));
      done(null, file);
    };
    parser.on('file', (_field, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failure = new AppError('payload_too_large', `The file is larger than ${maxBytes} bytes`);
      });
      stream.on('end', () => {
        file = Buffer.concat(chunks);
      });
    });
    parser.on('filesLimit', () => {
      failure ??= new AppError('bad_request', 'Send one file per request');
    });
    parser.on('partsLimit', () => {
      failure ??= new AppError('bad_request', `A form takes at most ${MAX_FIELDS} fields`);
    });
    parser.on('error', (error: unknown) =>
      finish(new AppError('bad_request', `Unreadable multipart/form-data body: ${(error as Error).message ?? String(error)}`)),
    );
    parser.on('finish', () => finish(failure));
    payload.pipe(parser);
  });
}
