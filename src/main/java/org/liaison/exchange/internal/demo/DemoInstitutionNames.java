package org.liaison.exchange.internal.demo;

import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.springframework.stereotype.Component;

/** The name an SED's sender block carries: the institution's name in the IR, else its id. */
@Component
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
