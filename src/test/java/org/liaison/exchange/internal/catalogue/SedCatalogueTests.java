package org.liaison.exchange.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.seds.SedSector;
import org.liaison.exchange.seds.SedType;
import org.liaison.exchange.seds.SedValidation;
import org.liaison.exchange.seds.SedViolation;
import org.liaison.exchange.seds.UnknownSedException;

/** The catalogue as read from its data files: every SED of the reference, schemas for the listed ones. */
class SedCatalogueTests {

    static final JsonSedCatalogue CATALOGUE = new JsonSedCatalogue();

    static final List<String> WITH_SCHEMA = List.of("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008",
            "A009", "A010", "A011", "A012", "P2000", "P5000", "P6000", "P8000", "H001", "H002", "S040", "S041",
            "F001", "F002", "U001", "U002", "X001", "X002", "X003", "X004", "X005", "X006", "X007", "X008", "X009",
            "X010", "X011", "X012", "X013");

    @Test
    void theCatalogueHoldsEverySedTheReferenceNamesInEachFamily() {
        List<String> codes = CATALOGUE.all().stream().map(SedType::code).toList();
        assertThat(codes).contains("A001", "A012", "P1000", "P15000", "H001", "H131", "S040", "S041", "F001", "F027",
                "U001", "U001CB", "U029", "R004", "M030", "DA050", "X001", "X013", "X050", "X100");
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(CATALOGUE.all()).extracting(SedType::sector).contains(SedSector.values());
    }

    @Test
    void titlesComeInBothLanguagesUnlessNoSourceGivesOne() {
        for (SedType type : CATALOGUE.all()) {
            if (type.titleStatus() == SedType.TitleStatus.UNKNOWN) {
                assertThat(type.title().blank()).as(type.code()).isTrue();
            } else {
                assertThat(type.title().fr()).as(type.code()).isNotBlank();
                assertThat(type.title().en()).as(type.code()).isNotBlank();
            }
        }
        assertThat(CATALOGUE.find("A009").orElseThrow().title().en()).isEqualTo("Notification of posting");
    }

    @Test
    void aCountryVariantFindsItsSed() {
        assertThat(CATALOGUE.find("P3000_FR")).map(SedType::code).contains("P3000");
        assertThat(CATALOGUE.find("p3000_it")).map(SedType::code).contains("P3000");
        assertThat(CATALOGUE.find("U004_IT")).map(SedType::code).contains("U004");
        assertThat(CATALOGUE.find("A009_FR")).isEmpty();
        assertThat(CATALOGUE.find("Z999")).isEmpty();
    }

    @Test
    void everyListedSedHasASchemaInBothVersions() {
        assertThat(CATALOGUE.versions()).containsExactly("4.2", "4.3");
        assertThat(CATALOGUE.latestVersion()).isEqualTo("4.3");
        for (String code : WITH_SCHEMA) {
            assertThat(CATALOGUE.schemaVersions(code)).as(code).containsExactly("4.2", "4.3");
        }
        assertThat(CATALOGUE.schemaVersions("P7000")).isEmpty();
    }

    @Test
    void theRawSchemaIsSelfContainedWithTheEnvelopeEmbedded() {
        String schema = CATALOGUE.schema("A009", "4.3").orElseThrow();
        assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("https://liaison.example.org/exchange/schemas/4.3/envelope.schema.json")
                .contains("postingState");
        assertThat(CATALOGUE.schema("A009", "9.9")).isEmpty();
    }

    @Test
    void malformedJsonGivesOneViolationSayingWhere() {
        SedValidation result = CATALOGUE.validate("A001", "4.2", "{\n  \"sed\": \"A001\",\n  \"version\" \"4.2\"\n}");
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.jsonPath()).isEqualTo("$");
            assertThat(v.rule()).isEqualTo("json-syntax");
            assertThat(v.message().en()).startsWith("Malformed JSON at line 3, column");
            assertThat(v.message().fr()).startsWith("JSON mal formé ligne 3, colonne");
            // the reader's language only, not the parser's English
            assertThat(v.message().fr()).doesNotContain("Unexpected character", "expecting");
        });
        assertThat(CATALOGUE.validate("A001", "4.2", "").violations()).extracting(SedViolation::rule).containsExactly("json-empty");
        assertThat(CATALOGUE.validate("A001", "4.2", "{} {}").violations()).extracting(SedViolation::rule).containsExactly("json-syntax");
    }

    @Test
    void everyProblemIsListedWithItsPathAndRule() {
        String json = """
                {"sed":"P5000","version":"4.3","caseIds":[],"sender":{"id":"FR:CNAV","name":""},"recipients":[{"id":"DE:DRV"}],
                 "person":{"familyName":"Martin","givenNames":["Claire"],"birthDate":"1961-02-30","sex":"Q",
                           "identifiers":[{"id":"261127511100584","country":"FR"}]},
                 "pension":{"periods":[{"type":"EMPLOYMENT","start":"2000-01-01","end":"1999-01-01","quantity":-1,"extra":1}]}}
                """;
        List<SedViolation> violations = CATALOGUE.validate("P5000", "4.3", json).violations();
        assertThat(violations).extracting(v -> v.jsonPath() + " " + v.rule()).containsExactlyInAnyOrder(
                "$.caseIds minItems", "$.sender.name minLength", "$.person.birthDate format", "$.person.sex enum",
                "$.pension.periods[0].quantity exclusiveMinimum", "$.pension.periods[0].unit required",
                "$.pension.periods[0].extra additionalProperties", "$.person.identifiers[0].id nir-key",
                "$.pension.periods[0].end period-order");
        assertThat(violations).filteredOn(v -> v.rule().equals("required")).singleElement()
                .satisfies(v -> assertThat(v.message().en()).isEqualTo("The required field “unit” is missing."));
    }

    @Test
    void version42AcceptsAPeriodWithoutUnitThat43Refuses() {
        String period = "{\"type\":\"EMPLOYMENT\",\"start\":\"1990-01-01\",\"end\":\"1999-12-31\"}";
        String base = """
                {"sed":"P5000","version":"%s","caseIds":[{"caseNumber":"1","institution":"FR:CNAV"}],"sender":{"id":"FR:CNAV"},
                 "recipients":[{"id":"DE:DRV"}],"person":{"familyName":"Martin","givenNames":["Claire"],"birthDate":"1961-12-04","sex":"F"},
                 "pension":{"periods":[%s]}}""";
        assertThat(CATALOGUE.validate("P5000", "4.2", base.formatted("4.2", period)).valid()).isTrue();
        assertThat(CATALOGUE.validate("P5000", "4.3", base.formatted("4.3", period)).violations())
                .extracting(SedViolation::jsonPath).containsExactlyInAnyOrder("$.pension.periods[0].unit", "$.pension.periods[0].quantity");
    }

    @Test
    void aFrenchNumberMustAgreeWithThePersonsSexAndBirth() {
        String base = """
                {"sed":"H001","version":"4.2","caseIds":[{"caseNumber":"1","institution":"FR:CPAM75"}],"sender":{"id":"FR:CPAM75"},
                 "recipients":[{"id":"BE:INAMI"}],"person":{"familyName":"Martin","givenNames":["Claire"],"birthDate":"%s","sex":"%s",
                 "identifiers":[{"id":"261127511100585","country":"FR"}]},
                 "horizontal":{"purpose":"REQUEST","subject":"Address","information":"Please confirm."}}""";
        assertThat(CATALOGUE.validate("H001", "4.2", base.formatted("1961-12-04", "F")).valid()).isTrue();
        assertThat(CATALOGUE.validate("H001", "4.2", base.formatted("1961-12-04", "M")).violations())
                .extracting(v -> v.jsonPath() + " " + v.rule()).containsExactly("$.person.identifiers[0].id nir-person");
        assertThat(CATALOGUE.validate("H001", "4.2", base.formatted("1962-12-04", "F")).violations())
                .extracting(SedViolation::rule).containsExactly("nir-person");
        assertThat(CATALOGUE.validate("H001", "4.2", base.formatted("1961-11-04", "U")).violations())
                .extracting(SedViolation::rule).containsExactly("nir-person");
    }

    @Test
    void aGrantedPensionNeedsItsAmountAndARejectionItsReason() {
        String base = """
                {"sed":"P6000","version":"4.3","caseIds":[{"caseNumber":"1","institution":"FR:CNAV"}],"sender":{"id":"FR:CNAV"},
                 "recipients":[{"id":"DE:DRV"}],"person":{"familyName":"Martin","givenNames":["Claire"],"birthDate":"1961-12-04","sex":"F"},
                 "pension":{"decisions":[{"benefit":"OLD_AGE","result":"%s","decisionDate":"2026-06-15"}]}}""";
        assertThat(CATALOGUE.validate("P6000", "4.3", base.formatted("GRANTED")).violations()).extracting(SedViolation::jsonPath)
                .containsExactlyInAnyOrder("$.pension.decisions[0].amount", "$.pension.decisions[0].startDate");
        assertThat(CATALOGUE.validate("P6000", "4.3", base.formatted("REJECTED")).violations()).extracting(SedViolation::jsonPath)
                .containsExactly("$.pension.decisions[0].rejectionReason");
        assertThat(CATALOGUE.validate("P6000", "4.3", base.formatted("SUSPENDED")).valid()).isTrue();
    }

    @Test
    void anUnknownSedOrVersionIsRefused() {
        assertThatThrownBy(() -> CATALOGUE.validate("Z999", "4.2", "{}")).isInstanceOf(UnknownSedException.class);
        assertThatThrownBy(() -> CATALOGUE.validate("P7000", "4.2", "{}")).isInstanceOf(UnknownSedException.class)
                .satisfies(e -> assertThat(((UnknownSedException) e).version()).isEqualTo("4.2"));
        assertThatThrownBy(() -> CATALOGUE.validate("A001", "5.0", "{}")).isInstanceOf(UnknownSedException.class);
    }
}
