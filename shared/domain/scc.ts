/** The SCC logic lives in shared/scc/; this path stays for existing imports of the module table. */
export { SCC_MODULE_TABLE, proposeSccModule } from '../scc/table';
