export { startSimulator } from './server';
export type { Simulator, SimulatorOptions } from './server';
export type { FaultInput, FaultScope } from './faults';
export type { RegisteredClient } from './clients';
export type { SimStats } from './context';
export { SECRET_CLIENT_ID, SECRET_CLIENT_SECRET, CERTIFICATE_CLIENT_ID } from './clients';
export {
  ORGANIZATIONS,
  MODULES,
  CONTOSO_ID,
  FABRIKAM_ID,
  NORTHWIND_ID,
  ADVENTURE_WORKS_ID,
  TAILSPIN_ID,
  WINGTIP_ID,
} from './organizations';
export { JOB_ID_PREFIX, formatJobId } from './jobIds';
