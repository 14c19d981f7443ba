package org.liaison.exchange.internal.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.exchange.internal.institutions.IrFiles.file;
import static org.liaison.exchange.internal.institutions.IrFiles.record;
import static org.liaison.exchange.internal.institutions.IrFiles.stream;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionPage;
import org.liaison.exchange.institutions.InstitutionRole;
import org.liaison.exchange.institutions.InstitutionSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The IR on PostgreSQL as filled by the demo file: look-up, search, and the routing question with its cache. The
 * routing expectations follow NAV's IR client (eessi.md §3 [INST]): counterparties for (BUC, country) are the
 * institutions holding that BUC with the CounterParty role; NAV's production code filters out its test
 * institutions NO:NAVAT05/07 (eessi.md §6.6), which Liaison does by environment.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class InstitutionDirectoryTests {

    @Autowired
    InstitutionDirectory directory;

    @Autowired
    InstitutionImporter importer;

    @Autowired
    RoutingCache cache;

    @Test
    void findsAnInstitutionWithItsBucsRolesValidityAndAccessPoint() {
        Institution cnav = directory.find(InstitutionId.parse("fr:CNAV")).orElseThrow();
        assertThat(cnav.name()).isEqualTo("Caisse nationale d'assurance vieillesse");
        assertThat(cnav.acronym()).isEqualTo("CNAV");
        assertThat(cnav.country()).isEqualTo("FR");
        assertThat(cnav.environment()).isEqualTo(ExchangeEnvironment.PRODUCTION);
        assertThat(cnav.accessPoint()).isEqualTo("FR:AP01");
        assertThat(cnav.handles("P_BUC_01", InstitutionRole.CASE_OWNER)).isTrue();
        assertThat(cnav.handles("P_BUC_01", InstitutionRole.COUNTERPARTY)).isTrue();
        assertThat(cnav.handles("LA_BUC_04", InstitutionRole.COUNTERPARTY)).isFalse();
        assertThat(directory.find(InstitutionId.parse("FR:NOBODY"))).isEmpty();
    }

    @Test
    void searchesByTextCountryBucAndEnvironmentAndPages() {
        assertThat(directory.search(new InstitutionSearch("cpam", null, null, null, false), 0, 50).items())
                .extracting(i -> i.id().toString()).contains("FR:CPAM75", "FR:CPAM92", "FR:CPAM67").allMatch(id -> id.startsWith("FR:CPAM"));
        assertThat(directory.search(new InstitutionSearch("drv", null, null, null, false), 0, 50).items())
                .extracting(i -> i.id().toString()).contains("DE:DRVBUND", "DE:TEST01");
        assertThat(directory.search(new InstitutionSearch(null, "FR", "UB_BUC_01", ExchangeEnvironment.PRODUCTION, false), 0, 50)
                .items()).extracting(i -> i.id().toString()).containsExactly("FR:FRANCETRAVAIL");
        assertThat(directory.search(new InstitutionSearch(null, null, null, ExchangeEnvironment.TEST, false), 0, 50).items())
                .extracting(i -> i.id().toString()).contains("NO:NAVAT07", "FR:TEST01")
                .allSatisfy(id -> assertThat(directory.find(InstitutionId.parse(id)).orElseThrow().environment())
                        .isEqualTo(ExchangeEnvironment.TEST));
        assertThat(directory.search(new InstitutionSearch("100%_", null, null, null, false), 0, 10).total())
                .as("LIKE wildcards in the text are searched literally").isZero();

        InstitutionSearch france = new InstitutionSearch(null, "FR", null, null, false);
        InstitutionPage first = directory.search(france, 0, 5);
        InstitutionPage second = directory.search(france, 1, 5);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(15);
        assertThat(first.pages()).isEqualTo((int) (first.total() + 4) / 5);
        assertThat(first.items()).hasSize(5);
        assertThat(second.items().get(0).id().toString()).isGreaterThan(first.items().get(4).id().toString());
        assertThatThrownBy(() -> directory.search(france, 0, 500)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void routingGivesTheCounterpartiesOfABucInACountryForOneEnvironmentOnly() {
        assertThat(ids(directory.counterparties("LA_BUC_04", "NO", ExchangeEnvironment.PRODUCTION)))
                .containsExactly("NO:889640782");
        assertThat(ids(directory.counterparties("LA_BUC_04", "NO", ExchangeEnvironment.TEST)))
                .containsExactly("NO:NAVAT07");
        assertThat(ids(directory.counterparties("LA_BUC_04", "UK", ExchangeEnvironment.PRODUCTION)))
                .containsExactly("UK:HMRCNICO");
        assertThat(ids(directory.counterparties("S_BUC_24", "FR", ExchangeEnvironment.PRODUCTION)))
                .contains("FR:CPAM75", "FR:CNAM", "FR:CFE", "FR:MSA").doesNotContain("FR:TEST01");
        assertThat(directory.counterparties("S_BUC_24", "SE", ExchangeEnvironment.PRODUCTION))
                .extracting(i -> i.id().toString()).containsExactly("SE:FA001");
        assertThat(directory.counterparties("UB_BUC_01", "UK", ExchangeEnvironment.PRODUCTION)).isEmpty();
    }

    @Test
    void anInstitutionOutsideItsValidityIsNotRouted() {
        assertThat(ids(directory.counterparties("FB_BUC_01", "BE", ExchangeEnvironment.PRODUCTION, LocalDate.of(2018, 6, 1))))
                .contains("BE:FAMIFED");
        assertThat(ids(directory.counterparties("FB_BUC_01", "BE", ExchangeEnvironment.PRODUCTION, LocalDate.of(2026, 6, 1))))
                .contains("BE:FAMIWAL").doesNotContain("BE:FAMIFED");
    }

    @Test
    void testInstitutionsNeverAnswerAProductionRoutingQuestion() {
        for (String country : InstitutionId.EESSI_COUNTRIES) {
            for (String buc : new String[] {"LA_BUC_01", "LA_BUC_04", "P_BUC_01", "S_BUC_24", "FB_BUC_01", "UB_BUC_01", "H_BUC_01"}) {
                assertThat(directory.counterparties(buc, country, ExchangeEnvironment.PRODUCTION))
                        .allSatisfy(i -> assertThat(i.environment()).isEqualTo(ExchangeEnvironment.PRODUCTION));
            }
        }
    }

    @Test
    void routingAnswersAreCachedUntilTheNextImportWhichEmptiesTheCache() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        assertThat(directory.counterparties("LA_BUC_04", "LT", ExchangeEnvironment.PRODUCTION)).isEmpty();
        long hits = cache.hits();
        directory.counterparties("LA_BUC_04", "LT", ExchangeEnvironment.PRODUCTION);
        assertThat(cache.hits()).as("the second question is answered from the cache").isEqualTo(hits + 1);

        ImportSummary summary = importer.importFile(stream(file(record("LT:R" + tag, "Sodra"))), ImportMode.DELTA, "lt.json");

        assertThat(summary.applied()).isTrue();
        assertThat(cache.size()).as("the import emptied the cache").isZero();
        assertThat(ids(directory.counterparties("LA_BUC_04", "LT", ExchangeEnvironment.PRODUCTION))).contains("LT:R" + tag);
    }

    @Test
    void aRefusedImportLeavesTheCacheAlone() {
        directory.counterparties("P_BUC_01", "FR", ExchangeEnvironment.PRODUCTION);
        int size = cache.size();
        assertThat(importer.importFile(stream("{not json"), ImportMode.DELTA, "bad.json").applied()).isFalse();
        assertThat(cache.size()).isEqualTo(size);
    }

    private static java.util.List<String> ids(java.util.List<Institution> institutions) {
        return institutions.stream().map(i -> i.id().toString()).toList();
    }
}
