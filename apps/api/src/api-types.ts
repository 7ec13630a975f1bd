import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the web interface keeps the types generated from the API's OpenAPI document. */
export const API_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER =
  '// The types of the Accord API, generated from its OpenAPI document (/api/docs-json).\n' +
  '// Do not edit: run `npm run generate:api` after changing a controller or a DTO.\n\n';

/** Renders the document as TypeScript types for openapi-fetch; the same document always gives the same text. */
export async function renderApiTypes(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
