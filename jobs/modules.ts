/**
 * The Dynamics 365 modules AvePoint names in `job.module`, with the words people use for them.
 * AvePoint filters on them only in the legacy dialect (undocumented `objectType` numbers), so a
 * module asked for in a sentence is refined by the facade (Refinement.modules), by name.
 */
export const MODULES: ReadonlyArray<{ name: string; phrases: readonly string[] }> = [
  { name: 'Customer Engagement', phrases: ['customer engagement', 'ce', 'crm', 'dynamics crm', 'dynamics 365 customer engagement'] },
  { name: 'Finance and Operations', phrases: ['finance and operations', 'finance operations', 'finance ops', 'fno', 'f o', 'finance'] },
  { name: 'Power Apps', phrases: ['power apps', 'powerapps', 'power app', 'power platform'] },
  { name: 'Dataverse', phrases: ['dataverse', 'cds', 'common data service'] },
];
