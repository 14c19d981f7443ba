package org.liaison.exchange.internal.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.internal.institutions.IrFiles.file;
import static org.liaison.exchange.internal.institutions.IrFiles.record;
import static org.liaison.exchange.internal.institutions.IrFiles.removal;
import static org.liaison.exchange.internal.institutions.IrFiles.stream;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * DELTA imports on PostgreSQL: what changes is written, what does not is left untouched, a record can take an
 * institution out, and a bad file is refused whole with the position of every bad record. (FULL imports and the
 * large file are in {@link FullImportTests}.) Each test uses its own ids in countries the demo file leaves empty.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class InstitutionImportTests {

    @Autowired
    InstitutionImporter importer;

    @Autowired
    InstitutionDirectory directory;

    @Autowired
    JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    String id(String country, int n) {
        return country + ":T" + tag + n;
    }

    ImportSummary delta(String text) {
        return importer.importFile(stream(text), ImportMode.DELTA, "test.json");
    }

    String version(String id) {
        return jdbc.sql("select xmin::text from exchange_institution where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aDeltaAddsThenChangesOnlyWhatChangedAndLeavesTheRestUnwritten() {
        ImportSummary first = delta(file(record(id("MT", 1), "Uno"), record(id("MT", 2), "Due"), record(id("MT", 3), "Tre")));
        assertThat(first.applied()).isTrue();
        assertThat(first.added()).isEqualTo(3);
        String untouched = version(id("MT", 1));

        ImportSummary second = delta(file(record(id("MT", 1), "Uno"), record(id("MT", 2), "Due (renamed)"),
                record(id("MT", 4), "Quattro")));

        assertThat(second.applied()).isTrue();
        assertThat(second).extracting(ImportSummary::records, ImportSummary::added, ImportSummary::changed,
                ImportSummary::unchanged, ImportSummary::removed, ImportSummary::refused).containsExactly(3, 1, 1, 1, 0, 0);
        assertThat(version(id("MT", 1))).as("an unchanged record is not rewritten").isEqualTo(untouched);
        assertThat(directory.find(InstitutionId.parse(id("MT", 2))).orElseThrow().name()).isEqualTo("Due (renamed)");
        assertThat(directory.find(InstitutionId.parse(id("MT", 3)))).as("a delta leaves out nothing").isPresent()
                .hasValueSatisfying(i -> assertThat(i.removedOn()).isNull());
    }

    @Test
    void theSameRecordWithItsFieldsInAnotherOrderIsUnchanged() {
        delta(file(record(id("CY", 1), "Kypros")));
        String before = version(id("CY", 1));
        String reordered = "{\"bucs\": [{\"roles\": [\"COUNTERPARTY\", \"CASE_OWNER\"], \"buc\": \"LA_BUC_04\"}], "
                + "\"validFrom\": \"2020-01-01\", \"accessPoint\": \"CY:AP01\", \"environment\": \"PRODUCTION\", "
                + "\"name\": \"Kypros\", \"id\": \"" + id("CY", 1) + "\", \"country\": \"CY\"}";
        ImportSummary summary = delta(file(reordered));
        assertThat(summary.unchanged()).isEqualTo(1);
        assertThat(version(id("CY", 1))).isEqualTo(before);
    }

    @Test
    void aDeltaRecordTakesAnInstitutionOutButItsIdStillResolvesAndALaterRecordBringsItBack() {
        delta(file(record(id("LV", 1), "Riga"), record(id("LV", 2), "Daugavpils")));

        ImportSummary removal = delta(file(removal(id("LV", 1)), removal(id("LV", 9))));

        assertThat(removal.removed()).isEqualTo(1);
        assertThat(removal.unchanged()).as("removing an id the IR does not hold changes nothing").isEqualTo(1);
        var removed = directory.find(InstitutionId.parse(id("LV", 1))).orElseThrow();
        assertThat(removed.removedOn()).isNotNull();
        assertThat(directory.counterparties("LA_BUC_04", "LV", org.liaison.exchange.institutions.ExchangeEnvironment.PRODUCTION))
                .extracting(i -> i.id().toString()).contains(id("LV", 2)).doesNotContain(id("LV", 1));

        ImportSummary back = delta(file(record(id("LV", 1), "Riga")));
        assertThat(back.added()).isEqualTo(1);
        assertThat(directory.find(InstitutionId.parse(id("LV", 1))).orElseThrow().removedOn()).isNull();
    }

    @Test
    void aFileWithBadRecordsIsRefusedWholeWithEachRecordsPositionAndChangesNothing() {
        String text = file(
                record(id("SK", 1), "Good one"),
                "{\"id\": \"GR:IKA\", \"name\": \"Greek with ISO code\", \"environment\": \"PRODUCTION\", "
                        + "\"accessPoint\": \"EL:AP01\", \"validFrom\": \"2020-01-01\", \"bucs\": []}",
                "{\"id\": \"" + id("SK", 3) + "\", \"name\": \"Bad dates\", \"environment\": \"PROD\", "
                        + "\"accessPoint\": \"SK:AP01\", \"validFrom\": \"2020-02-30\", \"validto\": \"2019-01-01\", "
                        + "\"bucs\": [{\"buc\": \"LA-BUC-04\", \"roles\": [\"OWNER\"]}]}",
                record(id("SK", 1), "Same id twice"));
        long runsBefore = runs();

        ImportSummary summary = delta(text);

        assertThat(summary.applied()).isFalse();
        assertThat(summary.records()).isEqualTo(4);
        assertThat(summary.refused()).isEqualTo(3);
        assertThat(summary.added()).isZero();
        assertThat(summary.problems()).extracting(ImportProblem::path, ImportProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple("$.institutions[1].id", "id.country.greece"),
                org.assertj.core.groups.Tuple.tuple("$.institutions[2].validto", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple("$.institutions[2].environment", "environment"),
                org.assertj.core.groups.Tuple.tuple("$.institutions[2].validFrom", "date"),
                org.assertj.core.groups.Tuple.tuple("$.institutions[2].bucs[0].buc", "buc.type"),
                org.assertj.core.groups.Tuple.tuple("$.institutions[3].id", "id.duplicate"));
        assertThat(summary.problems()).filteredOn(p -> p.index() == 2)
                .allSatisfy(p -> assertThat(p).extracting(ImportProblem::line, ImportProblem::column).containsExactly(5, 1));
        assertThat(directory.find(InstitutionId.parse(id("SK", 1)))).as("the good record is not kept either").isEmpty();
        assertThat(runs()).isEqualTo(runsBefore + 1);
        assertThat(jdbc.sql("select status from exchange_institution_import where id = ?").param(summary.runId())
                .query(String.class).single()).isEqualTo("REFUSED");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INSTITUTIONS_IMPORT_REFUSED' and object_id = ?")
                .param(Long.toString(summary.runId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsRefusedWithTheLineAndColumnOfTheError() {
        String text = "{\"format\": \"liaison-ir/1\",\n \"institutions\": [\n" + record(id("SI", 1), "Ljubljana")
                + ",\n {\"id\": \"SI:X\", \"name\": \"broken\" \"environment\": \"TEST\"}\n]}";

        ImportSummary summary = delta(text);

        assertThat(summary.applied()).isFalse();
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json.syntax");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isGreaterThan(30);
        });
        assertThat(directory.find(InstitutionId.parse(id("SI", 1)))).isEmpty();
    }

    @Test
    void aFileWithoutTheInstitutionsArrayOrOfAnotherFormatIsRefused() {
        assertThat(delta("[]").problems()).extracting(ImportProblem::code).containsExactly("file.not-an-object");
        assertThat(delta("{\"format\": \"rina-ir/9\", \"institutions\": []}").problems()).extracting(ImportProblem::code)
                .containsExactly("file.format");
        assertThat(delta("{\"format\": \"liaison-ir/1\"}").problems()).extracting(ImportProblem::code)
                .containsExactly("file.no-institutions");
    }

    @Test
    void anAppliedImportIsRecordedAndAudited() {
        ImportSummary summary = delta(file(record(id("EE", 1), "Tallinn")));
        assertThat(jdbc.sql("select added from exchange_institution_import where id = ? and status = 'APPLIED'")
                .param(summary.runId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INSTITUTIONS_IMPORTED' and object_id = ?")
                .param(Long.toString(summary.runId())).query(Long.class).single()).isEqualTo(1);
    }

    long runs() {
        return jdbc.sql("select count(*) from exchange_institution_import").query(Long.class).single();
    }
}
