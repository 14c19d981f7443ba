package org.liaison.exchange.web;

import java.util.Set;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.internal.routing.OrganisationInstitutions;
import org.liaison.identity.Role;
import org.liaison.identity.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose cases the signed-in user may see: liaison officers every case; an institution's agent (a person or an API
 * client) the cases of the IR institutions their organisation maps to; anyone else none.
 */
@Component
public class CaseAccessResolver {

    private final Callers callers;
    private final OrganisationInstitutions organisations;

    CaseAccessResolver(Callers callers, OrganisationInstitutions organisations) {
        this.callers = callers;
        this.organisations = organisations;
    }

    public CaseAccess of(Authentication user) {
        String name = user.getName();
        if (has(user, Role.LIAISON_OFFICER)) {
            return CaseAccess.everything(name);
        }
        if (has(user, Role.INSTITUTION_AGENT)) {
            Set<String> institutions = callers.organisationCode(name).map(organisations::of)
                    .orElse(Set.of());
            return CaseAccess.institutions(institutions, name);
        }
        return CaseAccess.institutions(Set.of(), name);
    }

    private static boolean has(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
