package org.liaison.exchange.cases;

import java.util.Set;

/**
 * Whose cases a caller may see: liaison officers (and the system) see every case, an institution's agents only the
 * cases handled by the institutions their organisation maps to.
 */
public record CaseAccess(boolean all, Set<String> institutions, String actor) {

    public CaseAccess {
        institutions = Set.copyOf(institutions);
    }

    public static CaseAccess everything(String actor) {
        return new CaseAccess(true, Set.of(), actor);
    }

    public static CaseAccess institutions(Set<String> institutions, String actor) {
        return new CaseAccess(false, institutions, actor);
    }

    public boolean sees(String localInstitution) {
        return all || localInstitution != null && institutions.contains(localInstitution);
    }
}
