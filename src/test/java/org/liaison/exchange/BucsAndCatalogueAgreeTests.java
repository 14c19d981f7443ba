package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.seds.SedCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The BUC definitions and the SED catalogue are separate data files: every SED a BUC names (starters, business SEDs,
 * the SEDs they answer, administrative SEDs and their targets) must exist in the catalogue, in every version.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class BucsAndCatalogueAgreeTests {

    @Autowired
    BucDefinitions bucs;

    @Autowired
    SedCatalogue catalogue;

    @Test
    void everySedNamedByABucDefinitionIsInTheCatalogue() {
        List<String> unknown = new ArrayList<>();
        for (String version : bucs.versions()) {
            for (BucDefinition buc : bucs.all(version)) {
                List<String> named = new ArrayList<>(buc.starters());
                buc.seds().forEach(rule -> {
                    named.add(rule.sed());
                    named.addAll(rule.replyTo());
                });
                buc.administrative().forEach(rule -> {
                    if (rule.sed() != null) {
                        named.add(rule.sed());
                    }
                    named.addAll(rule.targetTypes());
                });
                named.stream().filter(code -> catalogue.find(code).isEmpty())
                        .forEach(code -> unknown.add(version + " " + buc.type().code() + " " + code));
            }
        }
        assertThat(bucs.versions()).contains("4.2", "4.3");
        assertThat(unknown).as("SEDs named by BUC definitions but missing from the catalogue").isEmpty();
    }
}
