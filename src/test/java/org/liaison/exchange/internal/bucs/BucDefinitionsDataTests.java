package org.liaison.exchange.internal.bucs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucType;

/** The shipped definitions: both data-model versions, every BUC the issue asks for, only SED codes of eessi.md §1. */
class BucDefinitionsDataTests {

    static final Set<String> REQUIRED = Set.of("LA_BUC_01", "LA_BUC_02", "LA_BUC_03", "LA_BUC_04", "LA_BUC_05", "LA_BUC_06",
            "P_BUC_01", "P_BUC_02", "P_BUC_03", "P_BUC_04", "P_BUC_05", "P_BUC_06", "P_BUC_07", "P_BUC_08", "P_BUC_09",
            "P_BUC_10", "H_BUC_01", "H_BUC_02a", "H_BUC_02b", "H_BUC_02c", "H_BUC_03a", "H_BUC_03b", "H_BUC_04", "H_BUC_05",
            "H_BUC_06", "H_BUC_07", "H_BUC_08", "H_BUC_09", "H_BUC_10", "S_BUC_24", "FB_BUC_01", "UB_BUC_01", "UB_BUC_02",
            "UB_BUC_03", "UB_BUC_04");

    /** The SED codes eessi.md names in §1 (its ranges F018-F022 and U020-U029 written out) and in §2's flows. */
    static final Set<String> EESSI_SEDS = Set.of("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008", "A009",
            "A010", "A011", "A012", "P1000", "P1100", "P2000", "P2100", "P2200", "P4000", "P5000", "P6000", "P7000", "P8000",
            "P9000", "P10000", "P11000", "P12000", "P13000", "P14000", "P15000", "H001", "H002", "H003", "H004", "H005",
            "H006", "H010", "H011", "H012", "H020", "H021", "H061", "H062", "H065", "H066", "H070", "H120", "H121", "H130",
            "H131", "S001", "S003", "S040", "S041", "S046", "S047", "S048", "S055", "S056", "S057", "F001", "F002", "F003",
            "F004", "F005", "F016", "F017", "F026", "F027", "F018", "F019", "F020", "F021", "F022", "U001", "U001CB", "U002", "U003", "U004", "U005", "U006", "U007",
            "U008", "U009", "U010", "U011", "U012", "U013", "U014", "U017", "U018", "U019", "U020", "U021", "U022", "U023", "U024", "U025", "U026", "U027", "U028", "U029",
            "X001", "X002", "X003", "X004", "X005", "X006", "X007", "X008", "X009", "X010", "X011", "X012", "X013");

    @Test
    void bothDataModelVersionsAreLoadedTheNewestByDefault() {
        assertThat(Cases.DEFINITIONS.versions()).containsExactly("4.2", "4.3");
        assertThat(Cases.DEFINITIONS.latestVersion()).isEqualTo("4.3");
        assertThat(Cases.DEFINITIONS.all("4.1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.2", "4.3"})
    void eachVersionDefinesEveryBucTheIssueNamesWithTitlesAndSources(String version) {
        assertThat(Cases.DEFINITIONS.all(version)).extracting(d -> d.type().code()).containsAll(REQUIRED);
        assertThat(Cases.DEFINITIONS.all(version)).allSatisfy(d -> {
            assertThat(d.title().fr()).isNotBlank();
            assertThat(d.title().en()).isNotBlank();
            assertThat(d.legalBasis()).matches(".*Reg\\. (883/2004|987/2009).*");
            assertThat(d.source()).contains("eessi.md");
            assertThat(d.starters()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.2", "4.3"})
    void everySedNamedIsAnSedNamedByEessiMd(String version) {
        Set<String> named = new TreeSet<>();
        Cases.DEFINITIONS.all(version).forEach(d -> named.addAll(d.sedTypes()));
        assertThat(EESSI_SEDS).containsAll(named);
    }

    @Test
    void theAdministrativeFlowsCoverX001ToX013() {
        BucDefinition definition = Cases.DEFINITIONS.find(BucType.of("LA_BUC_01"), "4.3").orElseThrow();
        assertThat(definition.administrative()).extracting(BucAdminRule::sed).containsExactly(null, "X001", "X002", "X003",
                "X004", "X005", "X006", "X007", "X008", "X009", "X010", "X011", "X012", "X013");
        assertThat(definition.administrative()).extracting(BucAdminRule::action)
                .containsExactlyInAnyOrder(java.util.EnumSet.complementOf(java.util.EnumSet.of(BucActionKind.SEND))
                        .toArray(BucActionKind[]::new));
    }

    @Test
    void thePeriodsOfEessiMdAreInTheData() {
        assertThat(Cases.DEFINITIONS.find(BucType.of("LA_BUC_04"), "4.3").orElseThrow().limits()).satisfies(l -> {
            assertThat(l.inactivityDays()).isEqualTo(90);
            assertThat(l.archiveDays()).isEqualTo(180);
        });
        assertThat(Cases.DEFINITIONS.find(BucType.of("FB_BUC_01"), "4.3").orElseThrow().limits()).satisfies(l -> {
            assertThat(l.inactivityDays()).isEqualTo(120);
            assertThat(l.archiveDays()).isEqualTo(400);
        });
        assertThat(Cases.DEFINITIONS.find(BucType.of("UB_BUC_02"), "4.2").orElseThrow().limits().inactivityDays()).isEqualTo(180);
    }

    @Test
    void theEngineIsPlainJavaAndReadsNoClock() {
        noClasses().that().resideInAPackage("org.liaison.exchange.internal.bucs")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..",
                        "com.fasterxml..", "java.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .because("the BUC engine judges a snapshot; its dates come with the snapshot and the action")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.liaison.exchange"));
        noClasses().that().resideInAPackage("org.liaison.exchange.internal.bucs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.liaison.exchange"));
    }
}
