package org.liaison.exchange.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.exchange.seds.SedField;
import org.liaison.exchange.seds.SedViolation;

/**
 * For every SED with a schema, in each data-model version: a valid document passes, and an invalid one fails with
 * exactly the expected paths and rules (files under src/test/resources/exchange/seds/<version>/). The documents
 * follow the fields of eessi.md §1 and the regulation articles named in each schema's description; their values are
 * built for the test (no real person).
 */
class SedSchemaExamplesTests {

    static Stream<Arguments> everySedWithASchema() {
        List<Arguments> all = new ArrayList<>();
        for (String version : SedCatalogueTests.CATALOGUE.versions()) {
            for (String code : SedCatalogueTests.WITH_SCHEMA) {
                all.add(Arguments.of(version, code));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in version {0}: the valid example passes")
    @MethodSource("everySedWithASchema")
    void theValidExamplePasses(String version, String code) throws IOException {
        assertThat(SedCatalogueTests.CATALOGUE.validate(code, version, read(version, code + ".valid.json")).violations())
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} in version {0}: the invalid example fails at the expected paths")
    @MethodSource("everySedWithASchema")
    void theInvalidExampleFailsAtTheExpectedPaths(String version, String code) throws IOException {
        List<SedViolation> violations = SedCatalogueTests.CATALOGUE.validate(code, version, read(version, code + ".invalid.json")).violations();
        List<String> expected = read(version, code + ".invalid.expected").lines().filter(l -> !l.isBlank()).toList();
        assertThat(violations).extracting(v -> v.jsonPath() + " " + v.rule()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.message().fr()).isNotBlank();
            assertThat(v.message().en()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{1} in version {0}: the field table lists the envelope and the SED's own block")
    @MethodSource("everySedWithASchema")
    void theFieldTableListsTheEnvelopeAndTheOwnBlock(String version, String code) {
        List<SedField> fields = SedCatalogueTests.CATALOGUE.fields(code, version);
        assertThat(fields).extracting(SedField::path).contains("$.sed", "$.caseIds", "$.caseIds[*].caseNumber", "$.sender.id");
        assertThat(fields).filteredOn(f -> f.path().equals("$.sed")).singleElement()
                .satisfies(f -> assertThat(f.allowedValues()).containsExactly(code));
        assertThat(fields).filteredOn(f -> f.depth() == 0).hasSizeGreaterThanOrEqualTo(6);
    }

    static String read(String version, String file) throws IOException {
        try (InputStream in = SedSchemaExamplesTests.class.getResourceAsStream("/exchange/seds/" + version + "/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
