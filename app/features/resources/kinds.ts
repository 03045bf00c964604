import { RESOURCE_KINDS, type ResourceKind } from "./content/schema";

export function isResourceKind(value: string): value is ResourceKind {
  return (RESOURCE_KINDS as readonly string[]).includes(value);
}
