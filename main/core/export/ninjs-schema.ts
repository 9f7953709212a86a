// ninjs.json is checked against IPTC's own schema (resources/schemas/ninjs-schema_3.1.json,
// shipped with the app and bundled into the build), offline, with ajv's JSON Schema 2020-12
// build: a package is never written with a ninjs a CMS would refuse.

import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ninjsSchema from '../../../resources/schemas/ninjs-schema_3.1.json' with { type: 'json' };

/**
 * The schema's `places[].geoJSON` refers to geojson.org's schema, which we cannot fetch offline.
 * Dateline never writes geoJSON; any object stands in for it.
 */
const GEOJSON_STAND_IN = { $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' };

let validator: ValidateFunction | null = null;

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(GEOJSON_STAND_IN);
    validator = ajv.compile(ninjsSchema);
  }
  return validator;
}

const describe = (e: ErrorObject): string => `${e.instancePath || '/'} ${e.message ?? e.keyword}`.trim();

/** The schema problems of a ninjs value (empty when valid), at most `max` of them. */
export function ninjsProblems(value: unknown, max = 5): string[] {
  const validate = compiled();
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, max).map(describe);
}
