/**
 * Validates XML documents against an XSD with libxml2 (libxml2-wasm: WebAssembly, runs in Node, no
 * xmllint needed). An ES module because libxml2-wasm is one, which Jest's CommonJS runtime cannot load:
 * test/manifest-xsd.test.ts runs this file in a child `node`.
 *
 * stdin: {"schema": "/abs/path/Root.xsd", "documents": [{"name": "...", "text": "<xml…>"}]}
 * stdout: [{"name": "...", "valid": true|false, "errors": [{"line": 12, "message": "..."}]}]
 * Imports inside the schema (xs:import schemaLocation) are read from the schema's folder.
 */
import { readFileSync } from "node:fs";
import { XmlDocument, XmlParseError, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const errorsOf = (error) => (error.details ?? [{ line: 0, message: error.message }]).map((d) => ({ line: d.line, message: String(d.message).trim() }));

const request = JSON.parse(readFileSync(0, "utf8"));
xmlRegisterFsInputProviders();
const schemaDoc = XmlDocument.fromBuffer(readFileSync(request.schema), { url: request.schema });
const validator = XsdValidator.fromDoc(schemaDoc);
const results = request.documents.map(({ name, text }) => {
  let doc;
  try {
    doc = XmlDocument.fromString(text, { url: name });
    validator.validate(doc);
    return { name, valid: true, errors: [] };
  } catch (error) {
    if (error instanceof XmlValidateError || error instanceof XmlParseError) return { name, valid: false, errors: errorsOf(error) };
    throw error;
  } finally {
    doc?.dispose();
  }
});
validator.dispose();
schemaDoc.dispose();
process.stdout.write(JSON.stringify(results));
