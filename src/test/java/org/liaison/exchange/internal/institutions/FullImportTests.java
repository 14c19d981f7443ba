package org.liaison.exchange.internal.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.internal.institutions.IrFiles.file;
import static org.liaison.exchange.internal.institutions.IrFiles.record;
import static org.liaison.exchange.internal.institutions.IrFiles.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FULL imports replace the whole IR, so each test puts the demo IR back afterwards (the tests of a run share one
 * database and run one at a time).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class FullImportTests {

    static final int LARGE = 50_000;

    @Autowired
    InstitutionImporter importer;

    @Autowired
    InstitutionDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void demoIrBack() throws IOException {
        try (InputStream in = DemoInstitutions.open()) {
            assertThat(importer.importFile(in, ImportMode.FULL, "demo").applied()).isTrue();
        }
    }

    @Test
    void aFullFileTakesOutEveryInstitutionItDoesNotListAndKeepsTheOthersUnwritten() throws IOException {
        long demo = directory.search(InstitutionSearch.all(), 0, 1).total();
        JsonMapper json = JsonMapper.builder().build();
        String cnavRecord;
        try (InputStream in = DemoInstitutions.open()) {
            JsonNode demoFile = json.readTree(in);
            cnavRecord = json.writeValueAsString(demoFile.get("institutions").valueStream()
                    .filter(r -> r.get("id").asString().equals("FR:CNAV")).findFirst().orElseThrow());
        }

        ImportSummary summary = importer.importFile(stream(file(cnavRecord, record("IS:TR1", "Tryggingastofnun"))),
                ImportMode.FULL, "full.json");

        assertThat(summary.applied()).isTrue();
        assertThat(summary.unchanged()).as("CNAV's record is the same").isEqualTo(1);
        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.removed()).isEqualTo(demo - 1);
        assertThat(directory.search(InstitutionSearch.all(), 0, 10).items()).extracting(i -> i.id().toString())
                .containsExactly("FR:CNAV", "IS:TR1");
        assertThat(directory.find(InstitutionId.parse("FR:CPAM75")).orElseThrow().removedOn()).isNotNull();
        assertThat(directory.counterparties("S_BUC_24", "FR", ExchangeEnvironment.PRODUCTION)).isEmpty();
    }

    @Test
    void anEmptyFullFileIsRefusedRatherThanEmptyingTheIr() {
        long before = directory.search(InstitutionSearch.all(), 0, 1).total();
        ImportSummary summary = importer.importFile(stream(file()), ImportMode.FULL, "empty.json");
        assertThat(summary.applied()).isFalse();
        assertThat(summary.problems()).extracting(ImportProblem::code).containsExactly("file.empty-full");
        assertThat(directory.search(InstitutionSearch.all(), 0, 1).total()).isEqualTo(before);
    }

    @Test
    void aFileOf50000InstitutionsIsStreamedInBoundedBatchesNotHeldInMemory() throws IOException {
        Path large = folder.resolve("ir-large.json");
        JsonMapper json = JsonMapper.builder().build();
        try (OutputStream out = Files.newOutputStream(large); JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("format", "liaison-ir/1");
            generator.writeArrayPropertyStart("institutions");
            String[] countries = {"DE", "ES", "IT", "PL", "PT"};
            for (int n = 0; n < LARGE; n++) {
                String country = countries[n % countries.length];
                generator.writeStartObject();
                generator.writeStringProperty("id", country + ":GEN" + n);
                generator.writeStringProperty("name", "Generated institution " + n);
                generator.writeStringProperty("environment", n % 10 == 0 ? "TEST" : "PRODUCTION");
                generator.writeStringProperty("accessPoint", country + ":AP01");
                generator.writeStringProperty("validFrom", "2020-01-01");
                generator.writeArrayPropertyStart("bucs");
                generator.writeStartObject();
                generator.writeStringProperty("buc", n % 2 == 0 ? "P_BUC_01" : "S_BUC_24");
                generator.writeArrayPropertyStart("roles");
                generator.writeString("CASE_OWNER");
                generator.writeString("COUNTERPARTY");
                generator.writeEndArray();
                generator.writeEndObject();
                generator.writeEndArray();
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        assertThat(Files.size(large)).isGreaterThan(9_000_000L);

        ImportSummary summary;
        try (InputStream in = Files.newInputStream(large)) {
            summary = importer.importFile(in, ImportMode.FULL, "ir-large.json");
        }

        assertThat(summary.applied()).as(summary.problems().toString()).isTrue();
        assertThat(summary.added()).isEqualTo(LARGE);
        assertThat(summary.peakBatch()).as("records held at once").isLessThanOrEqualTo(ImportRun.BATCH);
        assertThat(jdbc.sql("select count(*) from exchange_institution where code like 'GEN%' and removed_on is null")
                .query(Long.class).single()).isEqualTo(LARGE);
        assertThat(jdbc.sql("select count(*) from exchange_institution_buc where institution_id like '%:GEN%'")
                .query(Long.class).single()).isEqualTo(2L * LARGE);
        // DE holds n = 0, 5, 10...: the even ones handle P_BUC_01 and are all test institutions (n % 10 == 0)
        assertThat(directory.counterparties("S_BUC_24", "DE", ExchangeEnvironment.PRODUCTION)).hasSize(LARGE / 10);
        assertThat(directory.counterparties("P_BUC_01", "DE", ExchangeEnvironment.TEST)).hasSize(LARGE / 10);
        assertThat(directory.counterparties("P_BUC_01", "DE", ExchangeEnvironment.PRODUCTION)).isEmpty();

        ImportSummary again;
        try (InputStream in = Files.newInputStream(large)) {
            again = importer.importFile(in, ImportMode.DELTA, "ir-large.json");
        }
        assertThat(again.unchanged()).as("a second import of the same file rewrites nothing").isEqualTo(LARGE);
    }
}
