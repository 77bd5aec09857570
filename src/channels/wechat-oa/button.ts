/** A choice offered to the resident: `id` is the payload the engine acts on, `label` is what they read. */
export interface Button {
  id: string;
  label: string;
}
