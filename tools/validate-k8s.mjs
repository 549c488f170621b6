// Validates rendered Kubernetes manifests (multi-document YAML files given as arguments):
// every built-in object against the Kubernetes API schemas shipped by the kubernetes-models package,
// and CloudNativePG Clusters against schemas/cnpg-cluster-v1.schema.json. Unknown kinds fail.
// Usage: node tools/validate-k8s.mjs rendered-dev.yaml rendered-prod.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const ajv = new Ajv({ allErrors: true, strict: false });
const custom = {
  "postgresql.cnpg.io/v1/Cluster": ajv.compile(
    JSON.parse(readFileSync(new URL("./schemas/cnpg-cluster-v1.schema.json", import.meta.url), "utf8"))),
};

async function validate(doc) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  if (custom[key]) {
    return custom[key](doc) ? [] : custom[key].errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  }
  let models;
  try {
    models = await import(`kubernetes-models/${doc.apiVersion}`);
  } catch {
    return [`no schema for apiVersion ${doc.apiVersion}`];
  }
  const Model = models[doc.kind];
  if (!Model) {
    return [`no schema for kind ${doc.kind} in ${doc.apiVersion}`];
  }
  try {
    new Model(doc).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

let failures = 0;
let objects = 0;
for (const file of process.argv.slice(2)) {
  for (const parsed of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (parsed.errors.length) {
      console.error(`${file}: YAML error: ${parsed.errors[0].message}`);
      failures++;
      continue;
    }
    const doc = parsed.toJS();
    if (!doc) continue;
    objects++;
    const errors = await validate(doc);
    const name = `${file}: ${doc.kind}/${doc.metadata?.name}`;
    if (errors.length) {
      failures++;
      console.error(`${name} INVALID\n  ${errors.join("\n  ")}`);
    } else {
      console.log(`${name} valid`);
    }
  }
}
if (objects === 0) {
  console.error("no objects validated");
  process.exit(1);
}
console.log(`${objects - failures} valid, ${failures} invalid`);
process.exit(failures ? 1 : 0);
