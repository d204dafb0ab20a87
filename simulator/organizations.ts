import type { Organization } from '../jobs/model';

/** A Dynamics 365 module as the simulator numbers it for the legacy `objectType` filter (AvePoint leaves the values undocumented). */
export interface Module {
  name: string;
  objectType: number;
}

export const MODULES = {
  customerEngagement: { name: 'Customer Engagement', objectType: 1 },
  financeAndOperations: { name: 'Finance and Operations', objectType: 2 },
  powerApps: { name: 'Power Apps', objectType: 3 },
  dataverse: { name: 'Dataverse', objectType: 4 },
} as const satisfies Record<string, Module>;

/** A simulated tenant organisation: which modules it backs up, how often, and how big it is. */
export interface SimOrganization extends Organization {
  modules: Array<{ module: Module; backupEveryHours: number; entities: number }>;
  /** Average records per entity. */
  recordsPerEntity: number;
}

export const CONTOSO_ID = '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70';
export const FABRIKAM_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const NORTHWIND_ID = '1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5';
export const ADVENTURE_WORKS_ID = 'b4c5d6e7-f809-4a1b-9c2d-3e4f5a6b7c8d';
export const TAILSPIN_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
export const WINGTIP_ID = 'e7d6c5b4-a392-4817-b6f5-e4d3c2b1a098';

const { customerEngagement, financeAndOperations, powerApps, dataverse } = MODULES;

export const ORGANIZATIONS: readonly SimOrganization[] = [
  {
    id: CONTOSO_ID,
    name: 'Contoso',
    recordsPerEntity: 12_000,
    modules: [
      { module: customerEngagement, backupEveryHours: 1, entities: 320 },
      { module: financeAndOperations, backupEveryHours: 1, entities: 540 },
      { module: dataverse, backupEveryHours: 2, entities: 180 },
    ],
  },
  {
    id: FABRIKAM_ID,
    name: 'Fabrikam',
    recordsPerEntity: 6_000,
    modules: [
      { module: customerEngagement, backupEveryHours: 1, entities: 260 },
      { module: powerApps, backupEveryHours: 3, entities: 90 },
    ],
  },
  {
    id: NORTHWIND_ID,
    name: 'Northwind Traders',
    recordsPerEntity: 4_000,
    modules: [
      { module: financeAndOperations, backupEveryHours: 2, entities: 410 },
      { module: dataverse, backupEveryHours: 1, entities: 150 },
    ],
  },
  {
    id: ADVENTURE_WORKS_ID,
    name: 'Adventure Works',
    recordsPerEntity: 9_000,
    modules: [
      { module: customerEngagement, backupEveryHours: 1, entities: 290 },
      { module: powerApps, backupEveryHours: 2, entities: 120 },
      { module: dataverse, backupEveryHours: 2, entities: 200 },
    ],
  },
  {
    id: TAILSPIN_ID,
    name: 'Tailspin Toys',
    recordsPerEntity: 2_500,
    modules: [{ module: customerEngagement, backupEveryHours: 3, entities: 140 }],
  },
  {
    id: WINGTIP_ID,
    name: 'Wingtip Toys',
    recordsPerEntity: 3_000,
    modules: [
      { module: dataverse, backupEveryHours: 1, entities: 110 },
      { module: powerApps, backupEveryHours: 4, entities: 60 },
    ],
  },
];
