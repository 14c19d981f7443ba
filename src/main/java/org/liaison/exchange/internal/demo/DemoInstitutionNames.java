package org.liaison.exchange.internal.demo;

import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** The name an SED's sender block carries: the institution's name in the IR, else its id. */
@Component
// only on a demo node: the French one that starts the partner, and the partner
@ConditionalOnExpression("${liaison.exchange.simulated-partner.enabled:false} or ${liaison.exchange.simulated-partner.answers:false}")
class DemoInstitutionNames {

    private final InstitutionDirectory directory;

    DemoInstitutionNames(InstitutionDirectory directory) {
        this.directory = directory;
    }

    String of(String institution) {
        return InstitutionId.isValid(institution)
                ? directory.find(InstitutionId.parse(institution)).map(Institution::name).orElse(institution)
                : institution;
    }
}
