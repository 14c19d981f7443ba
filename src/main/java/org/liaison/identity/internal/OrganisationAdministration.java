package org.liaison.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Organisation;
import org.liaison.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators add organisations; each addition is audited. */
@Service
public class OrganisationAdministration {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

    private final OrganisationStore organisations;
    private final AuditTrail audit;

    OrganisationAdministration(OrganisationStore organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public List<FieldProblem> create(Organisation organisation) {
        Organisation normalised = new Organisation(organisation.code().strip().toUpperCase(Locale.ROOT),
                organisation.name().strip(), organisation.kind());
        List<FieldProblem> violations = new ArrayList<>();
        if (!CODE.matcher(normalised.code()).matches()) {
            violations.add(IdentityProblems.of("code", "identity.organisation.code.invalid"));
        } else if (organisations.find(normalised.code()).isPresent()) {
            violations.add(IdentityProblems.of("code", "identity.organisation.code.taken"));
        }
        if (violations.isEmpty()) {
            organisations.insert(normalised);
            audit.record(AuditEvent.of("ORGANISATION_CREATED", "ORGANISATION", normalised.code())
                    .with("kind", normalised.kind()));
        }
        return violations;
    }
}
