import type { Account, Role } from './types.ts';

/**
 * Rule 30 [DOC VHG relaying REGOPEN: registrants select the same role and enter the same PTAN for DBidS and
 * Connexion; enforcement INF]: a person whose DBidS and Connexion roles or PTANs differ is told, where they sign
 * in, what differs and what to correct.
 */
export function roleMismatch(account: Account): string | undefined {
  const dbids = account.roles.find((r) => r.application === 'DBidS');
  const connexion = account.roles.find((r) => r.application === 'Connexion');
  if (!dbids || !connexion) return undefined;
  const samePtans = dbids.ptans.length === connexion.ptans.length && dbids.ptans.every((p) => connexion.ptans.includes(p));
  if (dbids.role === connexion.role && samePtans) return undefined;
  const held = (r: Role) => `${r.role} on PTAN ${r.ptans.join(', ')}`;
  const fixes: string[] = [];
  if (dbids.role !== connexion.role) {
    fixes.push(`hold the same role in both: remove one of the two roles in Manage My Roles and request the role you hold in the other application`);
  }
  if (!samePtans) {
    const onlyDbids = dbids.ptans.filter((p) => !connexion.ptans.includes(p));
    const onlyConnexion = connexion.ptans.filter((p) => !dbids.ptans.includes(p));
    const parts = [
      ...(onlyDbids.length ? [`PTAN ${onlyDbids.join(', ')} is on your DBidS role only`] : []),
      ...(onlyConnexion.length ? [`PTAN ${onlyConnexion.join(', ')} is on your Connexion role only`] : []),
    ];
    fixes.push(`enter the same PTANs for both (${parts.join('; ')}): add the missing PTANs with Add Role, or remove the extra ones with Modify Role`);
  }
  return `Your DBidS role (${held(dbids)}) and your Connexion role (${held(connexion)}) differ. You must hold the same role and the same PTAN in DBidS and Connexion. To correct it, in the CMS IDM System ${fixes.join('; and ')}.`;
}
