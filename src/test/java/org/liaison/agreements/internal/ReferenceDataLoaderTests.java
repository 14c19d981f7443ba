package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** Loading the data files into PostgreSQL: once per checksum, in one transaction, never half-written. */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class ReferenceDataLoaderTests {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    final ReferenceDataFiles files = ReferenceDataFiles.fromClasspath();

    @Test
    void theTablesHoldTheDataFilesAndTheirChecksumAfterStartUp() {
        assertThat(count("agreements_partner")).isEqualTo(73);
        assertThat(count("agreements_instrument")).isEqualTo(files.parse().instruments().size());
        assertThat(count("agreements_fact")).isEqualTo(files.parse().facts().size());
        assertThat(jdbc.sql("select checksum from reference_data_load where name = 'agreements'").query(String.class).single())
                .isEqualTo(files.checksum());
        assertThat(jdbc.sql("select date_from from agreements_instrument_partner where instrument_id = 'fr-ca-1979'")
                .query(String.class).single()).isEqualTo("1981");
    }

    @Test
    void unchangedFilesAreNotLoadedAgain() {
        OffsetDateTime before = loadedAt();
        ReferenceData data = loader.loadIfChanged(files);
        assertThat(loadedAt()).isEqualTo(before);
        assertThat(data.partners()).hasSize(73);
    }

    @Test
    void changedFilesReplaceTheTablesAndTheChecksum() {
        try {
            ReferenceData data = loader.loadIfChanged(with("partners.csv", "Allemagne", "Allemagne (RFA)"));
            assertThat(data.partners()).anySatisfy(p -> assertThat(p.nameFr()).isEqualTo("Allemagne (RFA)"));
            assertThat(jdbc.sql("select name_fr from agreements_partner where code = 'DE'").query(String.class).single())
                    .isEqualTo("Allemagne (RFA)");
        } finally {
            loader.loadIfChanged(files);
        }
        assertThat(jdbc.sql("select name_fr from agreements_partner where code = 'DE'").query(String.class).single())
                .isEqualTo("Allemagne");
    }

    @Test
    void aLoadThatFailsHalfwayLeavesThePreviousDataInPlace() {
        ReferenceDataFiles broken = with("facts.csv", "eu-reg-883-2004,,branches", "no-such-instrument,,branches");
        assertThatThrownBy(() -> loader.loadIfChanged(broken)).isInstanceOf(RuntimeException.class);
        assertThat(count("agreements_partner")).isEqualTo(73);
        assertThat(count("agreements_fact")).isEqualTo(files.parse().facts().size());
        assertThat(jdbc.sql("select checksum from reference_data_load where name = 'agreements'").query(String.class).single())
                .isEqualTo(files.checksum());
    }

    private ReferenceDataFiles with(String file, String from, String to) {
        Map<String, String> contents = new HashMap<>(files.contents());
        contents.put(file, contents.get(file).replaceFirst(java.util.regex.Pattern.quote(from), to));
        return new ReferenceDataFiles(contents);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private OffsetDateTime loadedAt() {
        return jdbc.sql("select loaded_at from reference_data_load where name = 'agreements'").query(OffsetDateTime.class).single();
    }
}
