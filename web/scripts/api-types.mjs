// Generates src/lib/api.gen.ts from openapi/v1.json (the server's /openapi/v1.json, kept current by a server test).
// `node scripts/api-types.mjs` writes it; the vitest check compares the committed file with a fresh generation.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

export const documentUrl = new URL('../openapi/v1.json', import.meta.url)
export const outputUrl = new URL('../src/lib/api.gen.ts', import.meta.url)

const header = '// Generated from openapi/v1.json by scripts/api-types.mjs (npm run gen:api). Do not edit.\n\n'

export async function generateApiTypes() {
  const document = JSON.parse(await readFile(documentUrl, 'utf8'))
  return header + astToString(await openapiTS(document))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(outputUrl, await generateApiTypes())
}
